// End-to-end: a task's footnotes (注：①…) and a table's measure column
// (具体措施) are shown wherever the task is: the ledger's rows and task
// card, a leader's task list, a unit's panel on the network, and the
// explore view's task card and written-out path. The document,
// testdata/notes/2024-jinan-huaiyin-measures.md (济南市槐荫区 2024, a table
// 重点任务 | 具体措施 with two footnotes), is uploaded next to the seed.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Locator } from 'playwright-core';
import { openPage, screenshot, session, unexpectedErrors, upload } from './harness';

const J = '济南市槐荫区';
const NOTE = '注：①配套道路指会展片区规划范围内的市政道路。';
const MEASURE = '年内打通断头路3条，同步敷设雨污管网';
const MEASURE_2 = '建立企业服务专员制度，每季度走访一次';

let doc = '';
const s = session(async () => {
  doc = await upload(s.server.url, 'testdata/notes/2024-jinan-huaiyin-measures.md');
});
const open = (hash: string) => openPage(s.browser, s.server.url, hash);
const q = encodeURIComponent;

/** The text of the measures and notes lines under a task, and that they hold no element but their label. */
async function extras(scope: Locator): Promise<{ measures: string[]; notes: string[] }> {
  const read = async (testid: string) => {
    const lines = scope.getByTestId(testid);
    const out: string[] = [];
    for (const line of await lines.all()) {
      assert.equal(await line.evaluate((el) => el.querySelectorAll('*:not(.extra-label)').length), 0, `${testid} holds elements: it must be text`);
      out.push(await line.innerText());
    }
    return out;
  };
  return { measures: await read('task-measures'), notes: await read('task-notes') };
}

describe('task notes and measures', () => {
  it('are in the ledger: under the task in its row, in its card, and in the CSV', async () => {
    const { page, errors } = await open(`#/ledger?document=${q(doc)}`);
    const rows = page.getByTestId('ledger-table').locator('tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 4);
    const first = await extras(rows.nth(0));
    assert.equal(first.measures.length, 1);
    assert.ok(first.measures[0].includes(MEASURE), `row 1 measures: ${first.measures}`);
    assert.ok(first.notes[0]?.includes(NOTE), `row 1 notes: ${first.notes}`);
    const second = await extras(rows.nth(1));
    assert.ok(second.measures[0]?.includes(MEASURE_2) && second.notes[0]?.includes('②重点企业'), JSON.stringify(second));
    // A task without a footnote has no notes line.
    assert.deepEqual((await extras(rows.nth(2))).notes, []);
    await screenshot(page, 'notes-ledger');

    await rows.nth(0).getByTestId('open-source').click();
    const card = page.getByTestId('side-panel').getByTestId('task-card');
    await card.waitFor();
    const inCard = await extras(card);
    assert.ok(inCard.measures[0]?.includes(MEASURE) && inCard.notes[0]?.includes(NOTE), JSON.stringify(inCard));
    await screenshot(page, 'notes-ledger-card');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.ok(csv.includes('具体措施') && csv.includes(MEASURE) && csv.includes(NOTE), csv.slice(0, 400));
    assert.deepEqual(unexpectedErrors(errors), []);
    await page.close();
  });

  it("are in a leader's task list and in a unit's panel", async () => {
    const { page, errors } = await open(`#/portfolio?jurisdiction=${q(J)}&leader=${q('孟庆安')}`);
    const list = page.getByTestId('task-list').first();
    await list.getByTestId('task-card').first().waitFor();
    const shown = await extras(list);
    assert.ok(shown.measures.some((m) => m.includes(MEASURE)) && shown.measures.some((m) => m.includes(MEASURE_2)), JSON.stringify(shown));
    assert.ok(shown.notes.some((n) => n.includes(NOTE)), JSON.stringify(shown));
    await list.getByTestId('task-measures').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'notes-portfolio');
    await page.close();

    const unit = await open(`#/network?jurisdiction=${q(J)}&node=${q(`unit:${J}/区住房和城乡建设局`)}`);
    const panel = unit.page.getByTestId('side-panel');
    await panel.getByTestId('task-card').first().waitFor();
    const inPanel = await extras(panel);
    assert.ok(inPanel.measures.some((m) => m.includes(MEASURE)) && inPanel.notes.some((n) => n.includes(NOTE)), JSON.stringify(inPanel));
    assert.deepEqual(unexpectedErrors([...errors, ...unit.errors]), []);
    await unit.page.close();
  });

  it("are on the explore view's task card and in a path written out", async () => {
    const task = `task:${doc}:0`;
    const from = `unit:${J}/区住房和城乡建设局`;
    const to = `unit:${J}/区自然资源局`;
    const { page, errors } = await open(`#/explore?nodes=${q(task)}&focus=${q(task)}&from=${q(from)}&to=${q(to)}`);
    const card = page.getByTestId('side-panel');
    await card.getByTestId('task-notes').waitFor();
    const inCard = await extras(card);
    assert.ok(inCard.measures[0]?.includes(MEASURE) && inCard.notes[0]?.includes(NOTE), JSON.stringify(inCard));
    const steps = page.getByTestId('path-step');
    await steps.first().getByTestId('task-measures').waitFor();
    const inPath = await extras(page.getByTestId('path-text'));
    assert.ok(inPath.measures.some((m) => m.includes('年内打通断头路') || m.includes('新建小学1所')), JSON.stringify(inPath));
    await screenshot(page, 'notes-explore');
    assert.deepEqual(unexpectedErrors(errors), []);
    await page.close();
  });
});
