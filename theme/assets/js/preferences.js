// Reading preferences (适老化): font size and high contrast, remembered across pages.
// Loaded in <head> without defer so the saved preference applies before the first paint.
(function () {
  'use strict';
  var root = document.documentElement;
  var sizes = ['fs-0', 'fs-1', 'fs-2'];
  root.classList.add('js');

  function read(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function write(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* private mode: preference lasts for this page only */ }
  }
  function applySize(level) {
    sizes.forEach(function (s) { root.classList.remove(s); });
    if (level > 0) root.classList.add(sizes[level]);
  }

  var savedSize = parseInt(read('portal-font-size') || '0', 10);
  if (!(savedSize >= 0 && savedSize < sizes.length)) savedSize = 0;
  applySize(savedSize);
  var contrast = read('portal-contrast') === '1';
  if (contrast) root.classList.add('contrast');

  document.addEventListener('DOMContentLoaded', function () {
    var sizeButtons = document.querySelectorAll('[data-font-size]');
    var contrastButton = document.querySelector('[data-contrast]');
    function syncButtons() {
      sizeButtons.forEach(function (b) {
        b.setAttribute('aria-pressed', String(parseInt(b.getAttribute('data-font-size'), 10) === savedSize));
      });
      if (contrastButton) contrastButton.setAttribute('aria-pressed', String(contrast));
    }
    sizeButtons.forEach(function (button) {
      button.addEventListener('click', function () {
        savedSize = parseInt(button.getAttribute('data-font-size'), 10) || 0;
        applySize(savedSize);
        write('portal-font-size', String(savedSize));
        syncButtons();
      });
    });
    if (contrastButton) {
      contrastButton.addEventListener('click', function () {
        contrast = !contrast;
        root.classList.toggle('contrast', contrast);
        write('portal-contrast', contrast ? '1' : '0');
        syncButtons();
      });
    }
    syncButtons();
  });
})();
