import { useEffect, useState } from 'react';
import { useThree } from '@react-three/fiber';
import type { AtlasIndex } from '../atlas/indexes';
import { composeOverlay, prepareOverlay, unionBox, type OverlayStyle, type PreparedOverlay } from '../geometry/overlayImage';
import { pickRank, rasterizeRegions, windowAround, type RegionMask } from '../geometry/regionMask';
import type { Point2 } from '../geometry/polygon';
import { useAtlas, type AtlasState } from '../state/store';
import { AVOID_COLOURS, AVOID_FILL, TARGET_COLOURS, TARGET_FILL } from './regionPalette';
import { createRegionUniforms, type RegionUniforms } from './regionShader';

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

/** Each region's colour: targets and avoid-zones cycle through their own palettes. */
function regionColours(index: AtlasIndex): Map<string, [number, number, number]> {
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
  return colourOf;
}

function stylesFor(index: AtlasIndex, colourOf: Map<string, [number, number, number]>, state: AtlasState): OverlayStyle[] {
  return index.atlas.instances.map((instance) => ({
    color: colourOf.get(instance.region.id)!,
    fill: instance.region.kind === 'avoid' ? AVOID_FILL : TARGET_FILL,
    avoid: instance.region.kind === 'avoid',
    deep: instance.region.depth === 'deep',
    state: state.selected === instance.key ? 2 : state.hovered === instance.key ? 1 : 0,
    visibility: visibility(state, instance.region.kind, instance.side),
  }));
}

const sameStyle = (a: OverlayStyle, b: OverlayStyle) => a.state === b.state && a.visibility === b.visibility;

/**
 * The overlay's CPU and GPU state, built after the head's first frame so the head shows at
 * once. Store changes recomposite only the boxes of the regions whose look changed, upload
 * the image and ask for one frame; React does not re-render the head.
 */
export function useRegionOverlay(index: AtlasIndex): RegionOverlay | null {
  const invalidate = useThree((s) => s.invalidate);
  const [overlay, setOverlay] = useState<(RegionOverlay & { prepared: PreparedOverlay; order: number[] }) | null>(null);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Let the plain head paint first: wait for the next frame, then build in a later task.
    const frame = requestAnimationFrame(() => (timer = setTimeout(build, 0)));
    const build = () => {
      if (cancelled) return;
      performance.mark('atlas:overlay-start');
      const built = buildRegionMask(index);
      performance.mark('atlas:mask-built');
      const prepared = prepareOverlay(built.mask, built.keys.length);
      const uniforms = createRegionUniforms(built.mask);
      const order = built.keys.map((_, i) => i).sort((a, b) => built.rank[b]! - built.rank[a]!);
      const pickable = (i: number) => {
        const instance = index.atlas.instances[i]!;
        return visibility(useAtlas.getState(), instance.region.kind, instance.side) > 0;
      };
      performance.mark('atlas:overlay-prepared');
      setOverlay({ ...built, prepared, uniforms, pickable, order });
    };
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [index]);

  useEffect(() => {
    if (!overlay) return;
    const { mask, prepared, uniforms, order } = overlay;
    const colours = regionColours(index);
    let previous: OverlayStyle[] | null = null;
    let deepDrawn = false;
    const paint = (state: AtlasState) => {
      const styles = stylesFor(index, colours, state);
      const changed = previous ? styles.map((s, i) => (sameStyle(s, previous![i]!) ? -1 : i)).filter((i) => i >= 0) : null;
      const box = changed ? unionBox(changed.map((i) => prepared.boxes[i]!)) : undefined;
      if (box !== null) {
        composeOverlay(mask, prepared, styles, order, uniforms.uOverlay.value.image.data as Uint8Array, {
          box: box ?? undefined,
        });
        uniforms.uOverlay.value.needsUpdate = true;
      }
      // The deep layer only shows through a faded skin: composite it when first needed.
      const needDeep = state.skinOpacity < 0.999;
      if (needDeep && (!deepDrawn || box !== null)) {
        composeOverlay(mask, prepared, styles, order, uniforms.uDeepOverlay.value.image.data as Uint8Array, { deepOnly: true });
        uniforms.uDeepOverlay.value.needsUpdate = true;
        deepDrawn = true;
      }
      uniforms.uDimSide.value = state.affectedSide === 'left' ? 1 : state.affectedSide === 'right' ? -1 : 0;
      previous = styles;
      invalidate();
    };
    paint(useAtlas.getState());
    // Repaint once per animation frame at most, outside the pointer handler that changed the
    // hover: picking stays quick and a burst of changes costs one composite.
    let scheduled = 0;
    const unsubscribe = useAtlas.subscribe((state, before) => {
      if (
        !scheduled &&
        (state.selected !== before.selected ||
          state.hovered !== before.hovered ||
          state.showTargets !== before.showTargets ||
          state.showAvoid !== before.showAvoid ||
          state.affectedSide !== before.affectedSide ||
          state.skinOpacity !== before.skinOpacity)
      ) {
        scheduled = requestAnimationFrame(() => {
          scheduled = 0;
          paint(useAtlas.getState());
        });
      }
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(scheduled);
    };
  }, [index, overlay, invalidate]);

  return overlay;
}
