import { create, type StateCreator } from 'zustand';
import { DEFAULT_VIEW_ID, VIEWS, findView } from '../atlas/views';

export type SceneStatus = 'loading' | 'ready' | 'error' | 'no-webgl';
export type AffectedSide = 'left' | 'right' | null;

/** A camera placement: angles around a target point (degrees), distance in centimetres. */
export interface Orbit {
  target: [number, number, number];
  azimuthDeg: number;
  polarDeg: number;
  distance: number;
}

export function presetOrbit(id: string): Orbit | undefined {
  const view = findView(id);
  return view && { target: [...VIEWS.target], azimuthDeg: view.azimuthDeg, polarDeg: view.polarDeg, distance: view.distance };
}

export interface ViewSlice {
  /** The preset the camera was last sent to, or null once it was moved elsewhere. */
  view: string | null;
  /** Where the camera should go; cameraRequest is bumped on every request. */
  cameraGoal: Orbit;
  cameraRequest: number;
  /** Where the camera came to rest last (written by the scene, read by deep links). */
  camera: Orbit | null;
  setView: (id: string) => void;
  flyTo: (orbit: Orbit, view?: string | null) => void;
  leaveView: () => void;
  cameraRested: (orbit: Orbit) => void;
}

export interface SelectionSlice {
  selected: string | null;
  hovered: string | null;
  /** True when the hover comes from the pointer over the head (the tooltip follows it). */
  pointerOnHead: boolean;
  select: (key: string | null) => void;
  hover: (key: string | null, fromHead?: boolean) => void;
}

export interface LayersSlice {
  showTargets: boolean;
  showAvoid: boolean;
  showSites: boolean;
  showLabels: boolean;
  skinOpacity: number;
  affectedSide: AffectedSide;
  setLayer: (layer: 'showTargets' | 'showAvoid' | 'showSites' | 'showLabels', on: boolean) => void;
  setSkinOpacity: (opacity: number) => void;
  setAffectedSide: (side: AffectedSide) => void;
}

export interface UiSlice {
  sceneStatus: SceneStatus;
  /** True once the region overlay is drawn and pickable (a moment after the head). */
  overlayReady: boolean;
  setOverlayReady: (ready: boolean) => void;
  sceneError: string | null;
  helpOpen: boolean;
  notices: string[];
  setSceneStatus: (status: SceneStatus, error?: string) => void;
  setHelpOpen: (open: boolean) => void;
  notify: (message: string) => void;
  dismissNotice: (message: string) => void;
}

export type AtlasState = ViewSlice & SelectionSlice & LayersSlice & UiSlice;

const createViewSlice: StateCreator<AtlasState, [], [], ViewSlice> = (set) => ({
  view: DEFAULT_VIEW_ID,
  cameraGoal: presetOrbit(DEFAULT_VIEW_ID)!,
  cameraRequest: 0,
  camera: null,
  setView: (id) => {
    const orbit = presetOrbit(id);
    if (orbit) set((s) => ({ view: id, cameraGoal: orbit, camera: orbit, cameraRequest: s.cameraRequest + 1 }));
  },
  // The goal is where the camera will rest, so share links are right before it gets there.
  flyTo: (orbit, view = null) => set((s) => ({ view, cameraGoal: orbit, camera: orbit, cameraRequest: s.cameraRequest + 1 })),
  leaveView: () => set({ view: null }),
  cameraRested: (camera) => set({ camera }),
});

const createSelectionSlice: StateCreator<AtlasState, [], [], SelectionSlice> = (set) => ({
  selected: null,
  hovered: null,
  pointerOnHead: false,
  select: (selected) => set({ selected }),
  hover: (hovered, fromHead = false) => set({ hovered, pointerOnHead: fromHead }),
});

const createLayersSlice: StateCreator<AtlasState, [], [], LayersSlice> = (set) => ({
  showTargets: true,
  showAvoid: true,
  showSites: false,
  showLabels: false,
  skinOpacity: 1,
  affectedSide: null,
  setLayer: (layer, on) => set({ [layer]: on } as Pick<LayersSlice, typeof layer>),
  setSkinOpacity: (opacity) => set({ skinOpacity: Math.min(1, Math.max(0.2, Math.round(opacity * 100) / 100)) }),
  setAffectedSide: (affectedSide) => set({ affectedSide }),
});

const createUiSlice: StateCreator<AtlasState, [], [], UiSlice> = (set) => ({
  sceneStatus: 'loading',
  overlayReady: false,
  setOverlayReady: (overlayReady) => set({ overlayReady }),
  sceneError: null,
  helpOpen: false,
  notices: [],
  setSceneStatus: (sceneStatus, error) => set({ sceneStatus, sceneError: error ?? null }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  notify: (message) => set((s) => ({ notices: s.notices.includes(message) ? s.notices : [...s.notices, message] })),
  dismissNotice: (message) => set((s) => ({ notices: s.notices.filter((n) => n !== message) })),
});

export const useAtlas = create<AtlasState>()((...a) => ({
  ...createViewSlice(...a),
  ...createSelectionSlice(...a),
  ...createLayersSlice(...a),
  ...createUiSlice(...a),
}));

/** The store's state as first created, for tests to reset between cases. */
export const initialAtlasState = useAtlas.getState();
