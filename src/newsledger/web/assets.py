"""The UI's only stylesheet and script, inlined into every page (no external assets, no CDN:
the UI works offline and leaks no reader data to third parties)."""

from __future__ import annotations

CSS = """
:root {
  --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --paper: #ffffff; --wash: #f5f7fa;
  --accent: #1d4ed8;
  --agree: #15803d; --conflict: #b91c1c; --vaguer: #b45309; --update: #1d4ed8;
  --single: #52606d;
  --k-entity: #fde68a; --k-time: #bae6fd; --k-quantity: #bbf7d0; --k-deadline: #fecaca;
  --k-quote: #7e22ce; --k-claim: #fb923c; --k-attribution: #0f766e;
}
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: var(--wash); }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
header.top { background: #102a43; color: #fff; }
header.top .bar { max-width: 1120px; margin: 0 auto; padding: 10px 24px; display: flex;
  gap: 24px; align-items: center; flex-wrap: wrap; }
header.top .brand { font-weight: 700; font-size: 18px; color: #fff; letter-spacing: .2px; }
header.top nav a { color: #d9e2ec; margin-right: 16px; }
header.top nav a:hover { color: #fff; }
header.top form { margin-left: auto; display: flex; gap: 6px; }
header.top input[type=search] { width: 240px; padding: 5px 10px; border-radius: 6px;
  border: 1px solid #486581; background: #243b53; color: #fff; }
header.top button, .search-page button { padding: 5px 12px; border-radius: 6px;
  border: 0; background: #3e7bfa; color: #fff; cursor: pointer; }
main { max-width: 1120px; margin: 0 auto; padding: 24px; }
h1 { font-size: 26px; line-height: 1.25; margin: 4px 0 8px; }
h2 { font-size: 19px; margin: 32px 0 12px; padding-bottom: 6px;
  border-bottom: 1px solid var(--line); }
h3 { font-size: 16px; margin: 0 0 6px; }
.meta { color: var(--muted); font-size: 14px; }
.json-link { float: right; font-size: 13px; border: 1px solid var(--line);
  padding: 2px 8px; border-radius: 12px; background: var(--paper); }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
  padding: 14px 18px; margin: 0 0 12px; }
.card p { margin: 6px 0; }
table { border-collapse: collapse; width: 100%; background: var(--paper);
  border: 1px solid var(--line); border-radius: 10px; overflow: hidden; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 8px 12px;
  border-bottom: 1px solid var(--line); }
th { background: var(--wash); font-weight: 600; color: var(--muted); font-size: 13px; }
tr:last-child td { border-bottom: 0; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.outlet { white-space: nowrap; }
.snippet mark { background: #fff3c4; padding: 0 1px; }
.badge { display: inline-block; padding: 1px 9px; border-radius: 10px; font-size: 12px;
  font-weight: 600; color: #fff; background: var(--single); white-space: nowrap;
  vertical-align: 2px; }
.badge + .badge { margin-left: 4px; }
.v-agree { background: var(--agree); } .v-conflict { background: var(--conflict); }
.v-vaguer { background: var(--vaguer); } .v-update { background: var(--update); }
.v-single_source { background: var(--single); }
.check { border-left: 4px solid var(--single); }
.check.c-agree { border-left-color: var(--agree); }
.check.c-conflict { border-left-color: var(--conflict); }
.check.c-vaguer { border-left-color: var(--vaguer); }
.check.c-update { border-left-color: var(--update); }
.check .reason { color: var(--ink); }
.check table { margin-top: 8px; }
.value { font-weight: 600; white-space: nowrap; }
td.source { width: 24%; }
.sentence mark { background: #fff3c4; padding: 0 1px; }
.tag { display: inline-block; font-size: 12px; padding: 0 7px; border-radius: 8px;
  background: var(--wash); border: 1px solid var(--line); color: var(--muted); margin: 1px; }
blockquote { margin: 6px 0; padding: 4px 12px; border-left: 3px solid var(--k-quote);
  background: #faf5ff; }
.muted { color: var(--muted); }
.pager { margin: 12px 0; display: flex; gap: 16px; align-items: center; font-size: 14px; }
.empty { color: var(--muted); font-style: italic; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 24px;
  align-items: start; }
.article-text { white-space: pre-wrap; background: var(--paper); border: 1px solid var(--line);
  border-radius: 10px; padding: 20px 26px; font: 17px/1.75 Georgia, "Times New Roman", serif; }
aside .sticky { position: sticky; top: 12px; }
.legend label { display: flex; align-items: center; gap: 8px; margin: 4px 0; font-size: 14px;
  cursor: pointer; }
.legend .count { margin-left: auto; color: var(--muted); font-size: 12px; }
.swatch { display: inline-block; padding: 0 6px; font-size: 12px; border-radius: 4px; }
#detail { min-height: 60px; font-size: 14px; }
#detail .item { border-top: 1px solid var(--line); padding: 8px 0; }
#detail .item:first-child { border-top: 0; }
#detail dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 4px 0 0; }
#detail dt { color: var(--muted); } #detail dd { margin: 0; }
.hl { cursor: pointer; border-radius: 2px; }
.k-deadline, .swatch.k-deadline { background-color: var(--k-deadline); }
.k-entity, .swatch.k-entity { background-color: var(--k-entity); }
.k-quantity, .swatch.k-quantity { background-color: var(--k-quantity); }
.k-time, .swatch.k-time { background-color: var(--k-time); }
.k-quote { color: var(--k-quote); }
.k-attribution { text-decoration: underline dotted var(--k-attribution) 2px;
  text-underline-offset: 3px; }
.k-claim { box-shadow: inset 0 -1px 0 var(--k-claim); }
.swatch.k-quote { color: var(--k-quote); font-style: italic; }
.swatch.k-claim { box-shadow: inset 0 -2px 0 var(--k-claim); }
.swatch.k-attribution { text-decoration: underline dotted var(--k-attribution) 2px; }
.off-entity .k-entity, .off-time .k-time, .off-quantity .k-quantity,
.off-deadline .k-deadline { background-color: transparent; }
.off-quote .k-quote { color: inherit; }
.off-claim .k-claim { box-shadow: none; }
.off-attribution .k-attribution { text-decoration: none; }
.hl.focus { outline: 2px solid var(--accent); outline-offset: 1px; }
tr.item-row { cursor: pointer; }
tr.item-row:hover td, tr.item-row:focus td { background: #eef4ff; }
tr.item-row:focus { outline: 2px solid var(--accent); outline-offset: -2px; }
tr:target td { background: #fff8db; }
.offsets { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12px;
  color: var(--muted); white-space: nowrap; }
.error-box { border-left: 4px solid var(--conflict); }
.error-box code { background: var(--wash); padding: 1px 5px; border-radius: 4px; }
.api code { background: var(--wash); padding: 1px 5px; border-radius: 4px; font-size: 13px; }
.api pre.example { background: #102a43; color: #f0f4f8; padding: 12px 16px; border-radius: 8px;
  overflow-x: auto; font-size: 13px; line-height: 1.45; }
.api pre.example code { background: none; padding: 0; color: inherit; }
.api h4 { font-size: 14px; margin: 16px 0 6px; color: var(--muted); }
.api .op h3 code { font-size: 15px; }
.method { display: inline-block; min-width: 52px; padding: 1px 8px; border-radius: 6px;
  font: 700 12px/1.6 ui-monospace, monospace; color: #fff; background: var(--single);
  text-align: center; vertical-align: 1px; }
.m-get { background: var(--update); } .m-post { background: var(--agree); }
.m-delete { background: var(--conflict); } .m-put, .m-patch { background: var(--vaguer); }
.search-page form { display: flex; gap: 8px; margin: 8px 0 16px; }
.search-page input[type=search] { flex: 1; padding: 8px 12px; border-radius: 8px;
  border: 1px solid var(--line); font-size: 16px; }
.verdicts .badge { margin-right: 4px; }
@media (max-width: 860px) { .layout { grid-template-columns: 1fr; } }
"""

#: The article page's script: toggling kinds, showing the items under a click, and pointing
#: at an item's spans from its table row. It writes with ``textContent`` only, never HTML.
ARTICLE_JS = """
(function () {
  var items = JSON.parse(document.getElementById('items-data').textContent);
  var text = document.getElementById('article-text');
  var detail = document.getElementById('detail');
  document.querySelectorAll('.legend input[data-kind]').forEach(function (box) {
    box.addEventListener('change', function () {
      text.classList.toggle('off-' + box.dataset.kind, !box.checked);
    });
  });
  function el(tag, cls, content) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (content !== undefined) { node.textContent = content; }
    return node;
  }
  function show(ids) {
    detail.replaceChildren();
    ids.forEach(function (id) {
      var item = items[id];
      if (!item) { return; }
      var box = el('div', 'item');
      var head = el('div');
      head.appendChild(el('span', 'swatch k-' + item.kind, item.kind));
      head.appendChild(document.createTextNode(' '));
      var link = el('a', 'offsets', '[' + item.start + ', ' + item.end + ')');
      link.href = '#item-' + id;
      head.appendChild(link);
      box.appendChild(head);
      box.appendChild(el('div', '', '\u201c' + item.text + '\u201d'));
      var list = el('dl');
      item.details.forEach(function (pair) {
        list.appendChild(el('dt', '', pair[0]));
        list.appendChild(el('dd', '', pair[1]));
      });
      box.appendChild(list);
      detail.appendChild(box);
    });
  }
  function focus(id) {
    document.querySelectorAll('.hl.focus').forEach(function (n) { n.classList.remove('focus'); });
    var first = null;
    document.querySelectorAll('.hl').forEach(function (n) {
      if (n.dataset.ids.split(' ').indexOf(id) >= 0) {
        n.classList.add('focus');
        if (!first) { first = n; }
      }
    });
    return first;
  }
  text.addEventListener('click', function (event) {
    var piece = event.target.closest('.hl');
    if (piece) { show(piece.dataset.ids.split(' ')); }
  });
  function select(row, smooth) {
    var first = focus(row.dataset.id);
    show([row.dataset.id]);
    if (first) { first.scrollIntoView({block: 'center', behavior: smooth ? 'smooth' : 'auto'}); }
  }
  document.querySelectorAll('tr.item-row').forEach(function (row) {
    row.addEventListener('click', function () { select(row, true); });
    row.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(row, true); }
    });
  });
  // A link to #item-ID (from a story's check) lands on that item, highlighted in the text.
  function byAnchor(anchor) {
    if (!anchor) { return null; }
    var found = document.getElementById(anchor);
    if (found) { return found; }
    try { return document.getElementById(decodeURIComponent(anchor)); } catch (e) { return null; }
  }
  var target = byAnchor(location.hash.slice(1));
  if (target && target.classList.contains('item-row')) { select(target, false); }
  text.dataset.ready = 'true';
})();
"""
