// End-to-end: the jurisdiction scope on the seed and testdata/corpus (two
// districts, three years), uploaded through the API with the admin token.
// The bottleneck ranking unscoped tells repeated names apart; scoped by the
// picker in the filter bar it lists that district's units only.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ADMIN_TOKEN, chartSeries, repoRoot, screenshot, startBrowser, startServer, watchErrors, type Browser, type Server } from './harness';

let server: Server;
let browser: Browser;

const api = async <T>(path: string): Promise<T> => {
  const res = await fetch(`${server.url}/api/v1${path}`);
  assert.equal(res.status, 200, `GET ${path}: ${res.status} ${await res.clone().text()}`);
  return (await res.json()) as T;
};

async function uploadCorpus(): Promise<void> {
  const dir = join(repoRoot, 'testdata', 'corpus');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const body = new FormData();
    body.append('file', new Blob([readFileSync(join(dir, name))], { type: 'text/plain' }), name);
    const res = await fetch(`${server.url}/api/v1/documents`, { method: 'POST', body, headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
    assert.equal(res.status, 201, `upload ${name}: ${res.status} ${await res.clone().text()}`);
  }
}

async function open(hash: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/${hash}`);
  return { page, errors };
}

/** The unit names on the bottleneck chart's axis. */
const axisNames = (page: Page) =>
  page.evaluate(() => {
    const c = (window as unknown as { __govgraph: { charts: Record<string, { getOption(): { yAxis: { data: string[] }[] } }> } }).__govgraph.charts.bottleneck;
    return c.getOption().yAxis[0].data;
  });

const SHIZHONG = '济南市市中区';
const LIXIA = '济南市历下区';

before(async () => {
  server = await startServer();
  browser = await startBrowser();
  await uploadCorpus();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the jurisdiction scope', () => {
  it('opens each scoped view on the jurisdiction with most documents, says so, and offers 全部', async () => {
    for (const view of ['network', 'matrix', 'portfolio', 'sankey', 'bottleneck', 'ledger']) {
      const { page, errors } = await open(`#/${view}`);
      await page.waitForFunction((j) => decodeURIComponent(location.hash).includes(`jurisdiction=${j}`), LIXIA);
      await page.getByTestId('scope-default').waitFor();
      assert.match(await page.getByTestId('scope-default').innerText(), new RegExp(`默认显示文档最多的辖区（${LIXIA}，3 份）；选“全部”看所有辖区`), view);
      assert.equal(await page.getByTestId('filter-jurisdiction').inputValue(), LIXIA, view);
      if (view === 'network') {
        const s = await chartSeries(page, 'network');
        const ids = (s.data ?? []).map((n) => n.id ?? '');
        assert.ok(ids.length > 0 && ids.every((id) => id.startsWith(`unit:${LIXIA}/`)), `only ${LIXIA}'s units: ${ids.slice(0, 5).join(' ')}`);
        await screenshot(page, 'scope-00-network-default');
      }
      if (view === 'ledger') {
        await page.getByTestId('ledger-table').locator('tbody tr').first().waitFor();
        assert.match(await page.getByTestId('ledger-count').innerText(), /\d/);
      }
      assert.deepEqual(errors, [], view);
      await page.close();
    }
    // A document in the URL scopes by its own jurisdiction.
    const docs = await api<{ id: string; jurisdiction: string }[]>('/documents');
    const shizhong = docs.find((d) => d.jurisdiction === SHIZHONG)!;
    const { page, errors } = await open(`#/network?document=${shizhong.id}`);
    await page.waitForFunction((j) => decodeURIComponent(location.hash).includes(`jurisdiction=${j}`), SHIZHONG);
    await chartSeries(page, 'network');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('tells repeated names apart on the bottleneck ranking of 全部, and offers each jurisdiction', async () => {
    const { page, errors } = await open('#/bottleneck');
    await page.getByTestId('bottleneck-table').waitFor();
    await page.getByTestId('filter-jurisdiction').selectOption('*');
    await page.waitForFunction(() => decodeURIComponent(location.hash).includes('jurisdiction=*'));
    await page.getByTestId('scope-note').waitFor();
    await page.waitForFunction(() => (window.__govgraph.charts.bottleneck.getOption() as { yAxis: { data: string[] }[] }).yAxis[0].data.some((n) => n.includes('（')));
    const picker = page.getByTestId('filter-jurisdiction');
    assert.deepEqual(await picker.locator('option').allInnerTexts(), ['全部', `${LIXIA}（3 份）`, `${SHIZHONG}（1 份）`]);
    assert.match(await page.getByTestId('scope-note').innerText(), /所选范围含 2 个辖区/);

    const names = await axisNames(page);
    assert.equal(new Set(names).size, names.length, 'every bar has its own name');
    assert.ok(names.includes(`区商务局（${LIXIA}）`), `区商务局, found in both districts, named with its district: ${names.join(' ')}`);
    const rows = page.getByTestId('bottleneck-table').locator('tbody tr');
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const commerce = cells.filter((c) => c[1].startsWith('区商务局'));
    assert.deepEqual(commerce.map((c) => [c[1], c[2]]).sort(), [[`区商务局（${LIXIA}）`, LIXIA], [`区商务局（${SHIZHONG}）`, SHIZHONG]]);
    await screenshot(page, 'scope-01-bottleneck-unscoped');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('ranks only the picked jurisdiction’s units, kept in the URL', async () => {
    const { page, errors } = await open('#/bottleneck');
    await page.getByTestId('bottleneck-table').waitFor();
    await page.getByTestId('filter-jurisdiction').selectOption(SHIZHONG);
    await page.waitForFunction((j) => decodeURIComponent(location.hash).includes(`jurisdiction=${j}`), SHIZHONG);
    await page.waitForFunction(() => document.querySelector('[data-testid=scope-note]') === null && document.querySelectorAll('[data-testid=bottleneck-table] tbody tr').length > 0);
    const want = await api<{ units: { id: string; jurisdiction: string }[] }>(`/metrics/units?jurisdiction=${encodeURIComponent(SHIZHONG)}`);
    assert.ok(want.units.length > 0 && want.units.every((u) => u.jurisdiction === SHIZHONG));
    const links = await page.getByTestId('bottleneck-table').locator('tbody tr td:nth-child(2) a').evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href') ?? '')));
    assert.equal(links.length, want.units.length);
    for (const href of links) assert.match(href, new RegExp(`node=unit:${SHIZHONG}/`), href);
    const names = await axisNames(page);
    assert.ok(names.length > 0 && names.every((n) => !n.includes('（')), `bare names in one district: ${names.join(' ')}`);
    // The document picker offers that district's documents only.
    const docs = await page.getByTestId('filter-document').locator('option').allInnerTexts();
    assert.equal(docs.length, 2, `全部 and the one 市中区 document: ${docs.join(' | ')}`);
    await page.waitForTimeout(800); // the bars' animation, for the picture only
    await screenshot(page, 'scope-02-bottleneck-shizhong');

    // Reload: the scope is URL state.
    await page.reload();
    await page.getByTestId('bottleneck-table').waitFor();
    assert.equal(await page.getByTestId('filter-jurisdiction').inputValue(), SHIZHONG);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('draws the network of one jurisdiction and says when a jurisdiction is unknown', async () => {
    const { page, errors } = await open(`#/network?jurisdiction=${encodeURIComponent(SHIZHONG)}`);
    const s = await chartSeries(page, 'network');
    const ids = (s.data ?? []).map((n) => n.id ?? '');
    assert.ok(ids.length > 0 && ids.every((id) => id.startsWith(`unit:${SHIZHONG}/`)), ids.join(' '));
    await screenshot(page, 'scope-03-network-shizhong');
    await page.close();

    const other = await open('#/bottleneck?jurisdiction=不存在区');
    await other.page.getByText('没有辖区“不存在区”的文档。').waitFor();
    await screenshot(other.page, 'scope-04-unknown-jurisdiction');
    assert.deepEqual([...errors, ...other.errors], []);
    await other.page.close();
  });
});
