import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { headFromScene, type HeadGeometry } from '../geometry/headGeometry';

/** Gives a GLTFLoader three's bundled meshopt decoder (embedded wasm: nothing is fetched). */
export function withMeshopt(loader: GLTFLoader): void {
  loader.setMeshoptDecoder(MeshoptDecoder);
}

/** Parses the head model from its bytes (the app fetches them; tests read the file). */
export async function parseHead(bytes: ArrayBuffer): Promise<HeadGeometry> {
  const loader = new GLTFLoader();
  withMeshopt(loader);
  const gltf = await loader.parseAsync(bytes, '');
  return headFromScene(gltf.scene);
}
