import { ACTIONS } from '../state/actions';
import { useAtlas } from '../state/store';

/** The view buttons, generated from the actions table. */
export function Toolbar() {
  // Subscribing to the view re-renders the pressed states when it changes.
  useAtlas((s) => s.view);
  return (
    <div role="toolbar" aria-label="Views" className="toolbar">
      {ACTIONS.filter((a) => a.group === 'view').map((action) => {
        const active = action.isActive?.(useAtlas.getState()) ?? false;
        return (
          <button
            key={action.id}
            type="button"
            aria-pressed={action.isActive ? active : undefined}
            title={`${action.description} (${action.keys.join(', ')})`}
            onClick={() => action.run(useAtlas.getState())}
          >
            {action.label}
          </button>
        );
      })}
    </div>
  );
}
