// Browser test of the web map: starts `marsad demo`, waits for markers, filters by type, opens an event and
// checks that the highlighted trigger is the record's trigger; place labels over Syria at zoom 8, the legend, the
// timeline drawn to time, a stack of markers at one spot spread out (spiderfy), dates as ISO with the `reported`
// precision shown, a happening's outlets, sources and merge keys, and a narrow window. Saves screenshots to e2e/out/
// (map.png, syria-z8.png, spiderfy.png, panel.png, timeline.png, happening.png, narrow.png).
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
  await page.waitForSelector('.leaflet-marker-icon.event-marker, .leaflet-marker-icon.cluster', { state: 'attached', timeout: 60_000 });
  await page.waitForFunction(() => [...document.querySelectorAll('.leaflet-marker-icon.event-marker, .leaflet-marker-icon.cluster')]
    .some((m) => m.getBoundingClientRect().width > 0), null, { timeout: 30_000 });
  const markers = await page.locator('.leaflet-marker-icon.event-marker, .leaflet-marker-icon.cluster').count();
  check('markers are drawn', markers > 0, `(${markers})`);
  check('the page has a favicon', await page.evaluate(async () => {
    const link = document.querySelector('link[rel="icon"]');
    return !!link && (await fetch(link.href)).ok;
  }));
  const tableDates = await page.$$eval('#events tbody tr td:first-child', (tds) => tds.map((t) => t.textContent));
  check('table dates are ISO (YYYY-MM-DD, YYYY-MM or YYYY, with the precision when not a day)',
    tableDates.length > 0 && tableDates.every((d) => d === '' || /^\d{4}(-\d{2}(-\d{2})?)?( \(.+\))?$/.test(d)),
    `(${tableDates.filter((d) => d).slice(0, 3).join(', ')})`);

  // the legend names the type colours and the marker sizes; a marker's colour is its type's colour in the legend
  const legend = await page.evaluate(() => {
    const box = document.querySelector('#legend');
    if (!box || box.getBoundingClientRect().width === 0) return null;
    const colour = {};
    for (const li of box.querySelectorAll('ul.types li')) colour[li.textContent.trim()] = getComputedStyle(li.querySelector('.dot')).backgroundColor;
    const marker = document.querySelector('.event-marker .dot');
    const type = marker && [...marker.parentElement.classList].find((c) => c.startsWith('event-') && c !== 'event-marker').slice(6);
    return { colour, sizes: box.querySelectorAll('ul.sizes li').length, type, markerColour: marker && getComputedStyle(marker).backgroundColor };
  });
  check('the legend is shown with type colours and marker sizes', legend != null && Object.keys(legend.colour).length >= 10
    && legend.sizes >= 3, legend ? `(${Object.keys(legend.colour).length} types, ${legend.sizes} sizes)` : '(none)');
  check('a marker has its type\'s legend colour', legend != null && legend.type != null
    && legend.markerColour === (legend.colour[legend.type] || legend.colour['other · غير ذلك']), legend ? `(${legend.type}: ${legend.markerColour})` : '');

  // place labels without a tile server: at zoom 8 over Syria its towns are named
  await page.evaluate(() => window.marsadMap.setView([35.3, 37.6], 8, { animate: false }));
  await page.waitForFunction(() => document.querySelectorAll('.place-label').length > 5, null, { timeout: 10_000 });
  const labels = await page.evaluate(() => {
    const map = document.querySelector('#map').getBoundingClientRect();
    return [...document.querySelectorAll('.place-label span')].filter((s) => {
      const r = s.getBoundingClientRect();
      return r.width > 0 && r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom
        && getComputedStyle(s).visibility !== 'hidden';
    }).map((s) => s.textContent);
  });
  check('place labels are visible at zoom 8 over Syria', labels.length >= 10 && ['حلب', 'حمص', 'حماة'].every((n) => labels.includes(n)),
    `(${labels.length}: ${labels.slice(0, 8).join('، ')})`);
  await page.locator('#map').screenshot({ path: join(out, 'syria-z8.png') });

  // markers at one spot: the cluster at the deepest zoom spreads out into its markers when clicked (spiderfy)
  const stack = await page.evaluate(() => {
    const at = new Map();
    for (const m of window.marsadMarkers.getLayers()) {
      const k = m.getLatLng().lat + ',' + m.getLatLng().lng;
      at.set(k, (at.get(k) || 0) + 1);
    }
    const best = [...at.entries()].sort((a, b) => b[1] - a[1])[0];
    if (!best || best[1] < 2) return null;
    const [lat, lon] = best[0].split(',').map(Number);
    window.marsadSpiderfied = 0;
    window.marsadMarkers.on('spiderfied', (e) => { window.marsadSpiderfied = e.markers.length; });
    window.marsadMap.setView([lat, lon], window.marsadMap.getMaxZoom(), { animate: false });
    return { lat, lon, n: best[1] };
  });
  if (!stack) {
    check('the demo has a stack of events at one spot', false);
  } else {
    await page.waitForTimeout(500);
    const icon = await page.evaluate(({ n }) => {
      const c = [...document.querySelectorAll('.cluster')].find((e) => e.textContent === String(n) && e.getBoundingClientRect().width > 0);
      if (!c) return null;
      const r = c.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, stack);
    if (icon) await page.mouse.click(icon.x, icon.y);
    await page.waitForFunction(() => window.marsadSpiderfied > 0, null, { timeout: 5_000 }).catch(() => {});
    await page.waitForTimeout(600); // the spread's animation
    const spread = await page.evaluate(() => {
      const seen = new Set();
      for (const m of document.querySelectorAll('.event-marker')) {
        const r = m.getBoundingClientRect();
        if (r.width > 0 && getComputedStyle(m).opacity !== '0') seen.add(Math.round(r.left) + ':' + Math.round(r.top));
      }
      return { spiderfied: window.marsadSpiderfied, places: seen.size };
    });
    check('a stack of markers at one spot spreads out when clicked', icon != null && spread.spiderfied === stack.n
      && spread.places >= stack.n, `(${stack.n} events at ${stack.lat},${stack.lon}: ${spread.spiderfied} spread, ${spread.places} positions)`);
    await page.locator('#map').screenshot({ path: join(out, 'spiderfy.png') });
  }

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
  // the rule (e.g. ASSAULT/قصف#2) reads left to right with its Arabic word isolated: what follows the word stays after it
  const rule = await page.evaluate(() => {
    const dd = [...document.querySelectorAll('#panel dt')].find((d) => d.textContent === 'rule').nextElementSibling;
    const bdi = dd.querySelector('bdi');
    const tail = bdi && bdi.nextSibling;
    let tailLeft = null;
    if (tail) { const r = document.createRange(); r.selectNodeContents(tail); tailLeft = r.getBoundingClientRect().left; }
    return { text: dd.textContent, dir: dd.dir, bdiRight: bdi && bdi.getBoundingClientRect().right, tailLeft };
  });
  check('the rule is shown as written, left to right, its Arabic word isolated', rule.text === record.rule && rule.dir === 'ltr'
    && (!/[\u0600-\u06FF]/.test(record.rule) || (rule.bdiRight != null && (rule.tailLeft == null || rule.tailLeft >= rule.bdiRight - 1))),
    JSON.stringify(rule));
  await page.locator('#panel').screenshot({ path: join(out, 'panel.png') });
  // the timeline has day labels, and brushing it sets the date filter
  const ticks = await page.$$eval('#timeline .axis.x .tick text', (t) => t.map((e) => e.textContent));
  check('the timeline has ISO date ticks', ticks.length > 1 && ticks.every((t) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(t)), `(${ticks.join(' ')})`);
  const box = await page.locator('#timeline').boundingBox();
  await page.mouse.move(box.x + 40, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 20, box.y + box.height / 2, { steps: 5 });
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
  await page.screenshot({ path: join(out, 'map.png'), fullPage: true });

  // the timeline is drawn to time: with days a month and a year apart, the gaps are in proportion
  const days = [{ key: '2024-01-15', count: 3 }, { key: '2024-02-15', count: 1 }, { key: '2025-01-15', count: 2 }];
  await page.route('**/api/stats/day*', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({ by: 'day', counts: days }) }));
  await page.click('#clear');
  await page.waitForSelector('#timeline rect.bar[data-day="2025-01-15"]', { timeout: 15_000 });
  const xs = await page.$$eval('#timeline rect.bar', (rs) => Object.fromEntries(rs.map((r) => [r.dataset.day, +r.getAttribute('x')])));
  const month = xs['2024-02-15'] - xs['2024-01-15'], year = xs['2025-01-15'] - xs['2024-01-15'];
  check('the timeline places days in proportion to time (a month apart vs a year apart)',
    month > 0 && Math.abs(month / year - 31 / 366) < 0.002, `(month ${month.toFixed(1)} px, year ${year.toFixed(1)} px, ratio ${(month / year).toFixed(4)} vs ${(31 / 366).toFixed(4)})`);
  const yTicks = await page.$$eval('#timeline .axis.y .tick text', (t) => t.map((e) => e.textContent));
  check('the timeline counts axis has whole, distinct ticks', yTicks.length >= 2 && new Set(yTicks).size === yTicks.length
    && yTicks.every((t) => /^\d+$/.test(t)), `(${yTicks.join(' ')})`);
  await page.locator('#timeline-box').screenshot({ path: join(out, 'timeline.png') });
  await page.unroute('**/api/stats/day*');

  // a date the text does not give is the publication day, shown with its precision `reported`
  const sample = (await page.evaluate(async () => (await (await fetch('/api/events?limit=1')).json()).events[0]));
  const reported = { ...sample, id: 'e-00000000000000aa', date: { value: '2024-03-02', precision: 'reported', text: null, start: null, end: null } };
  await page.route('**/api/events?*', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({ total: 1, limit: 1000, offset: 0, events: [reported] }) }));
  await page.click('#apply');
  await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 1, null, { timeout: 15_000 });
  const shownDate = await page.textContent('#events tbody tr td:first-child');
  check('a reported date is shown as such', /^2024-03-02 \(reported/.test(shownDate), `("${shownDate}")`);
  const status = await page.evaluate(() => [...document.querySelectorAll('#status bdi')].map((b) => [b.dir, b.textContent]));
  check('the status line isolates its English part left-to-right', status.some(([d, t]) => d === 'ltr' && /^1 events/.test(t)), JSON.stringify(status));
  await page.unroute('**/api/events?*');

  // a happening told by three pages of two outlets (two pages one republished story): its popup says so and why
  const where = sample.location && sample.location.lat != null ? sample.location : { lat: 36.2, lon: 37.15 };
  const happening = { schema: 'marsad.cluster/1', id: 'c-00000000000000aa', type: 'ASSAULT', status: 'occurred', mentions: 3,
    docs: 3, sources: 2, outlets: ['a.example', 'b.example'], merged_on: ['type', 'status', 'date', 'place'],
    date: { value: '2024-03-02', precision: 'day' }, location: { text: 'x', name_ar: 'البلدة', lat: where.lat, lon: where.lon },
    size: {}, reports: ['e-1', 'e-2', 'e-3'] };
  await page.route('**/api/clusters?*', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({ total: 1, clusters: [happening] }) }));
  await page.route('**/api/clusters/c-00000000000000aa', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...happening, reports: [] }) }));
  await page.evaluate((w) => window.marsadMap.setView([w.lat, w.lon], 9), where);
  await page.locator('.leaflet-control-layers label', { hasText: 'happenings' }).locator('input').check();
  const circle = page.locator('path.leaflet-interactive[stroke="#0b7285"]');
  await circle.first().waitFor({ state: 'attached', timeout: 15_000 });
  await circle.first().dispatchEvent('click');
  await page.waitForSelector('.leaflet-popup .happening', { timeout: 15_000 });
  const told = await page.$$eval('.leaflet-popup .happening dt', (dts) => Object.fromEntries(dts.map((dt) => [dt.textContent, dt.nextElementSibling.textContent])));
  check('a happening lists its outlets, its sources and why its reports were merged',
    told.outlets === 'a.example، b.example' && told.sources === '2 (3 pages)' && told['merged on'] === 'type, status, date, place', JSON.stringify(told));
  await page.screenshot({ path: join(out, 'happening.png') });
  await page.unroute('**/api/clusters?*');
  await page.unroute('**/api/clusters/c-00000000000000aa');
  check('no script errors on the page', errors.length === 0, errors.join('; '));

  // a narrow window (a phone): nothing wider than the window but the table, which scrolls in its own box
  const narrow = await browser.newPage();
  await narrow.setViewportSize({ width: 400, height: 860 });
  await narrow.goto(url);
  await narrow.waitForSelector('.leaflet-marker-icon.event-marker, .leaflet-marker-icon.cluster', { state: 'attached', timeout: 60_000 });
  const fit = await narrow.evaluate(() => ({ page: document.documentElement.scrollWidth, window: innerWidth,
    map: document.querySelector('#map').getBoundingClientRect().width }));
  check('a narrow window keeps the page within its width', fit.page <= fit.window && fit.map >= 300, JSON.stringify(fit));
  await narrow.screenshot({ path: join(out, 'narrow.png') });
} catch (e) {
  check('browser run', false, e.message);
} finally {
  if (browser) await browser.close();
  proc.kill('SIGTERM');
}
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
