// The little behaviour every page shares: the theme toggle and "copy link to this section".
// Plain inline script, no bundle; everything it enhances works as a normal link without it.
(function () {
  var status = document.getElementById('site-status');
  function say(message) {
    if (!status) return;
    status.textContent = '';
    setTimeout(function () { status.textContent = message; }, 50);
  }

  var toggle = document.getElementById('theme-toggle');
  if (toggle) {
    var root = document.documentElement;
    var dark = function () {
      return root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
    };
    var sync = function () { toggle.setAttribute('aria-pressed', String(dark())); };
    sync();
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      var next = dark() ? 'light' : 'dark';
      root.dataset.theme = next;
      sync();
      try {
        localStorage.setItem('theme', next);
        say(next === 'dark' ? 'Dark theme on.' : 'Light theme on.');
      } catch {
        say('Theme changed for this page only: your browser is blocking saved settings, so it will not be remembered.');
      }
    });
  }

  // Phones: the header's Menu button opens the main links and the theme switch; Esc or a click elsewhere closes them.
  var menuButton = document.getElementById('menu-toggle');
  var menu = document.getElementById('site-menu');
  if (menuButton && menu) {
    var setOpen = function (open) {
      menuButton.setAttribute('aria-expanded', String(open));
      menu.toggleAttribute('data-open', open);
    };
    menuButton.addEventListener('click', function () { setOpen(menuButton.getAttribute('aria-expanded') !== 'true'); });
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' || menuButton.getAttribute('aria-expanded') !== 'true') return;
      setOpen(false);
      menuButton.focus();
    });
    document.addEventListener('click', function (event) {
      if (event.target instanceof Element && !event.target.closest('#site-menu, #menu-toggle')) setOpen(false);
    });
  }

  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element && event.target.closest('a[data-copy-link]');
    if (!link) return;
    var url = new URL(link.getAttribute('href'), location.href).href;
    var label = link.getAttribute('data-copy-link');
    if (!navigator.clipboard || !window.isSecureContext) {
      say('Copying is not available here. The link to "' + label + '" is now in the address bar: copy it from there.');
      return;
    }
    event.preventDefault();
    navigator.clipboard.writeText(url).then(
      function () {
        history.replaceState(null, '', url);
        say('Link to "' + label + '" copied.');
        // The shared "it worked" look (see .done-label in global.css): a check and "Copied" for ~2 s.
        link.setAttribute('data-done', '');
        clearTimeout(link.doneTimer);
        link.doneTimer = setTimeout(function () { link.removeAttribute('data-done'); }, 2000);
      },
      function () {
        location.hash = link.hash;
        say('Your browser did not allow copying. The link to "' + label + '" is now in the address bar: copy it from there.');
      },
    );
  });
})();
