import type { AtlasIndex, RegionSite } from '../atlas/indexes';

const units = ({ site }: RegionSite) => {
  if (!site.units) return 'No sourced figure';
  return site.units.min === site.units.max ? `${site.units.min} U` : `${site.units.min}–${site.units.max} U`;
};

/** Injection sites in a region, with units per site as each protocol gives them. */
export function SitesTable({ sites, index }: { sites: RegionSite[]; index: AtlasIndex }) {
  const product = (id: string) => index.atlas.products.find((p) => p.id === id)?.name ?? id;
  return (
    <table className="sites">
      <caption className="visually-hidden">Injection sites in this region</caption>
      <thead>
        <tr>
          <th scope="col">Site</th>
          <th scope="col">Units per site</th>
        </tr>
      </thead>
      <tbody>
        {sites.map((entry) => (
          <tr key={`${entry.protocolId}-${entry.site.id}`}>
            <td>
              <strong>{entry.site.label}</strong>, {entry.site.depth}
              <br />
              <span className="muted">{entry.protocolName}</span>
              {entry.site.caution && <p className="caution">Caution: {entry.site.caution.text}</p>}
            </td>
            <td>
              {units(entry)}
              {entry.site.volumeMl && (
                <>
                  <br />
                  <span className="muted">
                    {entry.site.volumeMl.min}–{entry.site.volumeMl.max} ml
                  </span>
                </>
              )}
              <br />
              <span className="muted">{product(entry.product)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
