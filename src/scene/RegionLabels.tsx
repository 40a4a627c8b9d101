import { useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { Html } from '@react-three/drei';
import { Vector3 } from 'three';
import type { AtlasIndex } from '../atlas/indexes';
import { declutter } from '../geometry/declutter';
import { landmarkPosition, type HeadGeometry } from '../geometry/headGeometry';
import { useAtlas } from '../state/store';

const toCamera = new Vector3();
const projected = new Vector3();

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
  useFrame(({ camera, size }) => {
    if (!show) return;
    const state = useAtlas.getState();
    // Labels facing away are dropped; the rest are placed greedily (selected, hovered and
    // avoid-zones first) so that none overlaps another.
    const boxes = anchors.map((anchor) => {
      const element = elements.current.get(anchor.instance.key);
      if (!element) return null;
      if (toCamera.copy(camera.position).sub(anchor.position).normalize().dot(anchor.normal) < 0.25) return null;
      projected.copy(anchor.position).project(camera);
      return {
        x: ((projected.x + 1) / 2) * size.width,
        y: ((1 - projected.y) / 2) * size.height,
        width: element.offsetWidth || 80,
        height: element.offsetHeight || 16,
      };
    });
    const priority = (i: number) => {
      const { instance } = anchors[i]!;
      if (instance.key === state.selected) return 0;
      if (instance.key === state.hovered) return 1;
      return instance.region.kind === 'avoid' ? 2 : 3;
    };
    const order = anchors.map((_, i) => i).sort((a, b) => priority(a) - priority(b));
    const kept = declutter(boxes, order);
    anchors.forEach((anchor, i) => {
      const element = elements.current.get(anchor.instance.key);
      if (element) element.style.opacity = kept.has(i) ? '1' : '0';
    });
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
