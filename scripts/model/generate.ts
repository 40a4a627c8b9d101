/** The whole model pipeline, from the package's bytes to the .glb and the landmark table. */
import { decodeFaceMesh } from './decodeFaceMesh.ts';
import { buildHead, type HeadModel } from './buildHead.ts';
import { headPrimitives } from './encodeHead.ts';
import { writeGlb } from './writeGlb.ts';

export const MODEL_SOURCE =
  'MediaPipe canonical face mesh (@mediapipe/face_mesh, Apache-2.0), extended with a procedural cranium, neck, ears and eyes';

const round = (digits: number) => (x: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Every coarse vertex (landmark) with its position, its region-chart coordinates and its
 * mirror across the midline (x -> -x, nearest vertex), so content checks and the app can
 * reason in landmark ids without parsing the model.
 */
function coarseVertexTable(head: HeadModel) {
  const n = head.coarseVertexCount;
  const p = head.skin.positions;
  const mirror: number[] = [];
  for (let i = 0; i < n; i++) {
    let best = i;
    let bestDistance = Infinity;
    for (let j = 0; j < n; j++) {
      const d = Math.hypot(p[j * 3]! + p[i * 3]!, p[j * 3 + 1]! - p[i * 3 + 1]!, p[j * 3 + 2]! - p[i * 3 + 2]!);
      if (d < bestDistance) {
        bestDistance = d;
        best = j;
      }
    }
    mirror.push(best);
  }
  return {
    position: p.slice(0, n * 3).map(round(3)),
    chart: head.skin.chart.slice(0, n * 3).map(round(4)),
    mirror,
  };
}

/** Keeps arrays of numbers on one line, so the table stays readable and small. */
const compactNumberArrays = (json: string) =>
  json.replace(/\[\s*(-?[\d.e-]+(?:,\s*-?[\d.e-]+)*)\s*\]/g, (_, body: string) => `[${body.replace(/\s+/g, '')}]`);

export async function generateHead(packedData: Uint8Array, loaderSource: string) {
  const head = buildHead(decodeFaceMesh(packedData, loaderSource));
  const glb = await writeGlb(headPrimitives(head), { source: MODEL_SOURCE, license: 'Apache-2.0' });
  const landmarks =
    compactNumberArrays(
      JSON.stringify(
        {
          schemaVersion: 1,
          source: MODEL_SOURCE,
          note: 'Ids 0-467 are MediaPipe landmarks. Ids from 468 are extra coarse vertices of the generated head; these are the named ones.',
          coarseVertexCount: head.coarseVertexCount,
          landmarks: head.landmarks.map((l) => ({ ...l, position: l.position.map(round(3)) })),
          vertices: coarseVertexTable(head),
        },
        null,
        2,
      ),
    ) + '\n';
  return { glb, landmarks, head };
}
