import { useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { Html } from '@react-three/drei';
import { Vector3 } from 'three';
import type { AtlasIndex } from '../atlas/indexes';
import { landmarkPosition, type HeadGeometry } from '../geometry/headGeometry';
import { useAtlas } from '../state/store';

const toCamera = new Vector3();

/**
 * Region names at their anchors when the labels layer is on. Labels on the far side of the
 * head fade out (checked in the render loop, which only runs when something changed).
 */
export function RegionLabels({ head, index }: { head: HeadGeometry; index: AtlasIndex }) {
  const show = useAtlas((s) => s.showLabels);
  const showTargets = useAtlas((s) => s.showTargets);
  const showAvoid = useAtlas((s) => s.showAvoid);
  const side = useAtlas((s) => s.affectedSide);
  const elements = useRef(new Map<string, HTMLDivElement>());
  const anchors = useMemo(() => {
    const normals = head.skin.getAttribute('normal');
    return index.atlas.instances.map((instance) => ({
      instance,
      position: new Vector3(...landmarkPosition(head, instance.anchor)),
      normal: new Vector3(normals.getX(instance.anchor), normals.getY(instance.anchor), normals.getZ(instance.anchor)),
    }));
  }, [head, index]);
  useFrame(({ camera }) => {
    if (!show) return;
    for (const anchor of anchors) {
      const element = elements.current.get(anchor.instance.key);
      if (!element) continue;
      const facing = toCamera.copy(camera.position).sub(anchor.position).normalize().dot(anchor.normal);
      element.style.opacity = facing > 0.25 ? '1' : '0';
    }
  });
  if (!show) return null;
  const shown = anchors.filter(({ instance }) => {
    if (instance.region.kind === 'target' ? !showTargets : !showAvoid) return false;
    return !side || instance.side === 'midline' || instance.side === side;
  });
  return (
    <group name="labels">
      {shown.map(({ instance, position }) => (
        <Html key={instance.key} position={position} center zIndexRange={[20, 0]} style={{ pointerEvents: 'none' }}>
          <div
            className={`region-label kind-${instance.region.kind}`}
            ref={(element) => {
              if (element) elements.current.set(instance.key, element);
              else elements.current.delete(instance.key);
            }}
          >
            {instance.region.name.replace(/ \(.*\)$/, '')}
          </div>
        </Html>
      ))}
    </group>
  );
}
