// Runs in <head> before the page paints: applies a remembered theme, and reveals the toggle
// (which is hidden without JavaScript, where the system colour scheme is simply followed).
(function () {
  var d = document.documentElement;
  d.classList.add('js');
  try {
    var t = localStorage.getItem('theme');
    if (t === 'light' || t === 'dark') d.dataset.theme = t;
  } catch {
    d.dataset.storage = 'blocked';
  }
})();
