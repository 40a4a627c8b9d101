import type { AtlasIndex } from '../atlas/indexes';

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Instance keys whose region matches every word of the query, by common or Latin name, group,
 * kind ("avoid", "target") or the name of a complication it causes ("ptosis", "diplopia").
 * An empty query matches everything. Results keep the index's display order.
 */
export function searchRegions(index: AtlasIndex, query: string): string[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return index.instanceKeys;
  const haystacks = new Map<string, string>();
  for (const region of index.atlas.regions.values()) {
    const complications = (index.complicationsByRegion.get(region.id) ?? []).map((c) => c.name).join(' ');
    const kind = region.kind === 'avoid' ? 'avoid avoid-zone danger' : 'target';
    haystacks.set(region.id, fold([region.name, region.latin, region.group ?? '', kind, complications].join(' ')));
  }
  return index.instanceKeys.filter((key) => {
    const instance = index.instanceByKey.get(key)!;
    const haystack = `${haystacks.get(instance.region.id)!} ${instance.side}`;
    return words.every((word) => haystack.includes(word));
  });
}
