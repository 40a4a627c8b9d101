/**
 * The scene's lights, as data: the 3D scene (scene/Lights.tsx) and the worker's first picture
 * of the head (workers/firstPicture.ts) light the head the same way.
 */
export const FILL = { sky: '#fff6ee', ground: '#6a5d58', intensity: 1.6 } as const;
export const KEY = { color: '#fff3e6', intensity: 1.9, position: [-30, 35, 45] } as const;
