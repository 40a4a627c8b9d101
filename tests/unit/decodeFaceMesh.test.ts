import { describe, expect, it } from 'vitest';
import { decodeFaceMesh, decodeMetadata, findMetadataRange } from '../../scripts/model/decodeFaceMesh';
import { faceMeshPackage } from '../faceMeshFixture';

const { packedData, loaderSource } = faceMeshPackage();

describe('decodeFaceMesh', () => {
  const mesh = decodeFaceMesh(packedData, loaderSource);

  it('reads 468 vertices and 898 triangles', () => {
    expect(mesh.positions.length / 3).toBe(468);
    expect(mesh.uvs.length / 2).toBe(468);
    expect(mesh.indices.length / 3).toBe(898);
  });

  it('puts named landmarks where the labelled reference puts them (cm)', () => {
    const p = (i: number) => Array.from(mesh.positions.slice(i * 3, i * 3 + 3));
    // Values from the labelled reference table of the canonical mesh.
    const reference: [number, [number, number, number]][] = [
      [362, [1.856, 2.585, 3.758]], // medial canthus, subject's left
      [33, [-4.446, 2.664, 3.173]], // lateral canthus, subject's right
      [10, [0, 8.262, 4.482]], // top of the forehead in the mesh
      [152, [0, -9.403, 4.264]], // menton
    ];
    for (const [index, expected] of reference) {
      p(index).forEach((value, axis) => expect(value).toBeCloseTo(expected[axis]!, 2));
    }
  });

  it('winds triangles outward (counter-clockwise seen from the front)', () => {
    let signedArea = 0;
    const at = (i: number) => [mesh.positions[i * 3]!, mesh.positions[i * 3 + 1]!];
    for (let t = 0; t < mesh.indices.length; t += 3) {
      const [a, b, c] = [at(mesh.indices[t]!), at(mesh.indices[t + 1]!), at(mesh.indices[t + 2]!)];
      signedArea += (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
    }
    expect(signedArea).toBeGreaterThan(0);
  });

  it('keeps UVs with a top-left origin (forehead above chin)', () => {
    expect(mesh.uvs[10 * 2 + 1]!).toBeLessThan(mesh.uvs[152 * 2 + 1]!);
  });

  it('reads the byte range from the loader instead of assuming it', () => {
    const [start, end] = findMetadataRange(loaderSource);
    expect(end - start).toBeGreaterThan(1000);
    const shifted = loaderSource.replace(
      /(geometry_pipeline_metadata_landmarks\.binarypb",\s*"start":\s*)(\d+)/,
      (_, head, n) => `${head}${Number(n) + 1}`,
    );
    expect(shifted).not.toBe(loaderSource);
    expect(() => decodeFaceMesh(packedData, shifted)).toThrow();
  });

  it('names the problem when the loader does not list the mesh', () => {
    expect(() => findMetadataRange('{"files": []}')).toThrow(/geometry_pipeline_metadata_landmarks\.binarypb is not listed/);
  });

  it('rejects a truncated protobuf', () => {
    const [start, end] = findMetadataRange(loaderSource);
    expect(() => decodeMetadata(packedData.subarray(start, start + Math.floor((end - start) / 2)))).toThrow(/truncated/);
  });
});
