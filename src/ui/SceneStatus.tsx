import { useAtlas } from '../state/store';

/** What the canvas area says while the head is not on screen. */
export function SceneStatus() {
  const status = useAtlas((s) => s.sceneStatus);
  const error = useAtlas((s) => s.sceneError);
  if (status === 'ready') return null;
  if (status === 'no-webgl') {
    return (
      <div role="alert" className="scene-message">
        <h2>3D is not available in this browser</h2>
        <p>
          The head is drawn with WebGL, which this browser or device has turned off or does not support. Try an up-to-date Chrome,
          Edge, Firefox or Safari, or turn on hardware acceleration in the browser's settings.
        </p>
      </div>
    );
  }
  if (status === 'error') {
    return (
      <div role="alert" className="scene-message">
        <h2>The 3D head could not be loaded</h2>
        <p>{error}</p>
      </div>
    );
  }
  return (
    <div role="status" className="scene-message scene-loading">
      Loading the 3D head…
    </div>
  );
}
