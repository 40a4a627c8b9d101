import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import { lookAt, multiply, perspective } from '../../src/geometry/cameraMatrix';

describe('camera matrices without three', () => {
  it('match a three.js PerspectiveCamera looking at the head', () => {
    const eye: [number, number, number] = [12, 3, 78];
    const target: [number, number, number] = [0, 0.5, -2.5];
    const camera = new PerspectiveCamera(26, 780 / 766, 1, 400);
    camera.position.set(...eye);
    camera.lookAt(new Vector3(...target));
    camera.updateMatrixWorld();
    const expected = camera.projectionMatrix.clone().multiply(camera.matrixWorldInverse).elements;
    const actual = multiply(perspective(26, 780 / 766, 1, 400), lookAt(eye, target));
    // Float32 storage: agree to 1e-5 of each element's size.
    for (let i = 0; i < 16; i++)
      expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThan(1e-5 * Math.max(1, Math.abs(expected[i]!)));
  });
});
