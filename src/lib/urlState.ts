import { z } from 'zod';
import type { AffectedSide, Orbit } from '../state/store';

/** What a share link carries: the selection, the camera, the layers and the affected side. */
export interface UrlState {
  region: string | null;
  view: string | null;
  camera: Orbit | null;
  layers: { targets: boolean; avoid: boolean; sites: boolean; labels: boolean };
  skinOpacity: number;
  side: AffectedSide;
}

export const DEFAULT_URL_STATE: UrlState = {
  region: null,
  view: null,
  camera: null,
  layers: { targets: true, avoid: true, sites: false, labels: false },
  skinOpacity: 1,
  side: null,
};

const LAYER_NAMES = ['targets', 'avoid', 'sites', 'labels'] as const;

const finite = z.number().refine(Number.isFinite, 'not a finite number');
const finiteFromText = z.coerce.number().refine(Number.isFinite, 'not a finite number');
const CameraParam = z
  .string()
  .transform((s) => s.split(',').map((part) => (part.trim() === '' ? Number.NaN : Number(part))))
  .pipe(
    z.tuple([
      finite,
      finite,
      finite,
      finite.pipe(z.number().min(-360).max(360)),
      finite.pipe(z.number().min(0).max(180)),
      finite.pipe(z.number().min(1).max(500)),
    ]),
  );
const LayersParam = z
  .string()
  .transform((s) => (s === '' ? [] : s.split(',')))
  .pipe(z.array(z.enum(LAYER_NAMES)));
const SkinParam = finiteFromText.pipe(z.number().min(0.2).max(1));
const SideParam = z.enum(['left', 'right']);
const KeyParam = z.string().regex(/^[a-z0-9-]+(:(left|right))?$/);

const round = (x: number) => Math.round(x * 100) / 100;

export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.region) params.set('region', state.region);
  if (state.view) params.set('view', state.view);
  else if (state.camera) {
    const { target, azimuthDeg, polarDeg, distance } = state.camera;
    params.set('cam', [...target, azimuthDeg, polarDeg, distance].map(round).join(','));
  }
  const layers = LAYER_NAMES.filter((name) => state.layers[name]);
  if (LAYER_NAMES.some((name) => state.layers[name] !== DEFAULT_URL_STATE.layers[name])) params.set('layers', layers.join(','));
  if (state.skinOpacity !== 1) params.set('skin', String(round(state.skinOpacity)));
  if (state.side) params.set('side', state.side);
  return params.toString();
}

export interface DecodedUrl {
  state: UrlState;
  /** One line per parameter that was dropped, naming it and why. */
  problems: string[];
}

/**
 * Reads a query string. A parameter that is malformed or names something the atlas does not
 * have is dropped and reported; the rest still applies. Unknown parameters are ignored.
 */
export function decodeUrlState(
  search: string,
  known: { region: (key: string) => boolean; view: (id: string) => boolean },
): DecodedUrl {
  const params = new URLSearchParams(search);
  const state: UrlState = structuredClone(DEFAULT_URL_STATE);
  const problems: string[] = [];
  const read = <T>(name: string, schema: z.ZodType<T>, apply: (value: T) => void, check?: (value: T) => boolean) => {
    const raw = params.get(name);
    if (raw === null) return;
    const parsed = schema.safeParse(raw);
    if (!parsed.success || (check && !check(parsed.data))) {
      problems.push(
        `The link's "${name}" value "${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}" was not understood and has been ignored.`,
      );
      return;
    }
    apply(parsed.data);
  };
  read('region', KeyParam, (key) => (state.region = key), known.region);
  read('view', z.string(), (id) => (state.view = id), known.view);
  read(
    'cam',
    CameraParam,
    ([x, y, z, azimuthDeg, polarDeg, distance]) => (state.camera = { target: [x, y, z], azimuthDeg, polarDeg, distance }),
  );
  read('layers', LayersParam, (names) => {
    for (const name of LAYER_NAMES) state.layers[name] = names.includes(name);
  });
  read('skin', SkinParam, (value) => (state.skinOpacity = value));
  read('side', SideParam, (side) => (state.side = side));
  if (state.view && state.camera) state.camera = null;
  return { state, problems };
}
