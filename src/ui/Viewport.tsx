import { useEffect, useLayoutEffect, useRef } from 'react';
import { useAtlas } from '../state/store';
import { SceneStatus } from './SceneStatus';
import { hasWebGL, isWebGLFailure } from './webgl';
import { headDecoder, prepareSceneContext, sceneModule } from '../preload';

/**
 * The canvas area: the 3D head, or a clear message where it cannot be drawn. three.js and
 * the scene are their own chunk, loaded behind the DOM UI; once it is in, it starts the head
 * in this element by itself (no React round trip between the chunk and the first frame).
 */
export function Viewport() {
  const status = useAtlas((s) => s.sceneStatus);
  const view = useAtlas((s) => s.view);
  const overlayReady = useAtlas((s) => s.overlayReady);
  const setSceneStatus = useAtlas((s) => s.setSceneStatus);
  const host = useRef<HTMLDivElement>(null);

  // Until the scene's first frame, the decoder worker's picture of the head stands in (drawn
  // from the camera the scene will start from). Before paint, so it is drawn at once; the 3D
  // chunk's download starts here too (it is evaluated when it arrives, after the paint).
  useLayoutEffect(() => {
    if (!hasWebGL()) return;
    sceneModule().catch(() => undefined);
    return headDecoder().showPicture(host.current!, useAtlas.getState().cameraGoal);
  }, []);
  // The scene drew its first frame, or will not: either way the picture has done its part.
  const sceneUp = status !== 'loading';
  useEffect(() => {
    if (sceneUp && hasWebGL()) headDecoder().finishPicture();
  }, [sceneUp]);

  useEffect(() => {
    if (!hasWebGL()) {
      setSceneStatus('no-webgl');
      return;
    }
    const element = host.current!;
    const onError = (message: string) =>
      isWebGLFailure(message) ? setSceneStatus('no-webgl') : setSceneStatus('error', message);
    let stop: (() => void) | undefined;
    let live = true;
    prepareSceneContext();
    sceneModule().then(
      (module) => {
        if (live) stop = module.mountScene(element, { onError });
      },
      (error: unknown) =>
        live && onError(`the 3D code could not be loaded (${error instanceof Error ? error.message : String(error)})`),
    );
    return () => {
      live = false;
      stop?.();
    };
  }, [setSceneStatus]);

  return (
    <section
      className="viewport"
      aria-label="Head viewer"
      data-scene-status={status}
      data-view={view ?? 'custom'}
      data-overlay={overlayReady ? 'ready' : 'pending'}
    >
      <div ref={host} className="scene-host" aria-label="3D head" />
      <SceneStatus />
    </section>
  );
}
