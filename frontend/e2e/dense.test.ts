// End-to-end on the 50-document corpus (the seed and `govgraph synth --n
// 50`: eleven districts, as e2e/viewperf.ts builds it): the labels of the
// network views in their dense cores, read back from the ECharts instance
// (no two drawn labels overlap, the units of highest degree keep theirs),
// and the documents view asking for its table once.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { chartSeries, checkNoFailures, drawnLabels, getJSON, openPage, overlappingLabels, screenshot, startBrowser, startSeededServer, unexpectedErrors, upload, type Browser, type DrawnLabel, type Server } from './harness';

/** Two drawn labels may touch: they may not share more than this part of the smaller one's box. */
const OVERLAP_SHARE = 0.05;
/** This many units of highest degree keep their labels in every view checked. */
const TOP_LABELLED = 3;

let server: Server;
let browser: Browser;
let dir = '';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'govgraph-dense-'));
  server = await startSeededServer(dir, ['--n', '50']);
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

afterEach(checkNoFailures);

const open = (hash: string) => openPage(browser, server.url, hash);
const q = encodeURIComponent;

/** The drawn labels once two readings a quarter second apart agree (a force layout has settled). */
async function settledLabels(page: Page, chart: string): Promise<DrawnLabel[]> {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const labels = await drawnLabels(page, chart);
    const key = JSON.stringify(labels.map((l) => l.box && [Math.round(l.box.x), Math.round(l.box.y)]));
    if (key === last) return labels;
    last = key;
    await page.waitForTimeout(250);
  }
  return drawnLabels(page, chart);
}

/**
 * Asserts what a reader of a dense core needs: no label lies over another,
 * and the nodes ranked first keep their names — by degree where the nodes
 * are sized by degree (size=degree), else by the size drawn.
 */
function checkLabels(where: string, labels: DrawnLabel[], rank: 'degree' | 'size', among: (l: DrawnLabel) => boolean = () => true): void {
  const shown = labels.filter((l) => l.box);
  assert.ok(shown.length > 0, `${where}: no label drawn`);
  assert.deepEqual(overlappingLabels(labels, OVERLAP_SHARE), [], `${where}: labels overlap`);
  const key = (l: DrawnLabel) => (rank === 'degree' ? l.degree : l.symbolSize);
  const top = labels.filter(among).sort((a, b) => key(b) - key(a)).slice(0, TOP_LABELLED);
  assert.deepEqual(top.filter((l) => !l.box).map((l) => `${l.name} (degree ${l.degree}, size ${l.symbolSize})`), [], `${where}: nodes ranked first by ${rank} without a label`);
}

describe('labels in dense cores', () => {
  it('the network of the opening district and of all districts', async () => {
    for (const [hash, shot] of [
      ['#/network', 'dense-network'],
      ['#/network?size=degree', 'dense-network-degree'],
      ['#/network?jurisdiction=*', 'dense-network-all'],
      ['#/network?jurisdiction=*&size=degree', 'dense-network-all-degree'],
    ] as const) {
      const { page, errors } = await open(hash);
      await chartSeries(page, 'network');
      if (hash.includes('size=degree')) await page.waitForFunction(() => (window.__govgraph.renders.network ?? 0) >= 1 && !document.querySelector('[data-testid=loading]'));
      const labels = await settledLabels(page, 'network');
      await screenshot(page, shot);
      checkLabels(hash, labels, hash.includes('size=degree') ? 'degree' : 'size');
      assert.deepEqual(unexpectedErrors(errors), []);
      await page.close();
    }
  });

  it('the explore view with four hubs of one district expanded', async () => {
    const J = '潍坊市奎文区';
    const hubs = ['区发展和改革局', '区财政局', '区住房和城市建设局', '区工业和信息化局'].map((n) => `unit:${J}/${n}`);
    const known = await getJSON<{ name: string }[]>(server.url, `/units?jurisdiction=${q(J)}`);
    for (const h of hubs) assert.ok(known.some((u) => `unit:${J}/${u.name}` === h), `${h} is not in the corpus`);
    const { page, errors } = await open(`#/explore?nodes=${hubs.map(q).join(',')}`);
    await chartSeries(page, 'explore');
    const labels = await settledLabels(page, 'explore');
    await screenshot(page, 'dense-explore');
    // Ranked among the units and leaders (task nodes are drawn small and named on hover).
    checkLabels('explore', labels, 'degree', (l) => l.symbolSize >= 16);
    assert.deepEqual(unexpectedErrors(errors), []);
    await page.close();
  });

  it("a leader's portfolio", async () => {
    const { page, errors } = await open('#/portfolio');
    await chartSeries(page, 'portfolio');
    const labels = await settledLabels(page, 'portfolio');
    await screenshot(page, 'dense-portfolio');
    checkLabels('portfolio', labels, 'size');
    assert.deepEqual(unexpectedErrors(errors), []);
    await page.close();
  });
});

describe('the documents view', () => {
  it('asks for the list once, not for a quality report per row', async () => {
    // The synthetic documents number no items: one that does (4 numbered rows, all assigned).
    const numbered = await upload(server.url, 'testdata/notes/2024-jinan-huaiyin-measures.md');
    const docs = await getJSON<{ id: string }[]>(server.url, '/documents');
    assert.ok(docs.length >= 50, `${docs.length} documents`);
    const { page, errors, requests } = await open('#/documents');
    const rows = page.getByTestId('documents-table').locator('tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), docs.length);
    await page.waitForLoadState('networkidle');
    const coverage = await page.getByTestId('document-coverage').allInnerTexts();
    assert.equal(coverage.length, docs.length);
    assert.deepEqual(coverage.filter((c) => !/^(\d+\/\d+ \(\d+%\)|–)$/.test(c)), [], 'every row has its coverage, or – without numbered items');
    // The listing's coverage is the quality report's (asked for here, not by the page).
    for (const [i, d] of docs.entries()) {
      if (i >= 3 && d.id !== numbered) continue;
      const { coverage: c } = await getJSON<{ coverage: { items: number; annotated: number } }>(server.url, `/documents/${q(d.id)}/quality`);
      assert.equal(coverage[i], c.items ? `${c.annotated}/${c.items} (${Math.round((100 * c.annotated) / c.items)}%)` : '–', d.id);
    }
    assert.ok(coverage.includes('4/4 (100%)'), `the numbered document's coverage: ${coverage.join(' ')}`);
    assert.deepEqual([...requests].sort(), ['/capabilities', '/documents'], `requests: ${requests.join(' ')}`);
    await screenshot(page, 'dense-documents');
    assert.deepEqual(unexpectedErrors(errors), []);
    await page.close();
  });
});
