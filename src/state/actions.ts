import { VIEWS, DEFAULT_VIEW_ID } from '../atlas/views';
import { selectRegion } from './selectRegion';
import type { AtlasState } from './store';

/**
 * Every command, declared once: the toolbar, the keyboard shortcuts, the help overlay and the
 * tests all read this table.
 */
export interface Action {
  id: string;
  label: string;
  group: 'view' | 'layer' | 'general';
  keys: string[];
  description: string;
  isActive?: (state: AtlasState) => boolean;
  run: (state: AtlasState) => void;
}

const layer = (
  id: string,
  label: string,
  key: string,
  flag: 'showTargets' | 'showAvoid' | 'showSites' | 'showLabels',
  description: string,
): Action => ({
  id: `layer.${id}`,
  label,
  group: 'layer',
  keys: [key],
  description,
  isActive: (state) => state[flag],
  run: (state) => state.setLayer(flag, !state[flag]),
});

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
  layer('targets', 'Target muscles', 't', 'showTargets', 'Show or hide the muscles injected for hemifacial spasm'),
  layer('avoid', 'Avoid-zones', 'a', 'showAvoid', 'Show or hide the zones where toxin reaches a structure it should not'),
  layer('sites', 'Injection sites', 's', 'showSites', 'Show or hide the sourced injection sites'),
  layer('labels', 'Labels', 'l', 'showLabels', 'Show or hide region names on the head'),
  {
    id: 'skin.more-transparent',
    label: 'Skin more transparent',
    group: 'layer',
    keys: ['['],
    description: 'Fade the skin to see the deep structures',
    run: (state) => state.setSkinOpacity(state.skinOpacity - 0.2),
  },
  {
    id: 'skin.more-opaque',
    label: 'Skin more opaque',
    group: 'layer',
    keys: [']'],
    description: 'Make the skin opaque again',
    run: (state) => state.setSkinOpacity(state.skinOpacity + 0.2),
  },
  {
    id: 'selection.clear',
    label: 'Clear selection',
    group: 'general',
    keys: ['Escape'],
    description: 'Close the detail panel and clear the selection',
    run: (state) => (state.helpOpen ? state.setHelpOpen(false) : selectRegion(null)),
  },
  {
    id: 'help',
    label: 'Keyboard shortcuts',
    group: 'general',
    keys: ['?'],
    description: 'Show or hide this list of commands',
    isActive: (state) => state.helpOpen,
    run: (state) => state.setHelpOpen(!state.helpOpen),
  },
];

export function actionForKey(key: string): Action | undefined {
  return ACTIONS.find((action) => action.keys.includes(key));
}

export function actionById(id: string): Action {
  const action = ACTIONS.find((a) => a.id === id);
  if (!action) throw new Error(`no action ${id}`);
  return action;
}
