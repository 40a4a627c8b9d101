import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/atlas/loadAtlas';
import { rawAtlas } from '../atlasFixture';

const atlas = loadAtlas(rawAtlas());
const raw = rawAtlas();
const seedText = Object.values(raw.sourceTexts ?? {})[0]!;
const fact = (id: string) => atlas.facts.get(id)!;
const positions = (key: string) => {
  const instance = atlas.instances.find((i) => i.key === key)!;
  return instance.outline.map((id) => atlas.landmarks.position(id));
};
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe('the shipped clinical content', () => {
  it('has every target and avoid-zone the atlas promises', () => {
    const targets = [
      'oo-pretarsal-upper',
      'oo-lower-lateral',
      'oo-lateral-canthus',
      'oo-orbital',
      'corrugator',
      'frontalis-upper',
      'zygomaticus-major',
      'buccinator',
      'masseter',
      'orbicularis-oris',
      'mentalis',
      'platysma',
    ];
    const avoid = [
      'lps-mid-upper-lid',
      'io-medial-lower-lid',
      'lr-lateral-canthus',
      'frontalis-lower',
      'llsan',
      'below-nasolabial-fold',
      'dli',
      'above-mental-crease',
      'dao',
    ];
    for (const id of targets) expect(atlas.regions.get(id)?.kind, id).toBe('target');
    for (const id of avoid) expect(atlas.regions.get(id)?.kind, id).toBe('avoid');
  });

  it('has every complication, each linked to the regions that cause it', () => {
    const ids = [
      'lid-ptosis',
      'brow-ptosis',
      'diplopia',
      'upper-lip-ptosis',
      'lower-lip-droop',
      'asymmetric-smile',
      'lagophthalmos',
      'epiphora',
      'dry-eye',
      'facial-weakness',
      'bruising',
      'distant-spread',
    ];
    for (const id of ids) expect(atlas.complications.get(id)?.regions.length, id).toBeGreaterThan(0);
    expect(atlas.complications.get('diplopia')!.regions).toEqual(
      expect.arrayContaining(['io-medial-lower-lid', 'lr-lateral-canthus']),
    );
  });

  it('quotes all eight claims of the starting document verbatim, with verdicts', () => {
    const claims = [...atlas.facts.values()].filter((f) => f.claim);
    expect(claims.map((f) => f.claim!.label).sort()).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8']);
    const flat = seedText.replace(/\s+/g, ' ');
    for (const claim of claims) {
      expect(flat).toContain(claim.quote.replace(/\s+/g, ' '));
      expect(claim.regions.length).toBeGreaterThan(0);
    }
  });

  it('marks the Bell’s palsy claim refuted, with the guideline beside it', () => {
    const s7 = fact('seed-s7');
    expect(s7.claim!.verdict).toBe('refuted');
    const corrections = s7.claim!.correctedBy.map(fact);
    expect(corrections.some((f) => f.evidence === 'guideline' && f.sourceId === 'aao-hns-2013')).toBe(true);
  });

  it('corrects the diplopia attribution to the inferior oblique and lateral rectus, and shows the list as cut off', () => {
    const s1 = fact('seed-s1');
    expect(s1.claim!.cutOff).toBe(true);
    expect(s1.claim!.correctedBy).toEqual(expect.arrayContaining(['smpc-io', 'pearce-lateral-rectus']));
    expect(s1.claim!.note).toMatch(/inferior oblique/);
    expect(s1.claim!.note).toMatch(/lateral rectus/);
  });

  it('flags the masseter as not involved in hemifacial spasm', () => {
    expect(atlas.regions.get('masseter')!.flag).toMatch(/trigeminal/);
    expect(fact('seed-s5').regions).toContain('masseter');
  });

  it('gives every fact a quote, a known source and an evidence level', () => {
    for (const f of atlas.facts.values()) {
      expect(f.quote.length).toBeGreaterThan(5);
      expect(atlas.sources.has(f.sourceId)).toBe(true);
    }
  });

  it('marks the depressor anguli oris zone as the probable end of the cut-off list', () => {
    expect(atlas.regions.get('dao')!.note).toMatch(/probable end/);
  });
});

describe('landmarks and mirroring', () => {
  it('mirrors the known landmark pairs and is its own inverse', () => {
    const table = atlas.landmarks;
    expect(table.mirror(33)).toBe(263);
    expect(table.mirror(133)).toBe(362);
    expect(table.mirror(1)).toBe(1);
    for (let id = 0; id < table.count; id++) expect(table.mirror(table.mirror(id))).toBe(id);
  });

  it('draws each paired region as the mirror image of its other side', () => {
    for (const region of [...atlas.regions.values()].filter((r) => r.pairing === 'paired')) {
      const left = positions(`${region.id}:left`);
      const right = positions(`${region.id}:right`);
      left.forEach(([x, y, z], i) => {
        expect(right[i]![0]).toBeCloseTo(-x, 1);
        expect(right[i]![1]).toBeCloseTo(y, 1);
        expect(right[i]![2]).toBeCloseTo(z, 1);
      });
      expect(mean(left.map((p) => p[0]))).toBeGreaterThan(0);
    }
  });
});

describe('anatomical placement (centimetres, +x is the subject’s left)', () => {
  it('runs the corrugator from near the midline to about the mid-pupil line, above the orbital rim', () => {
    const xs = positions('corrugator:left').map((p) => p[0]);
    expect(Math.min(...xs)).toBeLessThan(1);
    expect(Math.max(...xs)).toBeGreaterThan(2.5);
    expect(Math.max(...xs)).toBeLessThan(3.4);
  });

  it('centres the levator avoid-zone on the pupil line of the upper lid', () => {
    const pts = positions('lps-mid-upper-lid:left');
    expect(Math.abs(mean(pts.map((p) => p[0])) - 3.18)).toBeLessThan(0.4);
    expect(Math.min(...pts.map((p) => p[1]))).toBeGreaterThan(2.8);
  });

  it('keeps the inferior oblique zone in the medial half of the lower lid', () => {
    const pts = positions('io-medial-lower-lid:left');
    expect(mean(pts.map((p) => p[0]))).toBeLessThan(3.18);
    expect(Math.max(...pts.map((p) => p[1]))).toBeLessThan(2.7);
  });

  it('carries the masseter back over the ramus, behind the face’s edge', () => {
    const pts = positions('masseter:left');
    expect(Math.min(...pts.map((p) => p[2]))).toBeLessThan(-2.44 - 0.3);
  });

  it('puts the upper frontalis above the face mesh, up to the hairline, and the lower frontalis against the brow', () => {
    expect(Math.min(...positions('frontalis-upper:left').map((p) => p[1]))).toBeGreaterThan(6);
    expect(Math.max(...positions('frontalis-upper:left').map((p) => p[1]))).toBeGreaterThan(10);
    expect(Math.min(...positions('frontalis-lower:left').map((p) => p[1]))).toBeLessThan(5.2);
  });

  it('keeps the mentalis target below the mental crease and the avoid-zone above it', () => {
    // The crease is 18 in the midline and curves up slightly through 313 / 83 on either side.
    const crease = atlas.landmarks.position(18)[1];
    expect(Math.max(...positions('mentalis').map((p) => p[1]))).toBeLessThanOrEqual(crease + 0.1);
    expect(Math.min(...positions('above-mental-crease').map((p) => p[1]))).toBeGreaterThanOrEqual(crease - 1e-6);
    expect(Math.min(...positions('mentalis').map((p) => p[1]))).toBeLessThan(crease - 2);
  });
});
