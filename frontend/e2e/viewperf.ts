// Performance measurement, not a test: time to first chart of every view, on
// the seed and on synthetic corpora, cold: a new server process (empty
// response cache) and a new browser context for every load. With
// GOVGRAPH_BIN_BEFORE it measures two binaries side by side, alternating
// load by load so that both meet the same machine load. Prints Markdown
// tables of medians with min–max and where the time went.
//
//   cd frontend && npm run perf:views                      (builds the UI first)
//   GOVGRAPH_BIN_BEFORE=/tmp/govgraph-old node --import tsx e2e/viewperf.ts
//
// Knobs: PERF_CORPORA ("seed,50,1000": the seed alone, and `govgraph synth
// --n N` documents imported with the seed, so 10 synthetic districts plus
// 历下区), PERF_RUNS (5), PERF_RUNS_LARGE (3, for corpora over 100
// documents, whose server takes seconds to open), PERF_VIEWS (names, comma
// separated), PERF_WORK (a directory that keeps the corpora and data dirs
// between runs), GOVGRAPH_BIN, GOVGRAPH_BIN_BEFORE, CHROMIUM_PATH.
//
// "First chart" is window.__govgraph.firstChartMs (the first 'finished' of a
// chart with data); views without a chart are timed at their first content
// (a table row, the console's note), read with requestAnimationFrame polling.

import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { buildBinary, CHROMIUM, repoRoot, watchErrors } from './harness';

const RUNS = Number(process.env.PERF_RUNS ?? 5);
const RUNS_LARGE = Number(process.env.PERF_RUNS_LARGE ?? 3);
const CORPORA = (process.env.PERF_CORPORA ?? 'seed,50,1000').split(',').map((s) => s.trim());
const ONLY = process.env.PERF_VIEWS ? new Set(process.env.PERF_VIEWS.split(',')) : undefined;

const LIXIA_DRC = encodeURIComponent('unit:济南市历下区/区发展和改革局');

/** Every view as a user arrives at it (its defaults), and what shows it is ready. */
const VIEWS: { name: string; hash: string; ready: string }[] = [
  { name: 'network', hash: '#/network', ready: 'chart' },
  { name: 'matrix', hash: '#/matrix', ready: 'chart' },
  { name: 'portfolio', hash: '#/portfolio', ready: 'chart' },
  { name: 'sankey', hash: '#/sankey', ready: 'chart' },
  { name: 'bottleneck', hash: '#/bottleneck', ready: 'chart' },
  { name: 'compare', hash: '#/compare', ready: 'chart' },
  { name: 'trends', hash: '#/trends', ready: 'chart' },
  { name: 'structure', hash: '#/structure', ready: 'chart' },
  { name: 'explore', hash: `#/explore?nodes=${LIXIA_DRC}`, ready: 'chart' },
  { name: 'ledger', hash: '#/ledger', ready: '[data-testid=ledger-table] tbody tr' },
  { name: 'documents', hash: '#/documents', ready: '[data-testid=document-link]' },
  { name: 'quality', hash: '#/quality', ready: '[data-testid=quality-coverage], [data-testid=quality-queue] table, [data-testid=quality-queue] [data-testid=empty]' },
  { name: 'cypher', hash: '#/cypher', ready: '[data-testid=cypher-needs-neo4j], [data-testid=cypher-results] table' },
];

interface Load {
  first: number;
  /** chart, content (a view without a chart) or empty (nothing to draw). */
  how: string;
  /** startTime of the first API request (the app's code loaded and run). */
  apiStart: number;
  /** responseEnd of the last API answer that arrived before the first chart. */
  apiDone: number;
  /** The slowest API answer's time to first byte: the server's work on a loopback. */
  slowestTTFB: number;
  slowestPath: string;
  apiBytes: number;
  requests: number;
  /** The server's CPU milliseconds from navigation to the first chart (its cold answers). */
  serverCPU: number;
  /** Main-thread long tasks before the first chart, summed. */
  longTasks: number;
  scriptsDone: number;
}

const log = (msg: string) => console.error(`[viewperf ${new Date().toISOString().slice(11, 19)}] ${msg}`);

const median = (xs: number[]) => {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '–');
const stat = (xs: number[]) => `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;

function run(bin: string, args: string[]): string {
  return execFileSync(bin, args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
}

/** A data dir holding the seed and, for n > 0, n synthetic documents (imported once, kept under work). */
function dataDir(bin: string, work: string, corpus: string): string {
  const data = join(work, `data-${corpus}`);
  if (existsSync(join(data, '.complete'))) return data;
  rmSync(data, { recursive: true, force: true });
  const seeds = readdirSync(join(repoRoot, 'seeds', 'documents')).filter((f) => f.endsWith('.txt')).map((f) => join(repoRoot, 'seeds', 'documents', f));
  const files = [...seeds];
  if (corpus !== 'seed') {
    const out = join(work, `corpus-${corpus}`);
    rmSync(out, { recursive: true, force: true });
    log(`synth --n ${corpus}`);
    run(bin, ['synth', '--n', corpus, '--out', out]);
    files.push(...readdirSync(out).filter((f) => f.endsWith('.txt') && f !== 'large.txt').sort().map((f) => join(out, f)));
  }
  log(`importing ${files.length} documents`);
  log(run(bin, ['import', '--quiet', '--data', data, ...files]).trim().split('\n').pop() ?? '');
  execFileSync('touch', [join(data, '.complete')]);
  return data;
}

/** Serves data (a copy of its own, so that two binaries never share files) until stop. */
/** CPU milliseconds (user + system) a process has used, from /proc (Linux; NaN elsewhere). */
function cpuMs(pid: number | undefined): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return NaN;
  }
}

async function serve(bin: string, data: string): Promise<{ url: string; cpu: () => number; stop: () => Promise<void> }> {
  let output = '';
  const proc = spawn(bin, ['serve', '--addr', '127.0.0.1:0', '--data', data], { cwd: repoRoot, env: { ...process.env, NEO4J_URI: '', GOVGRAPH_ADMIN_TOKEN: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
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
  while (performance.now() - t0 < 300_000) {
    if (proc.exitCode !== null) throw new Error(`govgraph serve exited with ${proc.exitCode}:\n${output}`);
    const m = output.match(/url=(http:\/\/127\.0\.0\.1:\d+)/);
    if (m) {
      try {
        if ((await fetch(`${m[1]}/api/v1/health`)).ok) return { url: m[1], cpu: () => cpuMs(proc.pid), stop };
      } catch {
        // not listening yet
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await stop();
  throw new Error(`govgraph serve did not become healthy:\n${output}`);
}

const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });`;

async function measure(browser: Browser, base: string, view: (typeof VIEWS)[number], serverCPU: () => number): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.addInitScript(LONG_TASKS);
    const cpu0 = serverCPU();
    await page.goto(`${base}/${view.hash}`);
    // A view with nothing to draw (compare on one document) ends at its empty state.
    const { first, how } = await page
      .waitForFunction(
        (sel) => {
          const g = window.__govgraph;
          if (sel === 'chart' && g?.firstChartMs) return { first: g.firstChartMs, how: 'chart' };
          if (sel !== 'chart' && document.querySelector(sel)) return { first: performance.now(), how: 'content' };
          if (document.querySelector('[data-testid=empty]')) return { first: performance.now(), how: 'empty' };
          if (document.querySelector('[data-testid=error]')) return { first: performance.now(), how: 'error' };
          return false;
        },
        view.ready,
        { polling: 'raf', timeout: 120_000 },
      )
      .then((h) => h.jsonValue() as Promise<{ first: number; how: string }>);
    const timing = await page.evaluate((until) => {
      const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const apis = res.filter((r) => r.name.includes('/api/v1/') && r.responseEnd <= until);
      const slowest = apis.reduce<PerformanceResourceTiming | undefined>((a, r) => (!a || r.responseStart - r.requestStart > a.responseStart - a.requestStart ? r : a), undefined);
      const lt = ((window as unknown as { __longTasks: [number, number][] }).__longTasks ?? []).filter(([s]) => s < until);
      return {
        apiStart: Math.min(until, ...apis.map((r) => r.startTime)),
        apiDone: Math.max(0, ...apis.map((r) => r.responseEnd)),
        slowestTTFB: slowest ? slowest.responseStart - slowest.requestStart : 0,
        slowestPath: slowest ? new URL(slowest.name).pathname.replace(/^.*\/api\/v1/, '') : '',
        apiBytes: apis.reduce((s, r) => s + r.decodedBodySize, 0),
        requests: apis.length,
        longTasks: lt.reduce((s, [, d]) => s + d, 0),
        scriptsDone: Math.max(0, ...res.filter((r) => r.name.endsWith('.js')).map((r) => r.responseEnd)),
      };
    }, first);
    const cpu = serverCPU() - cpu0;
    if (how === 'error') errors.push(`error state: ${await page.getByTestId('error').innerText()}`);
    const bad = errors.filter((e) => !/status of 50[01] /.test(e)); // the console's 501 on the embedded store is its answer
    if (bad.length) throw new Error(`${view.name}: ${bad.join('; ')}`);
    return { first, how, serverCPU: cpu, ...timing };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const started = new Date();
  const load0 = os.loadavg();
  const cpu0 = process.cpuUsage();
  const work = process.env.PERF_WORK ? resolve(process.env.PERF_WORK) : mkdtempSync(join(os.tmpdir(), 'govgraph-viewperf-'));
  mkdirSync(work, { recursive: true });
  const bins: [string, string][] = [];
  if (process.env.GOVGRAPH_BIN_BEFORE) bins.push(['before', resolve(process.env.GOVGRAPH_BIN_BEFORE)]);
  bins.push([bins.length ? 'after' : 'this tree', buildBinary(work)]);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  const results: { corpus: string; view: string; hash: string; bin: string; loads: Load[] }[] = [];
  const sizes: Record<string, string> = {};
  try {
    for (const corpus of CORPORA) {
      const data = dataDir(bins[bins.length - 1][1], work, corpus);
      // One copy per binary: a server may write to its data dir.
      const copies = bins.map(([label]) => {
        const dir = join(work, `serve-${corpus}-${label.replace(/\W/g, '')}`);
        rmSync(dir, { recursive: true, force: true });
        cpSync(data, dir, { recursive: true });
        return dir;
      });
      const runs = corpus !== 'seed' && Number(corpus) > 100 ? RUNS_LARGE : RUNS;
      {
        const s = await serve(bins[bins.length - 1][1], copies[copies.length - 1]);
        const h = (await (await fetch(`${s.url}/api/v1/health`)).json()) as { counts: Record<string, number> };
        const docs = (await (await fetch(`${s.url}/api/v1/documents`)).json()) as { jurisdiction: string }[];
        sizes[corpus] = `${h.counts.documents} documents, ${new Set(docs.map((d) => d.jurisdiction)).size} jurisdictions, ${h.counts.tasks} tasks, ${h.counts.units} units`;
        await s.stop();
      }
      for (const view of VIEWS.filter((v) => !ONLY || ONLY.has(v.name))) {
        const rows = bins.map(([label]) => ({ corpus, view: view.name, hash: view.hash, bin: label, loads: [] as Load[] }));
        for (let i = 0; i < runs; i++) {
          for (let b = 0; b < bins.length; b++) {
            const s = await serve(bins[b][1], copies[b]);
            try {
              const l = await measure(browser, s.url, view, s.cpu);
              rows[b].loads.push(l);
              log(`${corpus} ${view.name} ${bins[b][0]} #${i + 1}: ${fmt(l.first)} ms (API done ${fmt(l.apiDone)}, slowest ${l.slowestPath} ${fmt(l.slowestTTFB)} ms, ${(l.apiBytes / 1024).toFixed(0)} KB, server CPU ${fmt(l.serverCPU)} ms)`);
            } finally {
              await s.stop();
            }
          }
        }
        results.push(...rows);
      }
    }
  } finally {
    await browser.close();
    if (!process.env.PERF_WORK) rmSync(work, { recursive: true, force: true });
  }
  const cpu = process.cpuUsage(cpu0);
  const cpus = os.cpus();
  console.log(`## Time to first chart of every view, cold (${started.toISOString()} – ${new Date().toISOString()})\n`);
  console.log(
    `Machine: ${cpus.length} × ${cpus[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Chromium ${browser.version()} headless, 1440×900; ` +
      `a new server process and browser context per load. Load average (1/5/15) ${load0.map((x) => x.toFixed(1)).join('/')} at the start, ${os.loadavg().map((x) => x.toFixed(1)).join('/')} at the end; ` +
      `this script's own CPU ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s.\n`,
  );
  for (const corpus of CORPORA) {
    const rs = results.filter((r) => r.corpus === corpus);
    if (!rs.length) continue;
    console.log(`### ${corpus === 'seed' ? 'Seed' : `${corpus}-document corpus`} (${sizes[corpus]}; ${rs[0].loads.length} loads per cell)\n`);
    const labels = bins.map(([l]) => l);
    console.log(`| view | ${labels.map((l) => `first chart, ${l}`).join(' | ')}${labels.length > 1 ? ' | ratio' : ''} | first API request (${labels.at(-1)}) | API answered | slowest answer, server (${labels.at(-1)}) | server CPU | JSON | after the data |`);
    console.log(`| --- | ${labels.map(() => '---').join(' | ')}${labels.length > 1 ? ' | ---' : ''} | --- | --- | --- | --- | --- | --- |`);
    for (const view of [...new Set(rs.map((r) => r.view))]) {
      const cells = labels.map((l) => rs.find((r) => r.view === view && r.bin === l)!);
      const last = cells[cells.length - 1].loads;
      const ratio = labels.length > 1 ? ` | ${(median(last.map((l) => l.first)) / median(cells[0].loads.map((l) => l.first))).toFixed(2)}` : '';
      const slowest = [...new Set(last.map((l) => l.slowestPath))].join(', ');
      const empty = last.some((l) => l.how === 'empty') ? ' (empty state)' : '';
      console.log(
        `| ${view}${empty} | ${cells.map((c) => stat(c.loads.map((l) => l.first))).join(' | ')}${ratio} | ${fmt(median(last.map((l) => l.apiStart)))} | ${fmt(median(last.map((l) => l.apiDone)))} | ${fmt(median(last.map((l) => l.slowestTTFB)))} \`${slowest}\` | ${labels.map((l) => fmt(median(rs.find((r) => r.view === view && r.bin === l)!.loads.map((x) => x.serverCPU)))).join(' / ')} | ${(median(last.map((l) => l.apiBytes)) / 1024).toFixed(0)} KB in ${median(last.map((l) => l.requests))} | ${fmt(median(last.map((l) => l.first - l.apiDone)))} (long tasks ${fmt(median(last.map((l) => l.longTasks)))}) |`,
      );
    }
    console.log();
  }
  console.log('<details><summary>raw</summary>\n\n```json\n' + JSON.stringify(results) + '\n```\n</details>');
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 1;
});
