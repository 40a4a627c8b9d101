import type { AtlasIndex } from '../atlas/indexes';
import { sideLabel } from '../atlas/indexes';
import { selectRegion } from '../state/selectRegion';
import { useAtlas } from '../state/store';
import { ClaimCard } from './ClaimCard';
import { ComplicationCard } from './ComplicationCard';
import { FactCard } from './FactCard';
import { SitesTable } from './SitesTable';

const ANATOMY_LABELS = { origin: 'Origin', insertion: 'Insertion', action: 'Action', innervation: 'Innervation' } as const;

/** Everything the atlas knows about the selected region, each fact with its quote, source and strength. */
export function DetailPanel({ index }: { index: AtlasIndex }) {
  const selected = useAtlas((s) => s.selected);
  const affectedSide = useAtlas((s) => s.affectedSide);
  const instance = selected ? index.instanceByKey.get(selected) : undefined;
  if (!instance) {
    return (
      <section className="detail detail-empty" aria-label="Region details">
        <h2>Choose a region</h2>
        <p>
          Click a muscle or an avoid-zone on the head, or pick one from the list, to see its sourced facts and what toxin there
          can cause.
        </p>
      </section>
    );
  }
  const { region, side } = instance;
  const { atlas } = index;
  const facts = index.factsByRegion.get(region.id) ?? [];
  const claims = facts.filter((f) => f.claim);
  const sourced = facts.filter((f) => !f.claim);
  const complications = index.complicationsByRegion.get(region.id) ?? [];
  const sites = index.sitesByRegion.get(region.id) ?? [];
  const anatomy = Object.entries(region.anatomy ?? {}) as [keyof typeof ANATOMY_LABELS, string][];
  const dimmed = affectedSide && side !== 'midline' && side !== affectedSide;

  return (
    <section className={`detail kind-${region.kind}`} aria-labelledby="detail-title">
      <header>
        <button type="button" className="close" aria-label="Close details" onClick={() => selectRegion(null)}>
          ×
        </button>
        <p className="kind-line">
          <span className={`badge kind kind-${region.kind}`}>{region.kind === 'avoid' ? 'Avoid-zone' : 'Target muscle'}</span>
          <span className="badge">{sideLabel(side)}</span>
          <span className="badge">{region.depth}</span>
        </p>
        <h2 id="detail-title">{region.name}</h2>
        <p className="latin" lang="la">
          {region.latin}
        </p>
      </header>
      {region.flag && (
        <p className="flag" role="note">
          {region.flag}
        </p>
      )}
      {affectedSide && (
        <p className="affected-side">
          Affected side: subject's {affectedSide}
          {dimmed ? ' (this region is on the unaffected side)' : ''}
        </p>
      )}
      <section aria-labelledby="role-title">
        <h3 id="role-title">Role in hemifacial spasm</h3>
        <p>{region.role}</p>
        {region.note && <p className="muted">{region.note}</p>}
      </section>
      <section aria-labelledby="anatomy-title">
        <h3 id="anatomy-title">Anatomy</h3>
        <dl className="anatomy">
          <dt>Depth</dt>
          <dd>{region.depth}</dd>
          {anatomy.map(([part, factId]) => (
            <div key={part}>
              <dt>{ANATOMY_LABELS[part]}</dt>
              <dd>
                {atlas.facts.get(factId)!.quote}{' '}
                <span className="source-ref">({atlas.sources.get(atlas.facts.get(factId)!.sourceId)!.authors})</span>
              </dd>
            </div>
          ))}
        </dl>
        {anatomy.length === 0 && (
          <p className="muted">No sourced origin, insertion, action or innervation for this region in the atlas's sources.</p>
        )}
      </section>
      <section aria-labelledby="sites-title">
        <h3 id="sites-title">Injection sites and units</h3>
        {sites.length > 0 ? (
          <SitesTable sites={sites} index={index} />
        ) : (
          <p className="no-figure">No sourced injection site or units for this region.</p>
        )}
      </section>
      {claims.length > 0 && (
        <section aria-labelledby="claims-title">
          <h3 id="claims-title">What the starting document says</h3>
          {claims.map((fact) => (
            <ClaimCard key={fact.id} fact={fact} atlas={atlas} />
          ))}
        </section>
      )}
      <section aria-labelledby="facts-title">
        <h3 id="facts-title">Sourced facts ({sourced.length})</h3>
        {sourced.map((fact) => (
          <FactCard key={fact.id} fact={fact} atlas={atlas} />
        ))}
      </section>
      <section aria-labelledby="complications-title">
        <h3 id="complications-title">
          {region.kind === 'avoid' ? 'What toxin here causes' : 'Complications linked to this region'}
        </h3>
        {complications.length === 0 && <p className="muted">No complication is linked to this region.</p>}
        {complications.map((c) => (
          <ComplicationCard key={c.id} complication={c} index={index} side={side} />
        ))}
      </section>
    </section>
  );
}
