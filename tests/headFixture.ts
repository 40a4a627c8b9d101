import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { decodeHead, type DecodedHead } from '../src/geometry/decodeHead';
import { headFromDecoded, type HeadGeometry } from '../src/geometry/headGeometry';
import { ROOT } from './faceMeshFixture';

/** The committed model's bytes, as the app fetches them. */
export const committedHeadBytes = (): ArrayBuffer => new Uint8Array(readFileSync(join(ROOT, 'models/head.glb'))).buffer;

/** The committed model decoded exactly as the app's worker decodes it. */
export async function decodeCommittedHead(bytes = committedHeadBytes()): Promise<DecodedHead> {
  await MeshoptDecoder.ready;
  return decodeHead(bytes, MeshoptDecoder);
}

/** The committed model as the scene's geometry. */
export async function loadCommittedHead(): Promise<HeadGeometry> {
  return headFromDecoded(await decodeCommittedHead());
}
