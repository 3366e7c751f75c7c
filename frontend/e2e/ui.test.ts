// End-to-end: the real govgraph binary serving the seed document, the built
// UI, and Debian's Chromium. Run with `npm run e2e`.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { kindLabel } from '../src/i18n';
import { ADMIN_TOKEN, buildBinary, chartSeries, getJSON, nodeCentre, openPage, repoRoot, screenshot, session, startServer, type Server } from './harness';

const e2e = session();

const api = <T>(path: string): Promise<T> => getJSON<T>(e2e.server.url, path);

/** Opens a page of the UI; requests lists the API paths it asked for, in order. */
const open = (hash: string, base = e2e.server.url) => openPage(e2e.browser, base, hash);

/** The network view must not wait for /networks/units (megabytes on a big corpus) to draw or to answer clicks. */
const NETWORK_DATA = '/networks/units';

/** From this many nodes the network view shows its minimap (MINIMAP_MIN in src/views/network.ts). */
const MINIMAP_MIN = 60;

/** Whether the minimap is shown, and how many nodes it draws. */
async function minimap(page: Page): Promise<{ shown: boolean; nodes: number }> {
  return page.evaluate(() => {
    const m = window.__govgraph.charts.networkMinimap;
    if (!m || m.getDom().hidden) return { shown: false, nodes: 0 };
    return { shown: true, nodes: ((m.getOption() as { series?: { data?: unknown[] }[] }).series?.[0]?.data ?? []).length };
  });
}

const hashOf = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));

/**
 * A link a pointer can click: the heaviest whose middle no node or other
 * link covers (by ECharts' own hit tests), once the layout stopped moving;
 * its ends and the point in page coordinates.
 */
async function clickableLink(page: Page, chart: string): Promise<{ x: number; y: number; source: string; target: string }> {
  let last = { x: NaN, y: NaN, source: '', target: '' };
  for (let i = 0; i < 60; i++) {
    const p = await page.evaluate((chart) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const c = (window as any).__govgraph.charts[chart];
      const graph = c.getModel().getSeriesByIndex(0).getGraph();
      const edges = [...graph.edges].sort((a, b) => Number(b.getValue()) - Number(a.getValue()));
      for (const e of edges) {
        const line = e.getGraphicEl().childOfName('line');
        if (!line) continue;
        // The edge is a quadratic curve (curveness): its point at t = 1/2.
        const { x1, y1, x2, y2, cpx1, cpy1 } = line.shape;
        const [cx, cy] = cpx1 === undefined ? [(x1 + x2) / 2, (y1 + y2) / 2] : [cpx1, cpy1];
        const [x, y] = line.transformCoordToGlobal(0.25 * x1 + 0.5 * cx + 0.25 * x2, 0.25 * y1 + 0.5 * cy + 0.25 * y2);
        // Nothing else there, whatever the hover highlight raises: no other link, no node.
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        if (graph.edges.some((o: any) => o !== e && o.getGraphicEl().childOfName('line')?.contain(x, y))) continue;
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const onNode = graph.nodes.some((n: any) => {
          const el = n.getGraphicEl();
          const r = el.getBoundingRect().clone();
          r.applyTransform(el.getComputedTransform());
          return x >= r.x - 4 && x <= r.x + r.width + 4 && y >= r.y - 4 && y <= r.y + r.height + 4;
        });
        if (onNode) continue;
        if (c.getZr().handler.findHover(x, y).target !== line) continue;
        const box = c.getDom().getBoundingClientRect();
        return { x: box.left + x, y: box.top + y, source: String(e.node1.id), target: String(e.node2.id) };
      }
      return null;
    }, chart);
    assert.ok(p, `no link of chart ${chart} can be clicked`);
    if (p.source === last.source && p.target === last.target && Math.abs(p.x - last.x) < 0.5 && Math.abs(p.y - last.y) < 0.5) return p;
    last = p;
    await page.waitForTimeout(250);
  }
  return last;
}

async function renders(page: Page, chart: string): Promise<number> {
  return page.evaluate((c) => (window as unknown as { __govgraph: { renders: Record<string, number> } }).__govgraph.renders[c] ?? 0, chart);
}

async function waitRenderAfter(page: Page, chart: string, before: number): Promise<void> {
  await page.waitForFunction(({ c, n }) => ((window as unknown as { __govgraph: { renders: Record<string, number> } }).__govgraph.renders[c] ?? 0) > n, { c: chart, n: before });
}

describe('coordination network (协同网络)', () => {
  it('shows the seed units and reports time to first chart', async () => {
    const { page, errors, requests } = await open('#/network');
    const series = await chartSeries(page, 'network');
    const firstChartMs = await page.evaluate(() => window.__govgraph.firstChartMs);
    console.log(`time to first chart (seed, network view): ${firstChartMs?.toFixed(0)} ms`);
    const names = (series.data ?? []).map((d) => d.name);
    assert.ok(names.includes('区发展和改革局'), 'network has 区发展和改革局');
    assert.ok(names.includes('区住房和城市建设局'), 'network has 区住房和城市建设局');
    assert.ok(names.length > 50, `network has ${names.length} units`);
    const net = await api<{ nodes: unknown[]; links: unknown[] }>('/networks/units');
    assert.equal(names.length, net.nodes.length, 'chart nodes = API network nodes');
    assert.match(await page.getByTestId('network-status').innerText(), new RegExp(`${net.nodes.length}`));
    // The seed's 243 links are few enough to show all: no threshold is chosen.
    assert.equal((series.links ?? []).length, net.links.length, 'chart links = API network links');
    assert.ok(!(await hashOf(page)).includes('min_weight'), 'no min_weight for a small network');
    assert.equal(await page.getByTestId('filter-min-weight').inputValue(), '1');
    assert.equal(await page.getByTestId('nav-network').innerText(), '协同网络');
    // The minimap shows on the first load, with every node of the chart.
    assert.ok(names.length >= MINIMAP_MIN, `the seed has ${names.length} units, enough for the minimap`);
    await page.waitForFunction(() => (window.__govgraph.renders.networkMinimap ?? 0) > 0);
    assert.deepEqual(await minimap(page), { shown: true, nodes: names.length });
    await page.waitForTimeout(500); // the force layout settles and the minimap follows it
    await screenshot(page, '01-network');
    assert.deepEqual(requests.filter((r) => r.startsWith(NETWORK_DATA)), [], 'the view did not fetch /networks/units');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('lists a clicked unit’s tasks with the source sentence highlighted', async () => {
    const { page, errors, requests } = await open('#/network');
    await chartSeries(page, 'network');
    const unit = await api<{ name: string; taskList: { id: string; text: string }[] }>(`/units/${encodeURIComponent('区发展和改革局')}`);
    // The force layout can still creep after it looked settled, so a click
    // that landed on a neighbour is measured and made again (at most thrice).
    for (let attempt = 0; attempt < 3; attempt++) {
      const at = await nodeCentre(page, 'network', { name: '区发展和改革局' });
      await page.mouse.click(at.x, at.y);
      await page.getByTestId('side-panel').waitFor({ state: 'visible' });
      if (/区发展和改革局/.test(await page.getByTestId('panel-title').innerText())) break;
    }
    assert.match(await page.getByTestId('panel-title').innerText(), /区发展和改革局/);
    assert.match(await hashOf(page), /node=unit:[^&]*\/区发展和改革局/);
    const cards = page.getByTestId('task-card');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=task-card] mark').length > 0);
    const shown = Math.min(unit.taskList.length, 40); // the panel renders 40 at a time
    assert.equal(await cards.count(), shown, 'panel lists the unit’s tasks');
    // The first card's <mark> is the task's own text, cut from the source by its span.
    const first = cards.first();
    const id = await first.getAttribute('data-task');
    const task = unit.taskList.find((t) => t.id === id);
    assert.ok(task, `card task ${id} is one of the unit’s tasks`);
    await page.waitForFunction((tid) => !!document.querySelector(`[data-task="${tid}"] mark`), id);
    assert.equal(await first.locator('mark').innerText(), task.text.trim());
    // The figures under the title are the unit's in this network, as /networks/units counts them.
    const node = (await api<{ nodes: { name: string; kind: string; leadTasks: number; leaders: number }[] }>('/networks/units')).nodes.find((n) => n.name === '区发展和改革局')!;
    await page.waitForFunction(() => document.querySelector('[data-testid=panel-summary]')?.textContent !== '');
    assert.equal(await page.getByTestId('panel-summary').innerText(), `${kindLabel('zh', node.kind)} · 牵头 ${node.leadTasks} · 牵头领导 ${node.leaders}`);
    await screenshot(page, '02-network-panel');
    assert.ok(requests.some((r) => r.startsWith('/units/')), 'the panel fetched the unit');
    assert.deepEqual(requests.filter((r) => r.startsWith(NETWORK_DATA)), [], 'the panel did not need /networks/units');
    // Closing the panel clears the selection from the URL.
    await page.getByTestId('panel-close').click();
    await page.waitForFunction(() => !location.hash.includes('node='));
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('lists the shared tasks of a link given in the URL', async () => {
    const net = await api<{ nodes: { id: string; name: string }[]; links: { source: string; target: string; weight: number; tasks: string[] }[] }>('/networks/units');
    const heaviest = [...net.links].sort((a, b) => b.weight - a.weight)[0];
    const link = [heaviest.source, heaviest.target].map((s) => encodeURIComponent(s.replace(/%/g, '%25').replace(/,/g, '%2C'))).join(',');
    const { page, errors, requests } = await open(`#/network?link=${link}`);
    await chartSeries(page, 'network');
    await page.getByTestId('side-panel').waitFor({ state: 'visible' });
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=task-card]').length === n, Math.min(heaviest.tasks.length, 40));
    const ids = await page.getByTestId('task-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-task')));
    assert.deepEqual(ids, heaviest.tasks.slice(0, 40));
    assert.deepEqual(requests.filter((r) => r.startsWith(NETWORK_DATA)), [], 'the panel did not need /networks/units');
    // A click on a link, with a filter on: the tasks the two share under that filter.
    type Net = { links: { source: string; target: string; weight: number; tasks: string[] }[] };
    const responsible = await api<Net>('/networks/units?role=responsible');
    const filtered = await open('#/network?role=responsible');
    await chartSeries(filtered.page, 'network');
    const at = await clickableLink(filtered.page, 'network');
    await filtered.page.mouse.click(at.x, at.y);
    await filtered.page.waitForFunction(() => location.hash.includes('link='));
    const ends = (await hashOf(filtered.page)).match(/link=([^&]*)/)![1].split(',');
    assert.deepEqual([...ends].sort(), [at.source, at.target].sort(), 'the URL names the clicked link');
    const clicked = responsible.links.find((l) => ends.includes(l.source) && ends.includes(l.target));
    assert.ok(clicked, `the clicked link ${ends} is in the responsible-only network`);
    await filtered.page.waitForFunction((n) => document.querySelectorAll('[data-testid=task-card]').length === n, Math.min(clicked.tasks.length, 40));
    const shared = await filtered.page.getByTestId('task-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-task')));
    assert.deepEqual(shared, clicked.tasks.slice(0, 40));
    assert.match(await filtered.page.getByTestId('panel-title').innerText(), new RegExp(`（${clicked.weight}）`));
    assert.deepEqual(filtered.requests.filter((r) => r.startsWith(NETWORK_DATA)), []);
    assert.deepEqual(filtered.errors, []);
    await filtered.page.close();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('keeps filters, legend and colouring in the URL: reloading the link gives the same view', async () => {
    const { page, errors } = await open('#/network');
    await chartSeries(page, 'network');
    let n = await renders(page, 'network');
    await page.getByTestId('filter-role').selectOption('responsible');
    await waitRenderAfter(page, 'network', n);
    // The minimap follows the filtered network, not the one before: the seed's responsible units are too few for it.
    const responsibleUnits = ((await chartSeries(page, 'network')).data ?? []).length;
    assert.ok(responsibleUnits < MINIMAP_MIN, `${responsibleUnits} responsible units`);
    assert.deepEqual(await minimap(page), { shown: false, nodes: 0 });
    n = await renders(page, 'network');
    await page.getByTestId('filter-leader').selectOption({ index: 1 });
    await waitRenderAfter(page, 'network', n);
    n = await renders(page, 'network');
    await page.getByTestId('filter-colour').selectOption('community');
    await waitRenderAfter(page, 'network', n);
    n = await renders(page, 'network');
    await page.getByTestId('filter-min-weight').evaluate((el: HTMLInputElement) => {
      el.value = '2';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitRenderAfter(page, 'network', n);
    // Hide the first legend entry through the legend itself.
    const legendName = await page.evaluate(() => {
      const c = window.__govgraph.charts.network;
      const name = (c.getOption() as { legend: { data: string[] }[] }).legend[0].data[0];
      c.dispatchAction({ type: 'legendToggleSelect', name });
      return name;
    });
    await page.waitForFunction(() => location.hash.includes('hidden='));
    const hash = await hashOf(page);
    for (const part of ['role=responsible', 'leader=', 'colour=community', 'min_weight=2', `hidden=${legendName}`]) assert.ok(hash.includes(part), `${hash} has ${part}`);
    // The chart shows what the API gives for the same filters.
    const leader = hash.match(/leader=([^&]*)/)![1];
    const filtered = await api<{ nodes: { name: string }[] }>(`/networks/units?role=responsible&min_weight=2&leader=${encodeURIComponent(leader)}`);
    assert.ok(filtered.nodes.length > 0, 'the filters leave some units');
    assert.deepEqual((await chartSeries(page, 'network')).data?.map((d) => d.name).sort(), filtered.nodes.map((n) => n.name).sort());
    const state = async (p: Page) => {
      const s = await chartSeries(p, 'network');
      return {
        role: await p.getByTestId('filter-role').inputValue(),
        leader: await p.getByTestId('filter-leader').inputValue(),
        colour: await p.getByTestId('filter-colour').inputValue(),
        weight: await p.getByTestId('filter-min-weight').inputValue(),
        nodes: (s.data ?? []).map((d) => d.name).sort(),
        legend: await p.evaluate(() => (window.__govgraph.charts.network.getOption() as { legend: { selected: Record<string, boolean> }[] }).legend[0].selected),
      };
    };
    await page.getByTestId('filter-colour').waitFor();
    const before = await state(page);
    assert.equal(before.legend[legendName], false);
    const reopened = await open(`#${(await page.evaluate(() => location.hash)).slice(1)}`);
    const after = await state(reopened.page);
    assert.deepEqual(after, before);
    await screenshot(reopened.page, '03-network-filtered');
    assert.deepEqual(errors, []);
    assert.deepEqual(reopened.errors, []);
    await page.close();
    await reopened.page.close();
  });

  it('exports the chart as PNG and the links as CSV', async () => {
    const { page, requests } = await open('#/network');
    await chartSeries(page, 'network');
    await page.getByTestId('export-png').waitFor();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    assert.match(png.suggestedFilename(), /^network.*\.png$/);
    const pngBytes = readFileSync((await png.path())!);
    assert.deepEqual([...pngBytes.subarray(1, 4)], [...Buffer.from('PNG')]);
    assert.deepEqual(requests.filter((r) => r.startsWith(NETWORK_DATA)), [], 'the links with their tasks load only for the CSV');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    const net = await api<{ nodes: { id: string; name: string }[]; links: { source: string; target: string; weight: number; tasks: string[] }[] }>('/networks/units');
    const lines = text.replace(/^\ufeff/, '').trim().split('\r\n');
    assert.equal(lines.length, net.links.length + 1, 'one CSV row per link plus the header');
    const name = (id: string) => net.nodes.find((x) => x.id === id)!.name;
    const first = net.links[0];
    assert.equal(lines[1], [name(first.source), name(first.target), first.weight, first.tasks.join('、')].join(','), 'the heaviest link first, with its tasks');
    assert.equal(requests.filter((r) => r.startsWith(NETWORK_DATA)).length, 1, 'fetched once, when asked');
    await page.close();
  });
});

/** Every node's position in the chart's own coordinates (ECharts' layout), by node id. */
async function nodePositions(page: Page): Promise<Record<string, [number, number]>> {
  return page.evaluate(() => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const data = (window.__govgraph.charts.network as any).getModel().getSeriesByIndex(0).getData();
    const out: Record<string, [number, number]> = {};
    for (let k = 0; k < data.count(); k++) out[String(data.getRawDataItem(k).id)] = (data.getItemLayout(k) as number[]).map((v) => Math.round(v * 10) / 10) as [number, number];
    return out;
  });
}

/** The page boxes of the node labels ECharts shows (not hidden by its overlap check), biggest nodes first. */
async function shownLabels(page: Page): Promise<{ name: string; size: number; x: number; y: number; w: number; h: number }[]> {
  return page.evaluate(() => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const data = (window.__govgraph.charts.network as any).getModel().getSeriesByIndex(0).getData();
    const out = [];
    for (let k = 0; k < data.count(); k++) {
      const el = data.getItemGraphicEl(k);
      const label = (el?.getTextContent?.() ?? el?.childAt?.(0)?.getTextContent?.()) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
      if (!label || label.ignore || label.invisible || !label.style?.text) continue;
      const r = label.getBoundingRect().clone();
      r.applyTransform(label.getComputedTransform());
      out.push({ name: String(data.getName(k)), size: Number(data.getRawDataItem(k).symbolSize), x: r.x, y: r.y, w: r.width, h: r.height });
    }
    return out.sort((a, b) => b.size - a.size);
  });
}

describe('legible graphs', () => {
  it('lays the network out the same on every load, keeps it still when the panel opens, and shows labels that do not overlap', async () => {
    const first = await open('#/network');
    await chartSeries(first.page, 'network');
    const before = await nodePositions(first.page);
    assert.ok(Object.keys(before).length > 50, 'positions of the seed network');
    const second = await open('#/network');
    await chartSeries(second.page, 'network');
    assert.deepEqual(await nodePositions(second.page), before, 'two loads of one URL draw the same picture');

    // A click on a node opens the panel; no node moves.
    const at = await nodeCentre(first.page, 'network', { name: '区发展和改革局' });
    await first.page.mouse.click(at.x, at.y);
    await first.page.getByTestId('panel-title').waitFor();
    assert.match(await first.page.getByTestId('panel-title').innerText(), /区发展和改革局/, 'the first click opens the unit clicked');
    await first.page.waitForTimeout(500);
    const after = await nodePositions(first.page);
    // Positions are the layout's coordinates: the panel narrows the chart but moves no node in the layout.
    assert.deepEqual(after, before, 'the layout does not re-run when the panel opens');

    const labels = await shownLabels(second.page);
    assert.ok(labels.length >= 10, `${labels.length} labels shown`);
    assert.equal(labels[0].size, Math.max(...Object.values((await chartSeries(second.page, 'network')).data ?? []).map((d) => Number((d as { symbolSize?: number }).symbolSize))), 'the biggest node is labelled');
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i];
        const b = labels[j];
        const overlap = a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
        assert.ok(!overlap, `labels ${a.name} and ${b.name} overlap`);
      }
    // Nodes lie below the legend.
    const legendBottom = await second.page.evaluate(() => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const c = window.__govgraph.charts.network as any;
      const legend = c.getModel().getComponent('legend');
      const view = c.getViewOfComponentModel(legend);
      const r = view.group.getBoundingRect().clone();
      r.applyTransform(view.group.getComputedTransform());
      return r.y + r.height;
    });
    const top = await second.page.evaluate(() => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const data = (window.__govgraph.charts.network as any).getModel().getSeriesByIndex(0).getData();
      let y = Infinity;
      for (let k = 0; k < data.count(); k++) {
        const el = data.getItemGraphicEl(k);
        const r = el.getBoundingRect().clone();
        r.applyTransform(el.getComputedTransform());
        y = Math.min(y, r.y);
      }
      return y;
    });
    assert.ok(top > legendBottom, `the highest node (y ${top}) is below the legend (bottom ${legendBottom})`);
    await screenshot(second.page, '14-network-labels');
    assert.deepEqual([...first.errors, ...second.errors], []);
  });

  it('colours each unit kind the same with and without a filter', async () => {
    const colours = async (hash: string, shot?: string) => {
      const { page } = await open(hash);
      const s = (await chartSeries(page, 'network')) as { categories?: { name: string; itemStyle?: { color?: string } }[] };
      if (shot) await screenshot(page, shot);
      return Object.fromEntries((s.categories ?? []).map((c) => [c.name, c.itemStyle?.color]));
    };
    const all = await colours('#/network');
    const responsible = await colours('#/network?role=responsible');
    assert.ok(Object.keys(responsible).length > 1, 'the filtered network has several kinds');
    for (const [kind, colour] of Object.entries(responsible)) assert.equal(colour, all[kind], `${kind} keeps its colour`);
    const community = await colours('#/network?colour=community', '16-network-communities');
    assert.equal(new Set(Object.values(community)).size, Object.keys(community).length, 'every community has a colour of its own');
    // Communities are named by their biggest members and their size.
    for (const name of Object.keys(community)) assert.match(name, /^社区 \d+ · .+（\d+ 个）$/, `legend entry ${name}`);
  });

  it('shows the top units of the matrix and changes how many', async () => {
    const { page, errors } = await open('#/matrix');
    await chartSeries(page, 'matrix');
    const axis = () => page.evaluate(() => ((window.__govgraph.charts.matrix.getOption() as { xAxis: { data: string[] }[] }).xAxis[0].data ?? []).length);
    assert.equal(await axis(), 40, 'the 40 units with most tasks by default');
    const n = await renders(page, 'matrix');
    await page.getByTestId('filter-top').selectOption('20');
    await waitRenderAfter(page, 'matrix', n);
    assert.equal(await axis(), 20);
    assert.match(await hashOf(page), /top=20/);
    // The unit picker outlines the unit's row and column.
    await page.getByTestId('matrix-unit').fill('区发展和改革局');
    await page.getByTestId('matrix-unit').press('Enter');
    await page.waitForFunction(() => decodeURIComponent(location.hash).includes('unit=区发展和改革局'));
    await page.waitForTimeout(300);
    await screenshot(page, '15-matrix-top');
    assert.deepEqual(errors, []);
  });
});

describe('a large network (synthetic corpus, over 2,000 links)', () => {
  const READABLE_LINKS = 2000; // src/views/network.ts
  let big: Server | undefined;
  let dir = '';
  type Net = { nodes: { id: string }[]; links: { weight: number }[] };
  const getNet = async (path: string): Promise<Net> => {
    const res = await fetch(`${big!.url}/api/v1${path}`);
    assert.equal(res.status, 200, `GET ${path}`);
    return (await res.json()) as Net;
  };

  before(async () => {
    // Ten synthetic documents, served as the seeds of a second e2e.server.
    dir = mkdtempSync(join(tmpdir(), 'govgraph-large-'));
    const corpus = join(dir, 'corpus');
    execFileSync(buildBinary(dir), ['synth', '--n', '10', '--out', corpus], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    const seeds = join(dir, 'seeds');
    mkdirSync(join(seeds, 'documents'), { recursive: true });
    for (const table of ['aliases.tsv', 'unit-kinds.tsv']) copyFileSync(join(repoRoot, 'seeds', table), join(seeds, table));
    for (const f of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) copyFileSync(join(corpus, f), join(seeds, 'documents', f));
    const previous = process.env.GOVGRAPH_SEEDS;
    process.env.GOVGRAPH_SEEDS = seeds;
    try {
      big = await startServer();
    } finally {
      if (previous === undefined) delete process.env.GOVGRAPH_SEEDS;
      else process.env.GOVGRAPH_SEEDS = previous;
    }
  });

  after(async () => {
    await big?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('starts with the smallest weight that leaves at most 2,000 links, in the slider, the URL and the status line', async () => {
    const all = await getNet('/networks/units');
    assert.ok(all.links.length > READABLE_LINKS, `the corpus has ${all.links.length} links; server ${big!.url} (the seed server is ${e2e.server?.url}) said:\n${big!.log().slice(0, 4000)}`);
    // Counted here from the API: the smallest w whose links (weight ≥ w) are at most READABLE_LINKS.
    let want = 1;
    while (all.links.filter((l) => l.weight >= want).length > READABLE_LINKS) want++;
    const shown = await getNet(`/networks/units?min_weight=${want}`);
    // Every jurisdiction (the ten documents are of ten districts; the view would open on one).
    const { page, errors, requests } = await open('#/network?jurisdiction=*', big!.url);
    await page.waitForFunction(() => location.hash.includes('min_weight='));
    assert.match(await hashOf(page), new RegExp(`min_weight=${want}(&|$)`));
    const series = await chartSeries(page, 'network');
    assert.equal((series.links ?? []).length, shown.links.length, 'the chart draws the links of that weight and up');
    assert.equal((series.data ?? []).length, shown.nodes.length);
    await page.getByTestId('filter-min-weight').waitFor();
    assert.equal(await page.getByTestId('filter-min-weight').inputValue(), String(want));
    assert.ok((await page.getByTestId('network-status').innerText()).includes(`≥ ${want}`), 'the status line names the threshold');
    assert.ok(shown.nodes.length >= MINIMAP_MIN, `${shown.nodes.length} units`);
    await page.waitForFunction(() => (window.__govgraph.renders.networkMinimap ?? 0) > 0); // drawn once the chart has painted
    assert.deepEqual(await minimap(page), { shown: true, nodes: shown.nodes.length });
    await screenshot(page, '13-network-large');
    // Lowering the slider to 1 shows every link; 1 stays in the URL so that no threshold comes back.
    const n = await renders(page, 'network');
    await page.getByTestId('filter-min-weight').evaluate((el: HTMLInputElement) => {
      el.value = '1';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitRenderAfter(page, 'network', n);
    assert.match(await hashOf(page), /min_weight=1(&|$)/);
    assert.equal(((await chartSeries(page, 'network')).links ?? []).length, all.links.length);
    assert.ok(!(await page.getByTestId('network-status').innerText()).includes('≥'));
    // Reloading that link keeps all links.
    const again = await open(`#${(await page.evaluate(() => location.hash)).slice(1)}`, big!.url);
    assert.equal(((await chartSeries(again.page, 'network')).links ?? []).length, all.links.length);
    assert.match(await hashOf(again.page), /min_weight=1(&|$)/);
    assert.deepEqual([...requests, ...again.requests].filter((r) => r.startsWith(NETWORK_DATA)), []);
    assert.deepEqual([...errors, ...again.errors], []);
    await page.close();
    await again.page.close();
  });
});

describe('the other views', () => {
  it('协同矩阵 shows the co-assignment heatmap', async () => {
    // Every unit (the view shows the top 40 by default; see "legible graphs").
    const { page, errors } = await open('#/matrix?top=5000');
    const s = await chartSeries(page, 'matrix');
    assert.equal(s.type, 'heatmap');
    const net = await api<{ nodes: { id: string; name: string }[]; links: { source: string; target: string; weight: number; tasks: string[] }[] }>('/networks/units');
    assert.equal((s.data ?? []).length, 2 * net.links.length, 'a cell per linked pair and direction');
    // A click on the heaviest cell lists the two units' shared tasks.
    const heaviest = [...net.links].sort((a, b) => b.weight - a.weight)[0];
    const name = (id: string) => net.nodes.find((n) => n.id === id)!.name;
    await page.evaluate(({ a, b }) => {
      const c = window.__govgraph.charts.matrix;
      const o = c.getOption() as { xAxis: { data: string[] }[]; yAxis: { data: string[] }[] };
      const at = c.convertToPixel({ seriesIndex: 0 }, [o.xAxis[0].data.indexOf(a), o.yAxis[0].data.indexOf(b)]) as number[];
      const box = c.getDom().getBoundingClientRect();
      (window as unknown as { __cell: number[] }).__cell = [box.left + at[0], box.top + at[1]];
    }, { a: name(heaviest.source), b: name(heaviest.target) });
    const [x, y] = await page.evaluate(() => (window as unknown as { __cell: number[] }).__cell);
    await page.mouse.click(x, y);
    await page.getByTestId('side-panel').waitFor({ state: 'visible' });
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=task-card]').length === n, Math.min(heaviest.tasks.length, 40));
    assert.match(await page.getByTestId('panel-title').innerText(), new RegExp(`${name(heaviest.source)}|${name(heaviest.target)}`));
    await screenshot(page, '04-matrix');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('领导分工 shows a leader’s portfolio, span of control and overlap', async () => {
    const { page, errors } = await open('#/portfolio');
    await page.waitForFunction(() => location.hash.includes('leader='));
    const leader = decodeURIComponent((await page.evaluate(() => location.hash)).match(/leader=([^&]*)/)![1]);
    await chartSeries(page, 'portfolio');
    const pf = await api<{ tasks: { leadUnits: string[] | null; units: string[] | null }[] }>(`/leaders/${encodeURIComponent(leader)}/portfolio`);
    await page.getByTestId('span-of-control').waitFor();
    assert.match(await page.getByTestId('span-of-control').innerText(), new RegExp(`${pf.tasks.length}`));
    const units = new Set(pf.tasks.flatMap((t) => [...(t.leadUnits ?? []), ...(t.units ?? [])]));
    assert.equal(await page.getByTestId('portfolio-units').locator('tbody tr').count(), units.size);
    await screenshot(page, '05-portfolio');
    await page.getByTestId('filter-mode').selectOption('sunburst');
    const s = await chartSeries(page, 'portfolio');
    await page.waitForFunction(() => (window.__govgraph.charts.portfolio.getOption() as { series: { type: string }[] }).series[0].type === 'sunburst');
    assert.ok((s.data ?? []).length > 0);
    await screenshot(page, '05-portfolio-sunburst');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('责任流 shows the leader → lead unit → responsible unit sankey', async () => {
    const { page, errors } = await open('#/sankey');
    const s = await chartSeries(page, 'sankey');
    assert.equal(s.type, 'sankey');
    assert.ok((s.links ?? []).length > 0);
    await screenshot(page, '06-sankey');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('瓶颈分析 ranks units with the metric definitions', async () => {
    const { page, errors } = await open('#/bottleneck');
    await chartSeries(page, 'bottleneck');
    const metrics = await api<{ units: unknown[]; definitions: Record<string, string> }>('/metrics/units');
    await page.getByTestId('bottleneck-table').waitFor();
    assert.equal(await page.getByTestId('bottleneck-table').locator('tbody tr').count(), metrics.units.length);
    for (const [key, def] of [['score', 'bottleneck'], ['load', 'tasks'], ['betweenness', 'betweenness'], ['constraint', 'constraint']]) {
      assert.equal(await page.getByTestId(`definition-${key}`).innerText(), metrics.definitions[def]);
    }
    await screenshot(page, '07-bottleneck');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('结构 shows the treemap of sections, themes and tasks', async () => {
    const { page, errors } = await open('#/structure');
    const s = await chartSeries(page, 'structure');
    assert.equal(s.type, 'treemap');
    await screenshot(page, '08-structure');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('探索 searches, expands neighbours by clicking and finds a shortest path', async () => {
    const { page, errors } = await open('#/explore?q=区财政局');
    await page.getByTestId('hit').first().waitFor();
    const unitHit = page.locator('[data-testid=hit][data-id^="unit:"]').first();
    const startID = (await unitHit.getAttribute('data-id'))!;
    await unitHit.getByTestId('hit-add').click();
    const s1 = await chartSeries(page, 'explore');
    const neighbours = await api<{ nodes: unknown[] }>(`/neighbours?id=${encodeURIComponent(startID)}&depth=1`);
    assert.equal((s1.data ?? []).length, neighbours.nodes.length);
    // Click a neighbour (one of the unit's tasks) to expand it: its leaders appear.
    const task = (s1.data ?? []).find((d) => d.id?.startsWith('task:'));
    assert.ok(task, 'a task is among the unit’s neighbours');
    const n = await renders(page, 'explore');
    const at = await nodeCentre(page, 'explore', { id: task.id });
    await page.mouse.click(at.x, at.y);
    await waitRenderAfter(page, 'explore', n);
    const s2 = await chartSeries(page, 'explore');
    assert.ok((s2.data ?? []).length > (s1.data ?? []).length, 'expanding the task added nodes');
    assert.ok((s2.data ?? []).some((d) => d.id?.startsWith('leader:')), 'the task’s leader is shown');
    // The force layout may still drift under the pointer, so the node the
    // click landed on is read back from the URL rather than assumed.
    const focus = (await hashOf(page)).match(/focus=([^&]*)/)?.[1] ?? '';
    assert.ok(focus.startsWith('task:'), `the expanded task is in the URL (focus=${focus})`);
    assert.ok((await hashOf(page)).match(/nodes=([^&]*)/)?.[1].split(',').includes(focus), 'and among the expanded nodes');
    const expanded = await api<{ nodes: { id: string }[] }>(`/neighbours?id=${encodeURIComponent(focus)}&depth=1`);
    const shown = new Set((s2.data ?? []).map((d) => d.id));
    for (const nb of expanded.nodes) assert.ok(shown.has(nb.id), `neighbour ${nb.id} of the expanded task is shown`);
    await screenshot(page, '09-explore');
    // Shortest path between two units, from the URL.
    const to = 'unit:济南市历下区/区住房和城市建设局';
    const path = await api<{ nodes: { id: string }[]; edges: unknown[] }>(`/paths?from=${encodeURIComponent(startID)}&to=${encodeURIComponent(to)}`);
    const p2 = await open(`#/explore?from=${encodeURIComponent(startID)}&to=${encodeURIComponent(to)}&nodes=${encodeURIComponent(startID)}`);
    const s3 = await chartSeries(p2.page, 'explore');
    const ids = new Set((s3.data ?? []).map((d) => d.id));
    for (const node of path.nodes) assert.ok(ids.has(node.id), `path node ${node.id} shown`);
    const highlighted = (s3.links as { lineStyle?: { color?: string } }[]).filter((l) => l.lineStyle?.color === '#e11d48');
    assert.equal(highlighted.length, path.edges.length, 'every path edge is highlighted');
    await screenshot(p2.page, '09-explore-path');
    assert.deepEqual(errors, []);
    assert.deepEqual(p2.errors, []);
    await page.close();
    await p2.page.close();
  });

  it('任务台账 lists, sorts and filters the tasks and opens the source', async () => {
    const all = await api<{ total: number }>('/tasks?limit=1');
    const { page, errors } = await open('#/ledger');
    const rows = page.getByTestId('ledger-table').locator('tbody tr');
    await page.getByTestId('ledger-table').waitFor();
    assert.equal(await rows.count(), all.total);
    await page.getByTestId('sort-deadline').click();
    await page.waitForFunction(() => location.hash.includes('sort=deadline'));
    const deadlines = await page.locator('[data-testid=ledger-table] tbody td.col-deadline').allInnerTexts();
    const nonEmpty = deadlines.filter((d) => d !== '');
    const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });
    assert.deepEqual(nonEmpty, [...nonEmpty].sort(collator.compare), 'deadlines ascend');
    assert.deepEqual(deadlines.slice(nonEmpty.length).filter((d) => d !== ''), [], 'empty deadlines last');
    await page.getByTestId('filter-q').fill('城市更新');
    const q = await api<{ total: number }>(`/tasks?q=${encodeURIComponent('城市更新')}&limit=1`);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=ledger-table] tbody tr').length === n, q.total);
    await rows.first().getByTestId('open-source').click();
    await page.getByTestId('side-panel').locator('mark').waitFor();
    assert.match(await page.getByTestId('side-panel').locator('mark').innerText(), /城市更新/);
    await screenshot(page, '10-ledger');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
    assert.equal(lines.length, q.total + 1);
    // The filtered, sorted ledger comes back from its link.
    const again = await open(`#${(await page.evaluate(() => location.hash)).slice(1)}`);
    await again.page.waitForFunction((n) => document.querySelectorAll('[data-testid=ledger-table] tbody tr').length === n, q.total);
    assert.equal(await again.page.getByTestId('filter-q').inputValue(), '城市更新');
    await again.page.getByTestId('side-panel').locator('mark').waitFor();
    assert.deepEqual(errors, []);
    await page.close();
    await again.page.close();
  });

  it('文档 lists the seed with statistics and diagnostics', async () => {
    const docs = await api<{ id: string; title: string; stats: { tasks: number } }[]>('/documents');
    const { page, errors } = await open('#/documents');
    await page.getByTestId('documents-table').waitFor();
    assert.equal(await page.getByTestId('documents-table').locator('tbody tr').count(), docs.length);
    await page.getByTestId('document-link').first().click();
    await page.getByTestId('side-panel').waitFor({ state: 'visible' });
    assert.equal(await page.getByTestId('panel-title').innerText(), docs[0].title);
    await screenshot(page, '11-documents');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('switches to English and back', async () => {
    const { page } = await open('#/ledger');
    await page.getByTestId('lang-toggle').click();
    await page.waitForFunction(() => location.hash.includes('lang=en'));
    assert.equal(await page.getByTestId('nav-network').innerText(), 'Network');
    assert.equal(await page.getByTestId('nav-ledger').innerText(), 'Task ledger');
    await page.getByTestId('lang-toggle').click();
    await page.waitForFunction(() => !location.hash.includes('lang=en'));
    assert.equal(await page.getByTestId('nav-network').innerText(), '协同网络');
    await page.close();
  });
});

describe('untrusted document text', () => {
  it('shows uploaded markup and script literally and runs none of it', async () => {
    const img = '<img src=x onerror="window.__xss=1">';
    const script = '<script>window.__xss=1</script>';
    const dir = mkdtempSync(join(tmpdir(), 'govgraph-xss-'));
    const file = join(dir, 'xss-test.txt');
    writeFileSync(
      file,
      [
        '2023年《测试区政府工作报告》目标任务分解',
        '',
        '一、安全测试',
        `推进${img}标记测试工作。（牵头领导：张测试；牵头单位：区测试局；责任单位：区发展和改革局）`,
        `落实${script}脚本测试任务。（牵头领导：张测试；责任单位：区测试局、区财政局）`,
        '',
      ].join('\n'),
    );
    const { page, errors } = await open('#/documents');
    await page.getByTestId('admin-token').fill(ADMIN_TOKEN);
    await page.getByTestId('admin-token-save').click();
    await page.getByTestId('upload-file').setInputFiles(file);
    await page.getByTestId('upload-submit').click();
    await page.getByTestId('upload-result').waitFor();
    assert.equal(await page.evaluate(() => sessionStorage.getItem('govgraph.adminToken')), ADMIN_TOKEN);
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'the token is not kept in localStorage');

    const docs = await api<{ id: string; title: string }[]>('/documents');
    const doc = docs.find((d) => d.title.includes('测试区'));
    assert.ok(doc, 'the uploaded document is listed');
    const ledger = await open(`#/ledger?document=${encodeURIComponent(doc.id)}`);
    await ledger.page.getByTestId('ledger-table').waitFor();
    const texts = await ledger.page.locator('[data-testid=ledger-table] tbody td.col-text').allInnerTexts();
    assert.ok(texts.some((t) => t.includes(img)), `the ledger shows ${img} as text: ${JSON.stringify(texts)}`);
    assert.ok(texts.some((t) => t.includes(script)), `the ledger shows ${script} as text`);
    for (const button of await ledger.page.getByTestId('open-source').all()) {
      await button.click();
      await ledger.page.getByTestId('side-panel').locator('mark').waitFor();
    }
    const marked = await ledger.page.getByTestId('side-panel').locator('mark').innerText();
    assert.ok(marked.includes(script), `the source panel shows the script as text: ${marked}`);
    // The network panel of the new unit shows both tasks as text too.
    const net = await open(`#/network?document=${encodeURIComponent(doc.id)}&node=${encodeURIComponent('unit:' + (await api<{ jurisdiction: string }>(`/units/${encodeURIComponent('区测试局')}`)).jurisdiction + '/区测试局')}`);
    await net.page.getByTestId('side-panel').locator('mark').first().waitFor();
    const panelText = await net.page.getByTestId('panel-body').innerText();
    assert.ok(panelText.includes(img) && panelText.includes(script), 'the unit panel shows the markup as text');
    // The task's label in a chart, with its tooltip shown by hovering.
    const explore = await open('#/explore?q=标记测试');
    const hit = explore.page.locator('[data-testid=hit][data-id^="task:"]').first();
    const taskID = (await hit.getAttribute('data-id'))!;
    await hit.getByTestId('hit-add').click();
    const s = await chartSeries(explore.page, 'explore');
    assert.ok((s.data ?? []).some((d) => d.id === taskID && String(d.name).includes('<img')), 'the task label holds the markup as text');
    const at = await nodeCentre(explore.page, 'explore', { id: taskID });
    await explore.page.mouse.move(at.x, at.y);
    await explore.page.waitForTimeout(300); // let the tooltip show
    await screenshot(explore.page, '12-xss-explore-tooltip');
    for (const p of [page, ledger.page, net.page, explore.page]) {
      assert.equal(await p.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined, 'no injected code ran');
      assert.equal(await p.locator('img[src=x], main script').count(), 0, 'no injected element exists');
    }
    await screenshot(ledger.page, '12-xss-ledger');
    await screenshot(net.page, '12-xss-network-panel');
    assert.deepEqual([...errors, ...ledger.errors, ...net.errors, ...explore.errors], []);
    for (const p of [page, ledger.page, net.page, explore.page]) await p.close();
  });
});
