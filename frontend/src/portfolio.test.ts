import { describe, expect, it } from 'vitest';
import { leaderOverlaps, portfolioUnits, radialLayout, tasksOfUnit } from './portfolio';
import type { LeaderInfo, LeaderNetwork, TaskRecord } from './types';

const task = (index: number, leadUnits: string[], units: string[]): TaskRecord =>
  ({ id: `task:d:${index}`, index, leadUnits, units, leaders: ['甲'] }) as unknown as TaskRecord;

describe('portfolioUnits', () => {
  it('counts each unit once per task, with its lead and responsible tasks, most tasks first', () => {
    const tasks = [task(0, ['区财政局'], ['区商务局', '区财政局']), task(1, ['区商务局'], ['区财政局']), task(2, [], ['区商务局'])];
    expect(portfolioUnits(tasks)).toEqual([
      { name: '区商务局', tasks: 3, lead: 1, responsible: 2 },
      { name: '区财政局', tasks: 2, lead: 1, responsible: 2 },
    ]);
    expect(tasksOfUnit(tasks, '区财政局').map((t) => t.index)).toEqual([0, 1]);
  });
});

describe('leaderOverlaps', () => {
  const net: LeaderNetwork = {
    nodes: [
      { id: 'leader:j/甲', name: '甲', jurisdiction: 'j', tasks: 3, units: 3, taskIds: [] },
      { id: 'leader:j/乙', name: '乙', jurisdiction: 'j', tasks: 2, units: 2, taskIds: [] },
      { id: 'leader:j/丙', name: '丙', jurisdiction: 'j', tasks: 1, units: 1, taskIds: [] },
      { id: 'leader:j/区有关领导', name: '区有关领导', jurisdiction: 'j', tasks: 1, units: 1, taskIds: [] },
    ],
    links: [
      { source: 'leader:j/乙', target: 'leader:j/甲', weight: 2, units: ['A', 'B'] },
      { source: 'leader:j/甲', target: 'leader:j/区有关领导', weight: 1, units: ['A'] },
      { source: 'leader:j/乙', target: 'leader:j/丙', weight: 1, units: ['C'] },
    ],
  };
  const leaders = [
    { name: '甲', placeholder: false },
    { name: '乙', placeholder: false },
    { name: '丙', placeholder: false },
    { name: '区有关领导', placeholder: true },
  ] as LeaderInfo[];

  it('lists every other leader sharing units or tasks, either end of a link, placeholders left out', () => {
    expect(leaderOverlaps('甲', net, [{ name: '丙', count: 1 }], leaders, false)).toEqual([
      { leader: '乙', placeholder: false, sharedUnits: ['A', 'B'], sharedTasks: 0 },
      { leader: '丙', placeholder: false, sharedUnits: [], sharedTasks: 1 },
    ]);
  });

  it('includes placeholders when asked, marked', () => {
    const rows = leaderOverlaps('甲', net, [], leaders, true);
    expect(rows.map((r) => [r.leader, r.placeholder])).toEqual([
      ['乙', false],
      ['区有关领导', true],
    ]);
  });
});

describe('radialLayout', () => {
  const u = (name: string, lead: number) => ({ name, tasks: 1, lead, responsible: 1 - Math.min(lead, 1) });

  it('puts lead units on an inner ring, responsible-only units on the outer one, evenly from the upper left', () => {
    const at = radialLayout([u('甲', 1), u('乙', 0), u('丙', 1), u('丁', 0)]);
    const r = (p: { x: number; y: number }) => Math.hypot(p.x, p.y);
    expect(r(at[0])).toBeCloseTo(0.55);
    expect(r(at[2])).toBeCloseTo(0.55);
    expect(r(at[1])).toBeCloseTo(1);
    expect(r(at[3])).toBeCloseTo(1);
    expect(at[0].x).toBeCloseTo(at[0].y); // the first lead unit on the upper-left diagonal
    expect(at[0].x).toBeLessThan(0);
    expect(at[2].x).toBeCloseTo(-at[0].x); // the second opposite it
    expect(at[1].x).toBeCloseTo(Math.SQRT1_2); // the outer ring half a step on: upper right
    expect(at[1].y).toBeCloseTo(-Math.SQRT1_2);
  });

  it('is the same for the same units, with no unit on the leader, and never flat', () => {
    const units = Array.from({ length: 26 }, (_, i) => u(`u${i}`, i % 4 === 0 ? 1 : 0));
    const a = radialLayout(units);
    expect(radialLayout(units)).toEqual(a);
    expect(a.every((p) => Math.hypot(p.x, p.y) > 0.5)).toBe(true);
    expect(new Set(a.map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`)).size).toBe(units.length);
    // One or two units, with the leader at (0, 0): a box of some width and height.
    for (const few of [[u('甲', 0)], [u('甲', 1), u('乙', 1)], [u('甲', 1), u('乙', 0)]]) {
      const pts = [{ x: 0, y: 0 }, ...radialLayout(few)];
      const span = (k: 'x' | 'y') => Math.max(...pts.map((p) => p[k])) - Math.min(...pts.map((p) => p[k]));
      expect(span('x')).toBeGreaterThan(0.3);
      expect(span('y')).toBeGreaterThan(0.3);
    }
  });
});
