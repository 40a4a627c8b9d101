import { useEffect, useMemo } from 'react';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import type { Mesh } from 'three';
import type { HeadGeometry } from '../geometry/headGeometry';
import { useAtlas } from '../state/store';
import { createDeepShellMaterial, createSkinMaterial } from './skinMaterial';
import type { RegionOverlay } from './useRegionOverlay';
import { usePicking } from './usePicking';
import { useBvhRaycast } from './useBvh';

export interface HeadMeshProps {
  head: HeadGeometry;
  /** Without an overlay the head is drawn plain (the scene tests use this). */
  overlay?: RegionOverlay;
  onReady?: () => void;
}

function RegionSkin({ head, overlay, raycast }: { head: HeadGeometry; overlay: RegionOverlay; raycast: Mesh['raycast'] }) {
  const handlers = usePicking(head.skin, overlay);
  const skinMaterial = useMemo(() => createSkinMaterial({ regions: overlay.uniforms }), [overlay]);
  const deepMaterial = useMemo(() => createDeepShellMaterial(overlay.uniforms), [overlay]);
  const earMaterial = useMemo(() => createSkinMaterial(), []);
  useSkinOpacity(useMemo(() => [skinMaterial, earMaterial], [skinMaterial, earMaterial]));
  useEffect(
    () => () => [skinMaterial, deepMaterial, earMaterial].forEach((m) => m.dispose()),
    [skinMaterial, deepMaterial, earMaterial],
  );
  // The deep layer costs a second pass over the skin: draw it only when the skin is faded.
  const faded = useAtlas((s) => s.skinOpacity < 0.999);
  return (
    <>
      <mesh
        name="deep-structures"
        visible={faded}
        geometry={head.skin}
        material={deepMaterial}
        renderOrder={-1}
        raycast={() => null}
      />
      <mesh name="skin" geometry={head.skin} material={skinMaterial} raycast={raycast} {...handlers} />
      <mesh name="ears" geometry={head.ears} material={earMaterial} raycast={raycast} {...blockPointer} />
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
  const raycast = useBvhRaycast(head);
  // Skin, ears and eyes share one material (the eyes never fade with the skin): one shader
  // compile before the first frame, as on a plain page.
  const plainSkin = useMemo(() => createSkinMaterial(), []);
  useEffect(() => () => plainSkin.dispose(), [plainSkin]);
  return (
    <group name="head">
      {overlay ? (
        <RegionSkin head={head} overlay={overlay} raycast={raycast} />
      ) : (
        <mesh name="skin" geometry={head.skin} material={plainSkin} />
      )}
      <mesh name="eyes" geometry={head.eyes} material={plainSkin} raycast={raycast} {...blockPointer} />
      {!overlay && <mesh name="ears" geometry={head.ears} material={plainSkin} />}
    </group>
  );
}
