// End-to-end: the Cypher console on the Neo4j store. The server runs on the
// Neo4j at E2E_NEO4J_URI (scripts/test passes the one it started; by hand:
// scripts/neo4j-local start, then
// E2E_NEO4J_URI=bolt://127.0.0.1:7687 node --import tsx --test e2e/cypher-neo4j.test.ts).
// The database is emptied through the API and the seed uploaded, so that
// what other tests left there does not count. Without E2E_NEO4J_URI the
// file is skipped, except under CI=true, where it fails.

import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ADMIN_TOKEN, chartSeries, checkNoFailures, drawnLabels, getJSON, openPage, overlappingLabels, screenshot, startBrowser, startServer, unexpectedErrors, upload, type Browser, type Server } from './harness';

const NEO4J = process.env.E2E_NEO4J_URI ?? '';
const missing = 'E2E_NEO4J_URI is not set: the Cypher console e2e needs a Neo4j 5 (scripts/neo4j-local start; E2E_NEO4J_URI=bolt://127.0.0.1:7687)';
if (!NEO4J && process.env.CI === 'true') throw new Error(missing);

const SEED = 'seeds/documents/2023-jinan-lixia-government-work-report-tasks.txt';
const J = '济南市历下区';

type Series = { data?: { id?: string; name?: string; category?: number }[]; links?: { source: string; target: string; value: string }[]; categories?: { name: string; itemStyle?: { color?: string } }[] };

describe('the Cypher console on the Neo4j store', { skip: NEO4J ? false : missing }, () => {
  let server: Server;
  let browser: Browser;

  before(async () => {
    server = await startServer({ neo4jURI: NEO4J });
    browser = await startBrowser();
    // Only the seed in the database, whatever was there before.
    for (const d of await getJSON<{ id: string }[]>(server.url, '/documents')) {
      const res = await fetch(`${server.url}/api/v1/documents/${d.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
      assert.equal(res.status, 204, `delete ${d.id}: ${res.status}`);
    }
    await upload(server.url, SEED);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(checkNoFailures);

  const open = (hash: string) => openPage(browser, server.url, hash);

  async function runQuery(page: Page, query: string, params: string, button = 'cypher-run'): Promise<void> {
    await page.getByTestId('cypher-query').fill(query);
    await page.getByTestId('cypher-params').fill(params);
    await page.getByTestId(button).click();
    await page.getByTestId('cypher-count').waitFor();
  }

  it('draws the nodes and relationships a query returns, units in the network view’s kind colours, next to the table', async () => {
    const unit = await getJSON<{ taskList: { id: string; leadUnits: string[] | null }[] }>(server.url, `/units/${encodeURIComponent('区发展和改革局')}?jurisdiction=${encodeURIComponent(J)}`);
    const leads = unit.taskList.filter((t) => (t.leadUnits ?? []).includes('区发展和改革局'));
    assert.ok(leads.length > 3, 'the seed has 区发展和改革局 lead several tasks');

    const { page, errors } = await open('#/cypher');
    await page.getByTestId('cypher-limits').filter({ hasText: '时间限制' }).waitFor();
    assert.equal(await page.getByTestId('cypher-limits').innerText(), '只读查询：时间限制 5 秒，最多返回 1000 行。');
    assert.equal(await page.getByTestId('cypher-needs-neo4j').count(), 0, 'no "needs Neo4j" note on the Neo4j store');

    await runQuery(page, 'MATCH (u:Unit {name: $name, jurisdiction: $j})-[r:LEADS]->(t:Task)\nRETURN u, r, t ORDER BY t.index', `name="区发展和改革局"\nj="${J}"`);
    assert.equal(await page.getByTestId('cypher-count').innerText(), `${leads.length} 行`);
    assert.equal(await page.getByTestId('cypher-table').locator('tbody tr').count(), leads.length);
    const s = (await chartSeries(page, 'cypher')) as Series;
    const nodes = s.data ?? [];
    assert.equal(nodes.length, leads.length + 1, 'the unit and each of its lead tasks, once');
    assert.equal(s.links?.length, leads.length, 'one LEADS relationship per task');
    assert.ok(s.links!.every((l) => l.value === 'LEADS'));
    assert.match(await page.getByTestId('cypher-graph-status').innerText(), new RegExp(`^图：${leads.length + 1} 个节点，${leads.length} 条关系`));
    // The unit's colour is its kind's colour on the network view.
    const net = await getJSON<{ series: Series[] }>(server.url, '/charts/network');
    const kindColour = new Map((net.series[0].categories ?? []).map((c) => [c.name, c.itemStyle?.color]));
    const u = nodes.find((n) => n.name === '区发展和改革局')!;
    const cat = s.categories![u.category!];
    assert.equal(cat.name, '政府部门');
    assert.equal(cat.itemStyle?.color, kindColour.get('政府部门'), 'the same colour for 政府部门 as on the network view');
    assert.match(decodeURIComponent(await page.evaluate(() => location.hash)), /params=name=.*query=MATCH/s);
    // The force layout has run to its end before the first picture: the labels ECharts laid out lie over no other, the hub keeps its own.
    const labels = await drawnLabels(page, 'cypher');
    assert.deepEqual(overlappingLabels(labels, 0.05), [], 'labels overlap');
    assert.ok(labels.find((l) => l.name === '区发展和改革局')?.box, 'the unit of highest degree keeps its label');
    await page.locator('.cypher-graph').scrollIntoViewIfNeeded();
    await screenshot(page, 'cypher-01-neo4j-graph');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('draws a path returned as a path, and says when a result holds no graph', async () => {
    const { page, errors } = await open('#/cypher');
    await runQuery(page, 'MATCH p = shortestPath((a:Unit {name: $from})-[*..8]-(b:Unit {name: $to}))\nRETURN p', 'from="区商务局"\nto="龙洞街道办事处"');
    const s = (await chartSeries(page, 'cypher')) as Series;
    const names = (s.data ?? []).map((n) => n.name);
    assert.ok(names.includes('区商务局') && names.includes('龙洞街道办事处'), `both ends drawn: ${names.join(' ')}`);
    assert.equal(s.links?.length, (s.data?.length ?? 0) - 1, 'a path: one relationship fewer than nodes');
    await page.waitForTimeout(1200);
    await page.locator('.cypher-graph').scrollIntoViewIfNeeded();
    await screenshot(page, 'cypher-02-neo4j-path');

    await runQuery(page, 'MATCH (u:Unit) RETURN u.kind AS kind, count(*) AS units ORDER BY units DESC', '');
    assert.match(await page.getByTestId('cypher-graph-status').innerText(), /没有节点或关系/);
    assert.ok(await page.locator('.cypher-graph').isHidden(), 'no empty chart left standing');
    assert.ok((await page.getByTestId('cypher-table').locator('tbody tr').count()) > 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('EXPLAIN shows the plan without running the query; a write is refused in the UI language', async () => {
    const { page, errors } = await open('#/cypher');
    await runQuery(page, 'MATCH (u:Unit)-[:LEADS]->(t:Task) RETURN u.name AS unit, count(t) AS tasks ORDER BY tasks DESC LIMIT $n', 'n=10', 'cypher-explain');
    await page.getByTestId('cypher-plan').waitFor();
    const ops = await page.getByTestId('plan-operator').evaluateAll((els) => els.map((e) => e.getAttribute('data-operator')));
    assert.equal(ops[0], 'ProduceResults', `the plan's root: ${ops.join(' ')}`);
    assert.ok(ops.some((o) => o === 'Top' || o === 'Sort'), `ORDER BY … LIMIT planned: ${ops.join(' ')}`);
    assert.equal(await page.getByTestId('cypher-count').innerText(), '0 行');
    await screenshot(page, 'cypher-03-neo4j-explain');

    await page.getByTestId('cypher-query').fill('CREATE (n:Unit {name: "x"}) RETURN n');
    await page.getByTestId('cypher-params').fill('');
    await page.getByTestId('cypher-run').click();
    await page.getByTestId('error').waitFor();
    assert.match(await page.getByTestId('error-message').innerText(), /[\u4e00-\u9fff]/, 'said in Chinese');
    assert.equal(await page.getByTestId('cypher-plan').isHidden(), true, 'nothing stale under the error');
    await screenshot(page, 'cypher-04-neo4j-write-refused');
    assert.deepEqual(unexpectedErrors(errors), []);
    await page.close();
  });
});
