/**
 * The scene's lights, as data: the 3D scene (scene/Lights.tsx) and the worker's first picture
 * of the head (workers/firstPicture.ts) light the head the same way.
 */
export const FILL = { sky: '#fff6ee', ground: '#6a5d58', intensity: 1.6 } as const;
export const KEY = { color: '#fff3e6', intensity: 1.9, position: [-30, 35, 45] } as const;

/** A #rrggbb colour in linear RGB, times `intensity` (as three's colour management does). */
export function linearColour(hex: string, intensity = 1): [number, number, number] {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return (c < 0.04045 ? c * 0.0773993808 : Math.pow(c * 0.9478672986 + 0.0521327014, 2.4)) * intensity;
  };
  return [channel(0), channel(1), channel(2)];
}
