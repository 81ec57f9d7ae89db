// Reading tools (适老化 and 无障碍): text size, line spacing, high contrast, large cursor, a reading guide and the
// speed of 朗读 (read-aloud.js), remembered across pages, plus the notice's print button.
// Loaded in <head> without defer so the saved settings apply to <html> before the first paint. It is the one
// script every page loads, which is why the print button's handler lives here too (no inline script under the CSP).
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js');

  // Level 0 of every setting is the default; each level puts one class (or none) on <html>.
  // "choice" settings have one button per level; "toggle" settings one button that flips between 0 and 1.
  var settings = [
    { key: 'portal-font-size', choice: 'data-font-size', classes: ['', 'fs-1', 'fs-2', 'fs-3'],
      said: ['已切换为标准字号', '已切换为大字号', '已切换为更大字号', '已切换为特大字号'] },
    { key: 'portal-line-spacing', choice: 'data-line-spacing', classes: ['', 'ls-1'],
      said: ['已切换为标准行距', '已切换为加大行距'] },
    { key: 'portal-contrast', toggle: 'data-contrast', classes: ['', 'contrast'],
      said: ['已关闭高对比度', '已开启高对比度'] },
    { key: 'portal-large-cursor', toggle: 'data-large-cursor', classes: ['', 'large-cursor'],
      said: ['已关闭特大鼠标', '已开启特大鼠标'] },
    { key: 'portal-reading-guide', toggle: 'data-reading-guide', classes: ['', 'reading-guide'],
      said: ['已关闭阅读线', '已开启阅读线'] },
    // 朗读's speed: read-aloud.js takes the pressed button's data-rate; each button says its own data-said.
    { key: 'portal-speech-rate', choice: 'data-speech-rate', classes: ['', '', ''], said: [] },
  ];

  function read(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function write(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* private mode: the setting lasts for this page only */ }
  }
  function apply(setting) {
    setting.classes.forEach(function (name) { if (name) root.classList.remove(name); });
    if (setting.classes[setting.level]) root.classList.add(setting.classes[setting.level]);
  }

  settings.forEach(function (setting) {
    var saved = parseInt(read(setting.key) || '0', 10);
    setting.level = saved >= 0 && saved < setting.classes.length ? saved : 0;
    apply(setting);
  });

  document.addEventListener('DOMContentLoaded', function () {
    // The toolbar is hidden in the markup, so that without this script (which it needs) it is not there at all;
    // the stylesheet already shows it under html.js, so removing the attribute moves nothing.
    document.querySelectorAll('.reading-tools[hidden]').forEach(function (tools) { tools.removeAttribute('hidden'); });
    var announcer = document.querySelector('[data-announcer]');

    function buttonsOf(setting) {
      return document.querySelectorAll('[' + (setting.choice || setting.toggle) + ']');
    }
    function sync(setting) {
      buttonsOf(setting).forEach(function (button) {
        var pressed = setting.toggle
          ? setting.level === 1
          : parseInt(button.getAttribute(setting.choice), 10) === setting.level;
        button.setAttribute('aria-pressed', String(pressed));
      });
    }
    function announce(message) {
      if (!announcer) return;
      // Screen readers skip a live region whose text did not change: a repeated message gets a trailing space.
      announcer.textContent = announcer.textContent === message ? message + '\u00a0' : message;
    }
    function choose(setting, level) {
      setting.level = level;
      apply(setting);
      write(setting.key, String(level));
      sync(setting);
    }

    settings.forEach(function (setting) {
      buttonsOf(setting).forEach(function (button) {
        button.addEventListener('click', function () {
          var level = setting.toggle ? 1 - setting.level : parseInt(button.getAttribute(setting.choice), 10) || 0;
          choose(setting, level);
          announce(button.getAttribute('data-said') || setting.said[level]);
        });
      });
      sync(setting);
    });

    var reset = document.querySelector('[data-reset]');
    if (reset) {
      reset.addEventListener('click', function () {
        settings.forEach(function (setting) { choose(setting, 0); });
        announce('已恢复默认阅读设置');
      });
    }

    // The reading guide: a bar under the line at the pointer, or under the focused element for keyboard users.
    // Decorative (aria-hidden) and never in the way of a click (pointer-events: none in the stylesheet).
    var guide = document.createElement('div');
    guide.className = 'reading-guide-bar';
    guide.setAttribute('aria-hidden', 'true');
    document.body.appendChild(guide);
    function placeGuide(y) {
      guide.style.transform = 'translateY(' + Math.round(y) + 'px)';
    }
    document.addEventListener('pointermove', function (event) { placeGuide(event.clientY + 12); }, { passive: true });
    document.addEventListener('focusin', function (event) {
      // After the browser has scrolled the focused element into view.
      window.requestAnimationFrame(function () {
        if (event.target instanceof Element) placeGuide(event.target.getBoundingClientRect().bottom + 2);
      });
    });

    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
  });
})();
