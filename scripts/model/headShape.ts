/**
 * The cranium, jaw and neck as a signed distance field (centimetres, MediaPipe's frame). It
 * only shapes what the canonical face mesh does not cover; the face itself is never moved.
 * Proportions: vertex about 22 cm above menton, glabella-opisthocranion about 19.5 cm,
 * head breadth about 15.5 cm, neck cut 19 cm below the eyes.
 */
import type { V3 } from './vec.ts';

function ellipsoid(p: V3, c: V3, r: V3): number {
  const q: V3 = [(p[0] - c[0]) / r[0], (p[1] - c[1]) / r[1], (p[2] - c[2]) / r[2]];
  const k0 = Math.hypot(q[0], q[1], q[2]);
  const k1 = Math.hypot(q[0] / r[0], q[1] / r[1], q[2] / r[2]);
  return k1 === 0 ? -Math.min(...r) : (k0 * (k0 - 1)) / k1;
}

function capsule(p: V3, a: V3, b: V3, radius: number): number {
  const pa: V3 = [p[0] - a[0], p[1] - a[1], p[2] - a[2]];
  const ba: V3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const h = Math.min(1, Math.max(0, (pa[0] * ba[0] + pa[1] * ba[1] + pa[2] * ba[2]) / (ba[0] ** 2 + ba[1] ** 2 + ba[2] ** 2)));
  return Math.hypot(pa[0] - ba[0] * h, pa[1] - ba[1] * h, pa[2] - ba[2] * h) - radius;
}

/** Polynomial smooth minimum: blends two surfaces over a band of width k. */
function smin(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - (h * h * k) / 4;
}

function neck(p: V3): number {
  // An elliptic cylinder leaning slightly forward, cut flat below and
  // closed above, inside the skull, so rays from the head centre meet it only once.
  const zc = -5.6 + 0.12 * (p[1] + 12);
  const radial = (Math.hypot(p[0] / 6.0, (p[2] - zc) / 5.9) - 1) * 5.9;
  return Math.max(radial, -19 - p[1], p[1] + 2);
}

function jaw(p: V3): number {
  // The mandible's lower border and rami as capsules, left and right.
  const x = Math.abs(p[0]);
  const q: V3 = [x, p[1], p[2]];
  const chin = capsule(q, [0, -8.2, 2.6], [3.6, -7.4, 1.0], 1.5);
  const body = capsule(q, [3.6, -7.4, 1.0], [5.7, -5.6, -1.7], 1.4);
  const ramus = capsule(q, [5.7, -5.6, -1.7], [6.1, -0.8, -3.2], 1.4);
  return Math.min(chin, body, ramus);
}

export function headSdf(p: V3): number {
  const cranium = ellipsoid(p, [0, 3.4, -4.4], [7.9, 9.5, 9.8]);
  const mastoid = ellipsoid([Math.abs(p[0]), p[1], p[2]], [5.2, -2.4, -6.6], [2.2, 3.2, 2.6]);
  let d = smin(cranium, jaw(p), 3.0);
  d = smin(d, mastoid, 2.0);
  return smin(d, neck(p), 2.2);
}

/** Distance from origin o along unit direction d to the outermost surface of the field. */
export function castOutermost(o: V3, d: V3, maxDistance = 40): number {
  const f = (t: number) => headSdf([o[0] + d[0] * t, o[1] + d[1] * t, o[2] + d[2] * t]);
  let outer = maxDistance;
  let inner = maxDistance;
  while (inner > 0 && f(inner) > 0) inner -= 0.2;
  if (inner <= 0) throw new Error('ray from the head centre never entered the head');
  outer = inner + 0.2;
  for (let i = 0; i < 40; i++) {
    const mid = (inner + outer) / 2;
    if (f(mid) > 0) outer = mid;
    else inner = mid;
  }
  return (inner + outer) / 2;
}
