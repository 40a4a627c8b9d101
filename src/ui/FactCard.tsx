import type { Atlas } from '../atlas/loadAtlas';
import type { Fact } from '../atlas/schemas';
import { EvidenceBadge } from './EvidenceBadge';

export interface FactCardProps {
  fact: Fact;
  atlas: Atlas;
}

/** A fact as a clinician must see it: our statement, the verbatim quote, the source, the strength. */
export function FactCard({ fact, atlas }: FactCardProps) {
  const source = atlas.sources.get(fact.sourceId)!;
  return (
    <article className="fact" aria-label={fact.statement}>
      <p className="statement">{fact.statement}</p>
      <blockquote>“{fact.quote}”</blockquote>
      <p className="citation">
        <cite>{source.title ?? source.description}</cite>
        {'. '}
        {source.authors}
        {source.year ? `, ${source.year}` : ''}. {source.citation}
        {source.doi ? ` doi:${source.doi}` : ''}
      </p>
      <EvidenceBadge level={fact.evidence} />
    </article>
  );
}
