import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeFaceMesh } from '../../scripts/model/decodeFaceMesh';
import { generateHead } from '../../scripts/model/generate';
import { Topology, triangles } from '../../scripts/model/meshTopology';
import { loadCommittedHead } from '../headFixture';
import { landmarkPosition, type HeadGeometry } from '../../src/geometry/headGeometry';
import { faceMeshPackage, ROOT } from '../faceMeshFixture';

const { packedData, loaderSource } = faceMeshPackage();
const committedGlb = readFileSync(join(ROOT, 'models/head.glb'));
const committedLandmarks = JSON.parse(readFileSync(join(ROOT, 'models/head-landmarks.json'), 'utf8')) as {
  coarseVertexCount: number;
  landmarks: { id: number; name: string; position: [number, number, number] }[];
};
const canonical = decodeFaceMesh(packedData, loaderSource);

let generated: Awaited<ReturnType<typeof generateHead>>;
let head: HeadGeometry;

beforeAll(async () => {
  generated = await generateHead(packedData, loaderSource);
  head = await loadCommittedHead();
});

describe('the committed head model', () => {
  it('is exactly what `npm run model` produces', () => {
    expect(Buffer.from(generated.glb).equals(committedGlb)).toBe(true);
    expect(generated.landmarks).toBe(readFileSync(join(ROOT, 'models/head-landmarks.json'), 'utf8'));
  });

  it('stays under the 300 KB budget', () => {
    expect(committedGlb.length).toBeLessThan(300 * 1024);
  });

  it('keeps landmarks 0-467 where the canonical mesh puts them', () => {
    let worst = 0;
    for (let i = 0; i < 468; i++) {
      const [x, y, z] = landmarkPosition(head, i);
      worst = Math.max(
        worst,
        Math.abs(x - canonical.positions[i * 3]!),
        Math.abs(y - canonical.positions[i * 3 + 1]!),
        Math.abs(z - canonical.positions[i * 3 + 2]!),
      );
    }
    // Positions are stored in steps of 1/1000 cm.
    expect(worst).toBeLessThanOrEqual(0.0005 + 1e-6);
  });

  it('keeps the named extra landmarks addressable at their listed positions', () => {
    expect(head.coarseVertexCount).toBe(committedLandmarks.coarseVertexCount);
    for (const landmark of committedLandmarks.landmarks) {
      expect(landmark.id).toBeGreaterThanOrEqual(468);
      landmarkPosition(head, landmark.id).forEach((value, axis) => expect(value).toBeCloseTo(landmark.position[axis]!, 2));
    }
  });

  it('carries the forehead up to a hairline and the cheek back to the ear', () => {
    const named = (name: string) => committedLandmarks.landmarks.find((l) => l.name === name)!.position;
    const foreheadTop = canonical.positions[10 * 3 + 1]!;
    expect(named('hairline-midline')[1]).toBeGreaterThan(foreheadTop + 1);
    expect(named('vertex')[1]).toBeGreaterThan(foreheadTop + 3);
    // The tragus lies behind the face's edge point in front of the ear (454 / 234).
    expect(named('tragus-left')[2]).toBeLessThan(canonical.positions[454 * 3 + 2]!);
    expect(named('tragus-right')[0]).toBeLessThan(0);
    expect(named('ramus-posterior-mid-left')[2]).toBeLessThan(canonical.positions[361 * 3 + 2]!);
  });

  it('names paired extras on both sides, mirrored', () => {
    for (const landmark of committedLandmarks.landmarks.filter((l) => l.name.endsWith('-left'))) {
      const right = committedLandmarks.landmarks.find((l) => l.name === landmark.name.replace(/-left$/, '-right'))!;
      expect(right.position[0]).toBeCloseTo(-landmark.position[0], 2);
      expect(right.position[1]).toBeCloseTo(landmark.position[1], 2);
    }
  });

  it('closes the head: the only openings in the skin are tucked behind the eyelids', () => {
    const { skin } = generated.head;
    const loops = new Topology(skin.positions.length / 3, triangles(skin.indices)).boundaryLoops();
    expect(loops).toHaveLength(2);
  });

  it('has skin, eyes and ears, with vertex colours', () => {
    for (const part of [head.skin, head.eyes, head.ears]) {
      expect(part.getAttribute('position').count).toBeGreaterThan(100);
      expect(part.getAttribute('color')).toBeDefined();
      expect(part.getAttribute('normal')).toBeDefined();
    }
    expect(head.skin.getAttribute('chart')).toBeDefined();
  });
});
