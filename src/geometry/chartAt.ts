/**
 * The region-chart coordinates (u, v, valid) at a point on triangle `face` of an indexed mesh,
 * by barycentric interpolation. Pure and allocation-free apart from the result, so it can run
 * on every pointer move. Returns null where the chart does not cover the surface.
 */
export function chartAt(
  positions: ArrayLike<number>,
  chart: ArrayLike<number>,
  index: ArrayLike<number>,
  face: number,
  point: readonly [number, number, number],
): [number, number] | null {
  const a = index[face * 3]!;
  const b = index[face * 3 + 1]!;
  const c = index[face * 3 + 2]!;
  const v0x = positions[b * 3]! - positions[a * 3]!;
  const v0y = positions[b * 3 + 1]! - positions[a * 3 + 1]!;
  const v0z = positions[b * 3 + 2]! - positions[a * 3 + 2]!;
  const v1x = positions[c * 3]! - positions[a * 3]!;
  const v1y = positions[c * 3 + 1]! - positions[a * 3 + 1]!;
  const v1z = positions[c * 3 + 2]! - positions[a * 3 + 2]!;
  const v2x = point[0] - positions[a * 3]!;
  const v2y = point[1] - positions[a * 3 + 1]!;
  const v2z = point[2] - positions[a * 3 + 2]!;
  const d00 = v0x * v0x + v0y * v0y + v0z * v0z;
  const d01 = v0x * v1x + v0y * v1y + v0z * v1z;
  const d11 = v1x * v1x + v1y * v1y + v1z * v1z;
  const d20 = v2x * v0x + v2y * v0y + v2z * v0z;
  const d21 = v2x * v1x + v2y * v1y + v2z * v1z;
  const denominator = d00 * d11 - d01 * d01;
  if (denominator === 0) return null;
  const wb = (d11 * d20 - d01 * d21) / denominator;
  const wc = (d00 * d21 - d01 * d20) / denominator;
  const wa = 1 - wb - wc;
  const valid = chart[a * 3 + 2]! * wa + chart[b * 3 + 2]! * wb + chart[c * 3 + 2]! * wc;
  if (valid < 0.999) return null;
  return [
    chart[a * 3]! * wa + chart[b * 3]! * wb + chart[c * 3]! * wc,
    chart[a * 3 + 1]! * wa + chart[b * 3 + 1]! * wb + chart[c * 3 + 1]! * wc,
  ];
}
