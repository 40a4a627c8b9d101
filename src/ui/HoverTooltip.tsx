import { useEffect, useRef } from 'react';
import { bundledAtlas } from '../atlas/bundled';
import { instanceName } from '../atlas/indexes';
import { pointer } from '../lib/pointer';
import { useAtlas } from '../state/store';

/**
 * The hovered region's name near the pointer. It follows the pointer from an animation-frame
 * loop while shown, so moving the pointer never re-renders React.
 */
export function HoverTooltip() {
  const hovered = useAtlas((s) => s.hovered);
  const pointerOnHead = useAtlas((s) => s.pointerOnHead);
  const element = useRef<HTMLDivElement>(null);
  const instance = hovered && pointerOnHead && bundledAtlas.ok ? bundledAtlas.index.instanceByKey.get(hovered) : undefined;
  useEffect(() => {
    if (!instance) return;
    let frame = 0;
    const follow = () => {
      if (element.current) element.current.style.transform = `translate(${pointer.x + 14}px, ${pointer.y + 14}px)`;
      frame = requestAnimationFrame(follow);
    };
    follow();
    return () => cancelAnimationFrame(frame);
  }, [instance]);
  if (!instance) return null;
  return (
    <div ref={element} className={`tooltip kind-${instance.region.kind}`} aria-hidden="true">
      {instanceName(instance)}
      {instance.region.kind === 'avoid' && <span className="tooltip-kind"> · avoid-zone</span>}
    </div>
  );
}
