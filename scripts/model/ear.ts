/**
 * A procedural outer ear: a relief (helix rim, antihelix, concha, lobe) over an ear-shaped
 * outline, closed by a back surface that sinks into the head at the front. Built on the
 * subject's left and mirrored for the right. Centimetres, MediaPipe's frame.
 */
import { add, scale, normalize, cross, type V3 } from './vec.ts';
import { castOutermost } from './headShape.ts';
import type { Primitive } from './eyeball.ts';

const EAR_SKIN: V3 = [0.84, 0.6, 0.52];
const RINGS = 16;
const SEGMENTS = 56;
const HALF_HEIGHT = 3.1;
const HALF_WIDTH = 1.85;
/** Centre of the ear in the side view (y, z); the tragus lies about 1.6 cm in front of it. */
export const EAR_CENTRE_YZ: [number, number] = [1.0, -4.5];

const bump = (x: number, centre: number, width: number) => Math.exp(-(((x - centre) / width) ** 2));

/** Outline radius scale at angle phi (0 = posterior, pi/2 = up): wider above, lobe narrower. */
function outline(phi: number): [number, number] {
  const up = Math.sin(phi);
  const width = HALF_WIDTH * (up > 0 ? 1 : 1 - 0.28 * -up) * (Math.cos(phi) < 0 ? 0.92 : 1);
  const height = HALF_HEIGHT * (up > 0 ? 1 : 0.95);
  return [Math.cos(phi) * width, up * height];
}

/** Height of the front surface above the ear's plane, at normalised radius r and angle phi. */
function relief(r: number, phi: number): number {
  const [a, b] = outline(phi);
  const x = a * r;
  const y = b * r;
  const lobe = smoothClamp((-y - 1.2) / 0.8);
  const anteriorLow = smoothClamp((-x - 0.3) / 0.6) * smoothClamp((0.6 - y) / 0.6);
  const helix = 0.42 * bump(r, 0.9, 0.09) * (1 - lobe) * (1 - 0.85 * anteriorLow);
  const antihelix = 0.22 * bump(r, 0.58, 0.12) * smoothClamp((x + y + 0.6) / 0.8) * (1 - lobe);
  const conchaDistance = Math.hypot((x + 0.25) / 0.95, (y + 0.15) / 1.15);
  const concha = -0.55 * Math.max(0, 1 - conchaDistance ** 2);
  const tilt = 0.28 * Math.max(0, x + 0.6);
  const lobeBody = 0.15 * lobe;
  return tilt + helix + antihelix + concha + lobeBody;
}

function smoothClamp(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return c * c * (3 - 2 * c);
}

export function buildEar(side: 1 | -1): Primitive {
  const [cy, cz] = EAR_CENTRE_YZ;
  const headX = castOutermost([0, cy, cz], [1, 0, 0]);
  const normal = normalize([0.8, 0, 0.6]);
  const up = normalize([0, 0.975, -0.22]);
  const back = normalize(cross(up, normal));
  const outward = cross(back, up);
  const centre: V3 = [headX + 0.45, cy, cz];

  const positions: number[] = [];
  const colors: number[] = [];
  const indices: number[] = [];
  const heights: number[] = [];
  const place = (r: number, phi: number, h: number) => {
    const [a, b] = outline(phi);
    const p = add(centre, add(add(scale(back, a * r), scale(up, b * r)), scale(outward, h)));
    positions.push(side * p[0], p[1], p[2]);
    heights.push(h);
  };
  // Front surface: centre, then rings out to the rim. Back surface: rim back to a centre
  // sunk into the head.
  place(0, 0, relief(0, 0));
  for (let ring = 1; ring <= RINGS; ring++) {
    for (let j = 0; j < SEGMENTS; j++) {
      const phi = (2 * Math.PI * j) / SEGMENTS;
      place(ring / RINGS, phi, relief(ring / RINGS, phi));
    }
  }
  const backRings = 6;
  for (let ring = backRings; ring >= 1; ring--) {
    for (let j = 0; j < SEGMENTS; j++) {
      const phi = (2 * Math.PI * j) / SEGMENTS;
      const r = 0.35 + (0.65 * ring) / backRings;
      const rimHeight = relief(1, phi);
      place(r, phi, rimHeight - 0.22 - 1.6 * (1 - r) ** 1.2);
    }
  }
  place(0, 0, -1.4);
  const minH = Math.min(...heights);
  const maxH = Math.max(...heights);
  for (const h of heights) {
    const shade = 0.72 + 0.28 * ((h - minH) / (maxH - minH));
    colors.push(...scale(EAR_SKIN, shade));
  }
  const ringCount = RINGS + backRings;
  const start = (ring: number) => 1 + (ring - 1) * SEGMENTS;
  const lastPoint = 1 + ringCount * SEGMENTS;
  for (let j = 0; j < SEGMENTS; j++) {
    const k = (j + 1) % SEGMENTS;
    indices.push(0, start(1) + j, start(1) + k);
    for (let ring = 1; ring < ringCount; ring++) {
      const a0 = start(ring) + j;
      const a1 = start(ring) + k;
      const b0 = start(ring + 1) + j;
      const b1 = start(ring + 1) + k;
      indices.push(a0, b0, b1, a0, b1, a1);
    }
    indices.push(start(ringCount) + j, lastPoint, start(ringCount) + k);
  }
  // The (back, up, outward) frame is right-handed for the left ear; mirroring flips it.
  if (side === -1)
    for (let t = 0; t < indices.length; t += 3) [indices[t + 1], indices[t + 2]] = [indices[t + 2]!, indices[t + 1]!];
  return { positions, colors, indices };
}
