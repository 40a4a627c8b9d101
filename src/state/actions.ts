import { VIEWS, DEFAULT_VIEW_ID } from '../atlas/views';
import type { AtlasState } from './store';

/**
 * Every command, declared once: the toolbar, the keyboard shortcuts, the help overlay and the
 * tests all read this table.
 */
export interface Action {
  id: string;
  label: string;
  group: 'view';
  keys: string[];
  description: string;
  isActive?: (state: AtlasState) => boolean;
  run: (state: AtlasState) => void;
}

export const ACTIONS: Action[] = [
  ...VIEWS.views.map<Action>((view) => ({
    id: `view.${view.id}`,
    label: view.label,
    group: 'view',
    keys: [view.key],
    description: `Turn the head to the ${view.label.toLowerCase()} view`,
    isActive: (state) => state.view === view.id,
    run: (state) => state.setView(view.id),
  })),
  {
    id: 'view.reset',
    label: 'Reset view',
    group: 'view',
    keys: ['0'],
    description: 'Return to the front view at the starting distance',
    run: (state) => state.setView(DEFAULT_VIEW_ID),
  },
];

export function actionForKey(key: string): Action | undefined {
  return ACTIONS.find((action) => action.keys.includes(key));
}
