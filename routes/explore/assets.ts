// The explorer's three files, as the app serves them (kept here so that the compiled app carries them: no CDN, no build step).
// The script builds every element with textContent, so the article is never parsed as HTML, and runs under the app's CSP
// (scripts from 'self' only: no inline script).

export const PAGE = String.raw`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>news-claims explorer</title>
<link rel="stylesheet" href="/explore/explore.css">
<script src="/explore/explore.js" defer></script>
</head>
<body>
<header><h1>news-claims explorer</h1><span>Paste an article: see what the service reads in it.</span><a href="/docs">API docs</a></header>
<main>
<form id="form">
<textarea id="text" name="text" required placeholder="Paste the article text here"></textarea>
<div class="controls">
<label>Published on <input id="publishedAt" name="publishedAt" type="date"></label>
<button id="run" type="submit">Extract</button>
<span id="status" role="status"></span>
</div>
</form>
<section id="text-view">
<h2>Text</h2>
<div class="legend">
<mark class="mark-person">person</mark><mark class="mark-organization">organization</mark><mark class="mark-place">place</mark><mark class="mark-product">product</mark><mark class="mark-money">money</mark><mark class="mark-percentage">percentage</mark><mark class="mark-date">date</mark><mark class="mark-quote">quote</mark>
</div>
<div id="doc"></div>
</section>
<section id="claims-view">
<h2>Claims</h2>
<ol id="claims"></ol>
</section>
</main>
</body>
</html>
`;

export const STYLE = String.raw`:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body { margin: 0; background: #f6f7f9; color: #1d232b; }
header { padding: 12px 24px; background: #1d232b; color: #fff; display: flex; align-items: baseline; gap: 16px; }
header h1 { margin: 0; font-size: 20px; }
header a { color: #9cc7ff; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(280px, 2fr); gap: 16px; padding: 16px 24px; }
form { grid-column: 1 / -1; display: flex; flex-direction: column; gap: 8px; }
textarea { width: 100%; box-sizing: border-box; min-height: 110px; font: inherit; padding: 8px; }
.controls { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
button { font: inherit; padding: 6px 16px; background: #2563eb; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
#status { color: #4b5563; }
section { background: #fff; border: 1px solid #dde1e6; border-radius: 6px; padding: 12px 16px; }
h2 { font-size: 15px; margin: 0 0 8px; text-transform: uppercase; letter-spacing: .04em; color: #4b5563; }
#doc { white-space: pre-wrap; line-height: 2.1; font-size: 16px; }
mark { padding: 2px 3px; border-radius: 4px; background: #e5e7eb; color: inherit; cursor: help; }
mark.mark-quote { background: #fff3c4; }
mark.mark-person { background: #c7e0ff; }
mark.mark-organization { background: #d8c7ff; }
mark.mark-place { background: #c8f0d2; }
mark.mark-product { background: #ffd6e7; }
mark.mark-money { background: #ffd9a8; }
mark.mark-percentage { background: #b9f0ee; }
mark.mark-date { background: #e3e7a8; }
.claim-hover { outline: 2px solid #2563eb; background-color: #dbeafe; }
.legend { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 10px; font-size: 13px; }
#claims { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.claim { border: 1px solid #dde1e6; border-radius: 6px; padding: 8px 10px; cursor: default; }
.claim:hover { border-color: #2563eb; background: #f5f9ff; }
.claim-head { display: flex; gap: 8px; align-items: center; margin-bottom: 4px; }
.kind { font-weight: 600; font-size: 12px; text-transform: uppercase; background: #1d232b; color: #fff; border-radius: 3px; padding: 1px 6px; }
.modality { font-size: 12px; color: #4b5563; }
.claim-text { font-size: 14px; margin-bottom: 4px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; margin: 0; font-size: 13px; }
.facts dt { color: #6b7280; }
.facts dd { margin: 0; }
`;

export const SCRIPT = String.raw`// The explorer's script (served as /explore/explore.js; no framework, no network but POST /v1/extract).
// Builds every element with textContent: the article is never parsed as HTML.
(function () {
  'use strict';
  var form = document.getElementById('form');
  var textArea = document.getElementById('text');
  var dateInput = document.getElementById('publishedAt');
  var statusLine = document.getElementById('status');
  var docView = document.getElementById('doc');
  var claimList = document.getElementById('claims');

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function amount(value, currency) {
    if (value === null || value === undefined) return 'amount unknown';
    return value.toLocaleString('en-US') + (currency ? ' ' + currency : '');
  }

  function bounds(item) {
    return item.min !== undefined && item.max !== undefined ? ' (' + item.min + ' to ' + item.max + ')' : '';
  }

  /** Every highlighted span: its kind (a colour), id, and what hovering shows. */
  function spansOf(result) {
    var spans = [];
    result.entities.forEach(function (entity) {
      entity.mentions.forEach(function (mention) {
        spans.push({ start: mention.start, end: mention.end, kind: entity.type, id: entity.id, label: entity.type + ': ' + entity.name });
      });
    });
    result.money.forEach(function (m) {
      spans.push({ start: m.start, end: m.end, kind: 'money', id: m.id, label: 'money: ' + amount(m.amount, m.currency) + ', ' + m.qualifier + bounds(m) });
    });
    result.percentages.forEach(function (p) {
      spans.push({ start: p.start, end: p.end, kind: 'percentage', id: p.id, label: 'percentage: ' + p.value + ' ' + p.unit.replace('_', ' ') + ', ' + p.qualifier + bounds(p) });
    });
    result.dates.forEach(function (d) {
      spans.push({ start: d.start, end: d.end, kind: 'date', id: d.id, label: 'date: ' + (d.value === null ? 'unresolved (no publication date)' : d.value) + ' (' + d.granularity + ')' });
    });
    result.quotes.forEach(function (q) {
      spans.push({ start: q.start, end: q.end, kind: 'quote', id: q.id, label: 'quote: ' + (q.speaker ? q.speaker.name : 'unknown speaker') + (q.cue ? ' (' + q.cue + ')' : '') });
    });
    return spans;
  }

  /** The text cut at every span boundary; each piece knows where it is and which spans cover it. */
  function renderText(text, result) {
    var spans = spansOf(result);
    var cuts = [0, text.length];
    spans.forEach(function (s) { cuts.push(s.start, s.end); });
    // Claims' edges too, so that hovering a claim highlights exactly its span.
    result.claims.forEach(function (c) { cuts.push(c.start, c.end); });
    cuts = cuts.filter(function (v, i, all) { return all.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    docView.textContent = '';
    for (var i = 0; i + 1 < cuts.length; i++) {
      var from = cuts[i];
      var to = cuts[i + 1];
      var covering = spans.filter(function (s) { return s.start <= from && s.end >= to; });
      var piece;
      if (covering.length) {
        piece = el('mark', covering.map(function (s) { return 'mark-' + s.kind; }).join(' '), text.slice(from, to));
        piece.title = covering.map(function (s) { return s.label; }).join('\n');
        piece.dataset.ids = covering.map(function (s) { return s.id; }).join(' ');
      } else {
        piece = el('span', '', text.slice(from, to));
      }
      piece.dataset.start = String(from);
      piece.dataset.end = String(to);
      docView.appendChild(piece);
    }
  }

  function highlightClaim(claim, on) {
    Array.prototype.forEach.call(docView.children, function (piece) {
      var inside = Number(piece.dataset.start) >= claim.start && Number(piece.dataset.end) <= claim.end;
      piece.classList.toggle('claim-hover', on && inside);
    });
  }

  function renderClaims(result) {
    var textOf = {};
    result.money.forEach(function (m) { textOf[m.id] = m.text; });
    result.percentages.forEach(function (p) { textOf[p.id] = p.text; });
    result.dates.forEach(function (d) { textOf[d.id] = d.text; });
    result.entities.forEach(function (e) { textOf[e.id] = e.name; });
    claimList.textContent = '';
    if (!result.claims.length) claimList.appendChild(el('li', 'empty', 'No claims.'));
    result.claims.forEach(function (claim) {
      var item = el('li', 'claim');
      item.dataset.claim = claim.id;
      item.dataset.kind = claim.kind;
      var head = el('div', 'claim-head');
      head.appendChild(el('span', 'kind kind-' + claim.kind, claim.kind.replace('_', ' ')));
      head.appendChild(el('span', 'modality', claim.modality));
      item.appendChild(head);
      item.appendChild(el('div', 'claim-text', claim.text));
      var facts = el('dl', 'facts');
      function fact(name, value) {
        if (value === null || value === undefined || value === '') return;
        facts.appendChild(el('dt', '', name));
        facts.appendChild(el('dd', 'fact-' + name, value));
      }
      fact('speaker', claim.speaker ? claim.speaker.name + (claim.cue ? ' (' + claim.cue + ')' : '') : null);
      fact('subject', claim.subject ? claim.subject.name : null);
      fact('figures', claim.figures.map(function (id) { return textOf[id] || id; }).join(', '));
      fact('dates', claim.dates.map(function (id) { return textOf[id] || id; }).join(', '));
      fact('arguments', Object.keys(claim.arguments).map(function (role) {
        var value = claim.arguments[role];
        return role + ': ' + (typeof value === 'string' ? textOf[value] || value : value);
      }).join('; '));
      item.appendChild(facts);
      item.addEventListener('mouseenter', function () { highlightClaim(claim, true); });
      item.addEventListener('mouseleave', function () { highlightClaim(claim, false); });
      claimList.appendChild(item);
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var body = { text: textArea.value };
    if (dateInput.value) body.publishedAt = dateInput.value;
    statusLine.textContent = 'Reading...';
    document.body.classList.remove('has-result');
    fetch('/v1/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (response) {
        return response.json().then(function (json) { return { ok: response.ok, json: json }; });
      })
      .then(function (answer) {
        if (!answer.ok) {
          statusLine.textContent = (answer.json.title || 'Error') + ': ' + (answer.json.detail || '');
          return;
        }
        var r = answer.json;
        renderText(body.text, r);
        renderClaims(r);
        statusLine.textContent = r.entities.length + ' entities, ' + r.money.length + ' money, ' + r.percentages.length + ' percentages, ' +
          r.dates.length + ' dates, ' + r.quotes.length + ' quotes, ' + r.claims.length + ' claims (' + r.meta.tookMs + ' ms)';
        document.body.classList.add('has-result');
      })
      .catch(function (error) {
        statusLine.textContent = 'The service could not be reached: ' + error.message;
      });
  });
})();
`;
