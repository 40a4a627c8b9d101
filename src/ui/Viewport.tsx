import { createElement, useEffect, useState, type ComponentType } from 'react';
import { useAtlas } from '../state/store';
import { SceneErrorBoundary } from './SceneErrorBoundary';
import { SceneStatus } from './SceneStatus';
import { hasWebGL, isWebGLFailure } from './webgl';
import { sceneModule } from '../preload';

/**
 * three.js and the scene load as their own chunk, behind the DOM UI. Not React.lazy: React
 * throttles revealing suspended content by a few hundred milliseconds, which would delay the
 * head's first frame for nothing.
 */
function useSceneComponent(enabled: boolean): ComponentType | null {
  const [scene, setScene] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    sceneModule().then((module) => live && setScene(() => module.default));
    return () => {
      live = false;
    };
  }, [enabled]);
  return scene;
}

/** The canvas area: the 3D head, or a clear message where it cannot be drawn. */
export function Viewport() {
  const status = useAtlas((s) => s.sceneStatus);
  const view = useAtlas((s) => s.view);
  const overlayReady = useAtlas((s) => s.overlayReady);
  const setSceneStatus = useAtlas((s) => s.setSceneStatus);
  const webgl = status !== 'no-webgl';
  const AtlasCanvas = useSceneComponent(webgl);

  useEffect(() => {
    if (!hasWebGL()) setSceneStatus('no-webgl');
  }, [setSceneStatus]);

  return (
    <section
      className="viewport"
      aria-label="Head viewer"
      data-scene-status={status}
      data-view={view ?? 'custom'}
      data-overlay={overlayReady ? 'ready' : 'pending'}
    >
      {webgl && AtlasCanvas && (
        <SceneErrorBoundary
          onError={(message) => (isWebGLFailure(message) ? setSceneStatus('no-webgl') : setSceneStatus('error', message))}
        >
          {/* The component is loaded once and kept in state: stable across renders. */}
          {createElement(AtlasCanvas)}
        </SceneErrorBoundary>
      )}
      <SceneStatus />
    </section>
  );
}
