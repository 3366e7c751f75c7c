// E2E harness: builds the govgraph binary (with the UI just built into
// frontend/dist embedded), serves the seed on a free loopback port from an
// empty data dir, and drives Debian's Chromium with playwright-core.

import assert from 'node:assert/strict';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, rmSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const frontendDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(frontendDir, '..');
export const screenshotDir = join(frontendDir, 'e2e', 'screenshots');
export const ADMIN_TOKEN = 'test-token';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Server {
  url: string;
  proc: ChildProcess;
  log: () => string;
  stop: () => Promise<void>;
}

/**
 * Builds ./cmd/govgraph into a temp dir; the UI must be built first (npm run
 * build). GOVGRAPH_BIN names an already built binary instead.
 */
export function buildBinary(dir: string): string {
  if (process.env.GOVGRAPH_BIN) return resolve(process.env.GOVGRAPH_BIN);
  if (!existsSync(join(frontendDir, 'dist', 'index.html'))) {
    throw new Error('frontend/dist/index.html is missing: run `npm run build` first (npm run e2e does)');
  }
  const bin = join(dir, 'govgraph');
  execFileSync('go', ['build', '-o', bin, './cmd/govgraph'], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  return bin;
}

/**
 * adminToken: the server's GOVGRAPH_ADMIN_TOKEN (default ADMIN_TOKEN; '' makes a read-only server).
 * neo4jURI: serve from the Neo4j at that Bolt URI instead of the embedded store.
 */
export async function startServer(opts: { adminToken?: string; neo4jURI?: string } = {}): Promise<Server> {
  const tmp = mkdtempSync(join(tmpdir(), 'govgraph-e2e-'));
  const bin = buildBinary(tmp);
  const data = join(tmp, 'data');
  mkdirSync(data);
  // Port 0: the server picks a free port and logs its URL, so two servers
  // started at once can never meet on one port.
  let url = '';
  let output = '';
  // The seeds come from the serve command's default (seeds/ of the repo) unless GOVGRAPH_SEEDS names another directory.
  const seeds = process.env.GOVGRAPH_SEEDS ? ['--seeds', resolve(process.env.GOVGRAPH_SEEDS)] : [];
  const store = opts.neo4jURI ? ['--neo4j-uri', opts.neo4jURI] : [];
  const proc = spawn(bin, ['serve', '--addr', '127.0.0.1:0', '--data', data, ...seeds, ...store], {
    cwd: repoRoot,
    // The embedded store unless neo4jURI says otherwise, whatever NEO4J_URI
    // the calling shell has (make test exports it for the Go tests).
    env: { ...process.env, NEO4J_URI: '', GOVGRAPH_ADMIN_TOKEN: opts.adminToken ?? ADMIN_TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout?.on('data', (b: Buffer) => (output += b.toString()));
  proc.stderr?.on('data', (b: Buffer) => (output += b.toString()));
  const exited = new Promise<void>((ok) => proc.once('exit', () => ok()));
  const stop = async () => {
    if (proc.exitCode === null) {
      proc.kill('SIGTERM');
      await exited;
    }
    rmSync(tmp, { recursive: true, force: true });
  };
  // Wait for health: the seed import happens before the server listens.
  for (let i = 0; i < 600; i++) {
    if (proc.exitCode !== null) {
      await stop();
      throw new Error(`govgraph serve exited with ${proc.exitCode}:\n${output}`);
    }
    if (!url) {
      const m = output.match(/url=(http:\/\/127\.0\.0\.1:\d+)/);
      if (!m) {
        await new Promise((r) => setTimeout(r, 100));
        continue;
      }
      url = m[1];
    }
    let health: { counts?: { documents?: number } } | undefined;
    try {
      const res = await fetch(`${url}/api/v1/health`);
      if (res.ok) health = (await res.json()) as typeof health;
    } catch {
      // not listening yet
    }
    if (health) {
      if (!health.counts?.documents) {
        await stop();
        throw new Error(`govgraph serve loaded no seed document (its seed directory is seeds/ of the repo unless GOVGRAPH_SEEDS is set):\n${output}`);
      }
      return { url, proc, log: () => output, stop };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`govgraph serve did not become healthy:\n${output}`);
}

/**
 * startSeededServer serves the seed plus the documents `govgraph synth
 * synthArgs` writes (in dir, which the caller removes): a seeds folder with
 * the repository's tables and documents and the synthetic ones, passed to
 * the server as GOVGRAPH_SEEDS.
 */
export async function startSeededServer(dir: string, synthArgs: string[]): Promise<Server> {
  const synth = join(dir, 'synth');
  execFileSync(buildBinary(dir), ['synth', ...synthArgs, '--out', synth], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  const seeds = join(dir, 'seeds');
  mkdirSync(join(seeds, 'documents'), { recursive: true });
  for (const table of readdirSync(join(repoRoot, 'seeds')).filter((f) => f.endsWith('.tsv'))) copyFileSync(join(repoRoot, 'seeds', table), join(seeds, table));
  for (const f of readdirSync(join(repoRoot, 'seeds', 'documents'))) copyFileSync(join(repoRoot, 'seeds', 'documents', f), join(seeds, 'documents', f));
  for (const f of readdirSync(synth).filter((f) => f.endsWith('.txt'))) copyFileSync(join(synth, f), join(seeds, 'documents', f));
  const previous = process.env.GOVGRAPH_SEEDS;
  process.env.GOVGRAPH_SEEDS = seeds;
  try {
    return await startServer();
  } finally {
    if (previous === undefined) delete process.env.GOVGRAPH_SEEDS;
    else process.env.GOVGRAPH_SEEDS = previous;
  }
}

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

export async function startBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'govgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Every uncaught exception and unhandled promise rejection of any page, in
 * the order they happened; checkNoFailures (an afterEach of each test file)
 * fails the test during which one happened, whatever the test asserted.
 */
export const pageFailures: string[] = [];

/** Reports unhandled rejections to the console, where watchErrors and pageFailures see them. */
const REJECTION_PROBE = `window.addEventListener('unhandledrejection', (e) => {
  const r = e.reason;
  console.error('unhandledrejection: ' + (r && r.stack ? r.stack : String(r)));
});`;

/**
 * Collects page errors so that tests can assert the UI ran without any;
 * call before the page navigates (the rejection probe runs in every document).
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  void page.addInitScript(REJECTION_PROBE);
  page.on('pageerror', (e) => {
    errors.push(`pageerror: ${e.message}`);
    pageFailures.push(`pageerror: ${e.message}`);
  });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    errors.push(`console: ${m.text()}`);
    if (m.text().startsWith('unhandledrejection:')) pageFailures.push(m.text());
  });
  return errors;
}

/** For afterEach: fails when any page had an uncaught exception or unhandled rejection since the last check. */
export function checkNoFailures(): void {
  const failures = pageFailures.splice(0);
  if (failures.length) throw new Error(`uncaught errors in the page:\n${failures.join('\n')}`);
}

/** Console errors other than the browser's note on an HTTP error answer (which a hostile URL is meant to get). */
export function unexpectedErrors(errors: readonly string[]): string[] {
  return errors.filter((e) => !/^console: Failed to load resource: the server responded with a status of \d{3} /.test(e));
}

type Series = { type?: string; data?: { id?: string; name?: string; value?: unknown }[]; links?: unknown[]; nodes?: unknown[] };

/** Waits until chart `name` rendered an option with data, and returns its first series. */
export async function chartSeries(page: Page, name: string, timeout = 30_000): Promise<Series> {
  await page.waitForFunction(
    (n) => {
      const hook = (window as unknown as { __govgraph?: { charts: Record<string, { getOption(): { series?: { data?: unknown[]; links?: unknown[] }[] } | undefined }>; renders: Record<string, number> } }).__govgraph;
      const c = hook?.charts[n];
      const s = c?.getOption()?.series?.[0];
      return !!s && ((s.data?.length ?? 0) > 0 || (s.links?.length ?? 0) > 0) && (hook?.renders[n] ?? 0) > 0;
    },
    name,
    { timeout },
  );
  return page.evaluate((n) => {
    const c = (window as unknown as { __govgraph: { charts: Record<string, { getOption(): { series: unknown[] } }> } }).__govgraph.charts[n];
    return JSON.parse(JSON.stringify(c.getOption().series[0])) as Series;
  }, name);
}

/** The pixel centre of a graph node in page coordinates, once the layout stopped moving. */
export async function nodeCentre(page: Page, chart: string, match: { id?: string; name?: string }): Promise<{ x: number; y: number }> {
  let last = { x: NaN, y: NaN };
  for (let i = 0; i < 60; i++) {
    const p = await page.evaluate(
      ({ chart, match }) => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const c = (window as any).__govgraph.charts[chart];
        const data = c.getModel().getSeriesByIndex(0).getData();
        for (let k = 0; k < data.count(); k++) {
          const item = data.getRawDataItem(k) ?? {};
          if ((match.id && item.id === match.id) || (match.name && data.getName(k) === match.name)) {
            const el = data.getItemGraphicEl(k);
            const [x, y] = el.transformCoordToGlobal(0, 0);
            const box = c.getDom().getBoundingClientRect();
            return { x: box.left + x, y: box.top + y };
          }
        }
        return null;
      },
      { chart, match },
    );
    assert.ok(p, `node ${JSON.stringify(match)} not in chart ${chart}`);
    if (Math.abs(p.x - last.x) < 0.5 && Math.abs(p.y - last.y) < 0.5) return p;
    last = p;
    await page.waitForTimeout(250);
  }
  return last;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** GETs /api/v1{path} of the server at base, asserts a 200 answer and returns its JSON. */
export async function getJSON<T>(base: string, path: string): Promise<T> {
  const res = await fetch(`${base}/api/v1${path}`);
  assert.equal(res.status, 200, `GET ${path}: ${res.status} ${await res.clone().text()}`);
  return (await res.json()) as T;
}

/** Uploads the file rel (from the repo root) as an admin would (POST /documents, multipart); returns the document's id. */
export async function upload(base: string, rel: string): Promise<string> {
  const name = rel.split('/').pop()!;
  const body = new FormData();
  body.append('file', new Blob([readFileSync(join(repoRoot, rel))], { type: 'text/plain' }), name);
  const res = await fetch(`${base}/api/v1/documents`, { method: 'POST', body, headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
  assert.equal(res.status, 201, `upload ${name}: ${res.status} ${await res.clone().text()}`);
  return ((await res.json()) as { document: string }).document;
}

/** Uploads the documents of testdata/corpus in name order; returns their ids. */
export async function uploadCorpus(base: string): Promise<string[]> {
  const ids: string[] = [];
  for (const name of readdirSync(join(repoRoot, 'testdata', 'corpus')).filter((f) => f.endsWith('.txt')).sort()) {
    ids.push(await upload(base, `testdata/corpus/${name}`));
  }
  return ids;
}

/**
 * Opens the UI at base on hash in a new page of browser (at viewport when
 * given), watching its errors (watchErrors); requests lists the API paths it asked for, in order.
 */
export async function openPage(browser: Browser, base: string, hash: string, viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const errors = watchErrors(page);
  const requests: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/api/v1/')) requests.push(path.slice(path.indexOf('/api/v1/') + '/api/v1'.length));
  });
  await page.goto(`${base}/${hash}`);
  return { page, errors, requests };
}

/** A test file's seed server and browser (set once its before hook ran). */
export interface Session {
  server: Server;
  browser: Browser;
}

/**
 * Registers the hooks of a test file: the seed server and a browser started
 * before its tests and stopped after them, and afterEach(checkNoFailures),
 * so that no test passes while a page threw or left a rejection unhandled.
 * ready, when given, runs once both are up (a file's own setup).
 */
export function session(ready?: () => Promise<void>): Session {
  const s = {} as Session;
  before(async () => {
    s.server = await startServer();
    s.browser = await startBrowser();
    await ready?.();
  });
  after(async () => {
    await s.browser?.close();
    await s.server?.stop();
  });
  afterEach(checkNoFailures);
  return s;
}

/** A graph node's label as drawn: its box on the page (absent when hidden), the node's degree in the series. */
export interface DrawnLabel {
  name: string;
  degree: number;
  symbolSize: number;
  box?: { x: number; y: number; w: number; h: number };
}

/**
 * The labels of chart's first (graph) series as ECharts drew them: each
 * node's label element (hidden when ECharts' label layout hid it or the
 * node has none), its bounding box after the roam transform, and the node's
 * degree counted from the series' edges.
 */
export async function drawnLabels(page: Page, chart: string): Promise<DrawnLabel[]> {
  return page.evaluate((chart) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const c = (window as any).__govgraph.charts[chart];
    const series = c.getModel().getSeriesByIndex(0);
    const data = series.getData();
    const degree = new Array(data.count()).fill(0);
    const edges = series.getEdgeData?.();
    if (edges) {
      const graph = series.getGraph();
      graph.eachEdge((e: { node1: { dataIndex: number }; node2: { dataIndex: number } }) => {
        degree[e.node1.dataIndex]++;
        degree[e.node2.dataIndex]++;
      });
    }
    const out: DrawnLabel[] = [];
    for (let k = 0; k < data.count(); k++) {
      const el = data.getItemGraphicEl(k);
      const symbolSize = Number(data.getItemVisual(k, 'symbolSize')) || 0;
      const host = el?.childAt ? el.childAt(0) : el;
      const text = host?.getTextContent?.();
      const item: DrawnLabel = { name: data.getName(k), degree: degree[k], symbolSize };
      if (text && !text.ignore && !text.invisible && text.style?.text && !el.ignore) {
        const r = text.getBoundingRect().clone();
        r.applyTransform(text.getComputedTransform());
        item.box = { x: r.x, y: r.y, w: r.width, h: r.height };
      }
      out.push(item);
    }
    return out;
  }, chart);
}

/** Pairs of drawn labels whose boxes overlap by more than share of the smaller box's area. */
export function overlappingLabels(labels: readonly DrawnLabel[], share: number): string[] {
  const shown = labels.filter((l) => l.box && l.box.w > 0 && l.box.h > 0);
  const out: string[] = [];
  for (let i = 0; i < shown.length; i++) {
    for (let j = i + 1; j < shown.length; j++) {
      const a = shown[i].box!;
      const b = shown[j].box!;
      const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (w > 0 && h > 0 && w * h > share * Math.min(a.w * a.h, b.w * b.h)) out.push(`${shown[i].name} × ${shown[j].name} (${Math.round(w)}×${Math.round(h)} px)`);
    }
  }
  return out;
}
