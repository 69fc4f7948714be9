// Place labels without a tile server: cities and towns from places.tsv (GeoNames, built by tools/BuildMapLabels.java),
// each shown from its minimum zoom on. Bigger places come first; a label that would overlap one already placed is
// left out, so the map stays readable at every zoom. Names reach the page through textContent only.
'use strict';
(function () {
  const map = window.marsadMap;
  if (!map) return;
  map.createPane('labels');
  map.getPane('labels').style.zIndex = 450; // over the base map, under the event markers
  map.getPane('labels').style.pointerEvents = 'none';
  const layer = L.layerGroup().addTo(map);
  let places = [];

  function parse(tsv) {
    const rows = [];
    let header = null;
    for (const line of tsv.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const c = line.split('\t');
      if (!header) { header = c; continue; }
      const r = {};
      header.forEach((h, i) => { r[h] = c[i]; });
      rows.push({ minzoom: +r.minzoom, name: r.name_ar || r.name, en: r.name, lat: +r.lat, lon: +r.lon,
        population: +r.population });
    }
    return rows; // already ordered: lowest minzoom, then most people, first
  }

  function draw() {
    layer.clearLayers();
    const zoom = map.getZoom();
    const bounds = map.getBounds().pad(0.1);
    const placed = [];
    for (const p of places) {
      if (p.minzoom > zoom || !bounds.contains([p.lat, p.lon])) continue;
      const at = map.latLngToContainerPoint([p.lat, p.lon]);
      const big = p.minzoom <= 6;
      const w = p.name.length * (big ? 8 : 7) + 10, h = big ? 18 : 15;
      const box = { x0: at.x - w / 2, x1: at.x + w / 2, y0: at.y - h, y1: at.y + 4 };
      if (placed.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
      placed.push(box);
      const span = document.createElement('span');
      span.textContent = p.name;
      span.title = p.en;
      span.lang = p.name === p.en ? 'en' : 'ar';
      const icon = L.divIcon({ className: 'place-label' + (big ? ' big' : ''), html: span, iconSize: null });
      L.marker([p.lat, p.lon], { icon, pane: 'labels', interactive: false, keyboard: false }).addTo(layer);
      if (placed.length >= 400) break;
    }
  }

  fetch('/places.tsv').then((r) => r.text()).then((t) => { places = parse(t); draw(); })
    .catch(() => {});
  map.on('zoomend moveend', draw);
})();
