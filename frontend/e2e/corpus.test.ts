// End-to-end: the 对比 (compare) and 趋势 (trends) views on a corpus. The
// server starts with the seed (历下区 2023) alone — the views' empty states —
// and the three documents of testdata/corpus (历下区 2024 and 2025, 市中区
// 2024) are then uploaded through the API with the admin token.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { chartSeries, getJSON, openPage, screenshot, session, uploadCorpus } from './harness';

const e2e = session();

const api = <T>(path: string): Promise<T> => getJSON<T>(e2e.server.url, path);

const open = (hash: string) => openPage(e2e.browser, e2e.server.url, hash);

const hashOf = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));

type Doc = { id: string; year: number; jurisdiction: string };

describe('with the seed alone', () => {
  it('says that comparing needs a second document, and how to add one', async () => {
    const { page, errors } = await open('#/compare');
    const empty = page.getByTestId('empty');
    await empty.waitFor();
    assert.match(await empty.innerText(), /至少两份文档，目前有 1 份/);
    assert.equal(await page.getByTestId('empty-documents').getAttribute('href'), '#/documents');
    await page.getByTestId('lang-toggle').click();
    await page.getByText('Comparing needs at least two documents; there are 1.').waitFor();
    await screenshot(page, 'corpus-01-compare-empty');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('draws the trend of the one document and says a second year is needed', async () => {
    const { page, errors } = await open('#/trends');
    await page.getByTestId('trends-single').waitFor();
    const counts = await chartSeries(page, 'trendsCounts');
    assert.deepEqual(counts.data, [144]);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('on the three-document corpus', () => {
  let docs: Doc[];
  const lixia = (year: number) => docs.find((d) => d.jurisdiction === '济南市历下区' && d.year === year)!;
  const shizhong = () => docs.find((d) => d.jurisdiction === '济南市市中区')!;

  before(async () => {
    await uploadCorpus(e2e.server.url);
    docs = await api<Doc[]>('/documents');
    assert.equal(docs.length, 4);
  });

  it('compares the two latest 历下区 documents over one layout', async () => {
    const { page, errors } = await open('#/compare');
    const from = await chartSeries(page, 'compareFrom');
    const to = await chartSeries(page, 'compareTo');
    const firstChartMs = await page.evaluate(() => window.__govgraph.firstChartMs);
    console.log(`time to first chart (compare view, corpus): ${firstChartMs?.toFixed(0)} ms`);
    assert.match(await hashOf(page), new RegExp(`from=${lixia(2024).id}.*to=${lixia(2025).id}`), 'defaults: the two latest of the jurisdiction with most documents');

    // The same units at the same places on both sides.
    type N = { id: string; x: number; y: number; change: string };
    const pos = (s: typeof from) => Object.fromEntries((s.data as unknown as N[]).map((n) => [n.id, [n.x, n.y, n.change]]));
    const pf = pos(from);
    const pt = pos(to);
    assert.deepEqual(Object.keys(pf).sort(), Object.keys(pt).sort());
    for (const k of Object.keys(pf)) assert.deepEqual(pf[k].slice(0, 2), pt[k].slice(0, 2), `${k} at one place`);
    // Names as of 2025: the merged bureau, the split successors; 统计局 only in 2024, 城市管理局 only in 2025.
    for (const name of ['区科技和工业信息化局', '区教育局', '区体育局']) assert.equal(pt[name]?.[2], 'same', name);
    assert.ok(!('区科学技术局' in pt), 'the merged 区科学技术局 is drawn as 区科技和工业信息化局');
    assert.equal(pf['区统计局'][2], 'removed');
    assert.equal(pt['区统计局'][2], 'absent');
    assert.equal(pt['区城市管理局'][2], 'added');
    assert.equal(pf['区城市管理局'][2], 'absent');

    // Tie colours and the changed tie's weights.
    type L = { source: string; target: string; change: string; lineStyle: { color: string }; label?: { formatter?: string } };
    const tie = (s: typeof from, a: string, b: string) => (s.links as unknown as L[]).find((l) => (l.source === a && l.target === b) || (l.source === b && l.target === a));
    assert.equal(tie(to, '区住房和城市建设局', '区城市管理局')?.lineStyle.color, '#16a34a');
    assert.equal(tie(from, '区发展和改革局', '区统计局')?.lineStyle.color, '#dc2626');
    assert.equal(tie(to, '区发展和改革局', '区统计局'), undefined);
    assert.equal(tie(to, '区发展和改革局', '区科技和工业信息化局')?.label?.formatter, '1→2');
    assert.equal(tie(from, '区发展和改革局', '区科技和工业信息化局')?.label?.formatter, '1→2');

    // The lists, the slope chart and the indicators, as the API has them.
    const cmp = await api<{ ties: { added: unknown[]; removed: unknown[]; changed: unknown[] }; ranks: { metric: string }[]; indicators: { from: { ties: number }; to: { ties: number } } }>(`/compare?from=${lixia(2024).id}&to=${lixia(2025).id}`);
    const rows = page.getByTestId('tie-row');
    assert.equal(await rows.count(), cmp.ties.added.length + cmp.ties.removed.length + cmp.ties.changed.length);
    const slope = await chartSeries(page, 'compareSlope');
    assert.ok(slope.data?.length === 2);
    const slopeLines = await page.evaluate(() => (window.__govgraph.charts.compareSlope.getOption() as { series: unknown[] }).series.length);
    assert.equal(slopeLines, cmp.ranks.filter((r) => r.metric === 'bottleneck').length);
    const indicators = await page.getByTestId('compare-indicators').innerText();
    assert.match(indicators, new RegExp(`协同关系数\\s+${cmp.indicators.from.ties}\\s+${cmp.indicators.to.ties}\\s+-1`));
    const lineage = await page.getByTestId('compare-lineage').innerText();
    assert.match(lineage, /合并 区工业和信息化局、区科学技术局 → 区科技和工业信息化局/);
    assert.match(lineage, /拆分 区教育和体育局 → 区教育局、区体育局/);
    await screenshot(page, 'corpus-02-compare');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('opens a changed tie, clicked in the chart, with its tasks on both sides', async () => {
    const { page, errors } = await open(`#/compare?from=${lixia(2024).id}&to=${lixia(2025).id}`);
    await chartSeries(page, 'compareTo');
    // A point on the changed tie (a third of the way, off its label) that ECharts' hit test gives to that edge.
    const at = await page.evaluate(() => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const c = (window as any).__govgraph.charts.compareTo;
      const graph = c.getModel().getSeriesByIndex(0).getGraph();
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const e = graph.edges.find((x: any) => x.getModel().get('change') === 'changed');
      const line = e.getGraphicEl().childOfName('line');
      const { x1, y1, x2, y2 } = line.shape;
      const [x, y] = line.transformCoordToGlobal(x1 + (x2 - x1) / 3, y1 + (y2 - y1) / 3);
      const box = c.getDom().getBoundingClientRect();
      return { x: box.left + x, y: box.top + y, hit: c.getZr().handler.findHover(x, y).target === line };
    });
    assert.ok(at.hit, 'the point is on the changed tie');
    await page.mouse.click(at.x, at.y);
    await page.getByTestId('tie-panel').waitFor({ state: 'visible' });
    assert.match(await hashOf(page), /tie=区发展和改革局,区科技和工业信息化局/);
    assert.match(await page.getByTestId('tie-title').innerText(), /区发展和改革局 — 区科技和工业信息化局：2024 济南市历下区 1 项 → 2025 济南市历下区 2 项/);
    const fromCards = page.getByTestId('tie-from').getByTestId('task-card');
    const toCards = page.getByTestId('tie-to').getByTestId('task-card');
    await toCards.nth(1).waitFor();
    assert.deepEqual(await fromCards.evaluateAll((els) => els.map((e) => e.getAttribute('data-task'))), [`${lixia(2024).id}:0`]);
    assert.deepEqual(await toCards.evaluateAll((els) => els.map((e) => e.getAttribute('data-task'))), [`${lixia(2025).id}:0`, `${lixia(2025).id}:2`]);
    // The text is each document's own, as the tasks API has it (the 2024 task names the bureaus before the merge).
    const t2024 = await api<{ tasks: { id: string; text: string }[] }>(`/tasks?document=${lixia(2024).id}&limit=1000`);
    const task0 = t2024.tasks.find((t) => t.id === `${lixia(2024).id}:0`)!;
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=tie-from] [data-testid=task-card] mark').length > 0);
    assert.equal(await fromCards.first().locator('mark').innerText(), task0.text.trim());
    assert.match(await fromCards.first().innerText(), /区科学技术局/);
    await screenshot(page, 'corpus-03-compare-tie');

    // A removed tie, from the table: its tasks in 2024, none in 2025.
    await page.getByTestId('tie-row').filter({ hasText: '区统计局' }).click();
    await page.waitForFunction(() => /区统计局/.test(document.querySelector('[data-testid=tie-title]')?.textContent ?? ''));
    await page.getByTestId('tie-from').getByTestId('task-card').first().waitFor();
    assert.equal(await page.getByTestId('tie-from').getByTestId('task-card').count(), 1);
    assert.equal(await page.getByTestId('tie-to').getByTestId('tie-none').count(), 1);
    assert.equal(await page.getByTestId('tie-to').getByTestId('task-card').count(), 0);
    // Back closes it again: the tie is URL state.
    await page.goBack();
    await page.waitForFunction(() => /区科技和工业信息化局/.test(document.querySelector('[data-testid=tie-title]')?.textContent ?? ''));
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('compares two jurisdictions by indicators and kinds only, and says so', async () => {
    const { page, errors } = await open(`#/compare?from=${lixia(2024).id}&to=${shizhong().id}`);
    const note = page.getByTestId('compare-cross');
    await note.waitFor();
    assert.match(await note.innerText(), /不同辖区（济南市历下区 \/ 济南市市中区）：只比较网络指标和单位类型，不逐个比较单位名称/);
    assert.match(await page.getByTestId('compare-kinds').innerText(), /街道\s+0\s+1/);
    assert.match(await page.getByTestId('compare-indicators').innerText(), /任务数\s+9\s+4\s+-5/);
    assert.equal(await page.getByTestId('chart-compareFrom').count(), 0, 'no name-by-name network drawing');
    await screenshot(page, 'corpus-04-compare-jurisdictions');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('says in the UI’s language when a document to compare does not exist', async () => {
    const { page, errors } = await open(`#/compare?from=nosuchdocument&to=${lixia(2025).id}&lang=en`);
    const err = page.getByTestId('error');
    await err.waitFor();
    assert.match(await err.innerText(), /A document to compare was not found/);
    // The pickers stay, to choose another.
    assert.equal(await page.getByTestId('compare-from').count(), 1);
    assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
    await page.close();
  });

  it('shows a jurisdiction’s indicators and a unit through the merge over the years', async () => {
    const { page, errors } = await open('#/trends');
    const counts = await chartSeries(page, 'trendsCounts');
    const firstChartMs = await page.evaluate(() => window.__govgraph.firstChartMs);
    console.log(`time to first chart (trends view, corpus): ${firstChartMs?.toFixed(0)} ms`);
    assert.match(await hashOf(page), /jurisdiction=济南市历下区/);
    assert.deepEqual(counts.data, [144, 9, 9], 'tasks per year');
    const ratios = await chartSeries(page, 'trendsRatios');
    const trends = await api<{ documents: { indicators: { density: number } }[]; units: { unit: string; series: { names: string[]; tasks: number }[] }[] }>(`/trends?jurisdiction=${encodeURIComponent('济南市历下区')}`);
    assert.deepEqual(ratios.data, trends.documents.map((d) => d.indicators.density));
    // The default unit is followed through all three years: the merged bureau.
    await chartSeries(page, 'trendsUnit');
    assert.match(await page.getByTestId('trends-unit-title').innerText(), /区科技和工业信息化局（济南市历下区，政府部门）/);
    const line = trends.units.find((u) => u.unit === '区科技和工业信息化局')!;
    assert.deepEqual(await page.evaluate(() => (window.__govgraph.charts.trendsUnit.getOption() as { series: { data: unknown[] }[] }).series[0].data), line.series.map((s) => s.tasks));
    assert.match(await page.getByTestId('trends-unit-table').innerText(), /2023 济南市历下区\s+区工业和信息化局、区科学技术局\s+19/);
    await screenshot(page, 'corpus-05-trends');

    // Another unit from the picker: a split successor, which inherits 区教育和体育局's years.
    await page.getByTestId('trends-unit').selectOption('区教育局');
    await page.waitForFunction(() => /区教育局（/.test(document.querySelector('[data-testid=trends-unit-title]')?.textContent ?? ''));
    assert.match(await page.getByTestId('trends-unit-table').innerText(), /区教育和体育局/);
    assert.match(await hashOf(page), /unit=区教育局/);
    // The research panel downloads as a zip.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('panel-download').click()]);
    assert.equal(download.suggestedFilename(), 'govgraph-panel.zip');
    const zip = readFileSync((await download.path())!);
    assert.equal(zip.subarray(0, 2).toString('latin1'), 'PK');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
