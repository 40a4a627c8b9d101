export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Greedy label placement: walks the labels in priority order and keeps each one that does not
 * overlap a label already kept. Returns the kept indices. Pure, for the render loop and tests.
 */
export function declutter(boxes: readonly (LabelBox | null)[], order: readonly number[], gap = 2): Set<number> {
  const kept: LabelBox[] = [];
  const result = new Set<number>();
  for (const i of order) {
    const box = boxes[i];
    if (!box) continue;
    const overlaps = kept.some(
      (k) =>
        Math.abs(k.x - box.x) * 2 < k.width + box.width + gap * 2 && Math.abs(k.y - box.y) * 2 < k.height + box.height + gap * 2,
    );
    if (overlaps) continue;
    kept.push(box);
    result.add(i);
  }
  return result;
}
