/**
 * Eyeballs behind the opened lids: a sphere fitted to the lid margin, set back so the lids
 * rest on it, with a pupil and iris facing forward through the pupil landmarks.
 */
import { add, sub, scale, normalize, dot, cross, length, type V3 } from './vec.ts';

export interface Primitive {
  positions: number[];
  colors: number[];
  indices: number[];
}

const PUPIL: V3 = [0.05, 0.04, 0.04];
const IRIS: V3 = [0.36, 0.25, 0.17];
const LIMBUS: V3 = [0.2, 0.14, 0.11];
const SCLERA: V3 = [0.9, 0.87, 0.83];

/** Latitude rings (degrees from the gaze axis) and their colour. */
const BANDS: [number, V3][] = [
  [0, PUPIL],
  [8, PUPIL],
  [10.5, IRIS],
  [20, IRIS],
  [26, IRIS],
  [28, LIMBUS],
  [30, SCLERA],
  [40, SCLERA],
  [55, SCLERA],
  [70, SCLERA],
  [90, SCLERA],
  [120, SCLERA],
  [150, SCLERA],
  [180, SCLERA],
];
const SEGMENTS = 32;
export const EYEBALL_RADIUS = 1.2;

export function buildEyeball(margin: V3[], pupilPoint: V3): { primitive: Primitive; centre: V3 } {
  const mean = scale(
    margin.reduce((s, p) => add(s, p), [0, 0, 0] as V3),
    1 / margin.length,
  );
  // Put the centre behind the opening so that the margin's mean distance is the radius plus
  // a small tuck: the lids then rest on the globe.
  const radius = EYEBALL_RADIUS;
  let centre: V3 = [mean[0], mean[1], mean[2] - radius];
  for (let i = 0; i < 60; i++) {
    const meanDistance = margin.reduce((s, p) => s + length(sub(p, centre)), 0) / margin.length;
    centre = [centre[0], centre[1], centre[2] + (meanDistance - (radius + 0.02)) * 0.5];
  }
  const gaze = normalize(sub([pupilPoint[0], pupilPoint[1], pupilPoint[2] + 10], centre));
  const helper: V3 = Math.abs(gaze[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  const u = normalize(cross(helper, gaze));
  const v = cross(gaze, u);

  const positions: number[] = [];
  const colors: number[] = [];
  const indices: number[] = [];
  BANDS.forEach(([degrees, color], ringIndex) => {
    const a = (degrees * Math.PI) / 180;
    const count = ringIndex === 0 || ringIndex === BANDS.length - 1 ? 1 : SEGMENTS;
    for (let j = 0; j < count; j++) {
      const phi = (2 * Math.PI * j) / SEGMENTS;
      const d = add(scale(gaze, Math.cos(a)), add(scale(u, Math.sin(a) * Math.cos(phi)), scale(v, Math.sin(a) * Math.sin(phi))));
      positions.push(...add(centre, scale(d, radius)));
      colors.push(...color);
    }
  });
  const ringStart = (r: number) => (r === 0 ? 0 : 1 + (r - 1) * SEGMENTS);
  const last = BANDS.length - 1;
  for (let j = 0; j < SEGMENTS; j++) {
    const k = (j + 1) % SEGMENTS;
    indices.push(0, ringStart(1) + j, ringStart(1) + k);
    for (let r = 1; r < last - 1; r++) {
      const a0 = ringStart(r) + j;
      const a1 = ringStart(r) + k;
      const b0 = ringStart(r + 1) + j;
      const b1 = ringStart(r + 1) + k;
      indices.push(a0, b0, b1, a0, b1, a1);
    }
    indices.push(ringStart(last - 1) + j, ringStart(last), ringStart(last - 1) + k);
  }
  // Keep the winding outward whatever the handedness of (u, v, gaze).
  if (dot(cross(u, v), gaze) < 0)
    for (let t = 0; t < indices.length; t += 3) [indices[t + 1], indices[t + 2]] = [indices[t + 2]!, indices[t + 1]!];
  return { primitive: { positions, colors, indices }, centre };
}
