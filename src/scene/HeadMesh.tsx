import { useEffect, useMemo } from 'react';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { acceleratedRaycast, computeBoundsTree } from 'three-mesh-bvh';
import { MeshStandardMaterial } from 'three';
import type { HeadGeometry } from '../geometry/headGeometry';
import { useAtlas } from '../state/store';
import { createDeepShellMaterial, createSkinMaterial } from './skinMaterial';
import type { RegionOverlay } from './useRegionOverlay';
import { usePicking } from './usePicking';

export interface HeadMeshProps {
  head: HeadGeometry;
  /** Without an overlay the head is drawn plain (the scene tests use this). */
  overlay?: RegionOverlay;
  onReady?: () => void;
}

function RegionSkin({ head, overlay }: { head: HeadGeometry; overlay: RegionOverlay }) {
  const handlers = usePicking(head.skin, overlay);
  const skinMaterial = useMemo(() => createSkinMaterial({ regions: overlay.uniforms }), [overlay]);
  const deepMaterial = useMemo(() => createDeepShellMaterial(overlay.uniforms), [overlay]);
  const earMaterial = useMemo(() => new MeshStandardMaterial({ vertexColors: true, roughness: 0.62, metalness: 0 }), []);
  useSkinOpacity(useMemo(() => [skinMaterial, earMaterial], [skinMaterial, earMaterial]));
  useEffect(
    () => () => [skinMaterial, deepMaterial, earMaterial].forEach((m) => m.dispose()),
    [skinMaterial, deepMaterial, earMaterial],
  );
  return (
    <>
      <mesh name="deep-structures" geometry={head.skin} material={deepMaterial} renderOrder={-1} raycast={() => null} />
      <mesh name="skin" geometry={head.skin} material={skinMaterial} raycast={acceleratedRaycast} {...handlers} />
      <mesh name="ears" geometry={head.ears} material={earMaterial} {...blockPointer} />
    </>
  );
}

/** Fades the given materials with the skin-opacity control, one frame per change. */
function useSkinOpacity(materials: { opacity: number; transparent: boolean; depthWrite: boolean; needsUpdate: boolean }[]) {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const apply = (opacity: number) => {
      for (const material of materials) {
        const transparent = opacity < 0.999;
        if (material.transparent !== transparent) material.needsUpdate = true;
        material.transparent = transparent;
        material.opacity = opacity;
        material.depthWrite = !transparent;
      }
      invalidate();
    };
    apply(useAtlas.getState().skinOpacity);
    return useAtlas.subscribe((s, p) => s.skinOpacity !== p.skinOpacity && apply(s.skinOpacity));
  }, [materials, invalidate]);
}

/** Eyes and ears carry no region: they stop the pointer so the skin behind is not picked. */
const blockPointer = {
  onPointerMove: (event: ThreeEvent<PointerEvent>) => {
    event.stopPropagation();
    if (useAtlas.getState().hovered) useAtlas.getState().hover(null);
  },
  onClick: (event: ThreeEvent<MouseEvent>) => event.stopPropagation(),
};

/** The skin (with the region overlay when given), eyes and ears. */
export function HeadMesh({ head, overlay, onReady }: HeadMeshProps) {
  useEffect(() => onReady?.(), [head, onReady]);
  useMemo(() => {
    // A bounding-volume hierarchy keeps hover picking flat as the mesh grows.
    if (!head.skin.boundsTree) computeBoundsTree.call(head.skin);
  }, [head]);
  const plainSkin = useMemo(() => createSkinMaterial(), []);
  useEffect(() => () => plainSkin.dispose(), [plainSkin]);
  return (
    <group name="head">
      {overlay ? <RegionSkin head={head} overlay={overlay} /> : <mesh name="skin" geometry={head.skin} material={plainSkin} />}
      <mesh name="eyes" geometry={head.eyes} {...blockPointer}>
        <meshStandardMaterial vertexColors roughness={0.18} metalness={0} />
      </mesh>
      {!overlay && (
        <mesh name="ears" geometry={head.ears}>
          <meshStandardMaterial vertexColors roughness={0.62} metalness={0} />
        </mesh>
      )}
    </group>
  );
}
