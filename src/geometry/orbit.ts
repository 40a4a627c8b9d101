/** Camera position for a view: spherical angles around a target (polar from +y, azimuth from +z). */
export function orbitPosition(
  target: readonly [number, number, number],
  azimuthDeg: number,
  polarDeg: number,
  distance: number,
): [number, number, number] {
  const azimuth = (azimuthDeg * Math.PI) / 180;
  const polar = (polarDeg * Math.PI) / 180;
  return [
    target[0] + distance * Math.sin(polar) * Math.sin(azimuth),
    target[1] + distance * Math.cos(polar),
    target[2] + distance * Math.sin(polar) * Math.cos(azimuth),
  ];
}
