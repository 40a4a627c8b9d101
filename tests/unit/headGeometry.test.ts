import { describe, expect, it } from 'vitest';
import { BufferGeometry, type Mesh } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { HEAD_PARTS, decodeHead, vertexNormals } from '../../src/geometry/decodeHead';
import { headFromDecoded } from '../../src/geometry/headGeometry';
import { committedHeadBytes, decodeCommittedHead } from '../headFixture';

// The reference: three's own GLTFLoader and its generic accessors. The app's decoder (which
// runs in a worker without three) must give exactly what they give.
const loader = new GLTFLoader();
loader.setMeshoptDecoder(MeshoptDecoder);
const gltf = await loader.parseAsync(committedHeadBytes(), '');
const stored = (name: string) => gltf.scene.getObjectByName(name) as Mesh;
const decoded = await decodeCommittedHead();
const head = headFromDecoded(decoded);

describe('decodeHead', () => {
  it('reads positions, colours, occlusion and the chart as three does, in centimetres', () => {
    for (const part of HEAD_PARTS) {
      const mesh = stored(part);
      const source = mesh.geometry;
      const scale = mesh.scale.x;
      const position = source.getAttribute('position');
      const color = source.getAttribute('color');
      const ours = head[part];
      expect(ours.getAttribute('position').count).toBe(position.count);
      expect([...(ours.getIndex()!.array as Uint16Array)]).toEqual([...(source.getIndex()!.array as Uint16Array)]);
      for (let i = 0; i < position.count; i += 31) {
        expect(ours.getAttribute('position').getX(i)).toBeCloseTo(position.getX(i) * scale, 5);
        expect(ours.getAttribute('position').getY(i)).toBeCloseTo(position.getY(i) * scale, 5);
        expect(ours.getAttribute('position').getZ(i)).toBeCloseTo(position.getZ(i) * scale, 5);
        expect(ours.getAttribute('color').getX(i)).toBeCloseTo(color.getX(i), 6);
        expect(ours.getAttribute('color').getZ(i)).toBeCloseTo(color.getZ(i), 6);
        expect(ours.getAttribute('occlusion').getX(i)).toBeCloseTo(color.getW(i), 6);
      }
    }
    const skin = stored('skin');
    const step = (skin.userData as { chartStep: number }).chartStep;
    const chart = skin.geometry.getAttribute('_chart');
    for (let i = 0; i < chart.count; i += 31) {
      expect(head.skin.getAttribute('chart').getX(i)).toBeCloseTo(chart.getX(i) * step, 6);
      expect(head.skin.getAttribute('chart').getY(i)).toBeCloseTo(chart.getY(i) * step, 6);
      expect(head.skin.getAttribute('chart').getZ(i)).toBe(chart.getZ(i));
    }
    expect(head.coarseVertexCount).toBe((skin.userData as { coarseVertexCount: number }).coarseVertexCount);
    // Occlusion really varies (the mouth and lid folds are darker): it was read, not filled in.
    expect(Math.min(...decoded.parts.skin.occlusion!)).toBeLessThan(0.9);
  });

  it("reads the shipped normals as three does, and they are three's computed normals to 8-bit precision", () => {
    for (const part of HEAD_PARTS) {
      const shipped = stored(part).geometry.getAttribute('normal');
      const reference = new BufferGeometry();
      reference.setAttribute('position', head[part].getAttribute('position'));
      reference.setIndex(head[part].getIndex());
      reference.computeVertexNormals();
      reference.computeBoundingSphere();
      const computed = reference.getAttribute('normal');
      const actual = head[part].getAttribute('normal');
      let worstRead = 0;
      let worstAngle = 0;
      for (let i = 0; i < actual.count; i++) {
        for (const axis of ['getX', 'getY', 'getZ'] as const)
          worstRead = Math.max(worstRead, Math.abs(actual[axis](i) - shipped[axis](i)));
        const dot = actual.getX(i) * computed.getX(i) + actual.getY(i) * computed.getY(i) + actual.getZ(i) * computed.getZ(i);
        const length = Math.hypot(actual.getX(i), actual.getY(i), actual.getZ(i));
        worstAngle = Math.max(worstAngle, Math.acos(Math.min(1, dot / length)));
      }
      expect(worstRead).toBeLessThan(1e-6);
      // Octahedral 8-bit encoding: within about a degree everywhere.
      expect((worstAngle * 180) / Math.PI).toBeLessThan(1.5);
      expect(head[part].boundingSphere!.center.distanceTo(reference.boundingSphere!.center)).toBeLessThan(1e-5);
      expect(head[part].boundingSphere!.radius).toBeCloseTo(reference.boundingSphere!.radius, 5);
    }
  });

  it('gives a unit normal pointing out of a single triangle', () => {
    const normals = vertexNormals(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]), [0, 1, 2]);
    expect([...normals]).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 1]);
  });

  it('names the problem with a file that is not the head model', async () => {
    await MeshoptDecoder.ready;
    expect(() => decodeHead(new TextEncoder().encode('<html>404</html>').buffer, MeshoptDecoder)).toThrow(
      /head model is not readable: not a binary glTF file/,
    );
    const whole = committedHeadBytes();
    const cut = whole.slice(0, whole.byteLength - 1000);
    expect(() => decodeHead(cut, MeshoptDecoder)).toThrow(/binary chunk is missing or cut short/);
    // A valid GLB whose meshes are not the head's.
    const json = new TextEncoder().encode(JSON.stringify({ asset: { version: '2.0' }, nodes: [] }).padEnd(48, ' '));
    const glb = new Uint8Array(12 + 8 + json.length + 8);
    const view = new DataView(glb.buffer);
    view.setUint32(0, 0x46546c67, true);
    view.setUint32(4, 2, true);
    view.setUint32(8, glb.length, true);
    view.setUint32(12, json.length, true);
    view.setUint32(16, 0x4e4f534a, true);
    glb.set(json, 20);
    view.setUint32(20 + json.length, 0, true);
    view.setUint32(24 + json.length, 0x004e4942, true);
    expect(() => decodeHead(glb.buffer, MeshoptDecoder)).toThrow(/has no "skin" mesh/);
  });
});
