import { useCallback, useEffect } from 'react';
import { atlasIndex } from '../atlas/bundled';
import { headFromDecoded, type HeadGeometry } from '../geometry/headGeometry';
import { decodedHead } from '../preload';
import { useAtlas } from '../state/store';
import { HeadMesh } from './HeadMesh';
import { RegionLabels } from './RegionLabels';
import { SiteMarkers } from './SiteMarkers';
import { useRegionOverlay } from './useRegionOverlay';

let headPromise: Promise<HeadGeometry> | undefined;

/** The head, decoded off the main thread while the page loaded (see preload.ts). */
export const loadHead = () =>
  (headPromise ??= decodedHead().then((decoded) => {
    performance.mark('atlas:head-decoded');
    return headFromDecoded(decoded);
  }));

/** The head at once, then its regions, sites and labels as soon as the overlay is built. */
export function LoadedHead({ head }: { head: HeadGeometry }) {
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
