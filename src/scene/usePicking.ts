import { useMemo } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import type { BufferGeometry } from 'three';
import { chartAt } from '../geometry/chartAt';
import { pickRegion } from '../geometry/regionMask';
import { pointer } from '../lib/pointer';
import { selectRegion } from '../state/selectRegion';
import { useAtlas } from '../state/store';
import type { RegionOverlay } from './useRegionOverlay';

/** Pointer travel (px) beyond which a press is a drag of the camera, not a click. */
const CLICK_TOLERANCE = 5;

/**
 * Pointer handlers for the skin: hit -> chart point -> region, through the same mask the
 * shader draws. Only a change of hovered region reaches the store; the tooltip follows the
 * pointer through a shared position it reads once per frame.
 */
export function usePicking(skin: BufferGeometry, overlay: RegionOverlay) {
  return useMemo(() => {
    const positions = skin.getAttribute('position').array;
    const chart = skin.getAttribute('chart').array;
    const index = skin.getIndex()!.array;
    const point: [number, number, number] = [0, 0, 0];
    const regionUnder = (event: ThreeEvent<PointerEvent | MouseEvent>): string | null => {
      if (event.faceIndex == null) return null;
      const local = event.object.worldToLocal(event.point.clone());
      point[0] = local.x;
      point[1] = local.y;
      point[2] = local.z;
      const uv = chartAt(positions, chart, index, event.faceIndex, point);
      if (!uv) return null;
      const hit = pickRegion(overlay.mask, uv[0], uv[1], overlay.rank, overlay.pickable);
      return hit === null ? null : overlay.keys[hit]!;
    };
    return {
      onPointerMove: (event: ThreeEvent<PointerEvent>) => {
        event.stopPropagation();
        pointer.x = event.nativeEvent.clientX;
        pointer.y = event.nativeEvent.clientY;
        const key = regionUnder(event);
        const state = useAtlas.getState();
        if (key !== state.hovered || !state.pointerOnHead) state.hover(key, true);
      },
      onPointerOut: () => {
        if (useAtlas.getState().pointerOnHead) useAtlas.getState().hover(null);
      },
      onClick: (event: ThreeEvent<MouseEvent>) => {
        event.stopPropagation();
        if (event.delta > CLICK_TOLERANCE) return;
        selectRegion(regionUnder(event));
      },
    };
  }, [skin, overlay]);
}
