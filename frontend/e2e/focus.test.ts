// End-to-end: search-to-focus, node= arrival, metric sizing and filtering,
// the focus neighbourhood, the data-table alternative with keyboard
// navigation, aria-label summaries and the layout at 1024 px, on the seed.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { chartSeries, getJSON, openPage, screenshot, session } from './harness';

const e2e = session(async () => {
  net = await api<Net>('/networks/units');
  unitID = net.nodes.find((n) => n.name === NAME)!.id;
  assert.ok(unitID, `${NAME} is in the seed network`);
});

type Net = { nodes: { id: string; name: string }[]; links: { source: string; target: string }[] };
type Metrics = { units: { id: string; name: string; betweenness: number; pageRank: number }[] };
type Node = { id: string; name: string; x: number; y: number; symbolSize: number };

const api = <T>(path: string): Promise<T> => getJSON<T>(e2e.server.url, path);

const open = (hash: string, viewport?: { width: number; height: number }) => openPage(e2e.browser, e2e.server.url, hash, viewport);

const hashOf = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));
const NAME = '区发展和改革局';

/** The network's graph series as drawn now (centre and zoom included). */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const s = (window.__govgraph.charts.network.getOption() as { series: Record<string, unknown>[] }).series[0];
    return JSON.parse(JSON.stringify({ data: s.data, links: s.links, center: s.center, zoom: s.zoom })) as { data: Node[]; links: { source: string; target: string }[]; center?: number[]; zoom?: number };
  });

/** Waits until the network has drawn an option with n nodes. */
const drawnNodes = (page: Page, n: number) =>
  page.waitForFunction((want) => ((window.__govgraph.charts.network.getOption() as { series: { data?: unknown[] }[] }).series[0]?.data ?? []).length === want, n);

let net: Net;
let unitID: string;

describe('network focus', () => {
  it('search-to-focus: suggestions, then the graph centres on 区发展和改革局 and opens it', async () => {
    const { page, errors } = await open('#/network');
    await chartSeries(page, 'network');
    const search = page.getByTestId('network-search');
    await search.fill('发展和改革');
    const suggestions = await page.locator('#network-units option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    assert.ok(suggestions.includes(NAME), `suggestions ${suggestions.join(',')} include ${NAME}`);
    await search.fill(NAME);
    await search.press('Enter');
    await page.getByTestId('side-panel').waitFor({ state: 'visible' });
    assert.match(await page.getByTestId('panel-title').innerText(), new RegExp(NAME));
    assert.ok((await hashOf(page)).includes(`node=${unitID}`), 'node= in the URL');
    const g = await drawn(page);
    const node = g.data.find((n) => n.id === unitID)!;
    assert.deepEqual(g.center, [node.x, node.y], 'the chart is centred on the unit');
    assert.ok((g.zoom ?? 1) >= 1.5, `zoomed in (${g.zoom})`);
    await screenshot(page, 'focus-01-search');
    // A name not in the network says so.
    await search.fill('不存在的单位');
    await search.press('Enter');
    assert.match(await page.getByTestId('search-miss').innerText(), /不存在的单位/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('arriving with node= centres and opens the unit', async () => {
    const { page, errors } = await open(`#/network?node=${encodeURIComponent(unitID)}`);
    await chartSeries(page, 'network');
    await page.getByTestId('side-panel').waitFor({ state: 'visible' });
    assert.match(await page.getByTestId('panel-title').innerText(), new RegExp(NAME));
    await page.waitForFunction(() => Array.isArray((window.__govgraph.charts.network.getOption() as { series: { center?: unknown }[] }).series[0].center));
    const g = await drawn(page);
    const node = g.data.find((n) => n.id === unitID)!;
    assert.deepEqual(g.center, [node.x, node.y]);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('sizes nodes by betweenness: the biggest broker gets the biggest symbol', async () => {
    const metrics = await api<Metrics>('/metrics/units');
    const { page, errors } = await open('#/network');
    await chartSeries(page, 'network');
    const before = new Map((await drawn(page)).data.map((n) => [n.id, n.symbolSize]));
    await page.getByTestId('filter-size').selectOption('betweenness');
    await page.waitForFunction(() => location.hash.includes('size=betweenness'));
    await page.waitForFunction(
      (id) => {
        const d = (window.__govgraph.charts.network.getOption() as { series: { data: { id: string; symbolSize: number }[] }[] }).series[0].data;
        return d.find((n) => n.id === id)?.symbolSize === 40;
      },
      [...metrics.units].sort((a, b) => b.betweenness - a.betweenness)[0].id,
    );
    const after = (await drawn(page)).data;
    const changed = after.filter((n) => before.get(n.id) !== n.symbolSize).length;
    assert.ok(changed > after.length / 2, `${changed} of ${after.length} symbol sizes changed`);
    const zero = metrics.units.filter((u) => u.betweenness === 0).map((u) => u.id);
    for (const id of zero) assert.equal(after.find((n) => n.id === id)?.symbolSize, 6, `${id} has no betweenness: smallest symbol`);
    await screenshot(page, 'focus-02-betweenness');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('keeps the top 10% by PageRank', async () => {
    const metrics = await api<Metrics>('/metrics/units');
    const { page, errors } = await open('#/network?keep=10&size=pageRank');
    await chartSeries(page, 'network');
    const ranked = [...metrics.units].sort((a, b) => b.pageRank - a.pageRank);
    const n = Math.ceil(ranked.length / 10);
    const want = ranked.filter((u) => u.pageRank >= ranked[n - 1].pageRank).map((u) => u.id).sort();
    await drawnNodes(page, want.length);
    const g = await drawn(page);
    assert.deepEqual(g.data.map((d) => d.id).sort(), want);
    for (const l of g.links) assert.ok(want.includes(l.source) && want.includes(l.target), 'links only between kept units');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('colours the nodes by betweenness, with a legend naming the metric and its range', async () => {
    const metrics = await api<Metrics>('/metrics/units');
    const { page, errors } = await open('#/network');
    await chartSeries(page, 'network');
    await page.getByTestId('filter-colour').selectOption('betweenness');
    await page.waitForFunction(() => decodeURIComponent(location.hash).includes('colour=betweenness'));
    await page.waitForFunction(() => ((window.__govgraph.charts.network.getOption() as { visualMap?: unknown[] }).visualMap ?? []).length === 1);
    const seen = await page.evaluate(() => {
      const c = window.__govgraph.charts.network as unknown as {
        getOption(): { visualMap: { min: number; max: number; text: string[] }[]; series: { data: { id: string; value: number; tasks: number }[] }[] };
        getModel(): { getSeriesByIndex(i: number): { getData(): { getItemVisual(i: number, k: string): { fill?: string } } } };
      };
      const o = c.getOption();
      const data = c.getModel().getSeriesByIndex(0).getData();
      return { vm: o.visualMap[0], nodes: o.series[0].data.map((n, i) => ({ id: n.id, value: n.value, tasks: n.tasks, fill: data.getItemVisual(i, 'style').fill })) };
    });
    const byID = new Map(metrics.units.map((u) => [u.id, u.betweenness]));
    const values = seen.nodes.map((n) => byID.get(n.id)!);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    assert.equal(seen.vm.min, lo);
    assert.equal(seen.vm.max, hi);
    assert.match(seen.vm.text[0], /^中介中心度 /, 'the legend names the metric');
    for (const n of seen.nodes) {
      assert.equal(n.value, byID.get(n.id), `${n.id}: its betweenness is the coloured value`);
      assert.ok(n.tasks > 0, `${n.id} keeps its tasks`);
    }
    // The ends of the range take the ends of the palette (viridis: dark violet low, yellow high).
    const colourOf = (v: number) => String(seen.nodes.find((n) => n.value === v)?.fill).toLowerCase();
    assert.match(colourOf(hi), /fde725|rgba?\(253, ?231, ?37/, `highest: ${colourOf(hi)}`);
    assert.match(colourOf(lo), /440154|rgba?\(68, ?1, ?84/, `lowest: ${colourOf(lo)}`);
    await page.waitForTimeout(300); // the picture settles, for the screenshot only
    await screenshot(page, 'focus-07-colour-betweenness');
    // Back to kinds: the legend goes.
    await page.getByTestId('filter-colour').selectOption('');
    await page.waitForFunction(() => ((window.__govgraph.charts.network.getOption() as { visualMap?: unknown[] }).visualMap ?? []).length === 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('focus mode depth=1 shows only the unit and its neighbours', async () => {
    const near = new Set([unitID]);
    for (const l of net.links) {
      if (l.source === unitID) near.add(l.target);
      if (l.target === unitID) near.add(l.source);
    }
    assert.ok(near.size > 2 && near.size < net.nodes.length);
    const { page, errors } = await open(`#/network?depth=1&node=${encodeURIComponent(unitID)}`);
    await chartSeries(page, 'network');
    await drawnNodes(page, near.size);
    const g = await drawn(page);
    assert.deepEqual(g.data.map((d) => d.id).sort(), [...near].sort());
    assert.match(await page.getByTestId('network-status').innerText(), new RegExp(`${near.size} 个单位.*聚焦 ${NAME} 的 1 步邻域`));
    const subtitle = await page.evaluate(() => (window.__govgraph.charts.network.getOption() as { title: { subtext?: string }[] }).title[0].subtext);
    assert.equal(subtitle, `${near.size} 个单位，${g.links.length} 条协同关系`, 'the subtitle counts what is drawn');
    await screenshot(page, 'focus-03-depth1');
    // Depth 2 widens it; off shows the whole network again.
    await page.getByTestId('filter-depth').selectOption('2');
    await page.waitForFunction((n) => ((window.__govgraph.charts.network.getOption() as { series: { data: unknown[] }[] }).series[0].data.length > n), near.size);
    await page.getByTestId('filter-depth').selectOption('');
    await drawnNodes(page, net.nodes.length);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('accessibility', () => {
  it('the network chart has an aria-label summary naming its size and biggest units', async () => {
    const { page, errors } = await open('#/network');
    const s = await chartSeries(page, 'network');
    const label = (await page.getByTestId('chart-network').getAttribute('aria-label')) ?? '';
    assert.match(label, new RegExp(`^协同网络：${net.nodes.length} 个单位，${net.links.length} 条协同关系，最大的是 `));
    const biggest = [...((s.data ?? []) as unknown as Node[])].sort((a, b) => b.symbolSize - a.symbolSize)[0];
    assert.ok(label.includes(biggest.name), `“${label}” names the biggest unit ${biggest.name}`);
    assert.equal(await page.getByTestId('chart-network').getAttribute('role'), 'img');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('the network as a table: Tab to a row, Enter opens its panel, Escape closes it', async () => {
    const { page, errors } = await open('#/network');
    await chartSeries(page, 'network');
    await page.getByTestId('table-toggle').click();
    const table = page.getByTestId('data-table');
    await table.waitFor();
    assert.ok(await page.getByTestId('chart-network').evaluate((el) => el.closest<HTMLElement>('.chart-wrap')!.hidden), 'the chart gives way to the table');
    assert.equal(await table.locator('tbody tr').count(), net.nodes.length, 'a row per unit');
    assert.equal(await page.getByTestId('table-toggle').innerText(), '以图显示');
    // Keyboard: focus the toggle, then Tab into the table's first row.
    await page.getByTestId('table-toggle').focus();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('tbody') !== null && document.activeElement?.tagName === 'TR')) break;
    }
    const row = await page.evaluate(() => (document.activeElement as HTMLElement).innerText.split('\t')[0]);
    assert.ok(row, 'a table row has the focus');
    await page.keyboard.press('Enter');
    await page.getByTestId('side-panel').waitFor({ state: 'visible' });
    assert.match(await page.getByTestId('panel-title').innerText(), new RegExp(row));
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'panel-close');
    await screenshot(page, 'focus-04-table-panel');
    await page.keyboard.press('Escape');
    await page.getByTestId('side-panel').waitFor({ state: 'hidden' });
    assert.ok(!(await hashOf(page)).includes('node='), 'Escape cleared the selection');
    assert.ok((await hashOf(page)).includes('table=1'), 'the table state is in the URL');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('server charts have an aria-label and a table alternative', async () => {
    for (const view of ['matrix', 'sankey', 'structure']) {
      const { page, errors } = await open(`#/${view}`);
      await chartSeries(page, view);
      await page.waitForFunction((v) => !!document.querySelector(`[data-testid=chart-${v}]`)?.getAttribute('aria-label'), view);
      const label = (await page.getByTestId(`chart-${view}`).getAttribute('aria-label')) ?? '';
      const m = /：(\d+) 项；前几项是 (.+)$/.exec(label);
      assert.ok(m && Number(m[1]) > 0, `${view}: “${label}”`);
      await page.getByTestId('table-toggle').click();
      const rows = page.getByTestId('data-table').locator('tbody tr');
      await rows.first().waitFor();
      assert.equal(await rows.count(), Number(m[1]), `${view}: the table has the rows the label counts`);
      assert.equal((await rows.first().locator('td').first().innerText()).trim(), m[2].split('、')[0]);
      assert.deepEqual(errors, [], view);
      await page.close();
    }
  });

  it('is usable at 1024×768: nothing overflows horizontally', async () => {
    const hashes: [string, string][] = [
      ['network', `#/network?node=${encodeURIComponent(unitID)}`],
      ['matrix', '#/matrix'],
      ['sankey', '#/sankey'],
      ['bottleneck', '#/bottleneck'],
      ['ledger', '#/ledger'],
    ];
    for (const [name, hash] of hashes) {
      const { page, errors } = await open(hash, { width: 1024, height: 768 });
      if (name !== 'ledger') await chartSeries(page, name);
      else await page.locator('table').first().waitFor();
      if (name === 'network') await page.getByTestId('side-panel').waitFor({ state: 'visible' });
      await page.waitForTimeout(300);
      const over = await page.evaluate(() => {
        const doc = document.documentElement;
        const wide = [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().right > doc.clientWidth + 1 && !el.closest('.table-wrap, nav, .panel-body'))
          .map((el) => `${el.tagName}.${el.className}`);
        return { scroll: doc.scrollWidth, client: doc.clientWidth, wide: wide.slice(0, 5) };
      });
      await screenshot(page, `focus-1024-${name}`);
      assert.ok(over.scroll <= over.client, `${name}: page ${over.scroll} px wide in ${over.client}`);
      assert.deepEqual(over.wide, [], `${name}: elements past the right edge`);
      assert.deepEqual(errors, [], name);
      await page.close();
    }
  });
});
