import { startBrowser } from './harness';
const base = process.argv[2];
const out = process.argv[3];
const hashes = process.argv.slice(4);
const b = await startBrowser();
for (const [i, h] of hashes.entries()) {
  const p = await b.context.newPage();
  p.on('pageerror', (e) => console.log('pageerror', h, e.message));
  await p.goto(`${base}/${h}`);
  await p.waitForTimeout(4000);
  await p.screenshot({ path: `${out}/${String(i).padStart(2, '0')}.png` });
  console.log(i, h);
  await p.close();
}
await b.close();
