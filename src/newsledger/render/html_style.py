"""The inline style sheet of the HTML report (kept apart so html.py reads as structure)."""

STYLE = """
:root {
  --ink: #1d232b; --dim: #687383; --rule: #e3e6ea; --paper: #ffffff; --bg: #f5f6f8;
  --conflict: #c0392b; --conflict-bg: #fdecea;
  --update: #8e44ad; --update-bg: #f4ecf8;
  --vaguer: #b7791f; --vaguer-bg: #fdf3e1;
  --agree: #2f855a; --agree-bg: #e6f4ec;
  --single_source: #2c5282; --single_source-bg: #e8f0fa;
  --quote-bg: #eef1f5; --deadline-bg: #fff7d6;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 16px/1.55 Georgia, "Iowan Old Style", "Times New Roman", serif; }
h1, h2, h3, h4, .badge, .meta, .story-id, .cards, .counts, table, .dim, cite, .ref, .tag {
  font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header.top { background: #1d232b; color: #fff; padding: 1.2rem 2rem; }
header.top h1 { margin: 0; font-size: 1.4rem; letter-spacing: .02em; }
header.top .meta { margin: .2rem 0 0; color: #c9d1db; font-size: .9rem; }
main, nav.contents { max-width: 980px; margin: 0 auto; padding: 0 1.2rem; }
nav.contents { margin-top: 1.5rem; }
nav.contents h2 { font-size: 1rem; text-transform: uppercase; color: var(--dim); }
.story { background: var(--paper); border: 1px solid var(--rule); border-radius: 10px;
  padding: 1.6rem 2rem 2rem; margin: 1.6rem 0; box-shadow: 0 1px 3px rgba(0,0,0,.05); }
.story h2 { margin: 0; font-size: 1.6rem; line-height: 1.25; }
.story-id { color: var(--dim); font-size: .8rem; margin: .3rem 0 .6rem; }
.lede { font-size: 1.05rem; margin: 0 0 1rem; }
h3 { font-size: 1.05rem; margin: 1.8rem 0 .6rem; padding-bottom: .3rem;
  border-bottom: 1px solid var(--rule); }
h4 { margin: .8rem 0 .3rem; font-size: .95rem; }
.dim { color: var(--dim); font-size: .85em; }
.cards { list-style: none; padding: 0; margin: 0; display: grid; gap: .6rem;
  grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); }
.card { display: flex; gap: .7rem; border: 1px solid var(--rule); border-radius: 8px;
  padding: .6rem .8rem; font-size: .92rem; }
.card p { margin: 0; }
.card .num { font-weight: 700; text-decoration: none; color: var(--ink); }
.outlet { font-weight: 600; }
.outlet.unknown { color: var(--dim); font-style: italic; font-weight: 400; }
.card .title { font-family: Georgia, serif; }
.relies, .copy { color: var(--dim); font-size: .85rem; }
.counts { margin: 1rem 0 0; }
.badge { display: inline-block; border-radius: 999px; padding: .1rem .65rem; font-size: .8rem;
  font-weight: 600; text-decoration: none; margin-right: .3rem; }
.count { color: var(--dim); font-weight: 400; font-size: .85rem; }
.badge.conflict { background: var(--conflict-bg); color: var(--conflict); }
.badge.update { background: var(--update-bg); color: var(--update); }
.badge.vaguer { background: var(--vaguer-bg); color: var(--vaguer); }
.badge.agree { background: var(--agree-bg); color: var(--agree); }
.badge.single_source { background: var(--single_source-bg); color: var(--single_source); }
.check { border-left: 4px solid var(--rule); padding: .2rem 0 .2rem 1rem; margin: .9rem 0; }
.check.conflict { border-color: var(--conflict); }
.check.update { border-color: var(--update); }
.check.vaguer { border-color: var(--vaguer); }
.check.agree { border-color: var(--agree); }
.check.single_source { border-color: var(--single_source); }
.check .about { font-weight: 700; margin: 0; }
.check .note { margin: .2rem 0 .4rem; font-style: italic; }
.values, .deadlines, .speaker ul { list-style: none; padding: 0; margin: .3rem 0; }
.values li, .deadlines li, .speaker li { margin: .45rem 0; }
.value { font-size: 1.05rem; }
.source { color: var(--dim); }
.ref { font-weight: 700; text-decoration: none; color: var(--ink); font-size: .85rem;
  background: var(--bg); border-radius: 4px; padding: 0 .3rem; }
blockquote { margin: .3rem 0 0; padding: .35rem .8rem; background: var(--bg);
  border-radius: 6px; font-size: .95rem; }
blockquote a { color: inherit; text-decoration: none; }
blockquote a:hover { text-decoration: underline; }
cite { display: block; color: var(--dim); font-style: normal; font-size: .78rem; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .6rem;
  border-bottom: 1px solid var(--rule); }
th { white-space: nowrap; font-weight: 600; }
td.refs { white-space: nowrap; text-align: right; }
.timeline a { color: inherit; text-decoration-color: #b8c0ca; text-underline-offset: 2px; }
.tag { background: var(--deadline-bg); border-radius: 4px; padding: 0 .35rem; font-size: .75rem; }
.facts { display: flex; flex-wrap: wrap; gap: .1rem 1.2rem; margin: .2rem 0; font-size: .92rem; }
.facts .key { color: var(--dim); font-family: -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; }
.texts .article-text { border-top: 1px solid var(--rule); padding-top: .4rem; }
.text { white-space: pre-wrap; line-height: 1.7; }
mark.hl { border-radius: 3px; padding: 0 1px; color: inherit; }
mark.conflict { background: var(--conflict-bg); box-shadow: inset 0 -2px var(--conflict); }
mark.update { background: var(--update-bg); box-shadow: inset 0 -2px var(--update); }
mark.vaguer { background: var(--vaguer-bg); box-shadow: inset 0 -2px var(--vaguer); }
mark.agree { background: var(--agree-bg); box-shadow: inset 0 -2px var(--agree); }
mark.single_source { background: var(--single_source-bg); }
mark.quote { background: var(--quote-bg); }
mark.deadline, mark.event { background: var(--deadline-bg); }
mark:target { outline: 3px solid #f6c343; animation: flash 1.2s ease-out; }
@keyframes flash { from { background: #ffe58a; } }
.legend { font-size: .82rem; margin: 0 0 .8rem; }
.legend mark { margin-right: .2rem; padding: 0 .35rem; }
.empty { color: var(--dim); font-style: italic; }
@media print { body { background: #fff; } .story { box-shadow: none; border: 0; } }
"""
