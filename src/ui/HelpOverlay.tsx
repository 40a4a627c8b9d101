import { useEffect, useRef } from 'react';
import { ACTIONS } from '../state/actions';
import { useAtlas } from '../state/store';

const KEY_NAMES: Record<string, string> = { Escape: 'Esc', '[': '[', ']': ']' };

/** Every command and its keys, read from the actions table. */
export function HelpOverlay() {
  const open = useAtlas((s) => s.helpOpen);
  const setOpen = useAtlas((s) => s.setHelpOpen);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) closeRef.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="help-title">
      <div className="overlay-card">
        <h2 id="help-title">Keyboard shortcuts</h2>
        <table>
          <tbody>
            {ACTIONS.map((action) => (
              <tr key={action.id}>
                <td>
                  {action.keys.map((key) => (
                    <kbd key={key}>{KEY_NAMES[key] ?? key}</kbd>
                  ))}
                </td>
                <td>{action.label}</td>
                <td className="muted">{action.description}</td>
              </tr>
            ))}
            <tr>
              <td>
                <kbd>↑</kbd> <kbd>↓</kbd> <kbd>Enter</kbd>
              </td>
              <td>Region list</td>
              <td className="muted">Move through the list and open a region</td>
            </tr>
          </tbody>
        </table>
        <p className="muted">Drag to turn the head, scroll or pinch to zoom.</p>
        <button ref={closeRef} type="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
    </div>
  );
}
