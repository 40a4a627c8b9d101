import { useCallback, useEffect, useState } from 'react';
import { atlasIndex } from '../atlas/bundled';
import type { HeadGeometry } from '../geometry/headGeometry';
import { headBytes } from '../preload';
import { useAtlas } from '../state/store';
import { parseHead } from './loadHead';
import { HeadMesh } from './HeadMesh';
import { RegionLabels } from './RegionLabels';
import { SiteMarkers } from './SiteMarkers';
import { useRegionOverlay } from './useRegionOverlay';

let headPromise: Promise<HeadGeometry> | undefined;
/** Set once parsed, so a scene mounting later shows the head in its very first render. */
let parsedHead: HeadGeometry | null = null;
/** The head, parsed once from the bytes that started loading with the page. */
const loadHead = () =>
  (headPromise ??= headBytes().then(async (bytes) => {
    performance.mark('atlas:head-parse-start');
    const head = await parseHead(bytes);
    performance.mark('atlas:head-parsed');
    parsedHead = head;
    return head;
  }));

// Start parsing as soon as this chunk is evaluated, while React and the renderer get ready.
void loadHead().catch(() => undefined);

/** Shows the head at once, then its regions as soon as the overlay is built. */
export function HeadLoader() {
  // Awaited in an effect, not with Suspense, whose reveal React throttles.
  const [head, setHead] = useState<HeadGeometry | null>(() => parsedHead);
  const [, setFailure] = useState<unknown>(null);
  useEffect(() => {
    if (head) return;
    let live = true;
    loadHead().then(
      (loaded) => live && setHead(loaded),
      (error: unknown) =>
        live &&
        setFailure(() => {
          throw error;
        }),
    );
    return () => {
      live = false;
    };
  }, [head]);
  return head ? <LoadedHead head={head} /> : null;
}

function LoadedHead({ head }: { head: HeadGeometry }) {
  const index = atlasIndex();
  const overlay = useRegionOverlay(index);
  const setSceneStatus = useAtlas((s) => s.setSceneStatus);
  const setOverlayReady = useAtlas((s) => s.setOverlayReady);
  const onReady = useCallback(() => setSceneStatus('ready'), [setSceneStatus]);
  useEffect(() => setOverlayReady(Boolean(overlay)), [overlay, setOverlayReady]);
  return (
    <>
      <HeadMesh head={head} overlay={overlay ?? undefined} onReady={onReady} />
      <SiteMarkers head={head} index={index} />
      <RegionLabels head={head} index={index} />
    </>
  );
}
