// bitext review report: filters the bead rows. Reads #min=0.9&out=1&unaligned=1 from the address on load.
(function () {
  'use strict';
  var rows = document.querySelectorAll('tr[data-c]');
  var conf = new Float64Array(rows.length);
  for (var i = 0; i < rows.length; i++) {
    conf[i] = parseFloat(rows[i].getAttribute('data-c'));
  }
  var min = document.getElementById('min');
  var minValue = document.getElementById('min-value');
  var onlyOut = document.getElementById('only-out');
  var onlyUnaligned = document.getElementById('only-unaligned');
  var shown = document.getElementById('shown');
  var pending = false;

  function apply() {
    pending = false;
    var m = parseFloat(min.value) || 0;
    var out = onlyOut.checked, unaligned = onlyUnaligned.checked, visible = 0;
    for (var i = 0; i < rows.length; i++) {
      var cl = rows[i].classList;
      var hide = conf[i] < m || (out && !cl.contains('x')) || (unaligned && !cl.contains('u'));
      cl.toggle('hidden', hide);
      if (!hide) {
        visible++;
      }
    }
    minValue.textContent = m.toFixed(2);
    shown.textContent = visible + ' of ' + rows.length + ' rows shown';
    document.body.setAttribute('data-min', String(m));
    document.body.setAttribute('data-shown', String(visible));
  }

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
