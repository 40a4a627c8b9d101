import { lazy, Suspense, useEffect } from 'react';
import { useAtlas } from '../state/store';
import { SceneErrorBoundary } from './SceneErrorBoundary';
import { SceneStatus } from './SceneStatus';
import { hasWebGL } from './webgl';

// three.js and the scene load as their own chunk, behind the DOM UI.
const AtlasCanvas = lazy(() => import('../scene/AtlasCanvas'));

/** The canvas area: the 3D head, or a clear message where it cannot be drawn. */
export function Viewport() {
  const status = useAtlas((s) => s.sceneStatus);
  const view = useAtlas((s) => s.view);
  const setSceneStatus = useAtlas((s) => s.setSceneStatus);
  const webgl = status !== 'no-webgl';

  useEffect(() => {
    if (!hasWebGL()) setSceneStatus('no-webgl');
  }, [setSceneStatus]);

  return (
    <section className="viewport" aria-label="Head viewer" data-scene-status={status} data-view={view ?? 'custom'}>
      {webgl && (
        <SceneErrorBoundary onError={(message) => setSceneStatus('error', message)}>
          <Suspense fallback={null}>
            <AtlasCanvas />
          </Suspense>
        </SceneErrorBoundary>
      )}
      <SceneStatus />
    </section>
  );
}
