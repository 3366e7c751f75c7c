// Time to first chart of the 对比 (compare) and 趋势 (trends) views: the
// seed plus testdata/corpus uploaded through the API, headless Chromium
// 1440×900, a new browser context per load; prints a Markdown table of
// medians with min–max. Run with `npm run perf:corpus` (builds first).

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ADMIN_TOKEN, CHROMIUM, repoRoot, startServer } from './harness';

const LOADS = Number(process.env.LOADS ?? 7);

interface Load {
  firstChart: number;
  allCharts: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stat = (xs: number[]) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;

async function main(): Promise<void> {
  const server = await startServer();
  try {
    const dir = join(repoRoot, 'testdata', 'corpus');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const body = new FormData();
      body.append('file', new Blob([readFileSync(join(dir, name))]), name);
      const res = await fetch(`${server.url}/api/v1/documents`, { method: 'POST', body, headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
      if (res.status !== 201) throw new Error(`upload ${name}: ${res.status}`);
    }
    const docs = (await (await fetch(`${server.url}/api/v1/documents`)).json()) as { id: string; year: number; jurisdiction: string }[];
    const lixia = (y: number) => docs.find((d) => d.jurisdiction === '济南市历下区' && d.year === y)!.id;
    const scenarios: { name: string; hash: string; charts: string[] }[] = [
      { name: '对比 2024 → 2025 (default pair; 12 units)', hash: '#/compare', charts: ['compareFrom', 'compareTo', 'compareSlope'] },
      { name: '对比 2023 → 2024 (seed vs 2024; 61 units)', hash: `#/compare?from=${lixia(2023)}&to=${lixia(2024)}`, charts: ['compareFrom', 'compareTo', 'compareSlope'] },
      { name: '趋势 济南市历下区 (3 documents, default unit)', hash: '#/trends', charts: ['trendsCounts', 'trendsRatios', 'trendsUnit'] },
      // A reference measured in the same run: the network view of all four documents (docs/frontend.md#measurements has it on the seed).
      { name: '协同网络, for reference (4 documents, 75 units)', hash: '#/network', charts: ['network'] },
    ];
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
    const rows: string[] = [];
    for (const s of scenarios) {
      const loads: Load[] = [];
      for (let i = 0; i < LOADS + 1; i++) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
        const page = await context.newPage();
        await page.goto(`${server.url}/${s.hash}`);
        const allCharts = await page
          .waitForFunction((names) => names.every((n) => (window.__govgraph?.renders[n] ?? 0) > 0) && performance.now(), s.charts, { polling: 'raf', timeout: 30_000 })
          .then((h) => h.jsonValue() as Promise<number>);
        const firstChart = (await page.evaluate(() => window.__govgraph.firstChartMs)) ?? NaN;
        await context.close();
        if (i > 0) loads.push({ firstChart, allCharts }); // the first load warms the server's caches
      }
      rows.push(`| ${s.name} | ${stat(loads.map((l) => l.firstChart))} | ${stat(loads.map((l) => l.allCharts))} |`);
    }
    await browser.close();
    console.log(`\n${LOADS} loads per row (after one warm-up), ms from navigation, median (min–max)\n`);
    console.log('| view | time to first chart | all charts of the view drawn |');
    console.log('| --- | --- | --- |');
    for (const r of rows) console.log(r);
  } finally {
    await server.stop();
  }
}

void main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
