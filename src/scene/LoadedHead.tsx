import { useCallback, useEffect } from 'react';
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

/** The head, parsed once from the bytes that started loading with the page. */
export const loadHead = () =>
  (headPromise ??= headBytes().then(async (bytes) => {
    performance.mark('atlas:head-parse-start');
    const head = await parseHead(bytes);
    performance.mark('atlas:head-parsed');
    return head;
  }));

// Start parsing as soon as this chunk is evaluated, while the page finishes its first render.
void loadHead().catch(() => undefined);

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
