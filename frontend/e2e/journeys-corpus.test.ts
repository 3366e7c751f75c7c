// End-to-end: the user journeys of issue 11 on a multi-district corpus —
// the seed (济南市历下区 2023) and ten synthetic documents over ten other
// districts (`govgraph synth --n 10 --jurisdictions 10`), eleven districts
// in all, where unit names such as 区发展和改革局 and 区商务局 repeat in every
// district. The seed's own journeys are e2e/journeys.test.ts; here each is
// walked where names repeat: a unit's partners, a leader's overlaps, a GEXF
// download of one district, the bottleneck ranking scoped to one district,
// a path picked among eleven 区商务局, and hostile URLs.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { chartSeries, checkNoFailures, getJSON, openPage, screenshot, startBrowser, startSeededServer, unexpectedErrors, type Browser, type Server } from './harness';

const J = '济南市历下区';
const unitID = (name: string, j = J) => `unit:${j}/${name}`;

let server: Server;
let browser: Browser;
let dir = '';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'govgraph-districts-'));
  server = await startSeededServer(dir, ['--n', '10', '--jurisdictions', '10']);
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

afterEach(checkNoFailures);

const api = <T>(path: string): Promise<T> => getJSON<T>(server.url, path);
const open = (hash: string) => openPage(browser, server.url, hash);
const hashOf = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));
const q = encodeURIComponent;

describe('the corpus: eleven districts, names repeated', () => {
  it('holds eleven jurisdictions, 区发展和改革局 and 区商务局 in each', async () => {
    const docs = await api<{ jurisdiction: string }[]>('/documents');
    assert.equal(new Set(docs.map((d) => d.jurisdiction)).size, 11);
    const units = await api<{ name: string; jurisdiction: string }[]>('/units');
    for (const name of ['区发展和改革局', '区商务局']) assert.equal(units.filter((u) => u.name === name).length, 11, `${name} in every district`);
  });

  it('search tells the eleven 区商务局 apart by their district', async () => {
    const { page, errors } = await open(`#/explore?q=${q('区商务局')}`);
    await page.getByTestId('hit').first().waitFor();
    const units = page.locator('[data-testid=hit]', { has: page.locator('strong', { hasText: /^区商务局$/ }) });
    assert.equal(await units.count(), 11);
    const where = await units.getByTestId('hit-jurisdiction').allInnerTexts();
    assert.equal(new Set(where).size, 11, `one hit per district: ${where.join(' ')}`);
    await screenshot(page, 'districts-01-search');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('planner: the top-5 partners of 区发展和改革局 (济南市历下区) among eleven of that name', () => {
  it('ranks its partners by shared tasks with ties, from its own district only', async () => {
    const id = unitID('区发展和改革局');
    const net = await api<{ nodes: { id: string; name: string }[]; links: { source: string; target: string; weight: number; tasks: string[] }[] }>(`/networks/units?jurisdiction=${q(J)}`);
    const name = (nid: string) => net.nodes.find((n) => n.id === nid)!.name;
    const mine = net.links.filter((l) => l.source === id || l.target === id).map((l) => ({ name: name(l.source === id ? l.target : l.source), weight: l.weight, tasks: l.tasks }));
    const weights = mine.map((m) => m.weight).sort((a, b) => b - a);
    const weightOf = new Map(mine.map((m) => [m.name, m.weight]));

    // Unscoped: the whole corpus is drawn, the panel is that of the 历下区 bureau.
    const { page, errors } = await open(`#/network?node=${q(id)}`);
    await page.getByTestId('partners').waitFor();
    assert.equal(await page.getByTestId('partners').locator('h3').innerText(), `协同伙伴（${mine.length}，按共同任务数排序）`);
    const items = await page.getByTestId('partner').all();
    const top5: { name: string; rank: number; shared: number; tie: boolean }[] = [];
    for (const li of items.slice(0, 5)) {
      top5.push({ name: (await li.getAttribute('data-name'))!, rank: Number(await li.getAttribute('data-rank')), shared: Number(await li.getAttribute('data-shared')), tie: (await li.getByTestId('partner-tie').count()) > 0 });
    }
    console.log(`corpus: top-5 partners of 区发展和改革局 (${J}): ${top5.map((p) => `${p.rank}${p.tie ? '=' : ''} ${p.name} (${p.shared})`).join('; ')}`);
    assert.deepEqual(top5.map((p) => p.shared), weights.slice(0, 5));
    for (const p of top5) {
      assert.equal(weightOf.get(p.name), p.shared, `${p.name}: ${p.shared} shared tasks per the API`);
      assert.equal(p.rank, weights.indexOf(p.shared) + 1);
      assert.equal(p.tie, weights.filter((w) => w === p.shared).length > 1);
    }
    await screenshot(page, 'districts-02-network-partners');
    // The first partner opens the tasks the two share, all of this district.
    const first = mine.find((m) => m.name === top5[0].name)!;
    await page.getByTestId('partner').first().getByRole('button').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=side-panel] [data-testid=task-card]').length === n, Math.min(first.tasks.length, 40));
    const shown = await page.locator('[data-testid=side-panel] [data-testid=task-card]').evaluateAll((els) => els.map((e) => e.getAttribute('data-task')));
    assert.deepEqual(new Set(shown), new Set(first.tasks.slice(0, 40)));
    await screenshot(page, 'districts-03-partner-tasks');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('leader’s office: 武毅 among the leaders of eleven districts', () => {
  it('lists the overlap with all seven leaders who share units with 武毅, and no leader of another district', async () => {
    type LeaderNet = { nodes: { id: string; name: string; jurisdiction: string }[]; links: { source: string; target: string; weight: number }[] };
    const [leaders, net] = await Promise.all([api<{ name: string; placeholder: boolean }[]>('/leaders'), api<LeaderNet>('/networks/leaders')]);
    const me = net.nodes.find((n) => n.name === '武毅')!;
    const placeholders = new Set(leaders.filter((l) => l.placeholder).map((l) => l.name));
    const other = (l: LeaderNet['links'][number]) => net.nodes.find((n) => n.id === (l.source === me.id ? l.target : l.source))!;
    const overlaps = net.links.filter((l) => l.source === me.id || l.target === me.id).map((l) => ({ leader: other(l), weight: l.weight })).filter((o) => !placeholders.has(o.leader.name));
    assert.equal(overlaps.length, 7);
    assert.ok(overlaps.every((o) => o.leader.jurisdiction === J), 'units are shared within a district only');

    const { page, errors } = await open(`#/portfolio?leader=${q('武毅')}`);
    await chartSeries(page, 'portfolio');
    await page.getByTestId('portfolio-coleaders').waitFor();
    const rows = await page.getByTestId('portfolio-coleaders').locator('tbody tr').all();
    assert.equal(rows.length, 7);
    const want = new Map(overlaps.map((o) => [o.leader.name, o.weight]));
    for (const row of rows) {
      const cells = await row.locator('td').allInnerTexts();
      assert.equal(Number(cells[1]), want.get(cells[0].trim()), `shared units with ${cells[0]}`);
    }
    await screenshot(page, 'districts-04-portfolio-wuyi');

    // The office's own district: the jurisdiction picker narrows the leader list to its leaders.
    const own = await api<{ name: string }[]>(`/leaders?jurisdiction=${q(J)}`);
    assert.ok(own.length < leaders.length);
    await page.getByTestId('filter-jurisdiction').selectOption(J);
    await page.waitForFunction((j) => decodeURIComponent(location.hash).includes(`jurisdiction=${j}`) && location.hash.includes('leader='), J);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=filter-leader] option').length === n, own.length + 1);
    await page.getByTestId('filter-leader').selectOption('武毅');
    await page.waitForFunction(() => decodeURIComponent(location.hash).includes('leader=武毅'));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=portfolio-coleaders] tbody tr').length === 7);
    await screenshot(page, 'districts-04-portfolio-wuyi-lixia');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('researcher: a GEXF download of one district from the UI', () => {
  it('exports the network of 烟台市芝罘区 as shown, and its research panel', async () => {
    const district = '烟台市芝罘区';
    const net = await api<{ nodes: unknown[]; links: unknown[] }>(`/networks/units?jurisdiction=${q(district)}`);
    const { page, errors } = await open(`#/network?jurisdiction=${q(district)}`);
    const s = await chartSeries(page, 'network');
    assert.ok((s.data ?? []).every((n) => String(n.id).startsWith(`unit:${district}/`)));
    await page.getByTestId('export-menu-open').click();
    await screenshot(page, 'districts-05-export-menu');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-data-gexf').click()]);
    const gexf = readFileSync((await download.path())!, 'utf8');
    assert.match(gexf, /^<\?xml[^>]*\?>\s*<gexf /);
    assert.equal((gexf.match(/<node /g) ?? []).length, net.nodes.length, 'the district’s units');
    assert.equal((gexf.match(/<edge /g) ?? []).length, net.links.length);
    assert.ok(!gexf.includes(J), 'nothing of another district');
    // The research panel of the same district, from the same menu (still open).
    const [panel] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-data-panel').click()]);
    assert.equal(panel.suggestedFilename(), 'govgraph-panel.zip');
    const bytes = readFileSync((await panel.path())!);
    const fetchPanel = async (query: string) => Buffer.from(await (await fetch(`${server.url}/api/v1/export?format=panel${query}`)).arrayBuffer());
    assert.ok(bytes.equals(await fetchPanel(`&jurisdiction=${q(district)}`)), 'the panel of 烟台市芝罘区');
    assert.ok(!bytes.equals(await fetchPanel('')), 'not the panel of every district');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('planner: the bottleneck ranking, unscoped and scoped to one district', () => {
  const axisNames = (page: Page) => page.evaluate(() => (window.__govgraph.charts.bottleneck.getOption() as { yAxis: { data: string[] }[] }).yAxis[0].data);

  it('names every bar distinctly across eleven districts, then ranks 济南市历下区 alone', async () => {
    // 全部 (the view would open on one jurisdiction).
    const { page, errors } = await open('#/bottleneck?jurisdiction=*');
    await chartSeries(page, 'bottleneck');
    await page.getByTestId('bottleneck-table').waitFor();
    assert.match(await page.getByTestId('scope-note').innerText(), /所选范围含 11 个辖区/);
    const names = await axisNames(page);
    assert.equal(new Set(names).size, names.length, `distinct labels: ${names.join(' ')}`);
    assert.ok(names.filter((n) => n.startsWith('区发展和改革局（')).length > 1, 'repeated names carry their district');
    await screenshot(page, 'districts-06-bottleneck-unscoped');

    await page.getByTestId('filter-jurisdiction').selectOption(J);
    await page.waitForFunction((j) => decodeURIComponent(location.hash).includes(`jurisdiction=${j}`), J);
    await page.waitForFunction(() => document.querySelector('[data-testid=scope-note]') === null && document.querySelectorAll('[data-testid=bottleneck-table] tbody tr').length > 0);
    const want = await api<{ units: { id: string; name: string }[] }>(`/metrics/units?jurisdiction=${q(J)}`);
    const links = await page.getByTestId('bottleneck-table').locator('tbody tr td:nth-child(2) a').evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href') ?? '')));
    assert.equal(links.length, want.units.length);
    for (const href of links) assert.match(href, new RegExp(`node=unit:${J}/`));
    await page.waitForFunction(() => {
      const names = (window.__govgraph.charts.bottleneck.getOption() as { yAxis: { data: string[] }[] }).yAxis[0].data;
      return names.length > 0 && names.every((n) => !n.includes('（'));
    });
    const scoped = await axisNames(page);
    assert.equal(new Set(scoped).size, scoped.length);
    assert.deepEqual(scoped, want.units.slice(0, scoped.length).map((u) => u.name), 'the ranking of the district, bare names');
    await page.waitForTimeout(800); // the bars' animation, for the picture only
    await screenshot(page, 'districts-07-bottleneck-lixia');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('explore: a path between 区商务局 and 龙洞街道办事处, picked among eleven 区商务局', () => {
  it('writes out the tasks between the two, of 济南市历下区', async () => {
    const path = await api<{ nodes: { id: string; kind: string }[] }>(`/paths?from=${q(unitID('区商务局'))}&to=${q(unitID('龙洞街道办事处'))}`);
    const tasks = path.nodes.filter((n) => n.kind === 'Task');
    const { page, errors } = await open('#/explore');
    for (const [key, name] of [['from', '区商务局'], ['to', '龙洞街道办事处']] as const) {
      const input = page.getByTestId(`path-${key}-search`);
      await input.fill(name);
      await page.waitForFunction((k) => document.querySelectorAll(`#path-${k}-hits option`).length > 0, key);
      const options = await page.locator(`#path-${key}-hits option`).evaluateAll((os) => (os as HTMLOptionElement[]).map((o) => o.value));
      if (key === 'from') assert.equal(options.filter((o) => o.startsWith('区商务局 · ')).length, 11, `eleven 区商务局 offered, each with its district: ${options.join(' | ')}`);
      const option = options.find((v) => v === `${name} · ${J}`);
      assert.ok(option, `${name} of ${J} among ${options.join(' | ')}`);
      await input.fill(option);
      await page.waitForFunction((k) => location.hash.includes(`${k}=`), key);
    }
    await page.getByTestId('path-step').first().waitFor();
    assert.equal(await page.getByTestId('path-step').count(), tasks.length);
    const steps = await page.getByTestId('path-step').allInnerTexts();
    assert.match(steps[0], /^区商务局（/);
    assert.match(steps[steps.length - 1], /龙洞街道办事处（[^）]+）同在第 \d+ 项任务/);
    assert.match(await hashOf(page), new RegExp(`from=unit:${J}/区商务局`));
    await screenshot(page, 'districts-08-explore-path');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('ledger: one district’s tasks with targets', () => {
  it('the target filter keeps the tasks that state a target, and lets go of them again', async () => {
    const district = '淄博市张店区';
    const all = await api<{ total: number; tasks: { id: string; targets: unknown[] | null }[] }>(`/tasks?jurisdiction=${q(district)}&limit=1000`);
    const withTargets = all.tasks.filter((t) => (t.targets ?? []).length > 0).map((t) => t.id);
    assert.ok(withTargets.length > 0 && withTargets.length < all.total, `${withTargets.length} of ${all.total} tasks state a target`);
    const { page, errors } = await open(`#/ledger?jurisdiction=${q(district)}`);
    const rows = () => page.locator('[data-testid=ledger-table] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-task')));
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=ledger-table] tbody tr').length === n, all.total);
    await page.getByTestId('filter-targets').check();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=ledger-table] tbody tr').length === n, withTargets.length);
    assert.deepEqual(new Set(await rows()), new Set(withTargets));
    assert.match(await hashOf(page), /targets=1/);
    await screenshot(page, 'districts-10-ledger-targets');
    await page.getByTestId('filter-targets').uncheck();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=ledger-table] tbody tr').length === n, all.total);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('hostile URLs on the corpus', () => {
  for (const [hash, message] of [
    ['#/ledger?document=no-such-document', '没有编号为 no-such-document 的文档。'],
    [`#/portfolio?leader=${q('不存在的领导')}`, '没有名为“不存在的领导”的领导。'],
    [`#/bottleneck?jurisdiction=${q('不存在区')}`, '没有辖区“不存在区”的文档。'],
    [`#/network?jurisdiction=${q('不存在区')}&node=${q('unit:不存在区/区商务局')}`, '没有辖区“不存在区”的文档。'],
    [`#/ledger?jurisdiction=${q(J)}&document=no-such-document`, '没有编号为 no-such-document 的文档。'],
  ] as const) {
    it(`${decodeURIComponent(hash)} says “${message}” with no page error`, async () => {
      const { page, errors } = await open(hash);
      await page.getByTestId('error').first().waitFor();
      assert.match(await page.getByTestId('error').first().innerText(), new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      if (hash.startsWith('#/ledger')) assert.equal(await page.getByTestId('ledger-table').count(), 0, 'no table under the error');
      await screenshot(page, `districts-09-hostile-${hash.slice(2, hash.indexOf('?'))}-${hash.length}`);
      assert.deepEqual(unexpectedErrors(errors), []);
      await page.close();
    });
  }
});
