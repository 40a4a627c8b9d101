import { bundledAtlas } from '../atlas/bundled';
import { instanceName } from '../atlas/indexes';
import { useAtlas } from '../state/store';

/**
 * The hovered region's name near the pointer. Its position comes from CSS variables that the
 * canvas sets on pointer move, so moving the pointer never re-renders React.
 */
export function HoverTooltip() {
  const hovered = useAtlas((s) => s.hovered);
  const pointerOnHead = useAtlas((s) => s.pointerOnHead);
  if (!hovered || !pointerOnHead || !bundledAtlas.ok) return null;
  const instance = bundledAtlas.index.instanceByKey.get(hovered);
  if (!instance) return null;
  return (
    <div className={`tooltip kind-${instance.region.kind}`} aria-hidden="true">
      {instanceName(instance)}
      {instance.region.kind === 'avoid' && <span className="tooltip-kind"> · avoid-zone</span>}
    </div>
  );
}
