// End-to-end: the 数据质量 view on the real binary and Chromium — the seed's
// empty queue, the queue of an uploaded 市中区 2025 document (duplicates by
// abbreviation, lineage candidates, parse problems), and accepting one
// suggestion with the admin token.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ADMIN_TOKEN, openPage, screenshot, session, upload } from './harness';

const e2e = session();

async function api<T>(path: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const res = await fetch(`${e2e.server.url}/api/v1${path}`, init);
  return { status: res.status, body: (await res.json()) as T };
}

describe('数据质量 (data-quality queue)', () => {
  it('shows the seed’s empty queue, a document’s items as text, and accepts a suggestion as admin', async () => {
    const docs = (await api<{ id: string }[]>('/documents')).body;
    const seed = docs[0].id;
    const sz2024 = await upload(e2e.server.url, 'testdata/corpus/2024-jinan-shizhong-tasks.txt');
    const sz2025 = await upload(e2e.server.url, 'testdata/quality/2025-jinan-shizhong-tasks.txt');

    const { page, errors } = await openPage(e2e.browser, e2e.server.url, `#/quality?document=${encodeURIComponent(seed)}`);
    await page.getByTestId('quality-coverage').waitFor();
    assert.match(await page.getByTestId('quality-queue').innerText(), /没有待处理/);
    assert.match(await page.getByTestId('quality-coverage').innerText(), /任务 144 项/);
    assert.equal(await page.getByTestId('quality-table').count(), 0);

    // Read-only: the queue of 市中区 2025, nine items, no buttons.
    await page.goto(`${e2e.server.url}/#/quality?document=${encodeURIComponent(sz2025)}`);
    const rows = page.locator('[data-testid=quality-table] tbody tr');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=quality-table] tbody tr').length === 9);
    const texts = await rows.allInnerTexts();
    assert.ok(texts.some((t) => t.includes('疑似重复单位') && t.includes('16:45') && t.includes('区住建局 ↔ 区住房和城乡建设局')), texts.join('\n'));
    assert.ok(texts.some((t) => t.includes('疑似机构沿革') && t.includes('区自然资源局 ↔ 区自然资源和规划局')));
    assert.ok(texts.some((t) => t.includes('批注未能解析') && t.includes('19:13')));
    assert.equal(await page.getByTestId('quality-accept').count(), 0, 'no accept without a token');
    assert.equal(await page.getByTestId('quality-dismiss').count(), 0);
    await screenshot(page, '20-quality-readonly');

    // The documents view shows each document's coverage.
    await page.goto(`${e2e.server.url}/#/documents`);
    await page.waitForFunction(() => {
      const cells = [...document.querySelectorAll('[data-testid=document-coverage]')];
      return cells.length === 3 && cells.every((c) => c.textContent !== '…');
    });
    const coverage = await page.getByTestId('document-coverage').allInnerTexts();
    assert.ok(coverage.includes('0/2 (0%)'), `coverage ${coverage}`);
    await screenshot(page, '21-documents-coverage');

    // With the admin token: accept 区住建局 → 区住房和城乡建设局.
    await page.getByTestId('admin-token').fill(ADMIN_TOKEN);
    await page.getByTestId('admin-token-save').click();
    await page.goto(`${e2e.server.url}/#/quality?document=${encodeURIComponent(sz2025)}`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=quality-table] tbody tr').length === 9);
    assert.equal(await page.getByTestId('quality-accept').count(), 5, 'accept on the three duplicates and two lineage candidates');
    await screenshot(page, '22-quality-admin');
    await rows.filter({ hasText: '区住建局 ↔ 区住房和城乡建设局' }).getByTestId('quality-accept').click();
    await page.getByTestId('quality-result').waitFor();
    assert.match(await page.getByTestId('quality-result').innerText(), /aliases\.tsv.*1/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=quality-table] tbody tr').length === 8);
    await screenshot(page, '23-quality-accepted');

    // The stored document was re-derived: the unit has its full name.
    const jur = encodeURIComponent('济南市市中区');
    assert.equal((await api(`/units/${encodeURIComponent('区住建局')}?jurisdiction=${jur}`)).status, 404);
    const full = await api<{ taskList: unknown[] }>(`/units/${encodeURIComponent('区住房和城乡建设局')}?jurisdiction=${jur}`);
    assert.equal(full.status, 200);
    assert.equal(full.body.taskList.length, 3, 'one task of 2024 and two of 2025');
    // The 2024 document's queue lost the item too.
    const q2024 = await api<{ items: { names: string[] }[] }>(`/documents/${sz2024}/quality`);
    assert.ok(!q2024.body.items.some((i) => i.names.includes('区住建局')));
    assert.deepEqual(errors, []);
    await page.close();
  });
});
