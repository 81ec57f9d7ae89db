// 媒体聚焦's filter: a figure links to the page with ?medium=… or ?outlet=…; this shows only that medium's or outlet's
// stories, marks the figure as current and says how many are shown. Without it the link shows the whole list. Its
// words are the figures section's data attributes (theme.yml coverage).
(function () {
  'use strict';

  function init() {
    var root = document.querySelector('[data-coverage-filter]');
    if (!root) return;
    var params = new URLSearchParams(location.search);
    var key = params.has('medium') ? 'medium' : params.has('outlet') ? 'outlet' : null;
    if (!key) return;
    var value = params.get(key);
    var figure = Array.prototype.find.call(root.querySelectorAll('[data-' + key + ']'), function (a) {
      return a.getAttribute('data-' + key) === value;
    });
    if (!figure) return;
    var shown = 0;
    document.querySelectorAll('.coverage-list > li').forEach(function (item) {
      var match = item.getAttribute('data-item-' + key) === value;
      item.hidden = !match;
      if (match) shown++;
    });
    figure.setAttribute('aria-current', 'true');
    root.querySelector('.coverage-show-all').hidden = false;
    root.querySelector('[data-coverage-status]').textContent =
      root.getAttribute('data-filtered').replace('{name}', value).replace('{count}', String(shown));
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
