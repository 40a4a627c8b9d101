import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BufferGeometry, type Mesh } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { headFromScene, vertexNormals } from '../../src/geometry/headGeometry';
import { withMeshopt } from '../../src/scene/loadHead';
import { ROOT } from '../faceMeshFixture';

// The typed-array readers must give exactly what three's generic accessors give.
const loader = new GLTFLoader();
withMeshopt(loader);
const gltf = await loader.parseAsync(new Uint8Array(readFileSync(join(ROOT, 'models/head.glb'))).buffer, '');
const head = headFromScene(gltf.scene);
const stored = (name: string) => gltf.scene.getObjectByName(name) as Mesh;

describe('headFromScene', () => {
  it('dequantizes positions, colours, occlusion and the chart as the accessors do', () => {
    const mesh = stored('skin');
    const source = mesh.geometry;
    const scale = mesh.scale.x;
    const step = (mesh.userData as { chartStep: number }).chartStep;
    const position = source.getAttribute('position');
    const color = source.getAttribute('color');
    const chart = source.getAttribute('_chart');
    const skin = head.skin;
    expect(skin.getAttribute('position').count).toBe(position.count);
    for (let i = 0; i < position.count; i += 97) {
      expect(skin.getAttribute('position').getY(i)).toBeCloseTo(position.getY(i) * scale, 5);
      expect(skin.getAttribute('color').getX(i)).toBeCloseTo(color.getX(i), 6);
      expect(skin.getAttribute('occlusion').getX(i)).toBeCloseTo(color.getW(i), 6);
      expect(skin.getAttribute('chart').getX(i)).toBeCloseTo(chart.getX(i) * step, 6);
      expect(skin.getAttribute('chart').getZ(i)).toBe(chart.getZ(i));
    }
    // Occlusion really varies (the mouth and lid folds are darker), so it was read, not filled.
    const occlusion = skin.getAttribute('occlusion').array as Float32Array;
    expect(Math.min(...occlusion)).toBeLessThan(0.9);
  });

  it('computes the same area-weighted normals as three', () => {
    for (const part of ['skin', 'eyes', 'ears'] as const) {
      const geometry = head[part];
      const reference = new BufferGeometry();
      reference.setAttribute('position', geometry.getAttribute('position'));
      reference.setIndex(geometry.getIndex());
      reference.computeVertexNormals();
      const expected = reference.getAttribute('normal').array;
      const actual = geometry.getAttribute('normal').array;
      let worst = 0;
      for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(expected[i]! - actual[i]!));
      expect(worst).toBeLessThan(1e-5);
    }
  });

  it('bounds each part with the sphere three computes', () => {
    for (const part of ['skin', 'eyes', 'ears'] as const) {
      const reference = new BufferGeometry();
      reference.setAttribute('position', head[part].getAttribute('position'));
      reference.computeBoundingSphere();
      const ours = head[part].boundingSphere!;
      expect(ours.center.distanceTo(reference.boundingSphere!.center)).toBeLessThan(1e-5);
      expect(ours.radius).toBeCloseTo(reference.boundingSphere!.radius, 5);
    }
  });

  it('gives a unit normal pointing out of a single triangle', () => {
    const normals = vertexNormals(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]), [0, 1, 2]);
    expect([...normals]).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 1]);
  });
});
