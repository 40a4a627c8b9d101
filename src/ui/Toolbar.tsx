import { ACTIONS, actionById } from '../state/actions';
import { useAtlas, type AffectedSide } from '../state/store';

function ActionButton({ id }: { id: string }) {
  const action = actionById(id);
  // Subscribing to the whole-state result of isActive keeps one boolean per button.
  const active = useAtlas((s) => action.isActive?.(s) ?? false);
  return (
    <button
      type="button"
      aria-pressed={action.isActive ? active : undefined}
      title={`${action.description} (${action.keys.join(', ')})`}
      onClick={() => action.run(useAtlas.getState())}
    >
      {action.label}
    </button>
  );
}

/** Views, layers, affected side and skin opacity: every button comes from the actions table. */
export function Toolbar() {
  const side = useAtlas((s) => s.affectedSide);
  const setSide = useAtlas((s) => s.setAffectedSide);
  const opacity = useAtlas((s) => s.skinOpacity);
  const setOpacity = useAtlas((s) => s.setSkinOpacity);
  return (
    <div className="toolbars">
      <div role="toolbar" aria-label="Views" className="toolbar">
        {ACTIONS.filter((a) => a.group === 'view').map((a) => (
          <ActionButton key={a.id} id={a.id} />
        ))}
      </div>
      <div role="toolbar" aria-label="Layers" className="toolbar">
        {['layer.targets', 'layer.avoid', 'layer.sites', 'layer.labels'].map((id) => (
          <ActionButton key={id} id={id} />
        ))}
        <label className="inline-control">
          Skin
          <input
            type="range"
            min={0.2}
            max={1}
            step={0.05}
            value={opacity}
            aria-label="Skin opacity"
            onChange={(e) => setOpacity(Number(e.target.value))}
          />
        </label>
        <label className="inline-control">
          Affected side
          <select value={side ?? ''} onChange={(e) => setSide((e.target.value || null) as AffectedSide)}>
            <option value="">Not set</option>
            <option value="left">Subject's left</option>
            <option value="right">Subject's right</option>
          </select>
        </label>
        <ActionButton id="help" />
      </div>
    </div>
  );
}
