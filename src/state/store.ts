import { create, type StateCreator } from 'zustand';
import { DEFAULT_VIEW_ID } from '../atlas/views';

export type SceneStatus = 'loading' | 'ready' | 'error' | 'no-webgl';

export interface ViewSlice {
  /** The preset the camera was last sent to, or null once the user has orbited away. */
  view: string | null;
  /** Bumped on every request, so asking for the same preset twice still moves the camera. */
  viewRequest: number;
  setView: (id: string) => void;
  leaveView: () => void;
}

export interface SceneSlice {
  sceneStatus: SceneStatus;
  sceneError: string | null;
  setSceneStatus: (status: SceneStatus, error?: string) => void;
}

export type AtlasState = ViewSlice & SceneSlice;

const createViewSlice: StateCreator<AtlasState, [], [], ViewSlice> = (set) => ({
  view: DEFAULT_VIEW_ID,
  viewRequest: 0,
  setView: (id) => set((s) => ({ view: id, viewRequest: s.viewRequest + 1 })),
  leaveView: () => set({ view: null }),
});

const createSceneSlice: StateCreator<AtlasState, [], [], SceneSlice> = (set) => ({
  sceneStatus: 'loading',
  sceneError: null,
  setSceneStatus: (sceneStatus, error) => set({ sceneStatus, sceneError: error ?? null }),
});

export const useAtlas = create<AtlasState>()((...a) => ({
  ...createViewSlice(...a),
  ...createSceneSlice(...a),
}));

/** The store's state as first created, for tests to reset between cases. */
export const initialAtlasState = useAtlas.getState();
