// Performance measurement, not a test: time to first chart of every view
// with a chart, on the seed, in headless Chromium (a new browser context per
// load). Prints a Markdown table of medians with min–max.
//
//   cd frontend && npm run perf:views     (builds the UI first)
//
// Knobs: PERF_RUNS (5), GOVGRAPH_SEEDS (another seed directory, e.g. a
// synthetic corpus), GOVGRAPH_BIN, CHROMIUM_PATH (see harness.ts).

import os from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM, startServer, watchErrors } from './harness';

const RUNS = Number(process.env.PERF_RUNS ?? 5);

/** The views with a chart, as a user arrives at them (their defaults). */
const VIEWS: [string, string][] = [
  ['协同网络 network', '#/network'],
  ['协同矩阵 matrix', '#/matrix'],
  ['领导分工 portfolio', '#/portfolio'],
  ['责任流 sankey', '#/sankey'],
  ['瓶颈分析 bottleneck', '#/bottleneck'],
  ['结构 structure', '#/structure'],
  ['探索 explore (one unit expanded)', `#/explore?nodes=${encodeURIComponent('unit:济南市历下区/区发展和改革局')}`],
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(): Promise<void> {
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  const started = new Date();
  const load = os.loadavg()[0];
  const rows: string[] = [];
  try {
    for (const [name, hash] of VIEWS) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto(`${server.url}/${hash}`);
        await page.waitForFunction(() => window.__govgraph?.firstChartMs !== undefined, undefined, { timeout: 60_000 });
        times.push(await page.evaluate(() => window.__govgraph.firstChartMs!));
        if (errors.length) throw new Error(`${name}: ${errors.join('; ')}`);
        await context.close();
      }
      rows.push(`| ${name} | \`${decodeURIComponent(hash)}\` | **${median(times).toFixed(0)}** (${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)}) |`);
      console.error(`[viewperf] ${name}: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(`## Time to first chart per view (${started.toISOString()}, ${RUNS} loads each, load average ${load.toFixed(1)} at start, ${os.loadavg()[0].toFixed(1)} at end)\n`);
  console.log('| view | URL | ms from navigation, median (min–max) |\n| --- | --- | --- |');
  for (const r of rows) console.log(r);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
