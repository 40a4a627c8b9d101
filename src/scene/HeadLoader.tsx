import { useLoader } from '@react-three/fiber';
import { useCallback, useMemo } from 'react';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import headUrl from '../../models/head.glb?url';
import { headFromScene } from '../geometry/headGeometry';
import { useAtlas } from '../state/store';
import { withMeshopt } from './loadHead';
import { HeadMesh } from './HeadMesh';

/** Loads the committed head model (from the app's own origin) and shows it. */
export function HeadLoader() {
  const gltf = useLoader(GLTFLoader, headUrl, withMeshopt);
  const head = useMemo(() => headFromScene(gltf.scene), [gltf]);
  const setSceneStatus = useAtlas((s) => s.setSceneStatus);
  const onReady = useCallback(() => setSceneStatus('ready'), [setSceneStatus]);
  return <HeadMesh head={head} onReady={onReady} />;
}
