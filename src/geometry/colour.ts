/** One sRGB channel (0-1) in linear light, as three's colour management and glTF expect. */
export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** A 0xrrggbb or '#rrggbb' colour in linear RGB, times `intensity`. */
export function linearRgb(colour: number | string, intensity = 1): [number, number, number] {
  const value = typeof colour === 'number' ? colour : parseInt(colour.slice(1), 16);
  return [16, 8, 0].map((shift) => srgbToLinear(((value >> shift) & 255) / 255) * intensity) as [number, number, number];
}
