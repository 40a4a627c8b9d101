import type { Evidence } from '../atlas/schemas';

const LABELS: Record<Evidence, string> = {
  guideline: 'Guideline',
  label: 'Product label',
  trial: 'Trial',
  review: 'Review',
  series: 'Case series',
  consumer: 'Consumer / training page',
};

/** The strength of a fact's evidence, in words (the colour only repeats it). */
export function EvidenceBadge({ level }: { level: Evidence }) {
  return <span className={`badge evidence evidence-${level}`}>Evidence: {LABELS[level]}</span>;
}
