import type { AtlasIndex } from '../atlas/indexes';
import type { Orbit } from '../state/store';

/** The camera placement that frames a region instance: its view, mirrored for the right side, around its anchor. */
export function orbitForInstance(index: AtlasIndex, key: string): Orbit | undefined {
  const instance = index.instanceByKey.get(key);
  if (!instance) return undefined;
  const { view } = instance.region;
  const target = index.atlas.landmarks.position(instance.anchor);
  return {
    // Turn about a point a centimetre under the skin, so the region stays centred as it turns.
    target: [target[0], target[1], target[2] - 1],
    azimuthDeg: instance.side === 'right' ? -view.azimuthDeg : view.azimuthDeg,
    polarDeg: view.polarDeg,
    distance: view.distance,
  };
}
