import type { AtlasIndex } from '../atlas/indexes';
import { instanceName } from '../atlas/indexes';
import type { Complication } from '../atlas/schemas';
import type { Side } from '../atlas/loadAtlas';
import { selectRegion } from '../state/selectRegion';
import { FactCard } from './FactCard';

export interface ComplicationCardProps {
  complication: Complication;
  index: AtlasIndex;
  /** The side of the selected region, so links go to the same side. */
  side: Side;
}

/** What goes wrong, why, how often (or "no sourced figure"), how to prevent it, and where it comes from. */
export function ComplicationCard({ complication, index, side }: ComplicationCardProps) {
  const { atlas } = index;
  const keyFor = (regionId: string) => {
    const region = atlas.regions.get(regionId)!;
    if (region.pairing === 'midline') return regionId;
    return `${regionId}:${side === 'right' ? 'right' : 'left'}`;
  };
  return (
    <article className="complication" aria-labelledby={`complication-${complication.id}`}>
      <h4 id={`complication-${complication.id}`}>{complication.name}</h4>
      <dl>
        <dt>Presentation</dt>
        <dd>{complication.presentation}</dd>
        <dt>Mechanism</dt>
        <dd>
          {complication.mechanism.text}
          {!complication.mechanism.sourced && <span className="tag"> not sourced</span>}
        </dd>
        <dt>Frequency</dt>
        <dd>
          {complication.frequency.length === 0 ? (
            <span className="no-figure">No sourced figure</span>
          ) : (
            <ul>
              {complication.frequency.map((f) => (
                <li key={f.fact}>
                  {f.text} <span className="source-ref">({atlas.sources.get(atlas.facts.get(f.fact)!.sourceId)!.authors})</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Prevention</dt>
        <dd>{complication.prevention.text}</dd>
        <dt>Course</dt>
        <dd>{complication.course.text}</dd>
        <dt>Caused by toxin in</dt>
        <dd>
          <ul className="region-links">
            {complication.regions.map((regionId) => {
              const key = keyFor(regionId);
              const instance = index.instanceByKey.get(key)!;
              return (
                <li key={regionId}>
                  <button type="button" className="link" onClick={() => selectRegion(key)}>
                    {instanceName(instance)}
                  </button>
                </li>
              );
            })}
          </ul>
        </dd>
      </dl>
      <details>
        <summary>Sources ({complication.facts.length})</summary>
        {complication.facts.map((id) => (
          <FactCard key={id} fact={atlas.facts.get(id)!} atlas={atlas} />
        ))}
      </details>
    </article>
  );
}
