import { useAtlas } from '../state/store';

/** How to read the overlay: more than colour tells targets and avoid-zones apart. */
export function Legend() {
  const showTargets = useAtlas((s) => s.showTargets);
  const showAvoid = useAtlas((s) => s.showAvoid);
  if (!showTargets && !showAvoid) return null;
  return (
    <ul className="legend" aria-label="Legend">
      {showTargets && (
        <li>
          <span className="legend-swatch target" aria-hidden="true" /> Target muscle (solid tint)
        </li>
      )}
      {showAvoid && (
        <li>
          <span className="legend-swatch avoid" aria-hidden="true" /> Avoid-zone (hatched)
        </li>
      )}
      <li>
        <span className="legend-swatch deep" aria-hidden="true" /> Deep structure (dashed edge)
      </li>
    </ul>
  );
}
