/**
 * Builds the head from the canonical face mesh: the face is kept exactly (vertex i is
 * MediaPipe landmark i), the eye openings and the mouth are opened, and the cranium, jaw,
 * neck and ears are added around it. Extra coarse vertices (468 onward) are stable, and a
 * curated subset is named so that data/ can outline regions beyond the face's edge.
 */
import type { CanonicalMesh } from './decodeFaceMesh.ts';
import { Topology, triangles, type Tri } from './meshTopology.ts';
import { castOutermost } from './headShape.ts';
import { subdivide } from './butterfly.ts';
import { pointInPolygon, type Point2 } from '../../src/geometry/polygon.ts';
import { EYE_OPENINGS, LIPS_INNER, LIPS_OUTER, BROWS, UPPER_LID_MARGINS } from './faceFeatures.ts';
import { at, add, sub, scale, normalize, length, lerp, smoothstep, type V3 } from './vec.ts';
import { buildEyeball, type Primitive } from './eyeball.ts';
import { buildEar } from './ear.ts';

export const SKIN: V3 = [0.86, 0.67, 0.56];
const LIP: V3 = [0.72, 0.42, 0.4];
const BROW: V3 = [0.42, 0.3, 0.22];
const CAVITY: V3 = [0.12, 0.04, 0.04];
const LID_SHADOW: V3 = [0.45, 0.3, 0.26];

/** The head's centre for the radial construction of the cranium. */
export const HEAD_CENTRE: V3 = [0, 0.5, -4];
/** Fractions of the way from the face's edge to the back of the head, per ring. */
export const RING_STEPS = [0.045, 0.095, 0.15, 0.21, 0.28, 0.36, 0.45, 0.55, 0.66, 0.78, 0.9];
/** Rings beyond this fraction lie behind the region chart and never carry a region. */
const CHART_LIMIT = 0.6;
const CHART_SCALE = 0.6;

export interface NamedLandmark {
  id: number;
  name: string;
  description: string;
  position: V3;
}

export interface HeadModel {
  skin: Primitive & { chart: number[]; occlusion: number[] };
  eyes: Primitive;
  ears: Primitive;
  /** Coarse skin vertices: 0-467 canonical, then the extras. */
  coarseVertexCount: number;
  landmarks: NamedLandmark[];
}

interface Builder {
  positions: number[];
  colors: number[];
  /** How much light reaches the vertex: 1 on open skin, low deep in the mouth and lid folds. */
  occlusion: number[];
  chart: number[];
  tris: Tri[];
}

function addVertex(b: Builder, p: V3, color: V3, chart: [number, number, number], occlusion = 1): number {
  b.positions.push(...p);
  b.colors.push(...color);
  b.occlusion.push(occlusion);
  b.chart.push(...chart);
  return b.positions.length / 3 - 1;
}

const chartOf = (b: Builder, v: number): [number, number, number] => [b.chart[v * 3]!, b.chart[v * 3 + 1]!, b.chart[v * 3 + 2]!];

/** Removes the triangles whose three corners all lie in `loop`, opening a hole there. */
function openHole(b: Builder, loop: number[]): void {
  const set = new Set(loop);
  b.tris = b.tris.filter((t) => !t.every((v) => set.has(v)));
}

/** Adds a strip of triangles outward from a boundary loop (ordered along its edges). */
function extrude(b: Builder, inner: number[], outer: number[]): void {
  const n = inner.length;
  for (let i = 0; i < n; i++) {
    const a = inner[i]!;
    const c = inner[(i + 1) % n]!;
    b.tris.push([c, a, outer[i]!], [c, outer[i]!, outer[(i + 1) % n]!]);
  }
}

function closeWithPoint(b: Builder, loop: number[], point: number): void {
  for (let i = 0; i < loop.length; i++) b.tris.push([loop[(i + 1) % loop.length]!, loop[i]!, point]);
}

function boundaryLoopContaining(b: Builder, vertex: number): number[] {
  const loops = new Topology(b.positions.length / 3, b.tris).boundaryLoops();
  const loop = loops.find((l) => l.includes(vertex));
  if (!loop) throw new Error(`vertex ${vertex} is on no boundary loop`);
  return loop;
}

function paintFace(b: Builder): void {
  const paint = (v: number, color: V3, amount: number) => {
    for (let c = 0; c < 3; c++) b.colors[v * 3 + c] = b.colors[v * 3 + c]! * (1 - amount) + color[c]! * amount;
  };
  const outer = LIPS_OUTER.map((i): Point2 => [b.positions[i * 3]!, b.positions[i * 3 + 1]!]);
  for (let v = 0; v < 468; v++) {
    const p = at(b.positions, v);
    if (p[2] > 4 && pointInPolygon([p[0], p[1]], outer)) paint(v, LIP, 0.85);
  }
  for (const v of LIPS_OUTER) paint(v, LIP, 0.45);
  for (const brow of BROWS) for (const v of brow) paint(v, BROW, 0.5);
  for (const v of UPPER_LID_MARGINS) paint(v, LID_SHADOW, 0.35);
}

function openEyes(b: Builder): Primitive {
  const eyes: Primitive[] = [];
  for (const side of [EYE_OPENINGS.left, EYE_OPENINGS.right]) {
    const margin = [...side.upper, ...side.lower.slice(1, -1).reverse()];
    openHole(b, margin);
    const eye = buildEyeball(
      margin.map((i) => at(b.positions, i)),
      lerp(at(b.positions, side.pupil[0]), at(b.positions, side.pupil[1]), 0.5),
    );
    eyes.push(eye.primitive);
    // Tuck the lid margin back into the eyeball so no gap shows at grazing angles.
    const loop = boundaryLoopContaining(b, side.upper[4]!);
    const tuck = loop.map((v) => {
      const p = at(b.positions, v);
      const inward = normalize(sub(eye.centre, p));
      return addVertex(b, add(p, scale(inward, 0.16)), LID_SHADOW, chartOf(b, v), 0.35);
    });
    extrude(b, loop, tuck);
  }
  return mergePrimitives(eyes);
}

function openMouth(b: Builder): void {
  openHole(b, LIPS_INNER);
  // The inner lip rolls into the mouth's shadow.
  for (const v of LIPS_INNER) b.occlusion[v] = 0.6;
  const loop = boundaryLoopContaining(b, 13);
  const pts = loop.map((v) => at(b.positions, v));
  const centroid = scale(
    pts.reduce((s, p) => add(s, p), [0, 0, 0] as V3),
    1 / pts.length,
  );
  const back = loop.map((v, i) => {
    // Squeeze the cavity's walls together so they face each other, not the light.
    const p = lerp(pts[i]!, [pts[i]![0], centroid[1], centroid[2]], 0.8);
    return addVertex(b, add(lerp(p, centroid, 0.15), [0, 0, -0.7]), CAVITY, chartOf(b, v), 0.1);
  });
  extrude(b, loop, back);
  closeWithPoint(b, back, addVertex(b, add(centroid, [0, 0, -1.2]), CAVITY, chartOf(b, 13), 0));
}

/** Spherical angles of a direction around the forward (+z) axis. */
function angles(d: V3): { theta: number; phi: number } {
  return { theta: Math.acos(Math.max(-1, Math.min(1, d[2]))), phi: Math.atan2(d[1], d[0]) };
}
const direction = (theta: number, phi: number): V3 => [
  Math.sin(theta) * Math.cos(phi),
  Math.sin(theta) * Math.sin(phi),
  Math.cos(theta),
];

function addCranium(b: Builder): { rings: number[][]; oval: number[] } {
  const oval = boundaryLoopContaining(b, 10);
  const c = HEAD_CENTRE;
  const base = oval.map((v) => {
    const offset = sub(at(b.positions, v), c);
    const { theta, phi } = angles(normalize(offset));
    const radius = length(offset);
    const delta = radius - castOutermost(c, direction(theta, phi));
    const uv: [number, number] = [b.chart[v * 3]!, b.chart[v * 3 + 1]!];
    const out = normalize([uv[0] - 0.5, uv[1] - 0.5, 0]);
    return { theta, phi, delta, uv, out };
  });
  const rings: number[][] = [];
  let previous = oval;
  for (const s of RING_STEPS) {
    const ring = base.map(({ theta, phi, delta, uv, out }) => {
      const t = theta + (Math.PI - theta) * s;
      const d = direction(t, phi);
      const r = castOutermost(c, d) + delta * (1 - smoothstep(0, 0.32, s));
      const spread = (t - theta) * CHART_SCALE;
      return addVertex(b, add(c, scale(d, r)), SKIN, [
        uv[0] + out[0] * spread,
        uv[1] + out[1] * spread,
        s <= CHART_LIMIT ? 1 : 0,
      ]);
    });
    extrude(b, previous, ring);
    rings.push(ring);
    previous = ring;
  }
  const back: V3 = [0, 0, -1];
  const pole = addVertex(b, add(c, scale(back, castOutermost(c, back))), SKIN, [0.5, 3, 0]);
  closeWithPoint(b, previous, pole);
  return { rings, oval };
}

export function mergePrimitives(parts: Primitive[]): Primitive {
  const positions: number[] = [];
  const colors: number[] = [];
  const indices: number[] = [];
  for (const part of parts) {
    const offset = positions.length / 3;
    positions.push(...part.positions);
    colors.push(...part.colors);
    indices.push(...part.indices.map((i) => i + offset));
  }
  return { positions, colors, indices };
}

/** Names for the extra landmarks beyond the face's edge, as (oval vertex, ring) pairs. */
const NAMED_EXTRAS: { name: string; description: string; oval: [number, number] | number; ring: number }[] = [
  { name: 'hairline-midline', description: 'frontal hairline in the midline (trichion)', oval: 10, ring: 2 },
  { name: 'hairline-medial', description: 'frontal hairline above the brow head', oval: [338, 109], ring: 2 },
  { name: 'hairline-mid-pupil', description: 'frontal hairline on the mid-pupil line', oval: [297, 67], ring: 2 },
  { name: 'hairline-lateral', description: 'frontal hairline above the brow apex', oval: [332, 103], ring: 2 },
  {
    name: 'temporal-line-upper',
    description: 'temporal fusion line at the hairline, lateral limit of frontalis',
    oval: [284, 54],
    ring: 1,
  },
  { name: 'temporal-line-lower', description: 'temporal fusion line above the brow tail', oval: [251, 21], ring: 1 },
  { name: 'temple', description: 'temple, behind the lateral orbital rim', oval: [389, 162], ring: 1 },
  { name: 'zygomatic-arch-posterior', description: 'root of the zygomatic arch in front of the ear', oval: [356, 127], ring: 1 },
  { name: 'tragus', description: 'tragus, in front of the ear canal', oval: [454, 234], ring: 1 },
  {
    name: 'ramus-posterior-upper',
    description: 'posterior border of the mandibular ramus, below the ear',
    oval: [323, 93],
    ring: 1,
  },
  { name: 'ramus-posterior-mid', description: 'posterior border of the mandibular ramus, mid-height', oval: [361, 132], ring: 1 },
  { name: 'gonion-posterior', description: 'behind the angle of the mandible', oval: [288, 58], ring: 1 },
  { name: 'mandible-lower-border', description: 'lower border of the mandible below the jaw angle', oval: [397, 172], ring: 1 },
  { name: 'submandibular', description: 'below the mandible, above the neck', oval: [365, 136], ring: 1 },
  { name: 'submental', description: 'below the chin, in the midline', oval: 152, ring: 1 },
  { name: 'neck-anterior-upper', description: 'front of the neck below the jaw', oval: [400, 176], ring: 3 },
  { name: 'neck-anterior-lower', description: 'front of the neck, lower', oval: [400, 176], ring: 4 },
  { name: 'neck-lateral-upper', description: 'side of the neck below the jaw angle', oval: [365, 136], ring: 3 },
  { name: 'neck-lateral-lower', description: 'side of the neck, lower', oval: [379, 150], ring: 4 },
  { name: 'vertex', description: 'top of the head', oval: 10, ring: 7 },
];

export function buildHead(face: CanonicalMesh, subdivisions = 2): HeadModel {
  const b: Builder = {
    positions: Array.from(face.positions),
    colors: [],
    occlusion: [],
    chart: [],
    tris: triangles(face.indices),
  };
  for (let v = 0; v < 468; v++) {
    b.colors.push(...SKIN);
    b.occlusion.push(1);
    b.chart.push(face.uvs[v * 2]!, face.uvs[v * 2 + 1]!, 1);
  }
  paintFace(b);
  const { rings, oval: faceOval } = addCranium(b);
  const eyes = openEyes(b);
  openMouth(b);
  const coarseVertexCount = b.positions.length / 3;
  const landmarks: NamedLandmark[] = [];
  for (const extra of NAMED_EXTRAS) {
    const sides: [string, number][] =
      typeof extra.oval === 'number'
        ? [['', extra.oval]]
        : [
            ['-left', extra.oval[0]],
            ['-right', extra.oval[1]],
          ];
    for (const [suffix, ovalVertex] of sides) {
      const id = rings[extra.ring - 1]![faceOval.indexOf(ovalVertex)]!;
      landmarks.push({
        id,
        name: extra.name + suffix,
        description: extra.description + (suffix ? ` (subject's ${suffix.slice(1)})` : ''),
        position: at(b.positions, id),
      });
    }
  }

  let mesh = {
    positions: b.positions,
    attributes: [
      { data: b.colors, itemSize: 3 },
      { data: b.chart, itemSize: 3 },
      { data: b.occlusion, itemSize: 1 },
    ],
    tris: b.tris,
  };
  for (let i = 0; i < subdivisions; i++) mesh = subdivide(mesh);
  const skin = {
    positions: mesh.positions,
    colors: mesh.attributes[0]!.data,
    chart: mesh.attributes[1]!.data,
    occlusion: mesh.attributes[2]!.data,
    indices: mesh.tris.flat(),
  };
  const ears = mergePrimitives([buildEar(1), buildEar(-1)]);
  return { skin, eyes, ears, coarseVertexCount, landmarks };
}
