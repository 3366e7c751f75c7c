// Performance measurement, not a test: time to first chart of the
// coordination network (协同网络) on a synthetic corpus of 1,000 documents and
// on the seed document alone, the API response times behind it, and the cost
// of a hover highlight and a legend toggle, in headless Chromium. Prints
// Markdown tables of medians with min–max.
//
//   cd frontend && npm run perf        (builds the UI first)
//   node --import tsx e2e/perf.ts      (with frontend/dist already built)
//
// Knobs: PERF_FIRST_CHART_ONLY=1 (only the time to first chart of the
// network, matrix and sankey views), PERF_RUNS (5), PERF_DOCS (1000), PERF_MIN_WEIGHT (default: the
// smallest weight that leaves at most 2,000 links), PERF_CORPUS=DIR (reuse a
// generated corpus), GOVGRAPH_BIN, CHROMIUM_PATH (see harness.ts).

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildBinary, CHROMIUM, repoRoot, startServer, watchErrors, type Server } from './harness';

const RUNS = Number(process.env.PERF_RUNS ?? 5);
const DOCS = Number(process.env.PERF_DOCS ?? 1000);
/** Default filter: the smallest min_weight leaving at most this many links. */
const READABLE_LINKS = 2000;
const LOAD_TIMEOUT = 300_000;
/** PERF_FIRST_CHART_ONLY=1: only the time to first chart of each view (no network interaction scenarios). */
const FIRST_CHART_ONLY = process.env.PERF_FIRST_CHART_ONLY === '1';

// ---- cleanup: servers, browser and temp dirs go away even on failure ----

const cleanups: (() => Promise<void> | void)[] = [];
const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();
let cleaned = false;

async function cleanup(): Promise<void> {
  if (cleaned) return;
  cleaned = true;
  for (const f of cleanups.reverse()) {
    try {
      await f();
    } catch (e) {
      console.error('cleanup:', e);
    }
  }
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
}

// Last resort when the process exits without running cleanup().
process.on('exit', () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(sig, () => {
    console.error(`\n${sig}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}

const log = (msg: string) => console.error(`[perf ${new Date().toISOString().slice(11, 19)}] ${msg}`);

// ---- corpus and servers ----

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? ok(addr.port) : fail(new Error('no port'))));
    });
  });
}

function run(bin: string, args: string[]): string {
  const t0 = performance.now();
  try {
    const out = execFileSync(bin, args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
    log(`${args[0]}: ${((performance.now() - t0) / 1000).toFixed(1)} s: ${out.trim().split('\n').pop()}`);
    return out;
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string };
    throw new Error(`${bin} ${args.slice(0, 4).join(' ')} … failed:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  }
}

/** Serves an already imported data dir (not empty, so no seeds are loaded). */
async function serveData(bin: string, data: string, expectDocs: number): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const proc = spawn(bin, ['serve', '--addr', `127.0.0.1:${port}`, '--data', data], { cwd: repoRoot, env: { ...process.env, NEO4J_URI: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(proc);
  proc.stdout?.on('data', (b: Buffer) => (output += b.toString()));
  proc.stderr?.on('data', (b: Buffer) => (output += b.toString()));
  const exited = new Promise<void>((ok) => proc.once('exit', () => ok()));
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      proc.kill('SIGTERM');
      await exited;
    }
  };
  const t0 = performance.now();
  while (performance.now() - t0 < 600_000) {
    if (proc.exitCode !== null) throw new Error(`govgraph serve exited with ${proc.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${url}/api/v1/health`);
      if (res.ok) {
        const health = (await res.json()) as { counts?: { documents?: number } };
        if (health.counts?.documents !== expectDocs) {
          await stop();
          throw new Error(`the server holds ${health.counts?.documents} documents, expected ${expectDocs}`);
        }
        log(`serve: healthy after ${((performance.now() - t0) / 1000).toFixed(1)} s at ${url}`);
        return { url, proc, log: () => output, stop };
      }
    } catch (e) {
      if (e instanceof Error && e.message.startsWith('the server holds')) throw e;
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`govgraph serve did not become healthy:\n${output}`);
}

// ---- API timing from Node (loopback, no browser) ----

interface Fetched {
  ms: number;
  ttfbMs: number;
  bytes: number;
}

async function timeGet(url: string): Promise<Fetched> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const ttfbMs = performance.now() - t0;
  const body = await res.arrayBuffer();
  const ms = performance.now() - t0;
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${Buffer.from(body).toString()}`);
  return { ms, ttfbMs, bytes: body.byteLength };
}

/** The two requests the network view makes, as its api.ts builds them. */
function viewURLs(base: string, minWeight?: number): { chart: string; network: string } {
  const w = minWeight ? `min_weight=${minWeight}` : '';
  return {
    chart: `${base}/api/v1/charts/network?${w ? `${w}&` : ''}lang=zh`,
    network: `${base}/api/v1/networks/units${w ? `?${w}` : ''}`,
  };
}

interface ApiTimes {
  coldChart: Fetched;
  coldNetwork: Fetched;
  chart: Fetched[];
  network: Fetched[];
}

/** Cold: both at once on a server that has not answered them yet, as the view asks; warm: one at a time. */
async function apiTimes(base: string, minWeight?: number): Promise<ApiTimes> {
  const u = viewURLs(base, minWeight);
  const [coldNetwork, coldChart] = await Promise.all([timeGet(u.network), timeGet(u.chart)]);
  const chart: Fetched[] = [];
  const network: Fetched[] = [];
  for (let i = 0; i < RUNS; i++) {
    chart.push(await timeGet(u.chart));
    network.push(await timeGet(u.network));
  }
  return { coldChart, coldNetwork, chart, network };
}

// ---- the browser ----

interface Load {
  firstChartMs: number;
  domContentLoaded: number;
  chartReq: { start: number; end: number; bytes: number };
  networkReq: { start: number; end: number; bytes: number };
  statusMs: number;
  longTaskMsBeforeChart: number;
  longestTaskMs: number;
  parseChartMs: number;
  cloneChartMs: number;
  parseNetworkMs: number;
  nodes: number;
  links: number;
  layout: string;
  minimap: boolean;
  hoverMs?: number;
  legendHideMs?: number;
  legendShowMs?: number;
  errors: string[];
}

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Records, from the first script on, long tasks and when the status line (network data) appears. */
function perfInitScript(): void {
  const perf = { status: undefined as number | undefined, longTasks: [] as [number, number][] };
  (window as unknown as { __perf: typeof perf }).__perf = perf;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) perf.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long task API
  }
  const mo = new MutationObserver(() => {
    if (perf.status === undefined && document.querySelector('[data-testid=network-status]')?.textContent) {
      perf.status = performance.now();
      mo.disconnect();
    }
  });
  mo.observe(document, { childList: true, subtree: true, characterData: true });
}

/** Pixel centre of the biggest node, once the layout stopped moving. */
async function biggestNode(page: Page): Promise<{ x: number; y: number; name: string }> {
  let last = { x: NaN, y: NaN, name: '' };
  for (let i = 0; i < 40; i++) {
    const p = await page.evaluate(() => {
      const c = window.__govgraph.charts.network as unknown as AnyRecord;
      const data = c.getModel().getSeriesByIndex(0).getData();
      let best = -1;
      let size = -1;
      for (let k = 0; k < data.count(); k++) {
        const s = Number((data.getRawDataItem(k) ?? {}).symbolSize ?? 0);
        if (s > size) [best, size] = [k, s];
      }
      const [x, y] = data.getItemGraphicEl(best).transformCoordToGlobal(0, 0);
      const box = c.getDom().getBoundingClientRect();
      return { x: box.left + x, y: box.top + y, name: String(data.getName(best)) };
    });
    if (Math.abs(p.x - last.x) < 0.5 && Math.abs(p.y - last.y) < 0.5) return p;
    last = p;
    await page.waitForTimeout(250);
  }
  return last;
}

/** Mouse onto the biggest node (or the one on top of it): from the mousemove event to the chart's next 'finished'. */
async function hover(page: Page): Promise<number> {
  const at = await biggestNode(page);
  await page.mouse.move(5, 5);
  await page.evaluate((name) => {
    const c = window.__govgraph.charts.network;
    const w = window as unknown as { __hover: Promise<number> };
    w.__hover = new Promise<number>((ok, fail) => {
      let t0: number | undefined;
      let over = false;
      const seen: string[] = [];
      const zr = c.getZr();
      const onMove = (e: AnyRecord) => {
        t0 ??= (e.event as Event | undefined)?.timeStamp ?? performance.now();
      };
      const onOver = (e: AnyRecord) => {
        seen.push(`${e.dataType}:${e.name}`);
        // Nodes overlap: whichever node is on top at that point will do.
        if (e.dataType === 'node') over = true;
      };
      const onFinished = () => {
        if (t0 === undefined || !over) return;
        done();
        ok(performance.now() - t0);
      };
      const done = () => {
        zr.off('mousemove', onMove);
        c.off('mouseover', onOver);
        c.off('finished', onFinished);
        clearTimeout(timer);
      };
      const timer = setTimeout(() => {
        done();
        fail(new Error(`no highlight of ${name} (mousemove seen: ${t0 !== undefined}, mouseover: ${seen.join(', ') || 'none'})`));
      }, 30_000);
      zr.on('mousemove', onMove);
      c.on('mouseover', onOver);
      c.on('finished', onFinished);
    });
  }, at.name);
  await page.mouse.move(at.x, at.y);
  const ms = await page.evaluate(() => (window as unknown as { __hover: Promise<number> }).__hover);
  await page.mouse.move(5, 5);
  return ms;
}

/** Toggles the first legend entry (a unit kind): from dispatch to the chart's next 'finished'. */
function legendToggle(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((ok) => {
        const c = window.__govgraph.charts.network;
        const name = (c.getOption() as { legend: { data: string[] }[] }).legend[0].data[0];
        const t0 = performance.now();
        const onFinished = () => {
          c.off('finished', onFinished);
          ok(performance.now() - t0);
        };
        c.on('finished', onFinished);
        c.dispatchAction({ type: 'legendToggleSelect', name });
      }),
  );
}

async function measureLoad(browser: Browser, base: string, hash: string, interact: boolean): Promise<Load> {
  // A new context per run: empty HTTP cache and storage, as a first visit.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  try {
    // tsx (esbuild, keepNames) wraps named inner functions in __name(), which the page lacks.
    await context.addInitScript({ content: 'window.__name = (f) => f;' });
    await context.addInitScript(perfInitScript);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${base}/${hash}`);
    await page.waitForFunction(
      () => window.__govgraph?.firstChartMs !== undefined && (window as unknown as { __perf: { status?: number } }).__perf.status !== undefined,
      null,
      { timeout: LOAD_TIMEOUT, polling: 250 },
    );
    const timing = await page.evaluate(() => {
      const perf = (window as unknown as { __perf: { status: number; longTasks: [number, number][] } }).__perf;
      const first = window.__govgraph.firstChartMs!;
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      // The last request to path before the first chart: the view may ask /charts/network twice
      // (a probe for the weight threshold, then the chart it draws); /networks/units it may not ask at all.
      const req = (path: string, optional = false) => {
        const r = entries.filter((e) => new URL(e.name).pathname.endsWith(path) && e.startTime < first).pop();
        if (!r && !optional) throw new Error(`no request to ${path}`);
        return r ? { url: r.name, start: r.startTime, end: r.responseEnd, bytes: r.decodedBodySize } : { url: '', start: NaN, end: NaN, bytes: NaN };
      };
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const before = perf.longTasks.filter(([start]) => start < first);
      return {
        firstChartMs: first,
        domContentLoaded: nav.domContentLoadedEventEnd,
        chartReq: req('/api/v1/charts/network'),
        networkReq: req('/api/v1/networks/units', true),
        statusMs: perf.status,
        longTaskMsBeforeChart: before.reduce((sum, [, d]) => sum + d, 0),
        longestTaskMs: Math.max(0, ...before.map(([, d]) => d)),
      };
    });
    const out: Load = {
      ...timing,
      chartReq: { start: timing.chartReq.start, end: timing.chartReq.end, bytes: timing.chartReq.bytes },
      networkReq: { start: timing.networkReq.start, end: timing.networkReq.end, bytes: timing.networkReq.bytes },
      parseChartMs: NaN,
      cloneChartMs: NaN,
      parseNetworkMs: NaN,
      nodes: 0,
      links: 0,
      layout: '',
      minimap: false,
      errors,
    };
    await page.waitForTimeout(1000); // let the filter bar and the minimap settle
    if (interact) {
      out.hoverMs = await hover(page);
      await page.waitForTimeout(500);
      out.legendHideMs = await legendToggle(page);
      await page.waitForTimeout(500);
      out.legendShowMs = await legendToggle(page);
      await page.waitForTimeout(500);
    }
    // After the measured part: what was drawn, and what parsing the two answers costs in this page.
    Object.assign(
      out,
      await page.evaluate(
        async ({ chartURL, networkURL }) => {
          const c = window.__govgraph.charts.network as unknown as AnyRecord;
          const s = c.getModel().getSeriesByIndex(0);
          const cost = async (url: string) => {
            const text = await (await fetch(url)).text();
            const t0 = performance.now();
            const value = JSON.parse(text) as unknown;
            const t1 = performance.now();
            structuredClone(value);
            return { parse: t1 - t0, clone: performance.now() - t1 };
          };
          const chart = await cost(chartURL);
          const network = networkURL ? await cost(networkURL) : { parse: NaN };
          return {
            nodes: s.getData().count() as number,
            links: s.getGraph().edges.length as number,
            layout: String(s.get('layout')),
            minimap: !!window.__govgraph.charts.networkMinimap && !window.__govgraph.charts.networkMinimap.getDom().hidden,
            parseChartMs: chart.parse,
            cloneChartMs: chart.clone,
            parseNetworkMs: network.parse,
          };
        },
        { chartURL: timing.chartReq.url, networkURL: timing.networkReq.url },
      ),
    );
    return out;
  } finally {
    await context.close();
  }
}

/** Time to first chart of a view: a first visit to base/hash, until window.__govgraph.firstChartMs is set. */
async function firstChart(browser: Browser, base: string, hash: string): Promise<{ ms: number; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${base}/${hash}`);
    await page.waitForFunction(() => window.__govgraph?.firstChartMs !== undefined, null, { timeout: LOAD_TIMEOUT, polling: 100 });
    return { ms: await page.evaluate(() => window.__govgraph.firstChartMs!), errors };
  } finally {
    await context.close();
  }
}

/** The chart views whose time to first chart is measured on every corpus. */
const FIRST_CHART_VIEWS = ['network', 'matrix', 'sankey'];

// ---- statistics and output ----

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(1));

function stat(xs: number[]): string {
  const v = xs.filter((x) => Number.isFinite(x));
  if (!v.length) return '–';
  if (v.length === 1) return fmt(v[0]);
  return `${fmt(median(v))} (${fmt(Math.min(...v))}–${fmt(Math.max(...v))})`;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

interface Scenario {
  name: string;
  loads: Load[];
}

function browserTable(scenarios: Scenario[]): string {
  const row = (label: string, f: (l: Load) => number | undefined): string[] => [label, ...scenarios.map((s) => stat(s.loads.map((l) => f(l) ?? NaN)))];
  return table(
    ['ms from navigation start, median (min–max)', ...scenarios.map((s) => s.name)],
    [
      ['nodes / links drawn', ...scenarios.map((s) => `${s.loads[0].nodes} / ${s.loads[0].links} (layout ${s.loads[0].layout}${s.loads[0].minimap ? ', minimap' : ', no minimap'})`)],
      row('**time to first chart** (firstChartMs)', (l) => l.firstChartMs),
      row('DOMContentLoaded', (l) => l.domContentLoaded),
      row('/charts/network requested', (l) => l.chartReq.start),
      row('/charts/network answered (responseEnd)', (l) => l.chartReq.end),
      row('/charts/network request duration', (l) => l.chartReq.end - l.chartReq.start),
      row('/networks/units request duration', (l) => l.networkReq.end - l.networkReq.start),
      row('/networks/units answered (responseEnd)', (l) => l.networkReq.end),
      row('chart answer → finished (parse, clone, ECharts)', (l) => l.firstChartMs - l.chartReq.end),
      row('  of which JSON.parse of the chart option', (l) => l.parseChartMs),
      row('  of which structuredClone of the option', (l) => l.cloneChartMs),
      row('JSON.parse of /networks/units (same thread)', (l) => l.parseNetworkMs),
      row('long tasks before first chart (sum)', (l) => l.longTaskMsBeforeChart),
      row('longest task before first chart', (l) => l.longestTaskMs),
      row('status line shown', (l) => l.statusMs),
      row('hover highlight: mousemove → finished', (l) => l.hoverMs),
      row('legend toggle, hide a kind → finished', (l) => l.legendHideMs),
      row('legend toggle, show it again → finished', (l) => l.legendShowMs),
    ],
  );
}

function apiTable(rows: { scenario: string; times: ApiTimes }[]): string {
  const out: string[][] = [];
  for (const { scenario, times } of rows) {
    for (const [endpoint, cold, warm] of [
      ['/charts/network', times.coldChart, times.chart],
      ['/networks/units', times.coldNetwork, times.network],
    ] as const) {
      out.push([scenario, endpoint, fmt(cold.ms), stat(warm.map((f) => f.ttfbMs)), stat(warm.map((f) => f.ms)), mb(warm[0].bytes)]);
    }
  }
  return table(['data', 'endpoint', 'cold ms (both at once)', 'warm time to first byte ms', 'warm total ms', 'body'], out);
}

// ---- main ----

async function main(): Promise<void> {
  const started = new Date();
  const load0 = os.loadavg();
  const tmp = mkdtempSync(join(os.tmpdir(), 'govgraph-perf-'));
  tempDirs.add(tmp);

  log('building the govgraph binary (UI from frontend/dist embedded)');
  const bin = buildBinary(tmp);
  process.env.GOVGRAPH_BIN = bin; // the harness's seed server uses this binary too

  const corpus = process.env.PERF_CORPUS ? resolve(process.env.PERF_CORPUS) : join(tmp, 'corpus');
  if (!process.env.PERF_CORPUS) {
    log(`generating ${DOCS} synthetic documents`);
    run(bin, ['synth', '--n', String(DOCS), '--out', corpus]);
  }
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt') && f !== 'large.txt')
    .sort()
    .map((f) => join(corpus, f));
  if (files.length !== DOCS) throw new Error(`${corpus} holds ${files.length} documents, expected ${DOCS}`);
  const data = join(tmp, 'data');
  log(`importing ${files.length} documents into ${data}`);
  const importT0 = performance.now();
  const imported = run(bin, ['import', '--quiet', '--data', data, ...files]).trim().split('\n').pop() ?? '';
  const importMs = performance.now() - importT0;

  log('starting the corpus server and the seed server');
  const full = await serveData(bin, data, DOCS);
  cleanups.push(full.stop);
  const seed = await startServer();
  cleanups.push(seed.stop);
  children.add(seed.proc);
  const health = (await (await fetch(`${full.url}/api/v1/health`)).json()) as { counts: Record<string, number> };

  // API response times, cold first (no answer cached yet), then warm.
  log('timing the API');
  const apiFull = await apiTimes(full.url);
  const net = (await (await fetch(viewURLs(full.url).network)).json()) as { nodes: unknown[]; links: { weight: number }[] };
  let minWeight = Number(process.env.PERF_MIN_WEIGHT ?? 0);
  if (!minWeight) {
    const weights = net.links.map((l) => l.weight).sort((a, b) => b - a);
    minWeight = weights.length > READABLE_LINKS ? weights[READABLE_LINKS] + 1 : 1;
  }
  const apiFiltered = await apiTimes(full.url, minWeight);
  const apiSeed = await apiTimes(seed.url);

  log(`launching ${CHROMIUM}`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  cleanups.push(() => browser.close());

  const scenarios: Scenario[] = [
    { name: `${DOCS} documents`, loads: [] },
    { name: `${DOCS} documents, min_weight=${minWeight}`, loads: [] },
    { name: 'seed document', loads: [] },
  ];
  const plan: [Scenario, string, string, boolean][] = [
    [scenarios[0], full.url, '#/network', true],
    [scenarios[1], full.url, `#/network?min_weight=${minWeight}`, true],
    [scenarios[2], seed.url, '#/network', true],
  ];
  for (const [scenario, base, hash, interact] of FIRST_CHART_ONLY ? [] : plan) {
    for (let i = 0; i < RUNS; i++) {
      const l = await measureLoad(browser, base, hash, interact);
      scenario.loads.push(l);
      log(
        `${scenario.name} #${i + 1}: first chart ${fmt(l.firstChartMs)} ms, chart answer at ${fmt(l.chartReq.end)} ms, network answer at ${fmt(l.networkReq.end)} ms, ` +
          `hover ${fmt(l.hoverMs ?? NaN)} ms, legend ${fmt(l.legendHideMs ?? NaN)}/${fmt(l.legendShowMs ?? NaN)} ms` +
          (l.errors.length ? `; page errors: ${l.errors.join('; ')}` : ''),
      );
    }
  }
  const views: { view: string; corpus: string; ms: number[] }[] = [];
  for (const [corpus, base] of [[`${DOCS} documents`, full.url], ['seed document', seed.url]] as const) {
    for (const view of FIRST_CHART_VIEWS) {
      const row = { view, corpus, ms: [] as number[] };
      for (let i = 0; i < RUNS; i++) {
        const l = await firstChart(browser, base, `#/${view}`);
        row.ms.push(l.ms);
        log(`${view}, ${corpus} #${i + 1}: first chart ${fmt(l.ms)} ms` + (l.errors.length ? `; page errors: ${l.errors.join('; ')}` : ''));
      }
      views.push(row);
    }
  }
  const version = browser.version();

  const cpus = os.cpus();
  const load1 = os.loadavg();
  console.log(`## Network view performance (${started.toISOString()})`);
  console.log();
  console.log(
    `Machine: ${cpus.length} × ${cpus[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}; ` +
      `Node ${process.version}; Chromium ${version} headless (${CHROMIUM}), 1440×900, a new browser context per run. ` +
      `Load average (1/5/15 min) ${load0.map((x) => x.toFixed(2)).join('/')} at the start, ${load1.map((x) => x.toFixed(2)).join('/')} at the end.`,
  );
  console.log();
  console.log(
    `Corpus: \`govgraph synth --n ${DOCS}\` (seed 1): ${health.counts.documents} documents, ${health.counts.tasks} tasks, ${health.counts.units} units; ` +
      `unit network ${net.nodes.length} nodes, ${net.links.length} links. Import into the embedded store: ${(importMs / 1000).toFixed(1)} s (${imported}). ` +
      `min_weight=${minWeight}: the smallest weight that leaves at most ${READABLE_LINKS} links.`,
  );
  console.log();
  console.log(`### API response times (Node fetch over loopback; warm: ${RUNS} sequential requests)`);
  console.log();
  console.log(
    apiTable([
      { scenario: `${DOCS} documents`, times: apiFull },
      { scenario: `${DOCS} documents, min_weight=${minWeight}`, times: apiFiltered },
      { scenario: 'seed document', times: apiSeed },
    ]),
  );
  console.log();
  if (!FIRST_CHART_ONLY) {
    console.log(`### Browser, ${RUNS} page loads per column (warm server)`);
    console.log();
    console.log(browserTable(scenarios));
  }
  console.log();
  console.log(`### Time to first chart per view, ${RUNS} first visits each (ms from navigation start, median (min–max))`);
  console.log();
  console.log(table(['view', `${DOCS} documents`, 'seed document'], FIRST_CHART_VIEWS.map((v) => [v, ...views.filter((r) => r.view === v).map((r) => stat(r.ms))])));
  const errors = scenarios.flatMap((s) => s.loads.flatMap((l) => l.errors));
  if (errors.length) console.log(`\nPage errors: ${[...new Set(errors)].join('; ')}`);
  console.log('\n<details><summary>raw</summary>\n\n```json\n' + JSON.stringify({ apiFull, apiFiltered, apiSeed, scenarios, views }) + '\n```\n</details>');
}

main()
  .catch((e) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exitCode = 1;
  })
  .finally(cleanup);
