// bitext review report, part 2: the editor. A person corrects the alignment in the page (merge, split, move a
// sentence to the neighbouring bead, unlink, link, mark checked; undo and redo) and exports the corrected TMX,
// one ladder per document and TSV as files made in the browser. Nothing is sent anywhere. The edits are kept
// in localStorage under the hash of the report's data, and replayed when the page is opened again.
(function () {
  'use strict';
  var metaElement = document.getElementById('bitext-meta');
  if (!metaElement || !window.JSON) {
    return;
  }
  var meta = JSON.parse(metaElement.textContent);
  var STORE_KEY = 'bitext-editor:' + meta.hash;
  var REVIEW_BELOW = 0.9;
  var LT_SLASH = '<' + '/';

  // ---- Model: per document its data (parsed from its JSON block on first use), beads and rows -------------
  var docs = [];
  Array.prototype.forEach.call(document.querySelectorAll('section.doc'), function (section) {
    docs.push({ section: section, data: null, beads: null, rows: null });
  });

  function rowsOf(d) {
    var x = docs[d];
    if (!x.rows) {
      x.rows = Array.prototype.slice.call(x.section.querySelectorAll('tr[data-c]'));
    }
    return x.rows;
  }

  function doc(d) {
    var x = docs[d];
    if (!x.beads) {
      x.data = JSON.parse(x.section.querySelector('script.bitext-data').textContent);
      x.data.src = expandTexts(x.data.src);
      x.data.tgt = expandTexts(x.data.tgt);
      x.beads = (x.data.beads || beadsFromShapes(x.data, rowsOf(d))).map(function (b) {
        return { s: b[0], t: b[1], c: b[2], v: b[3], edited: false, checked: false };
      });
      // the run's beads and rows by their sentences: an edit that gives one back gives back the run's bead
      x.original = {};
      rowsOf(d).forEach(function (tr, k) {
        var b = x.beads[k];
        x.original[key(b)] = { bead: b, row: tr };
        // a sentence alone on its side of a bead is not in the data: its row's cell shows it as it is
        readFromRow(x.data.src, b.s, tr.children[1]);
        readFromRow(x.data.tgt, b.t, tr.children[2]);
      });
    }
    return x;
  }

  // A side's texts as the report stores them: a number n stands for n sentences read from their rows (null
  // here until then), a string for the next sentence.
  function expandTexts(stored) {
    var texts = [];
    stored.forEach(function (v) {
      if (typeof v === 'number') {
        for (var i = 0; i < v; i++) {
          texts.push(null);
        }
      } else {
        texts.push(v);
      }
    });
    return texts;
  }

  // Beads that run through both sides in order are stored as shapes ("1-2 1-1") and confidences in
  // thousandths; their verdicts are the rows' data-out.
  function beadsFromShapes(data, rows) {
    var i = 0, j = 0, conf = data.conf;
    return (data.shapes === '' ? [] : data.shapes.split(' ')).map(function (shape, k) {
      var dash = shape.indexOf('-'), a = +shape.slice(0, dash), b = +shape.slice(dash + 1), s = [], t = [];
      while (s.length < a) {
        s.push(i++);
      }
      while (t.length < b) {
        t.push(j++);
      }
      var c = conf[k];
      var text = c >= 1000 ? Math.floor(c / 1000) + '.' + String(c % 1000 + 1000).slice(1) : '0.' + String(c + 1000).slice(1);
      return [s, t, text, rows[k].getAttribute('data-out')];
    });
  }

  function readFromRow(texts, ids, td) {
    if (ids.length === 1 && texts[ids[0]] === null) {
      texts[ids[0]] = td.textContent;
    }
  }

  function key(b) {
    return b.s.join(',') + ':' + b.t.join(',');
  }

  /** The run's own bead where an edit gave its sentences back (not edited then), else {@code b}. */
  function canonical(x, b) {
    var o = b.edited ? x.original[key(b)] : null;
    return o ? bead(o.bead.s, o.bead.t, false, b.checked, o.bead) : b;
  }

  function bead(s, t, edited, checked, from) {
    return { s: s, t: t, c: from ? from.c : null, v: from ? from.v : null, edited: edited, checked: checked };
  }

  function joined(x, side, ids) {
    var texts = side === 's' ? x.data.src : x.data.tgt;
    var sep = (side === 's' ? x.data.srcLang : x.data.tgtLang) === 'zh' ? '' : ' ';
    var out = '';
    ids.forEach(function (id) {
      out += (out.length > 0 ? sep : '') + texts[id];
    });
    return out;
  }

  function type(b) {
    return b.s.length + '-' + b.t.length;
  }

  /** Whether an unedited, unchecked bead was kept by the run's filter; a person's bead is kept when two-sided. */
  function isUnit(b) {
    if (b.s.length === 0 || b.t.length === 0) {
      return false;
    }
    return b.edited || b.checked || b.v === null;
  }

  // ---- Operations: each gives a splice {d, at, n, beads} (replace n beads at at by beads), or null ---------
  var ops = {
    merge: function (x, k) {
      if (k + 1 >= x.beads.length) {
        return null;
      }
      var a = x.beads[k], b = x.beads[k + 1];
      return { at: k, n: 2, beads: [bead(a.s.concat(b.s), a.t.concat(b.t), true, a.checked && b.checked)] };
    },
    mergePrevious: function (x, k) {
      return k > 0 ? ops.merge(x, k - 1) : null;
    },
    split: function (x, k, ns, nt) {
      var b = x.beads[k];
      if (ns < 0 || nt < 0 || ns > b.s.length || nt > b.t.length || ns + nt === 0
          || ns + nt === b.s.length + b.t.length) {
        return null;
      }
      return { at: k, n: 1, beads: [bead(b.s.slice(0, ns), b.t.slice(0, nt), true, false),
        bead(b.s.slice(ns), b.t.slice(nt), true, false)] };
    },
    unlink: function (x, k) {
      var b = x.beads[k];
      if (b.s.length === 0 || b.t.length === 0) {
        return null;
      }
      return { at: k, n: 1, beads: [bead(b.s, [], true, false), bead([], b.t, true, false)] };
    },
    check: function (x, k) {
      var b = x.beads[k];
      var c = bead(b.s, b.t, b.edited, !b.checked, b);
      return { at: k, n: 1, beads: [c] };
    },
    firstUp: function (x, k, side) {
      return move(x, k, side, true);
    },
    lastDown: function (x, k, side) {
      return move(x, k, side, false);
    }
  };

  /** Moves the first sentence of a side to the previous bead (up) or the last one to the next bead. */
  function move(x, k, side, up) {
    var from = x.beads[k], j = up ? k - 1 : k + 1, to = x.beads[j];
    if (!to || from[side].length === 0) {
      return null;
    }
    var ids = from[side], id = up ? ids[0] : ids[ids.length - 1];
    var rest = up ? ids.slice(1) : ids.slice(0, -1);
    var other = side === 's' ? 't' : 's';
    var moved = to[side].slice();
    if (up) {
      moved.push(id);
    } else {
      moved.unshift(id);
    }
    var changedTo = side === 's' ? bead(moved, to.t, true, false) : bead(to.s, moved, true, false);
    var changedFrom = side === 's' ? bead(rest, from.t, true, false) : bead(from.s, rest, true, false);
    var pair = up ? [changedTo, changedFrom] : [changedFrom, changedTo];
    if (rest.length === 0 && from[other].length === 0) {
      pair = [changedTo]; // the bead left with no sentence goes
    }
    return { at: Math.min(k, j), n: 2, beads: pair };
  }

  // ---- Rendering: a row like ReviewReport's, marked edited (confidence "manual") and/or checked -----------
  function cell(tr, className, text, lang) {
    var td = document.createElement('td');
    td.className = className;
    if (lang) {
      td.setAttribute('lang', lang);
    }
    td.textContent = text;
    tr.appendChild(td);
    return td;
  }

  function textCell(tr, x, side, ids) {
    var text = joined(x, side, ids);
    if (text.length === 0) {
      cell(tr, 'none', 'no counterpart');
    } else {
      cell(tr, 'text', text, side === 's' ? x.data.srcLang : x.data.tgtLang);
    }
  }

  function render(x, b) {
    var unaligned = b.s.length === 0 || b.t.length === 0;
    if (!b.edited) {
      var template = x.original[key(b)].row;
      // checked or unchecked again: the run's row, with the mark and the person's verdict
      var copy = template.cloneNode(true);
      copy.classList.toggle('ck', b.checked);
      copy.classList.toggle('x', !b.checked && b.v !== null);
      copy.classList.remove('sel', 'hidden');
      copy.removeAttribute('tabindex');
      copy.lastChild.textContent = status(b, unaligned);
      return copy;
    }
    var tr = document.createElement('tr');
    tr.className = 'ed' + (unaligned ? ' u' : '') + (b.checked ? ' ck' : '');
    tr.setAttribute('data-c', '1');
    cell(tr, 'num', '');
    textCell(tr, x, 's', b.s);
    textCell(tr, x, 't', b.t);
    cell(tr, 'conf', 'manual');
    cell(tr, 'status', status(b, unaligned));
    return tr;
  }

  function status(b, unaligned) {
    var text = type(b) + (unaligned ? ' unaligned' : '');
    if (b.edited) {
      text += ', edited';
    }
    if (b.checked) {
      text += ', \u2713 checked';
    }
    if (!b.edited && !b.checked && b.v !== null) {
      text += ', left out: ' + b.v;
    } else if (unaligned) {
      text += ', not a unit';
    }
    return text;
  }

  function numberRows(x, from, to) {
    for (var i = from; i < to; i++) {
      x.rows[i].firstChild.textContent = String(i + 1);
    }
  }

  // The rows after an edit that changed the number of beads are numbered again a chunk at a time: the first
  // chunk at once, the rest in later tasks, so that an edit in a long document updates the page at once.
  var RENUMBER_CHUNK = 1500;

  function renumberFrom(x, from) {
    x.renumberAt = x.renumberAt === undefined ? from : Math.min(x.renumberAt, from);
    var end = Math.min(x.rows.length, x.renumberAt + RENUMBER_CHUNK);
    numberRows(x, x.renumberAt, end);
    x.renumberAt = end;
    if (end >= x.rows.length) {
      x.renumberAt = undefined;
    } else if (!x.renumberPending) {
      x.renumberPending = true;
      window.setTimeout(function () {
        x.renumberPending = false;
        if (x.renumberAt !== undefined) {
          renumberFrom(x, x.renumberAt);
        }
      }, 0);
    }
  }

  /** Applies a splice to the beads and the page; returns the splice that undoes it. */
  function applySplice(sp) {
    var x = doc(sp.d);
    var oldRows = x.rows.slice(sp.at, sp.at + sp.n);
    if (!sp.rows) {
      sp.beads = sp.beads.map(function (b) {
        return canonical(x, b);
      });
    }
    var newRows = sp.rows || sp.beads.map(function (b) {
      return render(x, b);
    });
    var anchor = oldRows[0];
    newRows.forEach(function (tr) {
      tr.classList.remove('hidden', 'sel');
      anchor.parentNode.insertBefore(tr, anchor);
    });
    oldRows.forEach(function (tr) {
      tr.parentNode.removeChild(tr);
    });
    var oldBeads = Array.prototype.splice.apply(x.beads, [sp.at, sp.n].concat(sp.beads));
    Array.prototype.splice.apply(x.rows, [sp.at, sp.n].concat(newRows));
    if (sp.n === sp.beads.length) {
      numberRows(x, sp.at, sp.at + newRows.length);
    } else {
      numberRows(x, sp.at, sp.at + newRows.length);
      renumberFrom(x, sp.at);
    }
    window.bitextFilter.changed(oldRows, newRows);
    return { d: sp.d, at: sp.at, n: sp.beads.length, beads: oldBeads, rows: oldRows };
  }

  // ---- History and persistence: the log of operations, replayed on load -----------------------------------
  var done = [], undone = [];

  function perform(op, quiet) {
    var x = doc(op.d);
    if (op.k < 0 || op.k >= x.beads.length) {
      return false;
    }
    var sp = ops[op.op](x, op.k, op.a, op.b);
    if (!sp) {
      if (!quiet) {
        say('Not possible here: ' + LABELS[op.op]);
      }
      return false;
    }
    sp.d = op.d;
    var inverse = applySplice(sp);
    done.push({ op: op, splice: inverse });
    undone = [];
    if (!quiet) {
      save();
      select(op.d, sp.at);
      say(LABELS[op.op] + ' (bead ' + (sp.at + 1) + ' of ' + docName(op.d) + ')');
    }
    return true;
  }

  /** Undo (from done to undone) or redo (the other way): applies the entry's stored splice. */
  function travel(from, to, verb) {
    var entry = from.pop();
    if (!entry) {
      say('Nothing to ' + verb.toLowerCase());
      return;
    }
    var back = applySplice(entry.splice);
    to.push({ op: entry.op, splice: back });
    save();
    select(entry.splice.d, entry.splice.at);
    say(verb + ': ' + LABELS[entry.op.op]);
  }

  function undo() {
    travel(done, undone, 'Undo');
  }

  function redo() {
    travel(undone, done, 'Redo');
  }

  function save() {
    try {
      if (done.length === 0) {
        localStorage.removeItem(STORE_KEY);
      } else {
        localStorage.setItem(STORE_KEY, JSON.stringify({ version: 1, ops: done.map(function (e) {
          return e.op;
        }) }));
      }
    } catch (e) {
      say('Your edits could not be kept in this browser (' + e.name + '): export before closing the page');
    }
    showState();
  }

  function restore() {
    var stored = null;
    try {
      stored = JSON.parse(localStorage.getItem(STORE_KEY) || 'null');
    } catch (e) {
      stored = null;
    }
    if (!stored || !stored.ops) {
      return;
    }
    var applied = 0;
    stored.ops.forEach(function (op) {
      if (op && ops[op.op] && docs[op.d] && perform(op, true)) {
        applied++;
      }
    });
    showState();
    say(applied + ' edit(s) restored from this browser');
  }

  function discard() {
    if (done.length === 0 && undone.length === 0) {
      say('No edits to discard');
      return;
    }
    if (!window.confirm('Discard all ' + done.length + ' edit(s) made in this report?')) {
      return;
    }
    try {
      localStorage.removeItem(STORE_KEY);
    } catch (e) {
      // nothing kept, nothing to remove
    }
    location.reload();
  }

  // ---- Export: TMX 1.4b as bitext writes it, a ladder per document, TSV -----------------------------------
  var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  var FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

  /** The text without the characters XML 1.0 forbids, as the TMX writers leave them out. */
  function clean(text) {
    return text.replace(FORBIDDEN, '').replace(LONE_SURROGATE, '');
  }

  function xmlText(text) {
    return clean(text).replace(/&/g, '&amp;').replace(/[<]/g, '&lt;').replace(/>/g, '&gt;');
  }

  function xmlAttribute(text) {
    return xmlText(text).replace(/"/g, '&quot;');
  }

  function tmxDate(date) {
    return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  }

  function prop(type, value) {
    return '\n      <prop type="' + type + '">' + xmlText(value) + LT_SLASH + 'prop>';
  }

  function variant(tag, text) {
    return '\n      <tuv xml:lang="' + xmlAttribute(tag) + '">\n        <seg>' + xmlText(text) + LT_SLASH + 'seg>\n      '
        + LT_SLASH + 'tuv>';
  }

  function unitXml(x, b) {
    var srcTag = clean(x.data.srcTag), name = clean(x.data.name);
    var out = '\n    <tu' + (srcTag !== meta.srclang ? ' srclang="' + xmlAttribute(srcTag) + '"' : '') + '>';
    if (!b.edited) {
      out += prop('x-confidence', b.c); // a pair a person made was scored by nobody
    }
    out += prop('x-bead', type(b));
    if (name.length > 0) {
      out += prop('x-document', name);
    }
    if (b.edited || b.checked) {
      out += prop('x-manual', b.edited ? 'edited' : 'checked');
    }
    return out + variant(srcTag, joined(x, 's', b.s)) + variant(clean(x.data.tgtTag), joined(x, 't', b.t))
        + '\n    ' + LT_SLASH + 'tu>';
  }

  function tmx() {
    var parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n'
        + '  <header creationtool="bitext" creationtoolversion="' + xmlAttribute(meta.toolVersion)
        + '" segtype="sentence" o-tmf="bitext" adminlang="en-US" srclang="' + xmlAttribute(meta.srclang)
        + '" datatype="plaintext" creationdate="' + (meta.creationdate || tmxDate(new Date())) + '"/>\n  <body>'];
    var units = eachUnit(function (x, b) {
      parts.push(unitXml(x, b));
    });
    parts.push('\n  ' + LT_SLASH + 'body>\n' + LT_SLASH + 'tmx>\n');
    return { parts: parts, units: units };
  }

  /**
   * Calls {@code f(x, b)} for every bead that becomes a unit, in order, and returns how many. A bead of the
   * person's (edited or checked) whose texts are those of a unit already given is left out, as the run
   * leaves out duplicates.
   */
  function eachUnit(f) {
    var seen = new Set(), count = 0;
    docs.forEach(function (unused, d) {
      var x = doc(d);
      x.beads.forEach(function (b) {
        if (!isUnit(b)) {
          return;
        }
        var texts = joined(x, 's', b.s) + '\u0000' + joined(x, 't', b.t);
        if ((b.edited || b.checked) && seen.has(texts)) {
          return;
        }
        seen.add(texts);
        f(x, b);
        count++;
      });
    });
    return count;
  }

  function ladder(x) {
    return x.beads.map(function (b) {
      return '[' + b.s.join(',') + ']:[' + b.t.join(',') + ']\n';
    }).join('');
  }

  function tsvField(text) {
    return text.replace(/[\t\n\u000B\f\r\u0085\u2028\u2029]/g, ' ').replace(LONE_SURROGATE, '\uFFFD');
  }

  function tsv() {
    var lines = ['source\ttarget\tconfidence\tbead\tdocument\tmanual\n'];
    eachUnit(function (x, b) {
      lines.push([tsvField(joined(x, 's', b.s)), tsvField(joined(x, 't', b.t)), b.edited ? '1.000' : b.c,
        type(b), tsvField(x.data.name), b.edited ? 'edited' : b.checked ? 'checked' : ''].join('\t') + '\n');
    });
    return lines;
  }

  function baseName() {
    var title = document.title.replace(/^bitext review: /, '').replace(/\.[A-Za-z0-9]+$/, '');
    return safeName(title || 'bitext');
  }

  function safeName(name) {
    return name.replace(/[\\/:*?"<>|\u0000-\u001F]+/g, '_').replace(/^\.+/, '_') || 'document';
  }

  function download(name, parts, mime) {
    var url = URL.createObjectURL(new Blob(parts, { type: mime }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    window.setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 60000);
  }

  var exports = {
    tmx: function () {
      var t = tmx();
      download(baseName() + '.corrected.tmx', t.parts, 'application/x-tmx+xml');
      say('Exported ' + t.units + ' unit(s) as ' + baseName() + '.corrected.tmx');
    },
    ladders: function () {
      docs.forEach(function (unused, d) {
        var x = doc(d);
        download(safeName(x.data.name) + '.ladder', [ladder(x)], 'text/plain');
      });
      say('Exported ' + docs.length + ' ladder file(s)');
    },
    tsv: function () {
      download(baseName() + '.corrected.tsv', tsv(), 'text/tab-separated-values');
      say('Exported the units as ' + baseName() + '.corrected.tsv');
    }
  };

  // ---- Selection and navigation ------------------------------------------------------------------------
  var current = null; // {d, k}

  function docName(d) {
    return docs[d].section.querySelector('h2').textContent;
  }

  function select(d, k, scroll) {
    var rows = rowsOf(d);
    if (rows.length === 0) {
      return;
    }
    k = Math.max(0, Math.min(k, rows.length - 1));
    if (current && rowsOf(current.d)[current.k]) {
      var old = rowsOf(current.d)[current.k];
      old.classList.remove('sel');
      old.removeAttribute('tabindex');
      old.removeAttribute('aria-selected');
    }
    current = { d: d, k: k };
    var tr = rows[k];
    tr.classList.add('sel');
    tr.setAttribute('tabindex', '0');
    tr.setAttribute('aria-selected', 'true');
    if (scroll) {
      tr.scrollIntoView({ block: 'center' });
    }
    if (!dialog.open) {
      // focus once the page is laid out anyway, rather than forcing a layout in the middle of an edit
      window.requestAnimationFrame(function () {
        if (current && rowsOf(current.d)[current.k] === tr) {
          tr.focus({ preventScroll: true });
        }
      });
    }
    document.body.setAttribute('data-selected', (d + 1) + ':' + (k + 1));
  }

  function step(delta) {
    if (!current) {
      select(0, 0, true);
      return;
    }
    var d = current.d, k = current.k;
    for (;;) {
      k += delta;
      if (k < 0 || k >= rowsOf(d).length) {
        d += delta;
        if (d < 0 || d >= docs.length) {
          return;
        }
        k = delta > 0 ? 0 : rowsOf(d).length - 1;
      }
      if (!rowsOf(d)[k].classList.contains('hidden')) {
        select(d, k, true);
        return;
      }
    }
  }

  /** The next bead below 0.9 (yellow or red) that no one has edited or checked, wrapping round. */
  function nextToReview() {
    var start = current ? current : { d: 0, k: -1 };
    for (var n = 0; n <= docs.length; n++) {
      var d = (start.d + n) % docs.length, rows = rowsOf(d);
      for (var k = n === 0 ? start.k + 1 : 0; k < rows.length; k++) {
        var cl = rows[k].classList;
        if (!cl.contains('ed') && !cl.contains('ck') && !cl.contains('hidden')
            && parseFloat(rows[k].getAttribute('data-c')) < REVIEW_BELOW) {
          select(d, k, true);
          return;
        }
      }
    }
    say('No bead below ' + REVIEW_BELOW + ' left to review');
  }

  function onCurrent(name, a, b) {
    if (!current) {
      say('Select a bead first (click a row, or press j or n)');
      return;
    }
    perform({ op: name, d: current.d, k: current.k, a: a, b: b });
  }

  // ---- Split dialog: how many sentences of each side go up --------------------------------------------------
  var dialog = { open: false };

  function splitDialog() {
    if (!current) {
      onCurrent('split');
      return;
    }
    var x = doc(current.d), b = x.beads[current.k];
    if (b.s.length + b.t.length < 2) {
      say('Not possible here: ' + LABELS.split + ' (the bead has one sentence)');
      return;
    }
    var box = document.getElementById('split-dialog');
    box.innerHTML = '';
    var h = document.createElement('h3');
    h.id = 'split-title';
    h.textContent = 'Split bead ' + (current.k + 1) + ': which sentences go up?';
    box.appendChild(h);
    var selects = [sideChoice(box, x, 's', b.s, Math.max(b.s.length > 0 ? 1 : 0, Math.floor(b.s.length / 2))),
      sideChoice(box, x, 't', b.t, Math.floor((b.t.length + (b.s.length > 1 ? 1 : 0)) / 2))];
    var ok = button(box, 'Split', function () {
      var target = current;
      closeDialog();
      perform({ op: 'split', d: target.d, k: target.k, a: +selects[0].value, b: +selects[1].value });
    });
    button(box, 'Cancel', closeDialog);
    box.hidden = false;
    dialog.open = true;
    selects[0].focus();
    box.onkeydown = function (e) {
      if (e.key === 'Escape') {
        closeDialog();
      } else if (e.key === 'Enter' && e.target.tagName !== 'BUTTON') {
        ok.click();
      } else {
        return;
      }
      e.preventDefault();
      e.stopPropagation();
    };
  }

  function sideChoice(box, x, side, ids, initial) {
    var label = document.createElement('label');
    label.textContent = (side === 's' ? 'Source' : 'Target') + ' sentences going up: ';
    var sel = document.createElement('select');
    sel.className = 'split-' + side;
    for (var n = 0; n <= ids.length; n++) {
      var o = document.createElement('option');
      o.value = String(n);
      o.textContent = n + ' of ' + ids.length;
      sel.appendChild(o);
    }
    sel.value = String(Math.min(initial, ids.length));
    label.appendChild(sel);
    box.appendChild(label);
    var list = document.createElement('ol');
    list.className = 'split-list';
    var lang = side === 's' ? x.data.srcLang : x.data.tgtLang;
    ids.forEach(function (id) {
      var li = document.createElement('li');
      li.setAttribute('lang', lang);
      li.textContent = (side === 's' ? x.data.src : x.data.tgt)[id];
      list.appendChild(li);
    });
    function mark() {
      Array.prototype.forEach.call(list.children, function (li, i) {
        li.className = i < +sel.value ? 'up' : 'down';
      });
    }
    sel.addEventListener('change', mark);
    mark();
    box.appendChild(list);
    return sel;
  }

  function closeDialog() {
    var box = document.getElementById('split-dialog');
    box.hidden = true;
    dialog.open = false;
    if (current) {
      select(current.d, current.k);
    }
  }

  // ---- Toolbar, shortcuts, status ----------------------------------------------------------------------------
  var LABELS = {
    merge: 'Merge with next bead', mergePrevious: 'Merge with previous bead (link up)', split: 'Split bead',
    unlink: 'Unlink pair', check: 'Mark checked / unchecked', firstUp: 'Move first sentence up',
    lastDown: 'Move last sentence down'
  };

  var ACTIONS = [
    { id: 'prev', label: '\u2191 Previous', keys: 'k, \u2191', run: function () { step(-1); } },
    { id: 'next', label: '\u2193 Next', keys: 'j, \u2193', run: function () { step(1); } },
    { id: 'review', label: 'Next to review', keys: 'n', help: 'next bead below 0.9 not edited or checked',
      run: nextToReview },
    { id: 'check', label: '\u2713 Checked', keys: 'c', help: 'mark the bead checked (again: unchecked)',
      run: function () { onCurrent('check'); } },
    { id: 'merge', label: 'Merge \u2193', keys: 'm', help: 'merge with the next bead (link an unpaired sentence down)',
      run: function () { onCurrent('merge'); } },
    { id: 'merge-up', label: 'Merge \u2191', keys: 'Shift+M', help: 'merge with the previous bead (link up)',
      run: function () { onCurrent('mergePrevious'); } },
    { id: 'split', label: 'Split\u2026', keys: 's', help: 'split the bead: choose the sentences that go up',
      run: splitDialog },
    { id: 'unlink', label: 'Unlink', keys: 'u', help: 'both sides become unpaired (1-0 and 0-1)',
      run: function () { onCurrent('unlink'); } },
    { id: 'src-up', label: 'Source first \u2191', keys: 'Alt+\u2191',
      help: 'move the first source sentence to the previous bead', run: function () { onCurrent('firstUp', 's'); } },
    { id: 'src-down', label: 'Source last \u2193', keys: 'Alt+\u2193',
      help: 'move the last source sentence to the next bead', run: function () { onCurrent('lastDown', 's'); } },
    { id: 'tgt-up', label: 'Target first \u2191', keys: 'Shift+Alt+\u2191',
      help: 'move the first target sentence to the previous bead', run: function () { onCurrent('firstUp', 't'); } },
    { id: 'tgt-down', label: 'Target last \u2193', keys: 'Shift+Alt+\u2193',
      help: 'move the last target sentence to the next bead', run: function () { onCurrent('lastDown', 't'); } },
    { id: 'undo', label: 'Undo', keys: 'Ctrl+Z', run: undo },
    { id: 'redo', label: 'Redo', keys: 'Ctrl+Y, Ctrl+Shift+Z', run: redo },
    { id: 'export-tmx', label: 'Export TMX', keys: '', help: 'the corrected memory', run: exports.tmx },
    { id: 'export-ladders', label: 'Export ladders', keys: '', help: 'one gold ladder per document, for bitext eval',
      run: exports.ladders },
    { id: 'export-tsv', label: 'Export TSV', keys: '', run: exports.tsv },
    { id: 'discard', label: 'Discard my edits', keys: '', help: 'forget every edit kept for this report',
      run: discard },
    { id: 'help', label: 'Shortcuts', keys: '?', help: 'show or hide the list of keyboard shortcuts',
      run: function () { var s = document.getElementById('shortcuts'); s.open = !s.open; } }
  ];

  function button(parent, text, run) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.addEventListener('click', run);
    parent.appendChild(b);
    return b;
  }

  function say(text) {
    document.getElementById('edit-message').textContent = text;
  }

  function showState() {
    var edited = 0, checked = 0;
    docs.forEach(function (x) {
      (x.beads || []).forEach(function (b) {
        edited += b.edited ? 1 : 0;
        checked += b.checked ? 1 : 0;
      });
    });
    document.getElementById('edit-state').textContent = done.length + ' edit(s): ' + edited + ' bead(s) edited, '
        + checked + ' checked';
    document.body.setAttribute('data-edits', String(done.length));
  }

  function buildToolbar() {
    var controls = document.querySelector('.controls');
    var bar = document.createElement('div');
    bar.className = 'editor';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'Correct the alignment');
    ACTIONS.forEach(function (action) {
      var b = button(bar, action.label, function () {
        action.run();
      });
      b.id = 'act-' + action.id;
      b.title = (action.help || action.label) + (action.keys ? ' (' + action.keys + ')' : '');
      if (action.keys) {
        b.setAttribute('aria-keyshortcuts', action.keys.replace(/\u2191/g, 'ArrowUp').replace(/\u2193/g, 'ArrowDown')
            .replace(/, /g, ' '));
      }
    });
    var state = document.createElement('span');
    state.id = 'edit-state';
    bar.appendChild(state);
    var message = document.createElement('span');
    message.id = 'edit-message';
    message.setAttribute('role', 'status');
    message.setAttribute('aria-live', 'polite');
    bar.appendChild(message);
    controls.appendChild(bar);

    var help = document.createElement('details');
    help.id = 'shortcuts';
    var summary = document.createElement('summary');
    summary.textContent = 'Keyboard shortcuts';
    help.appendChild(summary);
    var panel = document.createElement('div');
    panel.className = 'panel';
    help.appendChild(panel);
    var table = document.createElement('table');
    table.className = 'keys';
    ACTIONS.forEach(function (action) {
      if (action.keys) {
        var tr = document.createElement('tr');
        cell(tr, 'key', action.keys);
        cell(tr, 'what', action.help ? action.label + ': ' + action.help : action.label);
        table.appendChild(tr);
      }
    });
    var extra = document.createElement('tr');
    cell(extra, 'key', 'Enter');
    cell(extra, 'what', 'mark checked and go to the next bead to review');
    table.appendChild(extra);
    panel.appendChild(table);
    var note = document.createElement('p');
    note.textContent = 'Click a row to select it. Edits are kept in this browser for this report until you '
        + 'discard them; exported files are made here and sent nowhere.';
    panel.appendChild(note);
    controls.appendChild(help);

    var box = document.createElement('div');
    box.id = 'split-dialog';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-labelledby', 'split-title');
    box.setAttribute('aria-modal', 'true');
    box.hidden = true;
    document.body.appendChild(box);

    var legend = document.querySelector('.legend');
    if (legend) {
      var ed = document.createElement('span');
      ed.className = 'ed';
      ed.textContent = 'edited: confidence manual';
      legend.appendChild(ed);
      var ck = document.createElement('span');
      ck.className = 'ck';
      ck.textContent = '\u2713 checked';
      legend.appendChild(ck);
    }
  }

  function actionFor(e) {
    var key = e.key;
    if (e.ctrlKey || e.metaKey) {
      if (key === 'z' || key === 'Z') {
        return e.shiftKey ? redo : undo;
      }
      return key === 'y' ? redo : null;
    }
    if (e.altKey) {
      var ids = { ArrowUp: e.shiftKey ? 'tgt-up' : 'src-up', ArrowDown: e.shiftKey ? 'tgt-down' : 'src-down' };
      return ids[key] ? byId(ids[key]) : null;
    }
    var map = { j: 'next', ArrowDown: 'next', k: 'prev', ArrowUp: 'prev', n: 'review', c: 'check', m: 'merge',
      M: 'merge-up', s: 'split', u: 'unlink', '?': 'help' };
    if (key === 'Enter' && current) {
      return function () {
        if (!doc(current.d).beads[current.k].checked) {
          onCurrent('check');
        }
        nextToReview();
      };
    }
    return map[key] ? byId(map[key]) : null;
  }

  function byId(id) {
    for (var i = 0; i < ACTIONS.length; i++) {
      if (ACTIONS[i].id === id) {
        return ACTIONS[i].run;
      }
    }
    return null;
  }

  function onKey(e) {
    var tag = e.target.tagName;
    if (dialog.open || tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA'
        || (tag === 'BUTTON' || tag === 'SUMMARY') && (e.key === 'Enter' || e.key === ' ')) {
      return;
    }
    var run = actionFor(e);
    if (run) {
      e.preventDefault();
      run();
    }
  }

  function onClick(e) {
    var tr = e.target.closest ? e.target.closest('tr[data-c]') : null;
    if (!tr) {
      return;
    }
    var section = tr.closest('section.doc');
    for (var d = 0; d < docs.length; d++) {
      if (docs[d].section === section) {
        select(d, rowsOf(d).indexOf(tr));
        return;
      }
    }
  }

  buildToolbar();
  document.addEventListener('keydown', onKey);
  document.querySelector('main').addEventListener('click', onClick);
  restore();
  showState();

  // for tests and scripts: the same actions the toolbar runs
  window.bitextEditor = {
    perform: function (name, d, k, a, b) {
      return perform({ op: name, d: d, k: k, a: a, b: b });
    },
    select: select, undo: undo, redo: redo, exports: exports,
    tmxText: function () {
      return tmx().parts.join('');
    },
    ladder: function (d) {
      return ladder(doc(d));
    },
    beads: function (d) {
      return doc(d).beads.map(function (b) {
        return [b.s, b.t, b.edited, b.checked];
      });
    }
  };
})();
