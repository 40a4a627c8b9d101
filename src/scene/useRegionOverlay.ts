import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import type { AtlasIndex } from '../atlas/indexes';
import { pickRank, rasterizeRegions, windowAround, type RegionMask } from '../geometry/regionMask';
import type { Point2 } from '../geometry/polygon';
import { useAtlas, type AtlasState } from '../state/store';
import { AVOID_COLOURS, AVOID_FILL, TARGET_COLOURS, TARGET_FILL } from './regionPalette';
import { createRegionUniforms, writeRegionStyle, type RegionUniforms } from './regionShader';

export const MASK_SIZE = 1024;

export interface RegionOverlay {
  mask: RegionMask;
  rank: number[];
  keys: string[];
  uniforms: RegionUniforms;
  /** Whether region i can be hovered or clicked now (its layer is on). */
  pickable: (i: number) => boolean;
}

/** Rasterises every region instance once into the chart mask (shared by drawing and picking). */
export function buildRegionMask(index: AtlasIndex): Pick<RegionOverlay, 'mask' | 'rank' | 'keys'> {
  const { atlas } = index;
  const polygons = atlas.instances.map((i) => i.outline.map((id) => atlas.landmarks.chart(id) as Point2));
  const mask = rasterizeRegions(polygons, MASK_SIZE, MASK_SIZE, windowAround(polygons));
  const rank = atlas.instances.map((instance, i) => pickRank(instance.region.kind, polygons[i]!));
  return { mask, rank, keys: atlas.instances.map((i) => i.key) };
}

function visibility(state: AtlasState, kind: 'target' | 'avoid', side: string): number {
  const shown = kind === 'target' ? state.showTargets : state.showAvoid;
  if (!shown) return 0;
  if (state.affectedSide && side !== 'midline' && side !== state.affectedSide) return 0.35;
  return 1;
}

/**
 * The overlay's GPU and CPU state. Store changes (layers, hover, selection, side) rewrite the
 * style table and ask for one frame; React does not re-render the head.
 */
export function useRegionOverlay(index: AtlasIndex): RegionOverlay {
  const invalidate = useThree((s) => s.invalidate);
  const overlay = useMemo(() => {
    const built = buildRegionMask(index);
    const uniforms = createRegionUniforms(built.mask, index.atlas.instances.length);
    const pickable = (i: number) => {
      const instance = index.atlas.instances[i]!;
      return visibility(useAtlas.getState(), instance.region.kind, instance.side) > 0;
    };
    return { ...built, uniforms, pickable };
  }, [index]);

  useEffect(() => {
    const colourOf = new Map<string, [number, number, number]>();
    let targets = 0;
    let avoids = 0;
    for (const region of index.atlas.regions.values()) {
      colourOf.set(
        region.id,
        region.kind === 'avoid'
          ? AVOID_COLOURS[avoids++ % AVOID_COLOURS.length]!
          : TARGET_COLOURS[targets++ % TARGET_COLOURS.length]!,
      );
    }
    const paint = (state: AtlasState) => {
      index.atlas.instances.forEach((instance, i) => {
        const key = instance.key;
        writeRegionStyle(overlay.uniforms.uRegionStyle.value, i, {
          color: colourOf.get(instance.region.id)!,
          fill: instance.region.kind === 'avoid' ? AVOID_FILL : TARGET_FILL,
          avoid: instance.region.kind === 'avoid',
          deep: instance.region.depth === 'deep',
          state: state.selected === key ? 2 : state.hovered === key ? 1 : 0,
          visibility: visibility(state, instance.region.kind, instance.side),
        });
      });
      // +x is the subject's left: with the left affected, dim x < 0.
      overlay.uniforms.uDimSide.value = state.affectedSide === 'left' ? 1 : state.affectedSide === 'right' ? -1 : 0;
      invalidate();
    };
    paint(useAtlas.getState());
    return useAtlas.subscribe((state, previous) => {
      if (
        state.selected !== previous.selected ||
        state.hovered !== previous.hovered ||
        state.showTargets !== previous.showTargets ||
        state.showAvoid !== previous.showAvoid ||
        state.affectedSide !== previous.affectedSide
      ) {
        paint(state);
      }
    });
  }, [index, overlay, invalidate]);

  return overlay;
}
