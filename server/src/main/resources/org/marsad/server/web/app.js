// Marsad web map. Every piece of stored text reaches the page through textContent or DOM nodes, never as HTML.
'use strict';
(function () {
  const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
    'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
  const STATUSES = ['occurred', 'ongoing', 'planned', 'threatened', 'negated', 'hypothetical'];
  const COLORS = { ASSAULT: '#d9480f', PROTEST: '#7048e8', COERCE: '#c2255c', THREATEN: '#e67700', CONSULT: '#1971c2',
    AGREE: '#2b8a3e', SANCTION: '#862e9c', MOBILIZE: '#a61e4d', ACCUSE: '#f08c00', REQUEST: '#0c8599' };
  const OTHER = '#495057';
  const $ = (id) => document.getElementById(id);
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; };

  const map = L.map('map', { zoomControl: true, attributionControl: true, minZoom: 3, maxZoom: 12 }).setView([31, 38], 5);
  window.marsadMap = map; // clusters.js adds the happenings layer to it, labels.js the place names
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth · GeoNames');
  // Events in clusters that open when clicked; a stack at one spot (the same town) spreads out (spiderfy).
  const markers = L.markerClusterGroup({ maxClusterRadius: 40, spiderfyOnMaxZoom: true, showCoverageOnHover: false,
    iconCreateFunction: (c) => {
      const n = c.getChildCount();
      return L.divIcon({ className: 'cluster', html: String(n), iconSize: n < 100 ? [30, 30] : [38, 38] });
    } }).addTo(map);
  window.marsadMarkers = markers;
  let events = [];

  fetch('/basemap.geojson').then((r) => r.json()).then((g) => {
    L.geoJSON(g, { style: { color: '#8a94a6', weight: 0.6, fillColor: '#f1f3f5', fillOpacity: 1 },
      onEachFeature: (f, layer) => layer.bindTooltip(() => el('span', (f.properties.name_ar || '') + ' · ' + (f.properties.name || ''))) })
      .addTo(map).bringToBack();
  }).catch(() => setStatus('base map unavailable', 'تعذر تحميل الخريطة'));

  for (const t of TYPES) $('f-type').appendChild(new Option(t, t));
  for (const s of STATUSES) $('f-status').appendChild(new Option(s, s));

  // The status line: Arabic and English parts, each isolated so numbers and Latin words keep their order in RTL.
  function setStatus(en, ar) {
    const box = $('status');
    box.replaceChildren();
    if (ar) { box.appendChild(el('bdi', ar)); box.appendChild(document.createTextNode(' · ')); }
    const e = el('bdi', en, 'en'); e.dir = 'ltr'; box.appendChild(e);
  }

  const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
  function query() {
    const p = new URLSearchParams();
    for (const name of ['type', 'status', 'country', 'actor', 'from', 'to', 'text']) {
      const v = $('f-' + name).value.trim();
      if (v) p.set(name, v);
    }
    for (const d of ['from', 'to']) {
      if (p.has(d) && !ISO_DAY.test(p.get(d))) throw new Error(d + ': write the date as YYYY-MM-DD, e.g. 2024-11-09');
    }
    return p;
  }

  async function getJson(url) {
    const r = await fetch(url);
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || r.statusText);
    return body;
  }

  let loads = 0; // a newer load() makes the answers of older ones stale
  async function load() {
    const mine = ++loads;
    try {
      const p = query();
      p.set('limit', '1000');
      const body = await getJson('/api/events?' + p);
      if (mine !== loads) return;
      events = body.events;
      fitToEvents();
      const shown = body.total > events.length ? ' (' + events.length + ' shown)' : '';
      setStatus(body.total + ' events' + shown, body.total + ' حدثاً' + (shown ? ' (يُعرض ' + events.length + ')' : ''));
      drawMarkers();
      drawTable();
      const noDates = new URLSearchParams(query()); noDates.delete('from'); noDates.delete('to');
      const days = (await getJson('/api/stats/day?' + noDates)).counts;
      if (mine === loads) drawTimeline(days);
    } catch (e) { setStatus('error: ' + e.message, 'خطأ'); }
  }

  function fitToEvents() {
    const points = events.filter((e) => e.location && e.location.lat != null && e.location.lon != null)
      .map((e) => [e.location.lat, e.location.lon]);
    if (points.length) map.fitBounds(L.latLngBounds(points).pad(0.2), { maxZoom: 9, animate: false });
  }

  // Marker size by the dead counted: 0, 1-9, 10-99, 100+ (the legend shows the same steps).
  const SIZES = [{ min: 0, px: 12, label: '0' }, { min: 1, px: 16, label: '1–9' }, { min: 10, px: 22, label: '10–99' },
    { min: 100, px: 30, label: '100+' }];
  function sizeOf(dead) { let s = SIZES[0]; for (const z of SIZES) if ((dead || 0) >= z.min) s = z; return s.px; }
  function dot(type, px) {
    const d = el('span', null, 'dot');
    d.style.width = d.style.height = px + 'px';
    d.style.background = COLORS[type] || OTHER;
    return d;
  }

  function drawMarkers() {
    markers.clearLayers();
    const list = [];
    for (const e of events) {
      const l = e.location;
      if (!l || l.lat == null || l.lon == null) continue;
      const px = sizeOf(e.size && e.size.dead);
      const icon = L.divIcon({ className: 'event-marker event-' + e.type, html: dot(e.type, px), iconSize: [px, px] });
      const m = L.marker([l.lat, l.lon], { icon, title: e.type + ' · ' + day(e.date) + (l.text ? ' · ' + l.text : ''),
        riseOnHover: true });
      m.on('click', () => open(e.id));
      list.push(m);
    }
    markers.addLayers(list);
  }

  // Legend: the type colours and the marker sizes, and what a numbered circle is.
  const legend = L.control({ position: 'bottomleft' });
  legend.onAdd = () => {
    const box = el('details', null, 'map-legend');
    box.id = 'legend';
    box.open = window.innerWidth > 700; // a phone keeps the map clear until the legend is asked for
    L.DomEvent.disableClickPropagation(box);
    box.appendChild(el('summary', 'مفتاح الخريطة · legend'));
    const title = el('strong', 'النوع · type'); box.appendChild(title);
    const types = el('ul', null, 'types');
    for (const [t, c] of Object.entries(COLORS).concat([['other', OTHER]])) {
      const li = el('li'); const sw = dot(t === 'other' ? null : t, 10); sw.style.background = c;
      li.appendChild(sw); li.appendChild(el('span', t === 'other' ? 'other · غير ذلك' : t)); types.appendChild(li);
    }
    box.appendChild(types);
    box.appendChild(el('strong', 'القتلى · dead'));
    const sizes = el('ul', null, 'sizes');
    for (const z of SIZES) { const li = el('li'); li.appendChild(dot(null, z.px)); li.appendChild(el('span', z.label)); sizes.appendChild(li); }
    box.appendChild(sizes);
    const cl = el('div', null, 'legend-cluster'); const c = el('span', '12', 'cluster'); cl.appendChild(c);
    cl.appendChild(el('span', 'عدد الأحداث · events here (click)')); box.appendChild(cl);
    return box;
  };
  legend.addTo(map);

  // A date for people: ISO value, and the precision when it is not a day; `reported` means the text gave no date
  // and the value is the publication day.
  function day(d) {
    if (!d || !d.value) return '';
    if (d.precision === 'reported') return d.value + ' (reported)';
    return d.precision && d.precision !== 'day' ? d.value + ' (' + d.precision + ')' : d.value;
  }

  function cellText(x) { return x == null ? '' : String(x); }

  function drawTable() {
    const body = document.querySelector('#events tbody');
    body.replaceChildren();
    for (const e of events) {
      const tr = document.createElement('tr');
      tr.dataset.id = e.id;
      const cells = [day(e.date), e.type, e.status, e.actor && (e.actor.code || e.actor.text),
        e.recipient && (e.recipient.code || e.recipient.text), e.location && e.location.text,
        e.size && e.size.dead, e.trigger.text];
      for (const c of cells) tr.appendChild(el('td', cellText(c)));
      tr.children[0].dir = 'ltr';
      if (e.date && e.date.precision) tr.children[0].className = 'precision-' + e.date.precision;
      if (e.date && e.date.precision === 'reported') tr.children[0].title = 'the text gives no date: the day the article was published';
      tr.addEventListener('click', () => open(e.id));
      body.appendChild(tr);
    }
  }

  // Timeline drawn to time with d3: one bar per day at its place on a UTC time scale, so days without events show
  // as gaps; the axes and their ticks come from d3-axis. Dragging (d3-brush) selects days that become from/to.
  const DAY_MS = 86400000;
  const utcDay = (iso) => new Date(iso + 'T00:00:00Z');
  const isoDay = (d) => d.toISOString().slice(0, 10);
  function drawTimeline(counts) {
    const svg = d3.select('#timeline');
    svg.selectAll('*').remove();
    if (!counts.length) return;
    const node = svg.node();
    const width = node.clientWidth || 800, height = node.clientHeight || 120;
    const m = { top: 8, right: 12, bottom: 20, left: 34 };
    const days = counts.map((c) => utcDay(c.key));
    const first = d3.min(days), last = d3.max(days);
    const x = d3.scaleUtc().domain([first, new Date(+last + DAY_MS)]).range([m.left, width - m.right]);
    const y = d3.scaleLinear().domain([0, d3.max(counts, (c) => c.count)]).nice().range([height - m.bottom, m.top]);
    window.marsadTimeline = { x, first: isoDay(first), last: isoDay(last) }; // the browser test reads the scale
    const dayWidth = x(new Date(+first + DAY_MS)) - x(first);
    svg.append('g').attr('class', 'bars').selectAll('rect').data(counts).join('rect')
      .attr('class', 'bar').attr('data-day', (c) => c.key)
      .attr('x', (c) => x(utcDay(c.key)))
      .attr('width', Math.max(1, dayWidth - (dayWidth > 4 ? 1 : 0)))
      .attr('y', (c) => y(c.count)).attr('height', (c) => y(0) - y(c.count))
      .append('title').text((c) => c.key + ': ' + c.count);
    svg.append('g').attr('class', 'axis x').attr('transform', 'translate(0,' + (height - m.bottom) + ')')
      .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 110))).tickFormat(isoTick(first, last)));
    const yValues = y.ticks(3).filter(Number.isInteger); // whole events only: no 0.5 ticks when the top is 1 or 2
    svg.append('g').attr('class', 'axis y').attr('transform', 'translate(' + m.left + ',0)')
      .call(d3.axisLeft(y).tickValues(yValues).tickFormat(d3.format('d')));
    const brush = d3.brushX().extent([[m.left, m.top], [width - m.right, height - m.bottom]])
      .on('end', (ev) => {
        if (!ev.selection || !ev.sourceEvent) return;
        const [a, b] = ev.selection.map((px) => x.invert(px));
        $('f-from').value = isoDay(d3.utcDay.floor(a));
        $('f-to').value = isoDay(new Date(Math.max(+d3.utcDay.floor(a), +d3.utcDay.ceil(b) - DAY_MS)));
        load();
      });
    svg.append('g').attr('class', 'brush').call(brush);
  }

  // ISO tick labels: days (2024-11-09) over a short span, months (2024-11) or years over longer ones.
  function isoTick(first, last) {
    const span = (last - first) / DAY_MS;
    const f = span > 3 * 365 ? d3.utcFormat('%Y') : span > 90 ? d3.utcFormat('%Y-%m') : d3.utcFormat('%Y-%m-%d');
    return (d) => f(d);
  }

  // Article search: hits with their snippets (matched words marked at the offsets the API gives); the same words
  // become the text filter of the map and the table (events whose sentence holds them).
  async function search(q) {
    const panel = $('panel');
    try {
      const body = await getJson('/api/search?limit=20&q=' + encodeURIComponent(q));
      panel.replaceChildren(el('h3', 'بحث · search: ' + q + ' (' + body.total + ')'));
      const list = el('ol', null, 'hits');
      for (const hit of body.hits) list.appendChild(hitItem(hit));
      panel.appendChild(list);
      if (!body.hits.length) panel.appendChild(el('p', 'لا نتائج · no articles found', 'hint'));
    } catch (err) { panel.replaceChildren(el('p', 'error: ' + err.message)); }
    $('f-text').value = q;
    load();
  }

  function hitItem(hit) {
    const li = el('li', null, 'hit');
    li.appendChild(el('strong', hit.headline || '—'));
    const meta = [hit.published, hit.outlet, hit.events + ' events'].filter(Boolean).join(' · ');
    li.appendChild(el('div', meta, 'meta'));
    li.appendChild(marked(hit.snippet || '', (hit.marks || []).map((m) => ({ s: m[0], e: m[1], kind: 'hit' }))));
    if (hit.url && /^https?:\/\//.test(hit.url)) {
      const a = el('a', 'الصفحة · page'); a.href = hit.url; a.rel = 'noopener noreferrer'; a.target = '_blank';
      li.appendChild(a);
    }
    return li;
  }

  // Text with some spans marked: only text nodes and <mark> elements, whatever the text holds.
  function marked(text, spans) {
    const box = el('div', null, 'snippet');
    let at = 0;
    for (const sp of spans.slice().sort((a, b) => a.s - b.s)) {
      if (sp.s < at || sp.e > text.length || sp.e <= sp.s) continue;
      box.appendChild(document.createTextNode(text.slice(at, sp.s)));
      box.appendChild(el('mark', text.slice(sp.s, sp.e), sp.kind));
      at = sp.e;
    }
    box.appendChild(document.createTextNode(text.slice(at)));
    return box;
  }

  // The event panel: the source text with trigger, actor, recipient, place and date marked at their offsets.
  async function open(id) {
    document.querySelectorAll('#events tr.selected').forEach((r) => r.classList.remove('selected'));
    const row = document.querySelector('#events tr[data-id="' + CSS.escape(id) + '"]');
    if (row) row.classList.add('selected');
    const panel = $('panel');
    try {
      const { event: e, page } = await getJson('/api/events/' + encodeURIComponent(id));
      panel.replaceChildren();
      panel.appendChild(el('h3', e.type + ' · ' + e.status));
      const dl = el('dl');
      const add = (k, v, dir) => {
        if (v == null || v === '') return;
        dl.appendChild(el('dt', k));
        const dd = v instanceof Node ? el('dd') : el('dd', String(v));
        if (v instanceof Node) dd.appendChild(v);
        dd.dir = dir || 'auto'; dl.appendChild(dd);
      };
      add('actor', e.actor && [e.actor.text, e.actor.code].filter(Boolean).join(' · '));
      add('recipient', e.recipient && [e.recipient.text, e.recipient.code].filter(Boolean).join(' · '));
      add('date', e.date.value && e.date.value + ' (' + e.date.precision + ')', 'ltr');
      if (e.date.precision === 'reported') add('', bilingual('لم يذكر النص تاريخاً: هذا يوم النشر', 'the text gives no date: this is the publication day'), 'rtl');
      add('place', e.location && [e.location.text, e.location.name].filter(Boolean).join(' · '));
      add('dead', e.size.dead); add('injured', e.size.injured); add('arrested', e.size.arrested);
      add('source', page.outlet || page.url); add('published', page.published, 'ltr'); add('rule', isolated(e.rule), 'ltr');
      panel.appendChild(dl);
      if (page.url && /^https?:\/\//.test(page.url)) {
        const a = el('a', 'الصفحة الأصلية · original page'); a.href = page.url; a.rel = 'noopener noreferrer'; a.target = '_blank';
        panel.appendChild(a);
      }
      const legend = el('p', null, 'legend');
      for (const k of ['trigger', 'actor', 'recipient', 'location', 'date']) { const m = el('mark', k, k); legend.appendChild(m); legend.appendChild(document.createTextNode(' ')); }
      panel.appendChild(legend);
      panel.appendChild(sourceText(page.text, e));
    } catch (err) { panel.replaceChildren(el('p', 'error: ' + err.message)); }
  }

  // Latin text with Arabic words in it (a rule id like ASSAULT/قصف#2): each Arabic run isolated, so the
  // punctuation and digits after it stay where they are written in the left-to-right line.
  function isolated(text) {
    const box = el('span', null, 'isolated');
    if (text == null) return box;
    for (const part of String(text).split(/([\u0600-\u06FF\u0750-\u077F\s]*[\u0600-\u06FF\u0750-\u077F]+)/)) {
      if (!part) continue;
      if (/[\u0600-\u06FF\u0750-\u077F]/.test(part)) { const b = el('bdi', part); b.dir = 'rtl'; box.appendChild(b); }
      else box.appendChild(document.createTextNode(part));
    }
    return box;
  }

  // An Arabic line and its English under it, each isolated in its own direction.
  function bilingual(ar, en) {
    const box = el('span', null, 'bilingual');
    const a = el('bdi', ar); a.dir = 'rtl'; box.appendChild(a);
    box.appendChild(document.createElement('br'));
    const b = el('bdi', en, 'en'); b.dir = 'ltr'; box.appendChild(b);
    return box;
  }

  function sourceText(text, e) {
    const spans = [];
    const push = (o, kind) => { if (o && o.start != null && o.end != null && o.end > o.start) spans.push({ s: o.start, e: o.end, kind }); };
    push(e.trigger, 'trigger'); push(e.actor, 'actor'); push(e.recipient, 'recipient'); push(e.location, 'location'); push(e.date, 'date');
    spans.sort((a, b) => a.s - b.s);
    // show the sentence with some context around it
    const from = Math.max(0, text.lastIndexOf('\n', Math.max(0, e.sentence.start - 1)) + 1);
    let to = text.indexOf('\n', e.sentence.end); if (to < 0) to = text.length;
    const box = el('div', null, 'source');
    let at = from;
    for (const sp of spans) {
      if (sp.s < at || sp.e > to) continue;
      box.appendChild(document.createTextNode(text.slice(at, sp.s)));
      const m = el('mark', text.slice(sp.s, sp.e), sp.kind); m.dataset.start = sp.s; m.dataset.end = sp.e;
      box.appendChild(m);
      at = sp.e;
    }
    box.appendChild(document.createTextNode(text.slice(at, to)));
    return box;
  }

  $('filters').addEventListener('submit', (ev) => { ev.preventDefault(); load(); });
  $('search').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = $('q').value.trim();
    if (q) search(q);
  });
  $('clear').addEventListener('click', () => { $('filters').reset(); load(); });
  load();
})();
