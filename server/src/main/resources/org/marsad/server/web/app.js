// Marsad web map. Every piece of stored text reaches the page through textContent or DOM nodes, never as HTML.
'use strict';
(function () {
  const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
    'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
  const STATUSES = ['occurred', 'ongoing', 'planned', 'threatened', 'negated', 'hypothetical'];
  const COLORS = { ASSAULT: '#d9480f', PROTEST: '#7048e8', COERCE: '#c2255c', THREATEN: '#e67700', CONSULT: '#1971c2',
    AGREE: '#2b8a3e', SANCTION: '#862e9c', MOBILIZE: '#a61e4d', ACCUSE: '#f08c00', REQUEST: '#0c8599' };
  const $ = (id) => document.getElementById(id);
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; };

  const map = L.map('map', { zoomControl: true, attributionControl: true }).setView([31, 38], 5);
  window.marsadMap = map; // clusters.js adds the happenings layer to it
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth');
  const markers = L.layerGroup().addTo(map);
  let events = [];

  fetch('/basemap.geojson').then((r) => r.json()).then((g) => {
    L.geoJSON(g, { style: { color: '#8a94a6', weight: 0.6, fillColor: '#f1f3f5', fillOpacity: 1 },
      onEachFeature: (f, layer) => layer.bindTooltip(() => el('span', (f.properties.name_ar || '') + ' · ' + (f.properties.name || ''))) })
      .addTo(map).bringToBack();
  }).catch(() => setStatus('base map unavailable'));

  for (const t of TYPES) $('f-type').appendChild(new Option(t, t));
  for (const s of STATUSES) $('f-status').appendChild(new Option(s, s));

  function setStatus(text) { $('status').textContent = text; }

  function query() {
    const p = new URLSearchParams();
    for (const name of ['type', 'status', 'country', 'actor', 'from', 'to', 'text']) {
      const v = $('f-' + name).value.trim();
      if (v) p.set(name, v);
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
    const p = query();
    p.set('limit', '1000');
    const mine = ++loads;
    try {
      const body = await getJson('/api/events?' + p);
      if (mine !== loads) return;
      events = body.events;
      fitToEvents();
      setStatus(body.total + ' events' + (body.total > events.length ? ' (showing ' + events.length + ')' : ''));
      drawMarkers();
      drawTable();
      const noDates = new URLSearchParams(query()); noDates.delete('from'); noDates.delete('to');
      const days = (await getJson('/api/stats/day?' + noDates)).counts;
      if (mine === loads) drawTimeline(days);
    } catch (e) { setStatus('error: ' + e.message); }
  }

  function fitToEvents() {
    const points = events.filter((e) => e.location && e.location.lat != null && e.location.lon != null)
      .map((e) => [e.location.lat, e.location.lon]);
    if (points.length) map.fitBounds(L.latLngBounds(points).pad(0.2), { maxZoom: 9, animate: false });
  }

  function drawMarkers() {
    markers.clearLayers();
    const zoom = map.getZoom();
    const cell = 4 / Math.pow(2, Math.max(0, zoom - 4));
    const cells = new Map();
    for (const e of events) {
      const l = e.location;
      if (!l || l.lat == null || l.lon == null) continue;
      const key = Math.round(l.lat / cell) + ':' + Math.round(l.lon / cell);
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key).push(e);
    }
    for (const group of cells.values()) {
      if (group.length > 3 && zoom < 9) {
        const lat = group.reduce((a, e) => a + e.location.lat, 0) / group.length;
        const lon = group.reduce((a, e) => a + e.location.lon, 0) / group.length;
        const icon = L.divIcon({ className: 'cluster', html: String(group.length), iconSize: [30, 30] });
        L.marker([lat, lon], { icon, title: group.length + ' events' })
          .on('click', () => map.setView([lat, lon], Math.min(zoom + 2, 12))).addTo(markers);
        continue;
      }
      for (const e of group) {
        const dead = e.size && e.size.dead ? e.size.dead : 0;
        const m = L.circleMarker([e.location.lat, e.location.lon], {
          radius: 5 + Math.min(15, Math.sqrt(dead) * 2), color: '#fff', weight: 1,
          fillColor: COLORS[e.type] || '#495057', fillOpacity: 0.85, className: 'event-marker event-' + e.type });
        m.bindTooltip(() => el('span', e.type + ' · ' + e.trigger.text + (e.location.text ? ' · ' + e.location.text : '')));
        m.on('click', () => open(e.id));
        m.addTo(markers);
      }
    }
  }
  map.on('zoomend', drawMarkers);

  function cellText(x) { return x == null ? '' : String(x); }

  function drawTable() {
    const body = document.querySelector('#events tbody');
    body.replaceChildren();
    for (const e of events) {
      const tr = document.createElement('tr');
      tr.dataset.id = e.id;
      const cells = [e.date && e.date.value, e.type, e.status, e.actor && (e.actor.code || e.actor.text),
        e.recipient && (e.recipient.code || e.recipient.text), e.location && e.location.text,
        e.size && e.size.dead, e.trigger.text];
      for (const c of cells) tr.appendChild(el('td', cellText(c)));
      tr.addEventListener('click', () => open(e.id));
      body.appendChild(tr);
    }
  }

  // Timeline: bars per day; dragging selects a date range that becomes the from/to filter.
  function drawTimeline(counts) {
    const svg = $('timeline');
    svg.replaceChildren();
    if (!counts.length) return;
    const w = svg.clientWidth || 800, h = (svg.clientHeight || 110) - AXIS;
    const days = counts.map((c) => c.key);
    const max = Math.max(...counts.map((c) => c.count));
    const bw = w / days.length;
    const ns = 'http://www.w3.org/2000/svg';
    drawAxis(svg, ns, days, max, w, h, bw);
    counts.forEach((c, i) => {
      const r = document.createElementNS(ns, 'rect');
      const bh = Math.max(2, (h - 14) * c.count / max);
      r.setAttribute('x', i * bw + 1); r.setAttribute('y', h - bh); r.setAttribute('width', Math.max(1, bw - 2));
      r.setAttribute('height', bh); r.setAttribute('class', 'bar');
      const t = document.createElementNS(ns, 'title'); t.textContent = c.key + ': ' + c.count; r.appendChild(t);
      svg.appendChild(r);
    });
    let start = null, brush = null;
    const dayAt = (x) => days[Math.max(0, Math.min(days.length - 1, Math.floor(x / bw)))];
    svg.onmousedown = (ev) => {
      ev.preventDefault();
      start = ev.offsetX;
      brush = document.createElementNS(ns, 'rect'); brush.setAttribute('class', 'brush');
      brush.setAttribute('y', 0); brush.setAttribute('height', h); svg.appendChild(brush);
    };
    svg.onmousemove = (ev) => {
      if (start == null) return;
      brush.setAttribute('x', Math.min(start, ev.offsetX)); brush.setAttribute('width', Math.abs(ev.offsetX - start));
    };
    svg.onmouseup = (ev) => {
      if (start == null) return;
      const a = dayAt(Math.min(start, ev.offsetX)), b = dayAt(Math.max(start, ev.offsetX));
      start = null;
      $('f-from').value = a; $('f-to').value = b;
      load();
    };
  }

  // Axis of the timeline: the highest count at the top left, and up to six day labels under the bars.
  const AXIS = 18;
  function drawAxis(svg, ns, days, max, w, h, bw) {
    const label = (x, y, text, cls) => {
      const t = document.createElementNS(ns, 'text');
      t.setAttribute('x', x); t.setAttribute('y', y); t.setAttribute('class', cls); t.textContent = text;
      svg.appendChild(t);
    };
    const line = document.createElementNS(ns, 'line');
    line.setAttribute('x1', 0); line.setAttribute('x2', w); line.setAttribute('y1', h); line.setAttribute('y2', h);
    line.setAttribute('class', 'axis'); svg.appendChild(line);
    label(2, 11, 'max ' + max + ' / day', 'axis-label');
    const ticks = Math.min(6, days.length);
    for (let k = 0; k < ticks; k++) {
      const i = ticks === 1 ? 0 : Math.round(k * (days.length - 1) / (ticks - 1));
      const x = Math.min(w - 70, Math.max(0, i * bw + bw / 2 - 35));
      label(x, h + 14, days[i], 'tick');
    }
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
      const add = (k, v) => { if (v != null && v !== '') { dl.appendChild(el('dt', k)); dl.appendChild(el('dd', String(v))); } };
      add('actor', e.actor && [e.actor.text, e.actor.code].filter(Boolean).join(' · '));
      add('recipient', e.recipient && [e.recipient.text, e.recipient.code].filter(Boolean).join(' · '));
      add('date', e.date.value && e.date.value + ' (' + e.date.precision + ')');
      add('place', e.location && [e.location.text, e.location.name].filter(Boolean).join(' · '));
      add('dead', e.size.dead); add('injured', e.size.injured); add('arrested', e.size.arrested);
      add('source', page.outlet || page.url); add('published', page.published); add('rule', e.rule);
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
