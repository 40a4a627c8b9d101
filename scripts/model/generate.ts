/** The whole model pipeline, from the package's bytes to the .glb and the landmark table. */
import { decodeFaceMesh } from './decodeFaceMesh.ts';
import { buildHead } from './buildHead.ts';
import { headPrimitives } from './encodeHead.ts';
import { writeGlb } from './writeGlb.ts';

export const MODEL_SOURCE =
  'MediaPipe canonical face mesh (@mediapipe/face_mesh, Apache-2.0), extended with a procedural cranium, neck, ears and eyes';

export async function generateHead(packedData: Uint8Array, loaderSource: string) {
  const head = buildHead(decodeFaceMesh(packedData, loaderSource));
  const glb = await writeGlb(headPrimitives(head), { source: MODEL_SOURCE, license: 'Apache-2.0' });
  const landmarks =
    JSON.stringify(
      {
        schemaVersion: 1,
        source: MODEL_SOURCE,
        note: 'Ids 0-467 are MediaPipe landmarks. Ids from 468 are extra coarse vertices of the generated head; these are the named ones.',
        coarseVertexCount: head.coarseVertexCount,
        landmarks: head.landmarks.map((l) => ({ ...l, position: l.position.map((x) => Math.round(x * 1000) / 1000) })),
      },
      null,
      2,
    ) + '\n';
  return { glb, landmarks, head };
}
