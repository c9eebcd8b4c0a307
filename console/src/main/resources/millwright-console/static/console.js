// Live indicator and selected-row marking for the Millwright console; everything else is htmx.
(function () {
  'use strict';

  function setLive(state, text) {
    var live = document.getElementById('live');
    if (live) {
      live.className = 'live ' + state;
      live.textContent = text;
    }
  }

  function markSelected() {
    var pane = document.getElementById('episode-detail');
    var id = pane ? pane.getAttribute('data-episode') : null;
    document.querySelectorAll('#episode-table tr[data-episode]').forEach(function (row) {
      row.classList.toggle('selected', row.getAttribute('data-episode') === id);
    });
  }

  document.addEventListener('htmx:sseOpen', function () { setLive('on', 'live'); });
  document.addEventListener('htmx:sseError', function () { setLive('off', 'reconnecting…'); });
  document.addEventListener('htmx:afterSettle', markSelected);
})();
