// bitext review report, part 1: filters the bead rows. Reads #min=0.9&out=1&unaligned=1 from the address on
// load. The editor (part 2) tells it through window.bitextFilter.changed when it replaced rows.
(function () {
  'use strict';
  var rows, conf, visible = 0, total = 0;
  function collect() {
    rows = document.querySelectorAll('tr[data-c]');
    conf = new Float64Array(rows.length);
    total = rows.length;
    for (var i = 0; i < rows.length; i++) {
      conf[i] = parseFloat(rows[i].getAttribute('data-c'));
    }
  }
  collect();
  var dirty = false;
  var min = document.getElementById('min');
  var minValue = document.getElementById('min-value');
  var onlyOut = document.getElementById('only-out');
  var onlyUnaligned = document.getElementById('only-unaligned');
  var shown = document.getElementById('shown');
  var pending = false;

  function apply() {
    pending = false;
    if (dirty) {
      dirty = false;
      collect();
    }
    var m = parseFloat(min.value) || 0;
    var out = onlyOut.checked, unaligned = onlyUnaligned.checked;
    visible = 0;
    for (var i = 0; i < rows.length; i++) {
      var cl = rows[i].classList;
      var hide = conf[i] < m || (out && !cl.contains('x')) || (unaligned && !cl.contains('u'));
      cl.toggle('hidden', hide);
      if (!hide) {
        visible++;
      }
    }
    minValue.textContent = m.toFixed(2);
    document.body.setAttribute('data-min', String(m));
    showCount();
  }

  function showCount() {
    shown.textContent = visible + ' of ' + total + ' rows shown';
    document.body.setAttribute('data-shown', String(visible));
  }

  // Rows replaced by an edit: the new ones are shown whatever the filter (a bead just edited stays in view);
  // the filter applies to them again when it changes.
  window.bitextFilter = {
    changed: function (removed, added) {
      for (var i = 0; i < removed.length; i++) {
        if (!removed[i].classList.contains('hidden')) {
          visible--;
        }
      }
      visible += added.length;
      total += added.length - removed.length;
      dirty = true;
      showCount();
    }
  };

  function schedule() {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(apply);
    }
  }

  // A part of the address that is not valid percent-encoding (#min=%E0) is null: ignored, not an error that
  // would stop the script.
  function decode(text) {
    try {
      return decodeURIComponent(text);
    } catch (e) {
      return null;
    }
  }

  function readHash() {
    var params = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (part) {
      var eq = part.indexOf('=');
      var name = eq > 0 ? decode(part.slice(0, eq)) : null;
      var value = eq > 0 ? decode(part.slice(eq + 1)) : null;
      if (name !== null && value !== null) {
        params[name] = value;
      }
    });
    if (params.min !== undefined && !isNaN(parseFloat(params.min))) {
      min.value = params.min;
    }
    onlyOut.checked = params.out === '1';
    onlyUnaligned.checked = params.unaligned === '1';
    apply();
  }

  function writeHash() {
    var hash = '#min=' + min.value + (onlyOut.checked ? '&out=1' : '') + (onlyUnaligned.checked ? '&unaligned=1' : '');
    history.replaceState(null, '', hash);
    schedule();
  }

  min.addEventListener('input', writeHash);
  onlyOut.addEventListener('change', writeHash);
  onlyUnaligned.addEventListener('change', writeHash);
  window.addEventListener('hashchange', readHash);
  readHash();
})();
