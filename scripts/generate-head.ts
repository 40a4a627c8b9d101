/**
 * Regenerates models/head.glb and models/head-landmarks.json from the canonical face mesh
 * in @mediapipe/face_mesh. Run with `npm run model`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateHead } from './model/generate.ts';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@mediapipe/face_mesh/package.json'));
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const { glb, landmarks } = await generateHead(
  new Uint8Array(readFileSync(join(packageDir, 'face_mesh_solution_packed_assets.data'))),
  readFileSync(join(packageDir, 'face_mesh_solution_packed_assets_loader.js'), 'utf8'),
);
writeFileSync(join(root, 'models/head.glb'), glb);
writeFileSync(join(root, 'models/head-landmarks.json'), landmarks);
console.log(`models/head.glb: ${(glb.length / 1024).toFixed(1)} KiB`);
