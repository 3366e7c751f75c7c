// End-to-end journeys of issue 11 on the seed: the states of every view
// (loading, empty, error, hostile URLs), write actions only with an accepted
// token, the leader portfolio, a unit's partners, the ledger's unit
// matching, the research tools and a path written out. The real govgraph
// binary, the built UI and Debian's Chromium, as in ui.test.ts.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ADMIN_TOKEN, chartSeries, getJSON, nodeCentre, openPage, screenshot, session, startServer, unexpectedErrors, watchErrors } from './harness';

const e2e = session();

const J = '济南市历下区';
const unitID = (name: string) => `unit:${J}/${name}`;

const api = <T>(path: string, base = e2e.server.url): Promise<T> => getJSON<T>(base, path);

const open = (hash: string, base = e2e.server.url) => openPage(e2e.browser, base, hash);

const hashOf = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));

/** Whether a chart shows nothing: no series data, nodes or links. */
async function chartEmpty(page: Page, name: string): Promise<boolean> {
  return page.evaluate((n) => {
    const c = window.__govgraph.charts[n];
    const series = ((c?.getOption() as { series?: { data?: unknown[]; links?: unknown[] }[] } | undefined)?.series ?? []);
    return series.every((s) => !(s.data?.length || s.links?.length));
  }, name);
}

describe('states: loading, empty, error, hostile URLs', () => {
  it('#/ledger?document=<unknown> says so in Chinese, keeps the filters, offers a reset that works', async () => {
    const { page, errors } = await open('#/ledger?document=no-such-document');
    await page.getByTestId('error').waitFor();
    assert.equal(await page.getByTestId('error-message').innerText(), '没有编号为 no-such-document 的文档。');
    await page.getByTestId('filter-document').waitFor(); // the filters stay at hand
    assert.equal(await page.getByTestId('ledger-table').count(), 0, 'no table under the error');
    await screenshot(page, '20-hostile-ledger-document');
    await page.getByTestId('reset').click();
    await page.getByTestId('ledger-table').waitFor();
    assert.equal(await hashOf(page), '#/ledger');
    const all = await api<{ total: number }>('/tasks?limit=1');
    assert.equal(await page.getByTestId('ledger-table').locator('tbody tr').count(), all.total);
    assert.deepEqual(unexpectedErrors(errors), []);
    await page.close();
  });

  it('speaks English with lang=en', async () => {
    const { page, errors } = await open('#/ledger?document=no-such-document&lang=en');
    await page.getByTestId('error').waitFor();
    assert.equal(await page.getByTestId('error-message').innerText(), 'There is no document with the id no-such-document.');
    assert.equal(await page.getByTestId('reset').innerText(), 'Reset');
    assert.deepEqual(unexpectedErrors(errors), []);
    await page.close();
  });

  it('an unknown leader in the portfolio view shows a message and no data', async () => {
    const { page, errors } = await open(`#/portfolio?leader=${encodeURIComponent('不存在的领导')}`);
    await page.getByTestId('error').waitFor();
    assert.equal(await page.getByTestId('error-message').innerText(), '没有名为“不存在的领导”的领导。');
    assert.ok(await chartEmpty(page, 'portfolio'), 'no chart under the error');
    assert.equal(await page.getByTestId('span-of-control').count(), 0, 'no facts under the error');
    await page.getByTestId('filter-leader').waitFor();
    await screenshot(page, '21-hostile-portfolio-leader');
    assert.deepEqual(unexpectedErrors(errors), []);
    await page.close();
  });

  it('an unknown leader in the network view says so rather than drawing nothing', async () => {
    const { page, errors } = await open(`#/network?leader=${encodeURIComponent('不存在的领导')}`);
    await page.getByTestId('error').waitFor();
    assert.match(await page.getByTestId('error-message').innerText(), /没有名为“不存在的领导”的领导/);
    assert.ok(await chartEmpty(page, 'network'));
    assert.deepEqual(unexpectedErrors(errors), []);
    await page.close();
  });

  it('an empty result says why (the filters) and the reset brings the data back', async () => {
    const { page, errors } = await open(`#/ledger?q=${encodeURIComponent('没有这样的任务文字')}`);
    await page.getByTestId('empty').waitFor();
    assert.equal(await page.getByTestId('empty-reason').innerText(), '当前筛选（关键词=没有这样的任务文字）下没有数据。');
    await screenshot(page, '22-empty-ledger');
    await page.getByTestId('reset').click();
    await page.getByTestId('ledger-table').waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows loading while the data is on its way, then the chart', async () => {
    const page = await e2e.browser.context.newPage();
    const errors = watchErrors(page);
    let release: () => void = () => undefined;
    const held = new Promise<void>((ok) => (release = ok));
    await page.route('**/api/v1/charts/sankey*', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${e2e.server.url}/#/sankey`);
    await page.getByTestId('loading').waitFor();
    release();
    await chartSeries(page, 'sankey');
    assert.equal(await page.getByTestId('loading').count(), 0, 'the loading note is gone once the chart is there');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a failing request shows the error in the UI language with nothing stale under it', async () => {
    const { page, errors } = await open('#/matrix');
    await chartSeries(page, 'matrix');
    // From now on the store is "unreachable" for the matrix.
    await page.route('**/api/v1/charts/matrix*', (route) =>
      route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ type: 'urn:govgraph:problem:unavailable', title: 'Service Unavailable', status: 503, detail: 'the embedded store cannot be reached', code: 'unavailable' }) }),
    );
    await page.getByTestId('filter-role').selectOption('lead');
    await page.getByTestId('error').waitFor();
    assert.equal(await page.getByTestId('error-message').innerText(), '数据存储暂时无法访问，请稍后再试。');
    assert.ok(await chartEmpty(page, 'matrix'), 'the old heatmap is gone');
    await screenshot(page, '23-error-matrix');
    assert.deepEqual(unexpectedErrors(errors), []);
    await page.close();
  });

  it('a path that cannot be found is explained in Chinese', async () => {
    const { page, errors } = await open(`#/explore?from=${encodeURIComponent(unitID('区商务局'))}&to=${encodeURIComponent('unit:无此辖区/无此单位')}`);
    await page.getByTestId('no-path').waitFor();
    const text = await page.getByTestId('no-path').innerText(); // the server's English stays folded in its <details>
    assert.match(text, /^没有找到路径/);
    assert.doesNotMatch(text, /no (node|path)/);
    assert.deepEqual(unexpectedErrors(errors), []);
    await page.close();
  });
});

describe('write actions only with a token the server accepts', () => {
  it('hides upload and delete until the saved token is accepted', async () => {
    const { page, errors } = await open('#/documents');
    await page.getByTestId('documents-table').waitFor();
    await page.getByTestId('admin-token').waitFor();
    assert.equal(await page.getByTestId('upload-form').count(), 0);
    assert.equal(await page.getByTestId('delete-document').count(), 0);
    await page.getByTestId('admin-token').fill('wrong-token');
    await page.getByTestId('admin-token-save').click();
    await page.getByTestId('token-rejected').waitFor();
    assert.equal(await page.getByTestId('upload-form').count(), 0, 'no upload with a rejected token');
    assert.equal(await page.getByTestId('delete-document').count(), 0, 'no delete with a rejected token');
    await page.getByTestId('admin-token').fill(ADMIN_TOKEN);
    await page.getByTestId('admin-token-save').click();
    await page.getByTestId('token-accepted').waitFor();
    await page.getByTestId('upload-form').waitFor();
    await page.getByTestId('delete-document').first().waitFor();
    await screenshot(page, '24-documents-token-accepted');
    await page.getByTestId('admin-token-forget').click();
    await page.getByTestId('admin-token').waitFor();
    assert.equal(await page.getByTestId('upload-form').count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a read-only server offers no token field and says why', async () => {
    const readOnly = await startServer({ adminToken: '' });
    try {
      const { page, errors } = await open('#/documents', readOnly.url);
      await page.getByTestId('read-only').waitFor();
      assert.match(await page.getByTestId('read-only').innerText(), /只读/);
      await page.getByTestId('documents-table').waitFor();
      assert.equal(await page.getByTestId('admin-token').count(), 0);
      assert.equal(await page.getByTestId('delete-document').count(), 0);
      assert.deepEqual(errors, []);
      await page.close();
    } finally {
      await readOnly.stop();
    }
  });
});

describe('leader portfolio (领导分工)', () => {
  type LeaderNet = { nodes: { id: string; name: string }[]; links: { source: string; target: string; weight: number; units: string[] }[] };

  it('武毅: a leader → units graph, overlap with every other leader the API knows, tasks of a unit on click', async () => {
    const leader = '武毅';
    const [leaders, net, pf] = await Promise.all([
      api<{ name: string; placeholder: boolean }[]>('/leaders'),
      api<LeaderNet>('/networks/leaders'),
      api<{ tasks: { id: string; leadUnits: string[] | null; units: string[] | null }[] }>(`/leaders/${encodeURIComponent(leader)}/portfolio`),
    ]);
    const me = net.nodes.find((n) => n.name === leader)!;
    const placeholders = new Set(leaders.filter((l) => l.placeholder).map((l) => l.name));
    const name = (id: string) => net.nodes.find((n) => n.id === id)!.name;
    const overlaps = new Map(net.links.filter((l) => l.source === me.id || l.target === me.id).map((l) => [name(l.source === me.id ? l.target : l.source), l.weight]));
    for (const p of placeholders) overlaps.delete(p);
    assert.equal(overlaps.size, 7, `the API knows 7 leaders sharing units with ${leader}: ${[...overlaps.keys()]}`);

    const { page, errors } = await open(`#/portfolio?leader=${encodeURIComponent(leader)}`);
    const s = await chartSeries(page, 'portfolio');
    const units = new Set(pf.tasks.flatMap((t) => [...(t.leadUnits ?? []), ...(t.units ?? [])]));
    const nodes = s.data ?? [];
    assert.equal(nodes.length, units.size + 1, 'the leader and one node per unit, no task nodes');
    assert.ok(nodes.every((n) => !String(n.id).startsWith('task:')));
    // Lead units and responsible-only units are told apart (category 1 and 2).
    const leads = new Set(pf.tasks.flatMap((t) => t.leadUnits ?? []));
    for (const n of nodes.slice(1)) assert.equal((n as { category?: number }).category, leads.has(String(n.name)) ? 1 : 2, `${n.name}'s category`);
    // Sized by tasks: the node's value is the leader's tasks involving it.
    const count = (u: string) => pf.tasks.filter((t) => (t.leadUnits ?? []).includes(u) || (t.units ?? []).includes(u)).length;
    for (const n of nodes.slice(1)) assert.equal(n.value, count(String(n.name)), `${n.name}'s tasks`);

    const rows = page.getByTestId('portfolio-coleaders').locator('tbody tr');
    await page.getByTestId('portfolio-coleaders').waitFor();
    assert.equal(await rows.count(), 7);
    for (const row of await rows.all()) {
      const cells = await row.locator('td').allInnerTexts();
      assert.equal(Number(cells[1]), overlaps.get(cells[0].trim()), `shared units with ${cells[0]}`);
    }
    assert.match(await page.getByTestId('placeholder-excluded').innerText(), /区有关领导/);
    // The placeholder is marked in the leader list.
    const options = await page.getByTestId('filter-leader').locator('option').allInnerTexts();
    assert.ok(options.some((o) => o.startsWith('区有关领导') && o.includes('（占位）')), `options: ${options}`);
    await screenshot(page, '25-portfolio-wuyi');

    // A click on a unit node lists the leader's tasks of that unit.
    const target = String(nodes[1].name);
    const settled = await nodeCentre(page, 'portfolio', { id: `unit:${target}` });
    await page.mouse.click(settled.x, settled.y);
    await page.waitForFunction(() => location.hash.includes('unit='));
    const clicked = decodeURIComponent((await hashOf(page)).match(/unit=([^&]*)/)![1]);
    await page.getByTestId('side-panel').waitFor({ state: 'visible' });
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=side-panel] [data-testid=task-card]').length === n, Math.min(count(clicked), 40));
    assert.match(await page.getByTestId('panel-title').innerText(), new RegExp(`${clicked}.*（${count(clicked)}）`));
    await screenshot(page, '25-portfolio-unit-tasks');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('the placeholder leader is marked as such', async () => {
    const { page, errors } = await open(`#/portfolio?leader=${encodeURIComponent('区有关领导')}`);
    await page.getByTestId('placeholder-mark').waitFor();
    assert.match(await page.getByTestId('placeholder-note').innerText(), /占位领导/);
    await chartSeries(page, 'portfolio');
    await screenshot(page, '26-portfolio-placeholder');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('a unit’s partners in the coordination network', () => {
  it('lists the top partners of 区发展和改革局 ranked by shared tasks, ties shown, each opening the shared tasks', async () => {
    const id = unitID('区发展和改革局');
    const net = await api<{ nodes: { id: string; name: string }[]; links: { source: string; target: string; weight: number; tasks: string[] }[] }>('/networks/units');
    const name = (nid: string) => net.nodes.find((n) => n.id === nid)!.name;
    const mine = net.links.filter((l) => l.source === id || l.target === id).map((l) => ({ name: name(l.source === id ? l.target : l.source), weight: l.weight, tasks: l.tasks }));
    const weightOf = new Map(mine.map((m) => [m.name, m.weight]));
    const weights = mine.map((m) => m.weight).sort((a, b) => b - a);
    const rankOf = (w: number) => weights.indexOf(w) + 1; // competition ranking
    const tied = (w: number) => weights.filter((x) => x === w).length > 1;

    const { page, errors } = await open(`#/network?node=${encodeURIComponent(id)}`);
    await page.getByTestId('partners').waitFor();
    const items = page.getByTestId('partner');
    assert.equal(await page.getByTestId('partners').locator('h3').innerText(), `协同伙伴（${mine.length}，按共同任务数排序）`);
    const top5: { name: string; rank: number; shared: number; tie: boolean }[] = [];
    for (const li of (await items.all()).slice(0, 5)) {
      top5.push({
        name: (await li.getAttribute('data-name'))!,
        rank: Number(await li.getAttribute('data-rank')),
        shared: Number(await li.getAttribute('data-shared')),
        tie: (await li.getByTestId('partner-tie').count()) > 0,
      });
    }
    console.log(`top-5 partners of 区发展和改革局: ${top5.map((p) => `${p.rank}${p.tie ? '=' : ''} ${p.name} (${p.shared})`).join('; ')}`);
    assert.deepEqual(top5.map((p) => p.shared), weights.slice(0, 5), 'the five heaviest links, in order');
    for (const p of top5) {
      assert.equal(weightOf.get(p.name), p.shared, `${p.name} shares ${p.shared} tasks per the API`);
      assert.equal(p.rank, rankOf(p.shared), `${p.name}'s rank`);
      assert.equal(p.tie, tied(p.shared), `${p.name} tie mark`);
    }
    await screenshot(page, '27-network-partners');
    // The first partner opens the tasks the two share.
    const first = mine.find((m) => m.name === top5[0].name)!;
    await items.first().getByRole('button').click();
    await page.waitForFunction(() => location.hash.includes('link='));
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=side-panel] [data-testid=task-card]').length === n, Math.min(first.tasks.length, 40));
    assert.equal(await page.getByTestId('panel-title').innerText(), `区发展和改革局 与 ${first.name} 的共同任务（${first.tasks.length}）`);
    const shown = await page.locator('[data-testid=side-panel] [data-testid=task-card]').evaluateAll((els) => els.map((e) => e.getAttribute('data-task')));
    assert.deepEqual(new Set(shown), new Set(first.tasks.slice(0, 40)));
    await screenshot(page, '27-network-partner-tasks');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('ledger: loose unit matching, collectives, fixed columns, sticky header', () => {
  type Page_ = { total: number; tasks: { id: string; leadUnits: string[] | null; units: string[] | null }[] };

  it('发改 finds 区发展和改革局', async () => {
    const want = await api<Page_>(`/tasks?unit=${encodeURIComponent('区发展和改革局')}&limit=1000`);
    const { page, errors } = await open(`#/ledger?unit=${encodeURIComponent('发改')}`);
    await page.getByTestId('unit-match').first().waitFor();
    assert.deepEqual(await page.getByTestId('unit-match').allInnerTexts(), ['区发展和改革局']);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=ledger-table] tbody tr').length === n, want.total);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a street office takes in the tasks of 各街道办事处, marked as such', async () => {
    const street = '龙洞街道办事处';
    const [own, collective] = await Promise.all([api<Page_>(`/tasks?unit=${encodeURIComponent(street)}&limit=1000`), api<Page_>(`/tasks?unit=${encodeURIComponent('各街道办事处')}&limit=1000`)]);
    const ownIDs = new Set(own.tasks.map((t) => t.id));
    const viaIDs = collective.tasks.map((t) => t.id).filter((id) => !ownIDs.has(id));
    assert.ok(viaIDs.length > 0, 'the seed assigns tasks to 各街道办事处');
    const { page, errors } = await open(`#/ledger?unit=${encodeURIComponent(street)}`);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=ledger-table] tbody tr').length === n, ownIDs.size + viaIDs.length);
    const marked = await page.locator('[data-testid=ledger-table] tbody tr:has([data-testid=via-collective])').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-task')));
    assert.deepEqual(new Set(marked), new Set(viaIDs), 'exactly the tasks that come through the collective are marked');
    assert.match(await page.getByTestId('via-collective').first().innerText(), /经 各街道办事处/);
    await screenshot(page, '28-ledger-street-collective');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('keeps its column widths across filters and its header on top while scrolling', async () => {
    const { page, errors } = await open('#/ledger');
    await page.getByTestId('ledger-table').waitFor();
    assert.equal(await page.getByTestId('ledger-table').evaluate((t) => getComputedStyle(t).tableLayout), 'fixed');
    const widths = () => page.locator('[data-testid=ledger-table] thead th').evaluateAll((ths) => ths.map((th) => Math.round(th.getBoundingClientRect().width)));
    const before = await widths();
    await page.getByTestId('filter-q').fill('城市更新');
    await page.waitForFunction(() => location.hash.includes('q='));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=ledger-table] tbody tr').length < 50);
    assert.deepEqual(await widths(), before, 'the columns keep their widths');
    await page.getByTestId('filter-q').fill('');
    await page.waitForFunction(() => !location.hash.includes('q='));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=ledger-table] tbody tr').length > 100);
    const wrap = page.locator('.view-ledger .table-wrap');
    await wrap.evaluate((el) => (el.scrollTop = 1500));
    const [wrapTop, headTop, scrolled] = await wrap.evaluate((el) => [el.getBoundingClientRect().top, el.querySelector('thead th')!.getBoundingClientRect().top, el.scrollTop]);
    assert.ok(scrolled > 0, 'the table scrolls inside its frame');
    assert.ok(Math.abs(headTop - wrapTop) <= 2, `the header stays at the top (${headTop} vs ${wrapTop})`);
    await screenshot(page, '29-ledger-scrolled');
    // The deadline filter narrows too; the seed writes no deadlines, so it says why nothing is left.
    await page.getByTestId('filter-deadline').fill('2023');
    await page.getByTestId('empty').waitFor();
    assert.match(await page.getByTestId('empty-reason').innerText(), /时限=2023/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('research tools', () => {
  it('exports what the network view shows as GEXF, and offers GraphML, JSON and CSV', async () => {
    const { page, errors } = await open('#/network?role=lead');
    await chartSeries(page, 'network');
    await page.getByTestId('export-menu-open').click();
    for (const f of ['graphml', 'json', 'csv']) assert.match((await page.getByTestId(`export-data-${f}`).getAttribute('href'))!, new RegExp(`format=${f}.*role=lead|role=lead.*format=${f}`));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-data-gexf').click()]);
    assert.equal(download.suggestedFilename(), 'govgraph-units.gexf');
    const gexf = readFileSync((await download.path())!, 'utf8');
    assert.match(gexf, /^<\?xml[^>]*\?>\s*<gexf /);
    const net = await api<{ nodes: unknown[]; links: unknown[] }>('/networks/units?role=lead');
    assert.equal((gexf.match(/<node /g) ?? []).length, net.nodes.length, 'the nodes of the lead-unit network');
    assert.equal((gexf.match(/<edge /g) ?? []).length, net.links.length);
    await screenshot(page, '30-export-menu');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('the Cypher console states its limits and that it needs the Neo4j store here', async () => {
    const { page, errors } = await open('#/cypher');
    await page.getByTestId('cypher-needs-neo4j').waitFor();
    assert.equal(await page.getByTestId('cypher-limits').innerText(), '只读查询：时间限制 5 秒，最多返回 1000 行。');
    assert.match(await page.getByTestId('cypher-needs-neo4j').innerText(), /需要 Neo4j 存储.*embedded/);
    await page.getByTestId('cypher-run').click();
    await page.getByTestId('error').waitFor();
    assert.equal(await page.getByTestId('error-message').innerText(), '当前服务器不支持这项功能。'); // the API's 501
    assert.match(await hashOf(page), /query=MATCH/);
    await screenshot(page, '31-cypher-embedded');
    assert.deepEqual(unexpectedErrors(errors), []);
    await page.close();
  });

  it('broker rankings leave out isolated units and say so; brokerage roles are explained', async () => {
    const metrics = await api<{ units: { name: string; degree: number }[] }>('/metrics/units');
    const isolated = metrics.units.filter((u) => u.degree === 0);
    assert.ok(isolated.length > 0, 'the seed has isolated units');
    const { page, errors } = await open('#/bottleneck?sort=constraint');
    await page.getByTestId('bottleneck-table').waitFor();
    assert.equal(await page.getByTestId('bottleneck-table').locator('tbody tr').count(), metrics.units.length - isolated.length);
    assert.match(await page.getByTestId('isolated-rule').innerText(), new RegExp(`排除 ${isolated.length} 个`));
    const names = await page.locator('[data-testid=bottleneck-table] tbody tr td:nth-child(2)').allInnerTexts();
    for (const u of isolated) assert.ok(!names.includes(u.name), `${u.name} (isolated) is not ranked as a broker`);
    for (const role of ['coordinator', 'gatekeeperRepresentative', 'itinerant', 'liaison']) await page.getByTestId(`definition-brokerage-${role}`).waitFor();
    await screenshot(page, '32-bottleneck-brokers');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('explore: a path written out', () => {
  it('picks both ends by searching and writes out the tasks between 区商务局 and 龙洞街道办事处', async () => {
    const from = unitID('区商务局');
    const to = unitID('龙洞街道办事处');
    const path = await api<{ nodes: { id: string; kind: string; label: string }[] }>(`/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    const tasks = path.nodes.filter((n) => n.kind === 'Task');
    const { page, errors } = await open('#/explore');
    for (const [key, name] of [['from', '区商务局'], ['to', '龙洞街道办事处']] as const) {
      const input = page.getByTestId(`path-${key}-search`);
      await input.fill(name.slice(0, 3));
      await page.waitForFunction((k) => document.querySelectorAll(`#path-${k}-hits option`).length > 0, key);
      const option = await page.locator(`#path-${key}-hits option`).evaluateAll((os, n) => (os as HTMLOptionElement[]).map((o) => o.value).find((v) => v.startsWith(`${n} ·`)), name);
      assert.ok(option, `a hit for ${name}`);
      await input.fill(option);
      await page.waitForFunction((k) => location.hash.includes(`${k}=`), key);
    }
    await page.getByTestId('path-step').first().waitFor();
    assert.equal(await page.getByTestId('path-step').count(), tasks.length, 'one sentence per task on the path');
    const steps = await page.getByTestId('path-step').allInnerTexts();
    assert.match(steps[0], /^区商务局（/);
    assert.match(steps[steps.length - 1], /龙洞街道办事处（[^）]+）同在第 \d+ 项任务/);
    // Each task in its full words, from the document's source.
    const doc = tasks[0].id.split(':')[1];
    const src = await api<{ source: string; tasks: { index: number; start: number; end: number }[] }>(`/documents/${doc}/source`);
    const points = Array.from(src.source);
    for (const t of tasks) {
      const span = src.tasks.find((s) => s.index === Number(t.id.split(':')[2]))!;
      const text = points.slice(span.start, span.end).join('');
      await page.waitForFunction((s) => [...document.querySelectorAll('[data-testid=path-step] q')].some((q) => q.textContent === s), text);
    }
    console.log(`path 区商务局 → 龙洞街道办事处:\n  ${steps.join('\n  ')}`);
    const s = await chartSeries(page, 'explore');
    for (const n of path.nodes) assert.ok((s.data ?? []).some((d) => d.id === n.id), `${n.label} drawn`);
    await screenshot(page, '33-explore-path-text');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('explore: node cards, expand by one relationship type, remove and undo', () => {
  type Sub = { nodes: { id: string }[]; edges: { source: string; target: string; type: string }[] };
  const drawn = (page: Page) => page.evaluate(() => ((window.__govgraph.charts.explore?.getOption() as { series?: { data?: { id: string }[] }[] } | undefined)?.series?.[0]?.data ?? []).map((d) => d.id).sort());
  const waitDrawn = (page: Page, want: string[]) =>
    page.waitForFunction((w) => JSON.stringify(((window.__govgraph.charts.explore?.getOption() as { series?: { data?: { id: string }[] }[] } | undefined)?.series?.[0]?.data ?? []).map((d) => d.id).sort()) === JSON.stringify(w), want);

  it('区商务局: its card, only its SUPPORTS tasks, removed and brought back', async () => {
    const commerce = unitID('区商务局');
    const street = unitID('龙洞街道办事处');
    const [unit, nc, ns] = await Promise.all([
      api<{ tasks: number; leadTasks: number; taskList: { leaders: string[] | null }[] }>(`/units/${encodeURIComponent('区商务局')}?jurisdiction=${encodeURIComponent(J)}`),
      api<Sub>(`/neighbours?id=${encodeURIComponent(commerce)}`),
      api<Sub>(`/neighbours?id=${encodeURIComponent(street)}`),
    ]);
    const ids = (...subs: Sub[]) => [...new Set(subs.flatMap((s) => s.nodes.map((n) => n.id)))].sort();
    const supports = nc.edges.filter((e) => e.type === 'SUPPORTS' && (e.source === commerce || e.target === commerce));
    assert.ok(supports.length > 0 && supports.length < nc.edges.length, '区商务局 both leads and supports tasks');

    const { page, errors } = await open(`#/explore?nodes=${encodeURIComponent([commerce, street].join(','))}&focus=${encodeURIComponent(commerce)}`);
    await waitDrawn(page, ids(nc, ns));
    await page.getByTestId('card-tasks').waitFor();
    assert.equal(await page.getByTestId('card-jurisdiction').innerText(), J);
    assert.equal(await page.getByTestId('card-tasks').innerText(), `${unit.tasks} 项（牵头 ${unit.leadTasks} 项）`);
    const leaders = new Set(unit.taskList.flatMap((t) => t.leaders ?? []));
    assert.equal(await page.getByTestId('card-leader').count(), leaders.size, 'every leader of its tasks, each a link to the portfolio');
    assert.match(decodeURIComponent((await page.getByTestId('card-leader').first().getAttribute('href'))!), new RegExp(`^#/portfolio\\?jurisdiction=${J}&leader=`));
    assert.equal(decodeURIComponent((await page.getByTestId('card-ledger').getAttribute('href'))!), `#/ledger?jurisdiction=${J}&unit=区商务局`);
    await screenshot(page, '34-explore-node-card');

    // Expand by SUPPORTS only: 区商务局's lead tasks leave the graph (unless 龙洞街道办事处 brings them).
    await page.locator('[data-testid=expand-type][data-type=SUPPORTS]').click();
    await page.waitForFunction(() => decodeURIComponent(location.hash).includes('SUPPORTS>unit:'));
    const supportOnly = [...new Set([commerce, ...supports.map((e) => (e.source === commerce ? e.target : e.source)), ...ids(ns)])].sort();
    await waitDrawn(page, supportOnly);

    // Remove 区商务局: its neighbourhood goes with it; undo brings it back.
    await page.getByTestId('node-remove').click();
    await waitDrawn(page, ids(ns));
    assert.match(decodeURIComponent(await hashOf(page)), new RegExp(`hide=${commerce}`));
    await screenshot(page, '35-explore-removed');
    await page.getByTestId('explore-undo').click();
    await waitDrawn(page, supportOnly);
    await page.getByTestId('explore-undo').click();
    await waitDrawn(page, ids(nc, ns));
    assert.ok(await page.getByTestId('explore-undo').isDisabled(), 'nothing more to undo');
    assert.deepEqual(await drawn(page), ids(nc, ns));
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('an empty graph says why: nothing added yet, or everything removed', async () => {
    const commerce = unitID('区商务局');
    const { page, errors } = await open('#/explore');
    assert.match(await page.getByTestId('explore-empty').innerText(), /还没有节点.*加入/);
    await page.goto(`${e2e.server.url}/#/explore?nodes=${encodeURIComponent(commerce)}&focus=${encodeURIComponent(commerce)}`);
    await page.getByTestId('node-remove').click();
    assert.match(await page.getByTestId('explore-empty').innerText(), /都已移除.*撤销/);
    await page.getByTestId('explore-undo').click();
    await chartSeries(page, 'explore');
    await page.waitForFunction(() => document.querySelector('[data-testid=explore-empty]') === null);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
