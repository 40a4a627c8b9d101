import type { Atlas, RegionInstance } from './loadAtlas';
import { LandmarkTable } from './landmarkTable.ts';

/**
 * The validated atlas as plain JSON. The build runs the full loader (schemas, cross-references,
 * landmarks, verbatim quotes) over data/ and bundles this snapshot, so a broken content file is
 * a build error that names the problem, and the app starts without validating again: it only
 * rebuilds the lookups.
 */
export interface AtlasSnapshot {
  landmarks: LandmarkTable['file'];
  sources: Atlas['sources'] extends Map<string, infer T> ? T[] : never;
  facts: Atlas['facts'] extends Map<string, infer T> ? T[] : never;
  regions: Atlas['regions'] extends Map<string, infer T> ? T[] : never;
  complications: Atlas['complications'] extends Map<string, infer T> ? T[] : never;
  protocols: Atlas['protocols'];
  products: Atlas['products'];
  conversions: Atlas['conversions'];
  instances: (Omit<RegionInstance, 'region'> & { regionId: string })[];
}

export function snapshotAtlas(atlas: Atlas): AtlasSnapshot {
  return {
    landmarks: atlas.landmarks.file,
    sources: [...atlas.sources.values()],
    facts: [...atlas.facts.values()],
    regions: [...atlas.regions.values()],
    complications: [...atlas.complications.values()],
    protocols: atlas.protocols,
    products: atlas.products,
    conversions: atlas.conversions,
    instances: atlas.instances.map(({ region, ...instance }) => ({ ...instance, regionId: region.id })),
  };
}

export function reviveAtlas(snapshot: AtlasSnapshot): Atlas {
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
  const regions = byId(snapshot.regions);
  return {
    sources: byId(snapshot.sources),
    facts: byId(snapshot.facts),
    regions,
    complications: byId(snapshot.complications),
    protocols: snapshot.protocols,
    products: snapshot.products,
    conversions: snapshot.conversions,
    instances: snapshot.instances.map(({ regionId, ...instance }) => {
      const region = regions.get(regionId);
      if (!region) throw new Error(`the atlas snapshot has an instance of an unknown region "${regionId}"`);
      return { ...instance, region };
    }),
    landmarks: new LandmarkTable(snapshot.landmarks),
  };
}
