import { useEffect, useState } from 'react';
import { Mesh } from 'three';
import type { HeadGeometry } from '../geometry/headGeometry';

type Raycast = Mesh['raycast'];

/**
 * A bounding-volume hierarchy over the head keeps hover picking flat as the mesh grows.
 * Nothing can be picked before the region overlay exists, so three-mesh-bvh is its own small
 * chunk, loaded and built after the first frame rather than downloaded with the scene.
 * Returns the raycast to give the head's meshes: three's own until the trees are built.
 */
export function useBvhRaycast(head: HeadGeometry): Raycast {
  const [raycast, setRaycast] = useState<Raycast>(() => Mesh.prototype.raycast);
  useEffect(() => {
    let live = true;
    import('three-mesh-bvh').then(
      ({ acceleratedRaycast, computeBoundsTree }) => {
        if (!live) return;
        for (const geometry of [head.skin, head.ears, head.eyes]) if (!geometry.boundsTree) computeBoundsTree.call(geometry);
        setRaycast(() => acceleratedRaycast);
      },
      () => undefined,
    ); // Without it, picking still works through three's own raycast.
    return () => {
      live = false;
    };
  }, [head]);
  return raycast;
}
