import type { Atlas } from '../atlas/loadAtlas';
import type { Fact } from '../atlas/schemas';
import { FactCard } from './FactCard';

const VERDICTS = {
  supported: 'Supported',
  'needs-caveat': 'Needs a caveat',
  refuted: 'Refuted',
} as const;

/** A claim of the starting document, quoted, with its verdict and what better sources say. */
export function ClaimCard({ fact, atlas }: { fact: Fact; atlas: Atlas }) {
  const claim = fact.claim!;
  const refuted = claim.verdict === 'refuted';
  const linked = [...claim.correctedBy, ...claim.supportedBy].map((id) => atlas.facts.get(id)!);
  return (
    <article
      className={`claim verdict-${claim.verdict}`}
      aria-label={`Starting document claim ${claim.label}: ${VERDICTS[claim.verdict]}`}
    >
      <p className="claim-head">
        <span className={`badge verdict verdict-${claim.verdict}`}>
          {claim.label} · {VERDICTS[claim.verdict]}
        </span>
        <span className="claim-source">Starting document (consumer Q&amp;A page, uncited)</span>
      </p>
      <blockquote className={refuted ? 'refuted' : undefined}>
        {refuted ? <del>“{fact.quote}”</del> : `“${fact.quote}”`}
        {claim.cutOff && <span className="cut-off"> [the list is cut off in the source]</span>}
      </blockquote>
      {refuted && <p className="refuted-warning">This claim is false. It is shown only so it can be corrected.</p>}
      <p className="claim-note">{claim.note}</p>
      {linked.length > 0 && (
        <details>
          <summary>
            What the sources say ({linked.length} fact{linked.length === 1 ? '' : 's'})
          </summary>
          {linked.map((f) => (
            <FactCard key={f.id} fact={f} atlas={atlas} />
          ))}
        </details>
      )}
    </article>
  );
}
