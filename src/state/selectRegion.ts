import { atlasIndex } from '../atlas/bundled';
import { orbitForInstance } from '../lib/regionView';
import { useAtlas } from './store';

/**
 * The one way a region gets selected, from the head, the list, a complication's link or a deep
 * link: select it and fly the camera to its view (unless `moveCamera` is false, as when a deep
 * link also says where the camera is). Null clears the selection and leaves the camera.
 */
export function selectRegion(key: string | null, { moveCamera = true } = {}): void {
  const state = useAtlas.getState();
  if (key === null) {
    state.select(null);
    return;
  }
  const index = atlasIndex();
  if (!index.instanceByKey.has(key)) return;
  state.select(key);
  const orbit = moveCamera ? orbitForInstance(index, key) : undefined;
  if (orbit) state.flyTo(orbit);
}
