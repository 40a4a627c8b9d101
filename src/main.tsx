import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preloadScene } from './preload';
import App from './App';
import { hasWebGL } from './ui/webgl';
import './styles.css';

// Only where 3D can run: the model and the 3D chunk start loading before React mounts.
if (hasWebGL()) preloadScene();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
