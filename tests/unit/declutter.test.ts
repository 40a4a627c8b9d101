import { describe, expect, it } from 'vitest';
import { declutter } from '../../src/geometry/declutter';

describe('label declutter', () => {
  const box = (x: number, y: number) => ({ x, y, width: 40, height: 10 });
  it('keeps the first of two overlapping labels in priority order', () => {
    expect([...declutter([box(0, 0), box(10, 2)], [1, 0])]).toEqual([1]);
    expect([...declutter([box(0, 0), box(10, 2)], [0, 1])]).toEqual([0]);
  });
  it('keeps labels that do not touch, and skips hidden ones', () => {
    expect([...declutter([box(0, 0), box(100, 0), null, box(0, 40)], [0, 1, 2, 3])].sort()).toEqual([0, 1, 3]);
  });
});
