/**
 * Overlay colours, chosen from the Okabe-Ito colour-blind-safe palette: targets in blues and
 * greens, avoid-zones in vermilion and orange. Hatching and dashed rims carry the same
 * information for anyone who cannot tell the colours apart.
 */
import { linearRgb } from '../geometry/colour';

// The shader mixes in linear light, so the sRGB palette is converted once here.
export const TARGET_COLOURS = [0x0072b2, 0x009e73, 0x56b4e9].map((c) => linearRgb(c));
export const AVOID_COLOURS = [0xd55e00, 0xe69f00].map((c) => linearRgb(c));

export const TARGET_FILL = 0.5;
export const AVOID_FILL = 0.42;
