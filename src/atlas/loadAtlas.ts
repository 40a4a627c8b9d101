import type { z } from 'zod';
import { findSelfIntersection, type Point2 } from '../geometry/polygon.ts';
import { AtlasDataError, jsonPath, type AtlasProblem } from './problems.ts';
import { LandmarkTable } from './landmarkTable.ts';
import {
  ComplicationsFile,
  DATA_FILES,
  FactsFile,
  LandmarksFile,
  ProtocolsFile,
  RegionsFile,
  SourcesFile,
  type Complication,
  type DataFileName,
  type Fact,
  type LandmarkRef,
  type Protocol,
  type Region,
  type Source,
} from './schemas.ts';

export type Side = 'left' | 'right' | 'midline';

/** A region as drawn on the head: a paired region gives a left and a right instance. */
export interface RegionInstance {
  key: string;
  region: Region;
  side: Side;
  outline: number[];
  anchor: number;
}

export interface Atlas {
  sources: Map<string, Source>;
  facts: Map<string, Fact>;
  regions: Map<string, Region>;
  complications: Map<string, Complication>;
  protocols: Protocol[];
  products: z.infer<typeof ProtocolsFile>['products'];
  conversions: z.infer<typeof ProtocolsFile>['conversions'];
  instances: RegionInstance[];
  landmarks: LandmarkTable;
}

export interface RawAtlas {
  files: Record<DataFileName, unknown>;
  landmarks: unknown;
  /** Full texts of sources that ship with the atlas, by their textFile path. */
  sourceTexts?: Record<string, string>;
  /** The research sheet the quotes were taken from: every quote must stand in it or in a shipped text. */
  researchSheet?: string;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

function parseFile<T extends z.ZodType>(
  file: string,
  schema: T,
  value: unknown,
  problems: AtlasProblem[],
): z.infer<T> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push({ file, path: jsonPath(issue.path), message: issue.message });
  return undefined;
}

function byId<T extends { id: string }>(file: string, key: string, items: T[], problems: AtlasProblem[]): Map<string, T> {
  const map = new Map<string, T>();
  items.forEach((item, i) => {
    if (map.has(item.id)) problems.push({ file, path: `${key}[${i}].id`, message: `duplicate id "${item.id}"` });
    map.set(item.id, item);
  });
  return map;
}

/** Mirrors a landmark reference across the midline: named "-left" extras by name, the rest by the mirror table. */
function mirrorRef(ref: LandmarkRef, table: LandmarkTable): number | undefined {
  if (typeof ref === 'string')
    return table.resolve(ref.endsWith('-left') ? ref.replace(/-left$/, '-right') : ref.replace(/-right$/, '-left'));
  const id = table.resolve(ref);
  return id === undefined ? undefined : table.mirror(id);
}

/**
 * Validates every content file, then every cross-reference, landmark and quote, and returns
 * the atlas with its derived region instances. Throws AtlasDataError listing every problem.
 */
export function loadAtlas(raw: RawAtlas): Atlas {
  const problems: AtlasProblem[] = [];
  const landmarksFile = parseFile('../models/head-landmarks.json', LandmarksFile, raw.landmarks, problems);
  const sourcesFile = parseFile('sources.json', SourcesFile, raw.files['sources.json'], problems);
  const factsFile = parseFile('facts.json', FactsFile, raw.files['facts.json'], problems);
  const regionsFile = parseFile('regions.json', RegionsFile, raw.files['regions.json'], problems);
  const complicationsFile = parseFile('complications.json', ComplicationsFile, raw.files['complications.json'], problems);
  const protocolsFile = parseFile('protocols.json', ProtocolsFile, raw.files['protocols.json'], problems);
  for (const name of Object.keys(raw.files)) {
    if (!(name in DATA_FILES)) problems.push({ file: name, path: '', message: 'not a known content file' });
  }
  if (!landmarksFile || !sourcesFile || !factsFile || !regionsFile || !complicationsFile || !protocolsFile)
    throw new AtlasDataError(problems);

  const landmarks = new LandmarkTable(landmarksFile);
  const sources = byId('sources.json', 'sources', sourcesFile.sources, problems);
  const facts = byId('facts.json', 'facts', factsFile.facts, problems);
  const regions = byId('regions.json', 'regions', regionsFile.regions, problems);
  const complications = byId('complications.json', 'complications', complicationsFile.complications, problems);
  const products = new Set(protocolsFile.products.map((p) => p.id));

  const need = (file: string, path: string, kind: string, id: string, map: Map<string, unknown> | Set<string>) => {
    if (!map.has(id)) problems.push({ file, path, message: `unknown ${kind} "${id}"` });
  };

  // Facts: sources, regions, claims, quotes.
  factsFile.facts.forEach((fact, i) => {
    const at = `facts[${i}]`;
    need('facts.json', `${at}.sourceId`, 'source', fact.sourceId, sources);
    fact.regions.forEach((r, j) => need('facts.json', `${at}.regions[${j}]`, 'region', r, regions));
    fact.claim?.supportedBy.forEach((f, j) => need('facts.json', `${at}.claim.supportedBy[${j}]`, 'fact', f, facts));
    fact.claim?.correctedBy.forEach((f, j) => need('facts.json', `${at}.claim.correctedBy[${j}]`, 'fact', f, facts));
    const source = sources.get(fact.sourceId);
    const text = source?.textFile ? raw.sourceTexts?.[source.textFile] : undefined;
    if (source?.textFile && raw.sourceTexts && text === undefined) {
      problems.push({
        file: 'sources.json',
        path: `sources[${sourcesFile.sources.indexOf(source)}].textFile`,
        message: `no text at data/${source.textFile}`,
      });
    }
    if (text !== undefined && !normalise(text).includes(normalise(fact.quote))) {
      problems.push({ file: 'facts.json', path: `${at}.quote`, message: `not found verbatim in data/${source!.textFile}` });
    } else if (
      text === undefined &&
      raw.researchSheet !== undefined &&
      !normalise(raw.researchSheet).includes(normalise(fact.quote))
    ) {
      problems.push({ file: 'facts.json', path: `${at}.quote`, message: 'not found verbatim in data/sources/research-sheet.md' });
    }
  });
  for (const region of regions.values()) {
    if (![...facts.values()].some((f) => f.regions.includes(region.id))) {
      problems.push({
        file: 'regions.json',
        path: `regions[${regionsFile.regions.indexOf(region)}]`,
        message: `region "${region.id}" has no fact`,
      });
    }
  }

  // Complications: regions and facts both ways.
  complicationsFile.complications.forEach((c, i) => {
    const at = `complications[${i}]`;
    c.regions.forEach((r, j) => need('complications.json', `${at}.regions[${j}]`, 'region', r, regions));
    c.facts.forEach((f, j) => need('complications.json', `${at}.facts[${j}]`, 'fact', f, facts));
    c.frequency.forEach((f, j) => need('complications.json', `${at}.frequency[${j}].fact`, 'fact', f.fact, facts));
    c.prevention.facts.forEach((f, j) => need('complications.json', `${at}.prevention.facts[${j}]`, 'fact', f, facts));
    c.course.facts.forEach((f, j) => need('complications.json', `${at}.course.facts[${j}]`, 'fact', f, facts));
  });
  regionsFile.regions.forEach((region, i) => {
    if (region.kind === 'avoid' && !complicationsFile.complications.some((c) => c.regions.includes(region.id))) {
      problems.push({
        file: 'regions.json',
        path: `regions[${i}]`,
        message: `avoid-zone "${region.id}" links to no complication`,
      });
    }
    for (const [part, factId] of Object.entries(region.anatomy ?? {}))
      need('regions.json', `regions[${i}].anatomy.${part}`, 'fact', factId, facts);
  });

  // Protocols.
  protocolsFile.protocols.forEach((p, i) => {
    const at = `protocols[${i}]`;
    need('protocols.json', `${at}.product`, 'product', p.product, products);
    need('protocols.json', `${at}.sourceId`, 'source', p.sourceId, sources);
    p.facts.forEach((f, j) => need('protocols.json', `${at}.facts[${j}]`, 'fact', f, facts));
    p.limits.forEach((l, j) => need('protocols.json', `${at}.limits[${j}].fact`, 'fact', l.fact, facts));
    p.muscles?.forEach((m, j) => need('protocols.json', `${at}.muscles[${j}]`, 'region', m, regions));
    p.sites.forEach((s, j) => {
      need('protocols.json', `${at}.sites[${j}].region`, 'region', s.region, regions);
      s.facts.forEach((f, k) => need('protocols.json', `${at}.sites[${j}].facts[${k}]`, 'fact', f, facts));
      s.caution?.facts.forEach((f, k) => need('protocols.json', `${at}.sites[${j}].caution.facts[${k}]`, 'fact', f, facts));
      if (landmarks.resolve(s.landmark) === undefined) {
        problems.push({
          file: 'protocols.json',
          path: `${at}.sites[${j}].landmark`,
          message: `no landmark ${JSON.stringify(s.landmark)}`,
        });
      }
    });
  });
  protocolsFile.conversions.forEach((c, i) =>
    c.facts.forEach((f, j) => need('protocols.json', `conversions[${i}].facts[${j}]`, 'fact', f, facts)),
  );

  // Outlines: resolvable, inside the chart, simple; paired regions mirrored.
  const instances: RegionInstance[] = [];
  regionsFile.regions.forEach((region, i) => {
    const at = `regions[${i}]`;
    const outline = region.outline.map((ref, j) => {
      const id = landmarks.resolve(ref);
      if (id === undefined)
        problems.push({ file: 'regions.json', path: `${at}.outline[${j}]`, message: `no landmark ${JSON.stringify(ref)}` });
      else if (!landmarks.inChart(id))
        problems.push({
          file: 'regions.json',
          path: `${at}.outline[${j}]`,
          message: `landmark ${id} lies outside the region chart`,
        });
      return id;
    });
    const anchor = landmarks.resolve(region.anchor);
    if (anchor === undefined)
      problems.push({ file: 'regions.json', path: `${at}.anchor`, message: `no landmark ${JSON.stringify(region.anchor)}` });
    if (outline.some((id) => id === undefined) || anchor === undefined) return;
    const ids = outline as number[];
    if (new Set(ids).size !== ids.length)
      problems.push({ file: 'regions.json', path: `${at}.outline`, message: 'the outline visits a landmark twice' });
    const crossing = findSelfIntersection(ids.map((id) => landmarks.chart(id) as Point2));
    if (crossing) {
      problems.push({
        file: 'regions.json',
        path: `${at}.outline`,
        message: `the outline crosses itself (edges ${crossing[0]} and ${crossing[1]})`,
      });
    }
    if (region.pairing === 'midline') {
      instances.push({ key: region.id, region, side: 'midline', outline: ids, anchor });
      return;
    }
    const mirrored = region.outline.map((ref) => mirrorRef(ref, landmarks));
    const mirroredAnchor = mirrorRef(region.anchor, landmarks);
    if (mirrored.some((id) => id === undefined) || mirroredAnchor === undefined) {
      problems.push({
        file: 'regions.json',
        path: `${at}.outline`,
        message: 'the right-side mirror of the outline names a missing landmark',
      });
      return;
    }
    instances.push({ key: `${region.id}:left`, region, side: 'left', outline: ids, anchor });
    instances.push({ key: `${region.id}:right`, region, side: 'right', outline: mirrored as number[], anchor: mirroredAnchor });
  });

  if (problems.length > 0) throw new AtlasDataError(problems);
  return {
    sources,
    facts,
    regions,
    complications,
    protocols: protocolsFile.protocols,
    products: protocolsFile.products,
    conversions: protocolsFile.conversions,
    instances,
    landmarks,
  };
}
