import { preloadScene } from './preload';
import { hasWebGL } from './ui/webgl';

/**
 * Its own tiny entry, run before the app's script (and imported first by main.tsx for the dev
 * server): where 3D can run, the decoder worker starts at once, downloads and decodes the
 * model and gets ready to draw the first picture while the rest of the page's code loads.
 */
if (hasWebGL()) preloadScene();
