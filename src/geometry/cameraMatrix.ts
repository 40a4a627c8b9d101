/**
 * Column-major 4x4 camera matrices as three.js builds them (PerspectiveCamera with a vertical
 * field of view, Object3D.lookAt with +y up), for code that draws without three (the first
 * picture of the head, in the decoder worker).
 */
export type Vec3 = readonly [number, number, number];

/** The scene camera's vertical field of view and clipping planes (centimetres). */
export const CAMERA = { fovDeg: 26, near: 1, far: 400 } as const;

export function perspective(fovDeg: number, aspect: number, near: number, far: number): Float32Array {
  const top = near * Math.tan((fovDeg * Math.PI) / 360);
  const height = 2 * top;
  const width = aspect * height;
  const m = new Float32Array(16);
  m[0] = (2 * near) / width;
  m[5] = (2 * near) / height;
  m[10] = -(far + near) / (far - near);
  m[11] = -1;
  m[14] = (-2 * far * near) / (far - near);
  return m;
}

const sub = (a: Vec3, b: Vec3): [number, number, number] => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const cross = (a: Vec3, b: Vec3): [number, number, number] => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const normalise = (a: Vec3): [number, number, number] => {
  const length = Math.hypot(a[0], a[1], a[2]) || 1;
  return [a[0] / length, a[1] / length, a[2] / length];
};

/** The view matrix (world to camera) of a camera at `eye` looking at `target`. */
export function lookAt(eye: Vec3, target: Vec3, up: Vec3 = [0, 1, 0]): Float32Array {
  const z = normalise(sub(eye, target));
  const x = normalise(cross(up, z));
  const y = cross(z, x);
  const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  // The inverse of the camera's world matrix [x y z eye]: rotation transposed, translation rotated.
  return new Float32Array([
    x[0],
    y[0],
    z[0],
    0,
    x[1],
    y[1],
    z[1],
    0,
    x[2],
    y[2],
    z[2],
    0,
    -dot(x, eye),
    -dot(y, eye),
    -dot(z, eye),
    1,
  ]);
}

export function multiply(a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(16);
  for (let col = 0; col < 4; col++)
    for (let row = 0; row < 4; row++) {
      let sum = 0;
      for (let k = 0; k < 4; k++) sum += a[k * 4 + row]! * b[col * 4 + k]!;
      out[col * 4 + row] = sum;
    }
  return out;
}
