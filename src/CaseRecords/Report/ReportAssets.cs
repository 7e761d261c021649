using System.Security.Cryptography;
using System.Text;

namespace CaseRecords.Report;

/// <summary>The page's style sheet and script: constants, inlined into every page, allowed by their hashes.</summary>
internal static class ReportAssets
{
    public const string Css = """
:root{--fg:#1b1f24;--muted:#4a5361;--bg:#fff;--panel:#f5f6f8;--line:#d5dae1;--accent:#1a49c2;--accent-bg:#e7eeff;--mark:#ffe98a;--sup:#7a2e00;--err:#a8200d;--err-bg:#fdecea;--warn:#7a4d00;--warn-bg:#fff3d1;--info:#1d4a85;--info-bg:#e8f0fb;--ok:#135f2a;--ok-bg:#e5f5ea;--mask:#2b2f36;--mask-fg:#fff;--pref:#135f2a;--dep:#6b7280;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--fg:#e7e9ec;--muted:#b3bac4;--bg:#15181c;--panel:#1e2228;--line:#3a414b;--accent:#9dbcff;--accent-bg:#1f2b46;--mark:#6b5600;--sup:#ffd7b0;--err:#ff9b8a;--err-bg:#3d1a15;--warn:#ffd27a;--warn-bg:#3a2c0c;--info:#a9c8f5;--info-bg:#18283d;--ok:#8fdca6;--ok-bg:#143020;--mask:#d9dde3;--mask-fg:#15181c;--pref:#8fdca6;--dep:#aab1bb}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--accent)}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
.skip{position:absolute;left:-999px;top:0;background:var(--bg);padding:.5rem;z-index:9}
.skip:focus{left:.5rem}
header.top{border-bottom:1px solid var(--line);background:var(--panel)}
header.top .wrap{padding-top:1.25rem;padding-bottom:1rem}
h1{font-size:1.8rem;line-height:1.2;margin:0 0 .35rem}
.lede{margin:0 0 .75rem;color:var(--muted)}
.controls{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
.toggle{display:inline-flex;align-items:center;gap:.5rem;border:1px solid var(--line);border-radius:.5rem;padding:.35rem .7rem;background:var(--bg);font-weight:600}
.omitted{margin:0;color:var(--muted)}
nav.toc{position:sticky;top:0;z-index:3;background:var(--bg);border-bottom:1px solid var(--line)}
nav.toc ul{display:flex;gap:.25rem 1.1rem;overflow-x:auto;list-style:none;margin:0 auto;max-width:72rem;padding:.55rem 1rem;white-space:nowrap}
nav.toc a{text-decoration:none;font-weight:600}
nav.toc a:hover,nav.toc a:focus{text-decoration:underline}
main{padding-bottom:3rem}
section.part{scroll-margin-top:3rem}
h2{font-size:1.45rem;line-height:1.25;margin:2.4rem 0 .9rem;padding-bottom:.3rem;border-bottom:2px solid var(--fg)}
h3{font-size:1.12rem;line-height:1.3;margin:0}
h4{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:.9rem 0 .3rem}
.hint{color:var(--muted);margin:.2rem 0 1rem;max-width:48rem}
.counts{display:grid;grid-template-columns:repeat(auto-fill,minmax(10.5rem,1fr));gap:.5rem;margin:0 0 1.2rem;padding:0}
.counts div{background:var(--panel);border:1px solid var(--line);border-radius:.5rem;padding:.5rem .75rem}
.counts dt{font-size:.82rem;color:var(--muted)}
.counts dd{margin:0;font-size:1.35rem;font-weight:700}
.status{border-radius:.5rem;padding:.75rem 1rem;margin:0 0 1rem;border:1px solid var(--line)}
.status.ok{background:var(--ok-bg)}
.status.bad{background:var(--err-bg)}
.status p{margin:.15rem 0}
.table{overflow-x:auto;margin:0 0 1rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;vertical-align:top;padding:.45rem .6rem;border-bottom:1px solid var(--line)}
th{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.entity,.conflict,.chain{border:1px solid var(--line);border-radius:.6rem;padding:.9rem 1rem;margin:0 0 1rem;background:var(--bg);scroll-margin-top:3.5rem}
.entity>header{display:flex;flex-wrap:wrap;align-items:baseline;gap:.2rem .6rem}
.kind{font-size:.78rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-weight:600}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,30rem),1fr));gap:0 1rem}
ul.claims,ol.cits,ul.findings,ul.roles,ul.plain,ol.timeline{list-style:none;margin:0;padding:0}
li.claim{padding:.45rem 0 .5rem;border-top:1px solid var(--line);scroll-margin-top:3.5rem}
li.claim:first-child{border-top:0}
li.claim:target,li.tl:target{outline:3px solid var(--accent);outline-offset:2px;border-radius:.25rem}
.val{font-weight:600}
.val a{font-weight:600}
.stated{font-weight:400;color:var(--muted)}
.prop{font-weight:400;color:var(--muted)}
.rank{display:inline-block;font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;border-radius:.25rem;padding:0 .3rem;margin-left:.25rem;vertical-align:.1em}
.rank.pref{color:var(--pref);border:1px solid var(--pref)}
.rank.dep{color:var(--dep);border:1px solid var(--dep)}
.marks{display:flex;flex-wrap:wrap;gap:.25rem;margin:.2rem 0}
.mk{display:inline-block;font-size:.78rem;line-height:1.4;border-radius:1rem;padding:.05rem .55rem;border:1px solid var(--line);background:var(--panel);color:var(--fg);text-decoration:none}
.mk-single{background:var(--warn-bg);border-color:transparent}
.mk-relayed{background:var(--info-bg);border-color:transparent}
.mk-inferred{background:var(--accent-bg);border-color:transparent}
a.mk-conflict{background:var(--err-bg);border-color:transparent;color:var(--fg)}
.note{margin:.2rem 0;font-size:.92rem;color:var(--muted)}
ul.findings li{font-size:.9rem;margin:.25rem 0;padding:.3rem .55rem;border-radius:.35rem;border-left:4px solid}
.f-error{background:var(--err-bg);border-color:var(--err)!important}
.f-warning{background:var(--warn-bg);border-color:var(--warn)!important}
.f-information{background:var(--info-bg);border-color:var(--info)!important}
.sev{font-weight:700;text-transform:uppercase;font-size:.75rem;letter-spacing:.04em}
ol.cits li{margin:.3rem 0 0;font-size:.93rem}
button.cite{font:inherit;font-size:.82rem;font-weight:600;color:var(--accent);background:var(--accent-bg);border:1px solid transparent;border-radius:.35rem;padding:.05rem .45rem;cursor:pointer;margin:0 .15rem .1rem 0}
button.cite:hover{border-color:var(--accent)}
button.cite:focus-visible,.v-close:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.per{font-size:.85rem;color:var(--muted)}
q{color:var(--fg)}
q .sup,mark .sup{font-weight:700;color:var(--sup);text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:2px}
mark .sup{color:inherit}
.sens-b>.mask{margin:.2rem 0;padding:.4rem .6rem;border:1px dashed var(--muted);border-radius:.35rem;color:var(--muted);font-size:.9rem}
.sens-t.v::before{content:"withheld"}
.sens-t>.w,.sens-t.v::before{display:inline-block;background:var(--mask);color:var(--mask-fg);border-radius:.2rem;padding:0 .35rem;font-size:.78em;font-weight:600;letter-spacing:.02em}
#reveal{position:absolute;opacity:0;width:1px;height:1px;margin:0}
#reveal:not(:checked)~main .sens-b>.body,#reveal:not(:checked)~dialog .sens-t>span:not(.w),#reveal:not(:checked)~main .sens-t>span:not(.w){display:none}
#reveal:checked~main .sens-b>.mask,#reveal:checked~main .sens-t>.w,#reveal:checked~dialog .sens-t>.w,#reveal:checked~dialog .sens-t.v::before{display:none}
#reveal:checked~main .sens-t>span,#reveal:checked~dialog .sens-t>span{background:var(--warn-bg)}
.toggle{cursor:pointer}
.toggle .box{display:inline-block;width:1.15rem;height:1.15rem;border:2px solid var(--muted);border-radius:.25rem;background:var(--bg);position:relative}
#reveal:checked~header .toggle .box{background:var(--accent);border-color:var(--accent)}
#reveal:checked~header .toggle .box::after{content:"";position:absolute;left:.3rem;top:.05rem;width:.3rem;height:.6rem;border:solid var(--bg);border-width:0 .15rem .15rem 0;transform:rotate(45deg)}
#reveal:focus-visible~header .toggle{outline:3px solid var(--accent);outline-offset:2px}
.axis{position:relative;height:1.4rem;margin:0 0 .2rem;font-size:.75rem;color:var(--muted)}
.axis span{position:absolute;top:0;transform:translateX(-50%);white-space:nowrap}
ol.timeline>li{padding:.5rem 0;border-top:1px solid var(--line);scroll-margin-top:3.5rem}
.tl-row{display:grid;grid-template-columns:minmax(8rem,12rem) 1fr;gap:.1rem 1rem}
.when{font-weight:700}
.when small{display:block;font-weight:400;color:var(--muted);font-size:.85rem}
.track{position:relative;height:.7rem;background:var(--panel);border-radius:.35rem;margin:.3rem 0;border:1px solid var(--line)}
.bar{position:absolute;top:-1px;bottom:-1px;min-width:.45rem;border-radius:.35rem;background:var(--accent)}
.bar.span{background:repeating-linear-gradient(45deg,var(--accent),var(--accent) .3rem,var(--accent-bg) .3rem,var(--accent-bg) .45rem);border:1px solid var(--accent)}
.bar.open{opacity:.55}
.track-head{display:grid;grid-template-columns:minmax(8rem,12rem) 1fr;gap:0 1rem}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;font-size:.85rem;color:var(--muted);margin:.2rem 0 .8rem}
.legend .bar{position:static;display:inline-block;width:1.6rem;height:.7rem;vertical-align:middle;margin-right:.35rem}
.chain figure{margin:0 0 .6rem}
.chain svg{width:100%;max-width:36rem;height:auto;display:block}
svg .box{fill:var(--panel);stroke:var(--line);stroke-width:1.2}
svg .box.decided{stroke:var(--accent);stroke-width:1.6}
svg .t-kind{font-size:11px;font-weight:700;letter-spacing:.06em;fill:var(--muted)}
svg .t-name{font-size:13.5px;font-weight:700;fill:var(--fg)}
svg .t-out{font-size:12.5px;fill:var(--fg)}
svg .edge{fill:none;stroke:var(--fg);stroke-width:1.6}
svg .edge.follows{stroke-dasharray:5 4;stroke:var(--muted)}
svg .head{fill:var(--fg)}
svg .head.follows{fill:var(--muted)}
.versions{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,14rem),1fr));gap:.75rem;margin-top:.6rem}
.version{border:1px solid var(--line);border-radius:.5rem;padding:.6rem .75rem;background:var(--panel)}
.version.pref{border:2px solid var(--pref)}
.version.dep{opacity:.85}
.version .val{font-size:1.05rem}
.version p{margin:.2rem 0}
.markings ul{margin:.3rem 0 1rem;padding-left:1.1rem}
.markings li{margin:.15rem 0}
.src-list{font-size:.88rem;color:var(--muted)}
footer{border-top:1px solid var(--line);color:var(--muted);font-size:.88rem;padding:1rem 0 2rem}
dialog#viewer{width:min(56rem,100vw - 1rem);max-height:calc(100vh - 1rem);padding:0;border:1px solid var(--line);border-radius:.7rem;background:var(--bg);color:var(--fg);display:none;flex-direction:column}
dialog#viewer[open]{display:flex}
dialog#viewer::backdrop{background:rgba(10,12,16,.55)}
.v-bar{display:flex;gap:1rem;align-items:flex-start;justify-content:space-between;padding:.8rem 1rem .5rem;border-bottom:1px solid var(--line)}
.v-bar h2{font-size:1.15rem;margin:0;padding:0;border:0}
.v-kind,.v-meta{margin:0;font-size:.82rem;color:var(--muted)}
.v-close{font:inherit;font-weight:600;background:var(--panel);color:var(--fg);border:1px solid var(--line);border-radius:.4rem;padding:.3rem .8rem;cursor:pointer}
.v-claim{padding:.5rem 1rem 0}
.v-claim .v-label{margin:0;font-size:.78rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.v-claim .val{margin:.1rem 0 .2rem}
.v-where{margin:0;padding:.2rem 1rem .5rem;font-size:.88rem;color:var(--muted)}
.v-text{overflow:auto;padding:.8rem 1rem 1.2rem;white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.6 Georgia,"Times New Roman",serif;border-top:1px solid var(--line);flex:1 1 auto;min-height:8rem}
mark{background:var(--mark);color:inherit;border-radius:.15rem;box-shadow:0 0 0 2px var(--mark)}
@media (max-width:40rem){h1{font-size:1.45rem}.tl-row,.track-head{grid-template-columns:1fr}.track-head>div:first-child{display:none}.entity,.conflict,.chain{padding:.75rem}dialog#viewer{width:100vw;max-width:100vw;max-height:100vh;height:100vh;border-radius:0;margin:0}}
@media print{nav.toc,.skip,.controls .toggle,dialog,noscript{display:none!important}body{font-size:11pt}header.top{background:none}h2{break-after:avoid}li.claim,.version,ol.timeline>li,.chain figure,tr{break-inside:avoid}.entity,.conflict,.chain{break-inside:auto;border-color:#999}button.cite{border:1px solid #999;background:none;color:#000}a{color:#000}.mk{border:1px solid #999;background:none}.track{border-color:#999}.bar{background:#555}}
""";

    public const string Script = """
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('cr-data').textContent);
  var viewer = document.getElementById('viewer');
  var opener = null;
  function $(id) { return document.getElementById(id); }
  function el(name, className) { var e = document.createElement(name); if (className) { e.className = className; } return e; }
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button[data-ev]') : null;
    if (button) { show(button); }
  });
  $('v-close').addEventListener('click', function () { viewer.close(); });
  viewer.addEventListener('click', function (event) { if (event.target === viewer) { viewer.close(); } });
  viewer.addEventListener('close', function () { if (opener) { opener.focus(); } });
  function show(button) {
    opener = button;
    var ev = button.getAttribute('data-ev').split(':');
    var source = data.sources[+ev[0]];
    var start = ev.length > 2 ? +ev[1] : -1;
    var length = start >= 0 ? +ev[2] : 0;
    var support = [];
    if (start >= 0 && ev[3]) {
      ev[3].split(',').forEach(function (pair) { var p = pair.split('.'); support.push([start + +p[0], +p[1]]); });
    }
    $('v-kind').textContent = source.kind;
    $('v-title').textContent = source.title;
    $('v-meta').textContent = source.meta;
    var holder = $('v-claim');
    holder.replaceChildren();
    var claim = button.closest('[data-claim]');
    var value = claim ? claim.querySelector('.val') : null;
    if (value) {
      var label = el('p', 'v-label');
      label.textContent = 'Evidence for';
      var copy = value.cloneNode(true);
      copy.removeAttribute('id');
      copy.querySelectorAll('[id]').forEach(function (e) { e.removeAttribute('id'); });
      holder.append(label, copy);
    }
    var text = $('v-text');
    text.replaceChildren();
    var where = '';
    if (source.text === null) {
      text.textContent = 'The stored text of this source is not available.';
    } else {
      render(text, source.text, start >= 0 ? [start, length] : null, support, source.hide);
      if (start >= 0) {
        var before = source.text.slice(0, start).split('\n');
        where = 'The highlighted passage is the quote, found by the validator at line ' + before.length + ', column ' + (before[before.length - 1].length + 1) + ' of the stored text.';
        if (support.length) { where += ' The words that state the value are emphasized.'; }
      } else if (button.hasAttribute('data-q')) {
        where = 'The validator did not find this quote in the stored text: \u201C' + button.getAttribute('data-q') + '\u201D';
      } else {
        where = 'The whole stored text.';
      }
    }
    $('v-where').textContent = where;
    if (!viewer.open) { viewer.showModal(); }
    var mark = $('hl');
    if (mark) { mark.scrollIntoView({ block: 'center' }); } else { text.scrollTop = 0; }
  }
  function covered(ranges, at) {
    for (var i = 0; i < ranges.length; i++) { if (at >= ranges[i][0] && at < ranges[i][0] + ranges[i][1]) { return true; } }
    return false;
  }
  function render(container, text, hl, support, hide) {
    var cuts = [0, text.length];
    if (hl) { cuts.push(hl[0], hl[0] + hl[1]); }
    support.concat(hide).forEach(function (r) { cuts.push(r[0], r[0] + r[1]); });
    cuts = cuts.filter(function (c) { return c >= 0 && c <= text.length; }).sort(function (a, b) { return a - b; });
    var mark = null;
    var fragment = document.createDocumentFragment();
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      if (a === b) { continue; }
      var node = document.createTextNode(text.slice(a, b));
      if (covered(support, a)) { var strong = el('strong', 'sup'); strong.append(node); node = strong; }
      if (covered(hide, a)) { var outer = el('span', 'sens-t v'); var inner = el('span'); inner.append(node); outer.append(inner); node = outer; }
      if (hl && a >= hl[0] && b <= hl[0] + hl[1]) {
        if (!mark) { mark = el('mark'); mark.id = 'hl'; fragment.append(mark); }
        mark.append(node);
      } else {
        fragment.append(node);
      }
    }
    container.append(fragment);
  }
}());
""";

    /// <summary>The Content-Security-Policy source of the script: its SHA-256, so that no other script can run.</summary>
    public static string ScriptHash { get; } = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script))) + "'";
}
