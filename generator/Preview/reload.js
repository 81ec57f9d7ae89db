// Preview only (never in a published build): reloads the page after a rebuild and shows build errors
// over the page, so editors see their mistake where they look.
(function () {
  'use strict';
  var overlay = null;
  function show(errors) {
    if (overlay) { overlay.remove(); overlay = null; }
    if (!errors || errors.length === 0) return;
    overlay = document.createElement('div');
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-label', '内容有错误');
    overlay.id = 'portal-error-overlay';
    overlay.style.cssText = 'position:fixed;inset:0;z-index:99999;background:rgba(0,0,0,.85);color:#fff;overflow:auto;padding:1.5rem;font:16px/1.6 sans-serif';
    var title = document.createElement('h2');
    title.textContent = '内容有 ' + errors.length + ' 个错误，网站仍显示上一次成功生成的版本';
    overlay.appendChild(title);
    var list = document.createElement('ol');
    errors.forEach(function (e) {
      var item = document.createElement('li');
      item.style.marginBottom = '1rem';
      var where = document.createElement('code');
      where.textContent = e.file + (e.line ? ':' + e.line + ':' + e.column : '') + '  ' + e.code;
      var message = document.createElement('div');
      message.textContent = e.message;
      message.style.fontWeight = 'bold';
      item.appendChild(where);
      item.appendChild(message);
      if (e.fix) {
        var fix = document.createElement('div');
        fix.textContent = '修改建议：' + e.fix;
        item.appendChild(fix);
      }
      list.appendChild(item);
    });
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }
  fetch('/__portal/errors').then(function (r) { return r.json(); }).then(show).catch(function () {});
  var source = new EventSource('/__portal/events');
  source.addEventListener('reload', function () { window.location.reload(); });
  source.addEventListener('error-report', function (event) { show(JSON.parse(event.data)); });
})();
