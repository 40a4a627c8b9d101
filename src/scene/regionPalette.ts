/**
 * Overlay colours, chosen from the Okabe-Ito colour-blind-safe palette: targets in blues and
 * greens, avoid-zones in vermilion and orange. Hatching and dashed rims carry the same
 * information for anyone who cannot tell the colours apart.
 */
/** The shader mixes in linear light, so the sRGB palette is converted once here. */
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const hex = (value: number): [number, number, number] => [
  toLinear(((value >> 16) & 255) / 255),
  toLinear(((value >> 8) & 255) / 255),
  toLinear((value & 255) / 255),
];

export const TARGET_COLOURS = [0x0072b2, 0x009e73, 0x56b4e9].map(hex);
export const AVOID_COLOURS = [0xd55e00, 0xe69f00].map(hex);

export const TARGET_FILL = 0.5;
export const AVOID_FILL = 0.42;
