// Loads the search client (/search-client.js) only when the reader reaches for search: focusing or
// typing in the search field, or pressing "/" or Ctrl/⌘-K. Without JavaScript the field is a plain
// form that opens the /search/ page.
(function () {
  var header = document.getElementById('site-search');
  var pageInput = document.querySelector('#search-page [data-search-input]');
  var ready;
  function load() {
    if (!ready) {
      ready = import('/search-client.js').then(function (m) {
        // From here on the client listens for the shortcuts itself.
        document.removeEventListener('keydown', onKey);
        return m.start();
      });
      ready.catch(function () {
        ready = undefined;
      });
    }
    return ready;
  }
  function open() {
    load().then(function (api) {
      if (api.dialog) api.dialog.open(header ? header.value : '');
    }, function () {
      if (header) header.form.submit();
    });
  }
  if (header) {
    header.addEventListener('focus', load, { once: true });
    header.addEventListener('input', open, { once: true });
  }
  function onKey(e) {
    var t = e.target;
    var inField = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
    if ((e.key === '/' && !inField && !e.ctrlKey && !e.metaKey && !e.altKey) || ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k')) {
      e.preventDefault();
      open();
    }
  }
  document.addEventListener('keydown', onKey);
  if (pageInput) {
    if (/[?&]q=./.test(location.search)) load();
    else pageInput.addEventListener('focus', load, { once: true });
  }
})();
