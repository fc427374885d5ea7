// Loads the search client (/search-client.js) only when the reader reaches for search: focusing or
// typing in a search field, or pressing "/" or Ctrl/⌘-K. Without JavaScript each field is a plain
// form that opens the /search/ page.
// Nothing typed is lost while the client loads: a shortcut puts the caret in the search field, so the
// letters land there, and the client opens its dialog with them once it is ready. When no field can
// take focus (hidden on this layout), the keys are kept here and handed over instead.
(function () {
  var fields = [].filter.call(document.querySelectorAll('form[action="/search/"] input[name="q"]'), function (f) {
    return !f.closest('#search-page');
  });
  var pageInput = document.querySelector('#search-page [data-search-input]');
  var ready;
  var typed = null; // keys kept while no field has focus; null when not keeping any
  function load() {
    if (!ready) {
      ready = import('/search-client.js').then(function (m) {
        // From here on the client listens for the shortcuts itself.
        document.removeEventListener('keydown', onKey, true);
        return m.start();
      });
      ready.catch(function () {
        ready = undefined;
      });
    }
    return ready;
  }
  function open(field, returnTo) {
    load().then(
      function (api) {
        var text = typed;
        typed = null;
        if (api.dialog) api.dialog.open(text === null ? field && field.value : text, field, returnTo);
      },
      function () {
        typed = null;
        if (field && field.value) field.form.submit();
      },
    );
  }
  fields.forEach(function (field) {
    field.addEventListener('focus', load, { once: true });
    field.addEventListener('input', function () {
      open(field);
    }, { once: true });
  });
  function onKey(e) {
    if (typed !== null) {
      // Keeping keys for the dialog while the client loads.
      if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) typed += e.key;
      else if (e.key === 'Backspace') typed = typed.slice(0, -1);
      else return;
      e.preventDefault();
      return;
    }
    var t = e.target;
    var inField = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
    if ((e.key === '/' && !inField && !e.ctrlKey && !e.metaKey && !e.altKey) || ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k')) {
      e.preventDefault();
      var before = document.activeElement;
      var field = fields.filter(function (f) {
        return f.getClientRects().length > 0;
      })[0];
      if (field) field.focus();
      if (!field || document.activeElement !== field) typed = '';
      open(field, before);
    }
  }
  document.addEventListener('keydown', onKey, true);
  if (pageInput) {
    if (/[?&]q=./.test(location.search)) load();
    else pageInput.addEventListener('focus', load, { once: true });
  }
})();
