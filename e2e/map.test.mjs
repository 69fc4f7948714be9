// Browser test of the web map: starts `marsad demo`, waits for markers, filters by type, opens an event and
// checks that the highlighted trigger is the record's trigger. Saves a screenshot to e2e/out/map.png.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(here, 'out');
mkdirSync(out, { recursive: true });
const results = [];
const check = (name, ok, detail = '') => { results.push({ name, ok }); console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} ${detail}`); };

function startDemo() {
  return new Promise((resolve, reject) => {
    const proc = spawn(join(root, 'marsad'), ['demo', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    const timer = setTimeout(() => reject(new Error('demo did not print its URL within 300 s')), 300_000);
    let buf = '';
    proc.stdout.on('data', (d) => {
      buf += d.toString();
      const m = buf.match(/serving \d+ events at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) { clearTimeout(timer); resolve({ proc, url: m[1] }); }
    });
    proc.on('exit', (code) => { clearTimeout(timer); reject(new Error('demo exited with ' + code)); });
  });
}

const { proc, url } = await startDemo();
process.on('exit', () => proc.kill('SIGTERM'));
let browser;
try {
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'marsad-e2e-')), {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('path.event-marker, .cluster', { state: 'attached', timeout: 60_000 });
  await page.waitForFunction(() => [...document.querySelectorAll('path.event-marker, .cluster')]
    .some((m) => m.getBoundingClientRect().width > 0), null, { timeout: 30_000 });
  const markers = await page.locator('path.event-marker, .cluster').count();
  check('markers are drawn', markers > 0, `(${markers})`);

  const stats = await page.evaluate(async () => (await (await fetch('/api/stats/type')).json()).counts);
  const type = stats[0].key;
  await page.selectOption('#f-type', type);
  await page.click('#apply');
  await page.waitForFunction((t) => {
    const rows = [...document.querySelectorAll('#events tbody tr')];
    return rows.length > 0 && rows.every((r) => r.children[1].textContent === t);
  }, type, { timeout: 30_000 });
  const rows = await page.locator('#events tbody tr').count();
  check('filtering by type keeps only that type', rows > 0 && rows <= stats[0].count, `(${type}: ${rows} rows)`);

  const row = page.locator('#events tbody tr').first();
  const id = await row.getAttribute('data-id');
  await row.click();
  await page.waitForSelector('#panel .source mark.trigger', { timeout: 30_000 });
  const shown = await page.locator('#panel .source mark.trigger').first().textContent();
  const record = await page.evaluate(async (i) => (await (await fetch('/api/events/' + i)).json()).event, id);
  check('the highlighted trigger is the record\'s trigger', shown === record.trigger.text, `("${shown}" vs "${record.trigger.text}")`);
  // the timeline has day labels, and brushing it sets the date filter
  const ticks = await page.locator('#timeline text.tick').count();
  check('the timeline has day labels', ticks > 0, `(${ticks})`);
  const box = await page.locator('#timeline').boundingBox();
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector('#f-from').value && document.querySelector('#f-to').value,
    null, { timeout: 10_000 });
  const [from, to] = await page.evaluate(() => [document.querySelector('#f-from').value, document.querySelector('#f-to').value]);
  check('brushing the timeline sets a date range', from <= to, `(${from} .. ${to})`);

  // article search: the trigger word finds its article; the hits mark it; the text filter keeps matching events
  await page.click('#clear');
  await page.fill('#q', record.trigger.text);
  await page.click('#search-go');
  await page.waitForSelector('#panel li.hit', { timeout: 30_000 });
  const hits = await page.locator('#panel li.hit').count();
  const marks = await page.locator('#panel li.hit mark.hit').count();
  check('article search lists hits with marked words', hits > 0 && marks > 0, `(${hits} hits, ${marks} marks)`);
  const filtered = await page.evaluate(async (q) => (await (await fetch('/api/events?text=' + encodeURIComponent(q))).json()).total, record.trigger.text);
  const shownRows = await page.waitForFunction((n) => document.querySelectorAll('#events tbody tr').length === Math.min(n, 1000), filtered, { timeout: 15_000 })
    .then(() => Math.min(filtered, 1000)).catch(() => page.locator('#events tbody tr').count());
  check('the search words filter the table', filtered > 0 && shownRows === Math.min(filtered, 1000)
    && (await page.inputValue('#f-text')) === record.trigger.text, `(${filtered} events, ${shownRows} rows)`);
  check('no script errors on the page', errors.length === 0, errors.join('; '));
  await page.screenshot({ path: join(out, 'map.png'), fullPage: true });
} catch (e) {
  check('browser run', false, e.message);
} finally {
  if (browser) await browser.close();
  proc.kill('SIGTERM');
}
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
