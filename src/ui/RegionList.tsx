import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { AtlasIndex } from '../atlas/indexes';
import { instanceName } from '../atlas/indexes';
import { searchRegions } from '../lib/search';
import { selectRegion } from '../state/selectRegion';
import { useAtlas } from '../state/store';

export interface RegionListProps {
  index: AtlasIndex;
}

/**
 * The accessible mirror of the head: every region the canvas shows, grouped, searchable by
 * name, Latin name or complication, and operable from the keyboard (arrows, Home/End, Enter).
 */
export function RegionList({ index }: RegionListProps) {
  const [query, setQuery] = useState('');
  const selected = useAtlas((s) => s.selected);
  const hovered = useAtlas((s) => s.hovered);
  const showTargets = useAtlas((s) => s.showTargets);
  const showAvoid = useAtlas((s) => s.showAvoid);
  const setLayer = useAtlas((s) => s.setLayer);
  const hover = useAtlas((s) => s.hover);
  const [active, setActive] = useState<string | null>(null);
  const listId = useId();

  const matches = useMemo(() => searchRegions(index, query), [index, query]);
  const visible = matches.filter((key) => {
    const kind = index.instanceByKey.get(key)!.region.kind;
    return kind === 'target' ? showTargets : showAvoid;
  });
  const groups = [
    { kind: 'target' as const, title: 'Target muscles', shown: showTargets, layer: 'showTargets' as const },
    { kind: 'avoid' as const, title: 'Avoid-zones', shown: showAvoid, layer: 'showAvoid' as const },
  ];
  const current =
    active && visible.includes(active) ? active : ((selected && visible.includes(selected) ? selected : visible[0]) ?? null);
  const optionId = (key: string) => `${listId}-${key.replace(':', '-')}`;

  const onKeyDown = (event: KeyboardEvent) => {
    if (visible.length === 0) return;
    const at = current ? visible.indexOf(current) : -1;
    const move = (to: number) => {
      event.preventDefault();
      const key = visible[Math.max(0, Math.min(visible.length - 1, to))]!;
      setActive(key);
      hover(key);
      document.getElementById(optionId(key))?.scrollIntoView?.({ block: 'nearest' });
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(visible.length - 1);
    else if ((event.key === 'Enter' || event.key === ' ') && current) {
      event.preventDefault();
      selectRegion(current);
    }
  };

  return (
    <nav className="region-list" aria-label="Regions">
      <label className="search">
        <span className="visually-hidden">Search regions</span>
        <input
          type="search"
          placeholder="Search: muscle, Latin name, complication…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </label>
      <p className="match-count" role="status">
        {query ? `${visible.length} region${visible.length === 1 ? '' : 's'} match “${query}”` : `${visible.length} regions`}
      </p>
      {groups
        .filter((group) => !group.shown)
        .map((group) => (
          <p className="group-hidden" key={group.kind}>
            {group.title} are hidden.{' '}
            <button type="button" onClick={() => setLayer(group.layer, true)}>
              Show {group.title.toLowerCase()}
            </button>
          </p>
        ))}
      <div
        role="listbox"
        aria-label="Regions"
        tabIndex={0}
        aria-activedescendant={current ? optionId(current) : undefined}
        onKeyDown={onKeyDown}
        onBlur={() => hover(null)}
        className="listbox"
      >
        {groups.map((group) => {
          const keys = visible.filter((key) => index.instanceByKey.get(key)!.region.kind === group.kind);
          if (keys.length === 0) return null;
          const headingId = `${listId}-${group.kind}`;
          return (
            <div role="group" aria-labelledby={headingId} key={group.kind} className={`group group-${group.kind}`}>
              <div id={headingId} className="group-title" role="presentation">
                {group.title}
              </div>
              {keys.map((key) => {
                const instance = index.instanceByKey.get(key)!;
                return (
                  <div
                    key={key}
                    id={optionId(key)}
                    role="option"
                    aria-selected={selected === key}
                    className={`option kind-${instance.region.kind}${current === key ? ' active' : ''}${hovered === key ? ' hovered' : ''}`}
                    onClick={() => {
                      setActive(key);
                      selectRegion(key);
                    }}
                    onMouseEnter={() => hover(key)}
                    onMouseLeave={() => hover(null)}
                  >
                    <span className="swatch" aria-hidden="true" />
                    <span className="option-name">{instanceName(instance)}</span>
                    {instance.region.depth === 'deep' && <span className="tag">deep</span>}
                    {instance.region.flag && <span className="tag tag-flag">not HFS</span>}
                  </div>
                );
              })}
            </div>
          );
        })}
        {visible.length === 0 && <p className="empty">No region matches.</p>}
      </div>
    </nav>
  );
}
