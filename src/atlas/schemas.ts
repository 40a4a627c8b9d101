import { z } from 'zod';

/**
 * The content model. Every data file has a schema and a schemaVersion; the TypeScript types
 * are inferred from the schemas, so the validator and the type are one thing.
 */

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens');

export const EVIDENCE_LEVELS = ['guideline', 'label', 'trial', 'review', 'series', 'consumer'] as const;
export const Evidence = z.enum(EVIDENCE_LEVELS);
export type Evidence = z.infer<typeof Evidence>;

export const TOPICS = [
  'site',
  'dose',
  'depth',
  'onset',
  'duration',
  'adverse-effect',
  'anatomy',
  'mechanism',
  'indication',
  'efficacy',
  'technique',
] as const;

export const Source = z.object({
  id,
  description: z.string().min(1),
  /** Only where the real title is known; otherwise the description says what it is. */
  title: z.string().min(1).optional(),
  authors: z.string().min(1),
  year: z.number().int().min(1900).max(2100).nullable(),
  kind: Evidence,
  citation: z.string().min(1),
  doi: z
    .string()
    .regex(/^10\.\d{4,}\/\S+$/, 'a DOI starts with 10.')
    .optional(),
  url: z.url().optional(),
  /** Path (inside data/) of the source's full text, where it ships with the atlas. */
  textFile: z.string().optional(),
  note: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

export const SourcesFile = z.object({ schemaVersion: z.literal(1), sources: z.array(Source).min(1) });

export const Verdict = z.enum(['supported', 'needs-caveat', 'refuted']);
export type Verdict = z.infer<typeof Verdict>;

export const Claim = z.object({
  /** The claim's label in the starting document's review (S1-S8). */
  label: z.string().regex(/^S\d+$/),
  verdict: Verdict,
  note: z.string().min(1),
  /** True where the source text itself stops mid-list. */
  cutOff: z.boolean().optional(),
  supportedBy: z.array(id),
  correctedBy: z.array(id),
});
export type Claim = z.infer<typeof Claim>;

export const Fact = z.object({
  id,
  statement: z.string().min(1),
  quote: z.string().min(1),
  sourceId: id,
  evidence: Evidence,
  topic: z.enum(TOPICS),
  regions: z.array(id),
  claim: Claim.optional(),
});
export type Fact = z.infer<typeof Fact>;

export const FactsFile = z.object({ schemaVersion: z.literal(1), facts: z.array(Fact).min(1) });

/** A canonical landmark (0-467), another coarse vertex of the head, or a named extra landmark. */
export const LandmarkRef = z.union([z.number().int().min(0), z.string().regex(/^[a-z][a-z0-9-]*$/)]);
export type LandmarkRef = z.infer<typeof LandmarkRef>;

export const RegionView = z.object({
  azimuthDeg: z.number().min(-180).max(180),
  polarDeg: z.number().min(1).max(179),
  distance: z.number().positive(),
});

export const Region = z.object({
  id,
  name: z.string().min(1),
  latin: z.string().min(1),
  kind: z.enum(['target', 'avoid']),
  /** Paired regions are written for the subject's left side; the right is their mirror. */
  pairing: z.enum(['paired', 'midline']),
  depth: z.enum(['superficial', 'medium', 'deep']),
  role: z.string().min(1),
  group: z.string().optional(),
  flag: z.string().optional(),
  note: z.string().optional(),
  /** Facts that give the origin, insertion, action or innervation, where a source does. */
  anatomy: z.partialRecord(z.enum(['origin', 'insertion', 'action', 'innervation']), id).optional(),
  outline: z.array(LandmarkRef).min(3),
  anchor: LandmarkRef,
  view: RegionView,
});
export type Region = z.infer<typeof Region>;

export const RegionsFile = z.object({ schemaVersion: z.literal(1), regions: z.array(Region).min(1) });

const SourcedText = z.object({ text: z.string().min(1), facts: z.array(id) });

export const Complication = z.object({
  id,
  name: z.string().min(1),
  presentation: z.string().min(1),
  /** `sourced: false` marks the atlas's own summary where no source states the mechanism. */
  mechanism: z.object({ text: z.string().min(1), sourced: z.boolean() }),
  /** Empty where no source gives a figure: the app then says "no sourced figure". */
  frequency: z.array(z.object({ text: z.string().min(1), fact: id })),
  prevention: SourcedText,
  course: SourcedText,
  regions: z.array(id).min(1),
  facts: z.array(id).min(1),
});
export type Complication = z.infer<typeof Complication>;

export const ComplicationsFile = z.object({ schemaVersion: z.literal(1), complications: z.array(Complication).min(1) });

const Range = z
  .object({ min: z.number().positive(), max: z.number().positive() })
  .refine((r) => r.min <= r.max, 'min must not exceed max');

export const Site = z.object({
  id,
  label: z.string().min(1),
  landmark: LandmarkRef,
  region: id,
  depth: z.enum(['superficial', 'medium', 'deep']),
  /** Units per site of the protocol's product; null where no source gives a figure. */
  units: Range.nullable(),
  volumeMl: Range.optional(),
  facts: z.array(id).min(1),
  caution: SourcedText.optional(),
});
export type Site = z.infer<typeof Site>;

export const Protocol = z.object({
  id,
  name: z.string().min(1),
  product: id,
  sourceId: id,
  facts: z.array(id).min(1),
  limits: z.array(z.object({ label: z.string().min(1), fact: id })),
  sites: z.array(Site),
  muscles: z.array(id).optional(),
  siteNote: z.string().optional(),
});
export type Protocol = z.infer<typeof Protocol>;

export const ProtocolsFile = z.object({
  schemaVersion: z.literal(1),
  products: z.array(z.object({ id, name: z.string().min(1), note: z.string().min(1) })).min(1),
  conversions: z.array(SourcedText),
  protocols: z.array(Protocol).min(1),
});

export const LandmarksFile = z.object({
  schemaVersion: z.literal(1),
  coarseVertexCount: z.number().int().min(468),
  landmarks: z.array(
    z.object({
      id: z.number().int().min(468),
      name: z.string(),
      description: z.string(),
      position: z.array(z.number()).length(3),
    }),
  ),
  vertices: z.object({ position: z.array(z.number()), chart: z.array(z.number()), mirror: z.array(z.number().int()) }),
});
export type LandmarksFile = z.infer<typeof LandmarksFile>;

/** Each data file with the schema that validates it. */
export const DATA_FILES = {
  'sources.json': SourcesFile,
  'facts.json': FactsFile,
  'regions.json': RegionsFile,
  'complications.json': ComplicationsFile,
  'protocols.json': ProtocolsFile,
} as const;
export type DataFileName = keyof typeof DATA_FILES;
