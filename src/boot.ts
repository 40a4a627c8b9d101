import { preloadScene } from './preload';
import { hasWebGL } from './ui/webgl';

/**
 * Imported first by main.tsx, so it runs before React and the atlas content are evaluated:
 * where 3D can run, the model's download, its decoder worker and the WebGL context start at
 * once and proceed while the rest of the page's code runs.
 */
if (hasWebGL()) preloadScene();
