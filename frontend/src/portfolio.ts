// The leader portfolio's data logic: a leader's units from their tasks, and
// their overlap with the other leaders from /networks/leaders.

import type { LeaderInfo, LeaderNetwork, NameCount, TaskRecord } from './types';

export interface PortfolioUnit {
  name: string;
  /** Tasks of the leader the unit takes part in (lead or responsible). */
  tasks: number;
  /** Of those, tasks it leads (牵头单位). */
  lead: number;
  /** Of those, tasks it is responsible for (责任单位). */
  responsible: number;
}

/** The units of a leader's tasks, most tasks first (ties by name). */
export function portfolioUnits(tasks: readonly TaskRecord[]): PortfolioUnit[] {
  const byName = new Map<string, PortfolioUnit>();
  const unit = (name: string) => {
    let u = byName.get(name);
    if (!u) byName.set(name, (u = { name, tasks: 0, lead: 0, responsible: 0 }));
    return u;
  };
  for (const t of tasks) {
    const lead = new Set(t.leadUnits ?? []);
    const resp = new Set(t.units ?? []);
    for (const name of new Set([...lead, ...resp])) {
      const u = unit(name);
      u.tasks++;
      if (lead.has(name)) u.lead++;
      if (resp.has(name)) u.responsible++;
    }
  }
  return [...byName.values()].sort((a, b) => b.tasks - a.tasks || a.name.localeCompare(b.name, 'zh-Hans-CN'));
}

/** The tasks of a leader that involve a unit, in either role. */
export function tasksOfUnit(tasks: readonly TaskRecord[], unit: string): TaskRecord[] {
  return tasks.filter((t) => (t.leadUnits ?? []).includes(unit) || (t.units ?? []).includes(unit));
}

export interface Overlap {
  leader: string;
  placeholder: boolean;
  /** Units both leaders' tasks involve. */
  sharedUnits: string[];
  /** Tasks both lead (co-leaders of the same tasks). */
  sharedTasks: number;
}

/**
 * A leader's overlap with every other leader: the units their tasks share
 * (links of /networks/leaders) and the tasks they lead together (the
 * portfolio's coLeaders). Placeholders (区有关领导) are left out unless
 * asked for. Most shared units first, then shared tasks, then name.
 */
export function leaderOverlaps(leader: string, net: LeaderNetwork, coLeaders: readonly NameCount[], leaders: readonly LeaderInfo[], includePlaceholders: boolean): Overlap[] {
  const me = net.nodes.find((n) => n.name === leader);
  const nameOf = new Map(net.nodes.map((n) => [n.id, n.name]));
  const placeholder = new Set(leaders.filter((l) => l.placeholder).map((l) => l.name));
  const rows = new Map<string, Overlap>();
  const row = (name: string) => {
    let r = rows.get(name);
    if (!r) rows.set(name, (r = { leader: name, placeholder: placeholder.has(name), sharedUnits: [], sharedTasks: 0 }));
    return r;
  };
  if (me) {
    for (const l of net.links) {
      const other = l.source === me.id ? l.target : l.target === me.id ? l.source : undefined;
      if (other !== undefined) row(nameOf.get(other) ?? other).sharedUnits = [...l.units];
    }
  }
  for (const c of coLeaders) if (c.name !== leader) row(c.name).sharedTasks = c.count;
  return [...rows.values()]
    .filter((r) => includePlaceholders || !r.placeholder)
    .sort((a, b) => b.sharedUnits.length - a.sharedUnits.length || b.sharedTasks - a.sharedTasks || a.leader.localeCompare(b.leader, 'zh-Hans-CN'));
}

/**
 * Places of a leader's units around the leader at (0, 0): units that lead
 * any task on an inner ring, responsible-only units on an outer one, each
 * ring in the order given (most tasks first), spread evenly clockwise from
 * the upper left. Starting on a diagonal keeps the picture two-dimensional
 * for one or two units (ECharts fits the places' bounding box to the chart:
 * a box of no height or width cannot be fitted).
 */
export function radialLayout(units: readonly PortfolioUnit[]): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = new Array(units.length);
  const rings = [units.flatMap((u, i) => (u.lead > 0 ? [i] : [])), units.flatMap((u, i) => (u.lead > 0 ? [] : [i]))];
  const inner = rings[0].length && rings[1].length ? 0.55 : 1;
  rings.forEach((ring, r) => {
    const radius = r === 0 ? inner : 1;
    // The outer ring starts half a step on, so that its units fall between the inner ring's.
    const offset = r === 1 && rings[0].length ? 0.5 : 0;
    ring.forEach((i, k) => {
      const angle = (-3 * Math.PI) / 4 + (2 * Math.PI * (k + offset)) / ring.length;
      out[i] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    });
  });
  return out;
}
