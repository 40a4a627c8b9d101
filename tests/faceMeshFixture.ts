import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@mediapipe/face_mesh/package.json'));

/** The raw inputs of the model script, read from the installed npm package. */
export function faceMeshPackage() {
  return {
    packedData: new Uint8Array(readFileSync(join(packageDir, 'face_mesh_solution_packed_assets.data'))),
    loaderSource: readFileSync(join(packageDir, 'face_mesh_solution_packed_assets_loader.js'), 'utf8'),
  };
}

export const ROOT = join(import.meta.dirname, '..');
