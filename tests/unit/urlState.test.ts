import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState, type UrlState } from '../../src/lib/urlState';

const known = {
  region: (key: string) => ['corrugator:left', 'corrugator:right', 'mentalis'].includes(key),
  view: (id: string) => ['front', 'left'].includes(id),
};

describe('URL state codec', () => {
  it('round-trips a full state', () => {
    const state: UrlState = {
      region: 'corrugator:left',
      view: null,
      camera: { target: [1.25, 4.5, 2], azimuthDeg: 18, polarDeg: 78.5, distance: 32 },
      layers: { targets: true, avoid: false, sites: true, labels: false },
      skinOpacity: 0.6,
      side: 'left',
    };
    const decoded = decodeUrlState(encodeUrlState(state), known);
    expect(decoded.problems).toEqual([]);
    expect(decoded.state).toEqual(state);
  });

  it('writes nothing for the default state, and reads nothing as the default', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(decodeUrlState('', known).state).toEqual(DEFAULT_URL_STATE);
  });

  it('prefers a named view over raw camera numbers', () => {
    expect(decodeUrlState('view=left&cam=0,0,0,10,80,40', known).state).toMatchObject({ view: 'left', camera: null });
  });

  it('drops each malformed parameter with a notice naming it, and keeps the rest', () => {
    const { state, problems } = decodeUrlState(
      'region=corrugator:left&cam=1,2,banana&layers=targets,ghosts&skin=7&side=middle&view=upside-down',
      known,
    );
    expect(state.region).toBe('corrugator:left');
    expect(state.camera).toBeNull();
    expect(state.layers).toEqual(DEFAULT_URL_STATE.layers);
    expect(state.skinOpacity).toBe(1);
    expect(state.side).toBeNull();
    expect(problems).toHaveLength(5);
    for (const name of ['cam', 'layers', 'skin', 'side', 'view'])
      expect(problems.some((p) => p.includes(`"${name}"`))).toBe(true);
  });

  it('drops a region the atlas does not have', () => {
    const { state, problems } = decodeUrlState('region=nasalis:left', known);
    expect(state.region).toBeNull();
    expect(problems[0]).toMatch(/"region" value "nasalis:left"/);
  });

  it('survives hostile input without throwing', () => {
    const samples = [
      '%',
      'region=%E0%A4%A',
      'cam=' + '9'.repeat(400),
      'layers=,,,',
      'skin=NaN',
      'cam=1,2,3,4,5,6,7',
      '&&&==',
      'region=<script>',
    ];
    for (const sample of samples) expect(() => decodeUrlState(sample, known)).not.toThrow();
  });
});
