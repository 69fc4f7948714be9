// Happenings layer: event clusters (reports of one happening from several articles) from /api/clusters, off until
// ticked in the layer control. A happening's popup gives its pages, sources, outlets, why its reports were merged
// (merged_on) and its reports. Text reaches the page through textContent only, as in app.js.
'use strict';
(function () {
  const map = window.marsadMap;
  if (!map) return;
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; };
  const layer = L.layerGroup();
  L.control.layers(null, { 'الأحداث المجمّعة · happenings (clusters)': layer }, { collapsed: false }).addTo(map);

  async function getJson(url) {
    const r = await fetch(url);
    if (!r.ok) throw new Error(url + ': ' + r.status);
    return r.json();
  }

  function popup(c) {
    const box = el('div', null, 'happening');
    box.appendChild(el('strong', c.type + ' · ' + c.mentions + ' تقارير · reports'));
    const dl = el('dl');
    const row = (k, v) => { if (v == null || v === '') return; dl.appendChild(el('dt', k)); dl.appendChild(el('dd', String(v))); };
    row('date', c.date && c.date.value && c.date.value + (c.date.precision && c.date.precision !== 'day' ? ' (' + c.date.precision + ')' : ''));
    row('place', c.location && (c.location.name_ar || c.location.text));
    row('pages', c.docs);
    // near-duplicate pages (a story republished, a paragraph carried into another page) count as one source
    if (c.sources != null && c.sources !== c.docs) row('sources', c.sources + ' (' + c.docs + ' pages)');
    row('outlets', (c.outlets || []).join('، '));
    // why the reports were merged: the keys they share (type, status, date, place, actor, recipient, dead)
    row('merged on', (c.merged_on || []).join(', '));
    for (const [k, v] of Object.entries(c.size || {})) if (v) row(k, v.value + (v.approximate ? '~' : '') + ' (' + v.reports.length + ')');
    box.appendChild(dl);
    const list = el('ol', null, 'reports');
    box.appendChild(list);
    getJson('/api/clusters/' + encodeURIComponent(c.id)).then((one) => {
      for (const e of one.reports) {
        const src = (e.source && (e.source.outlet || e.source.url)) || e.doc_id;
        list.appendChild(el('li', src + ' — ' + (e.trigger ? e.trigger.text : '') + ' ' + ((e.date && e.date.value) || '')));
      }
    }).catch(() => list.appendChild(el('li', 'reports unavailable')));
    return box;
  }

  async function load() {
    layer.clearLayers();
    const body = await getJson('/api/clusters?limit=1000');
    for (const c of body.clusters) {
      const l = c.location;
      if (!l || l.lat == null || l.lon == null) continue;
      L.circleMarker([l.lat, l.lon], { radius: 5 + 3 * Math.sqrt(c.mentions), color: '#0b7285', weight: 2,
        fillColor: '#3bc9db', fillOpacity: c.mentions > 1 ? 0.7 : 0.3 })
        .bindPopup(() => popup(c)).addTo(layer);
    }
  }

  map.on('overlayadd', (ev) => { if (ev.layer === layer) load().catch(() => {}); });
})();
