import type { Atlas, RegionInstance } from './loadAtlas';
import type { Complication, Fact, Site } from './schemas';

export interface RegionSite {
  protocolId: string;
  protocolName: string;
  product: string;
  site: Site;
}

/** Lookups the UI needs, derived once from the validated atlas. */
export interface AtlasIndex {
  atlas: Atlas;
  instanceByKey: Map<string, RegionInstance>;
  /** Instance keys in display order: targets first, then avoid-zones; left before right. */
  instanceKeys: string[];
  factsByRegion: Map<string, Fact[]>;
  complicationsByRegion: Map<string, Complication[]>;
  sitesByRegion: Map<string, RegionSite[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function indexAtlas(atlas: Atlas): AtlasIndex {
  const instanceByKey = new Map(atlas.instances.map((i) => [i.key, i]));
  const order = (i: RegionInstance) => (i.region.kind === 'target' ? 0 : 1);
  const instanceKeys = [...atlas.instances].sort((a, b) => order(a) - order(b)).map((i) => i.key);
  const factsByRegion = new Map<string, Fact[]>();
  for (const fact of atlas.facts.values()) for (const region of fact.regions) push(factsByRegion, region, fact);
  const complicationsByRegion = new Map<string, Complication[]>();
  for (const complication of atlas.complications.values())
    for (const region of complication.regions) push(complicationsByRegion, region, complication);
  const sitesByRegion = new Map<string, RegionSite[]>();
  for (const protocol of atlas.protocols) {
    for (const site of protocol.sites)
      push(sitesByRegion, site.region, { protocolId: protocol.id, protocolName: protocol.name, product: protocol.product, site });
  }
  return { atlas, instanceByKey, instanceKeys, factsByRegion, complicationsByRegion, sitesByRegion };
}

export function sideLabel(side: RegionInstance['side']): string {
  return side === 'midline' ? 'midline' : side === 'left' ? "subject's left" : "subject's right";
}

/** "Corrugator supercilii (left)" — the name a list item, a tooltip and a screen reader use. */
export function instanceName(instance: RegionInstance): string {
  return instance.side === 'midline' ? instance.region.name : `${instance.region.name} (${instance.side})`;
}
