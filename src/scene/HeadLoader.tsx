import { useLoader } from '@react-three/fiber';
import { useCallback, useMemo } from 'react';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import headUrl from '../../models/head.glb?url';
import { atlasIndex } from '../atlas/bundled';
import { headFromScene } from '../geometry/headGeometry';
import { useAtlas } from '../state/store';
import { withMeshopt } from './loadHead';
import { HeadMesh } from './HeadMesh';
import { RegionLabels } from './RegionLabels';
import { SiteMarkers } from './SiteMarkers';
import { useRegionOverlay } from './useRegionOverlay';

/** Loads the committed head model (from the app's own origin) and shows it with its regions. */
export function HeadLoader() {
  const gltf = useLoader(GLTFLoader, headUrl, withMeshopt);
  const head = useMemo(() => headFromScene(gltf.scene), [gltf]);
  const index = atlasIndex();
  const overlay = useRegionOverlay(index);
  const setSceneStatus = useAtlas((s) => s.setSceneStatus);
  const onReady = useCallback(() => setSceneStatus('ready'), [setSceneStatus]);
  return (
    <>
      <HeadMesh head={head} overlay={overlay} onReady={onReady} />
      <SiteMarkers head={head} index={index} />
      <RegionLabels head={head} index={index} />
    </>
  );
}
