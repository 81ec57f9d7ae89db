// Preview only (never in a published build): reloads the page after a rebuild and shows build errors
// over the page, so editors see their mistake where they look.
// In the browser editor (/admin/) it never reloads (that would drop the form being written): the errors of a save show
// in a panel along the bottom, over nothing the editor needs, in the form's words (the field's label, what to change in
// the form), and go when a save is good again; above them, what the save repaired by itself (“已自动改为…”).
(function () {
  'use strict';
  var inEditor = window.location.pathname.indexOf('/admin/') === 0;
  var overlay = null;
  var note = null;
  var dock = null;
  // The editor's panels, stacked along the bottom of the window.
  function editorDock() {
    if (!dock) {
      dock = document.createElement('div');
      dock.id = 'portal-editor-dock';
      dock.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:55vh;z-index:99999;overflow:auto;font:16px/1.6 sans-serif;box-shadow:0 -2px 8px rgba(0,0,0,.4)';
      document.body.appendChild(dock);
    }
    return dock;
  }
  function closeButton(onClick) {
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = '关闭';
    close.style.cssText = 'float:right;font:inherit;padding:.25rem .75rem';
    close.addEventListener('click', onClick);
    return close;
  }
  function clear() {
    if (overlay) { overlay.remove(); overlay = null; }
  }
  function clearNote() {
    if (note) { note.remove(); note = null; }
  }
  function showFixes(notes) {
    clearNote();
    if (!inEditor || !notes || notes.length === 0) return;
    note = document.createElement('div');
    note.id = 'portal-fix-note';
    note.setAttribute('role', 'status');
    note.style.cssText = 'background:#fff8d6;color:#222;padding:.75rem 1.5rem;border-top:4px solid #8a6d00';
    note.appendChild(closeButton(clearNote));
    var heading = document.createElement('p');
    heading.textContent = notes[0];
    heading.style.cssText = 'margin:0 0 .25rem;font-weight:bold';
    note.appendChild(heading);
    var list = document.createElement('ul');
    list.style.margin = '0';
    notes.slice(1).forEach(function (text) {
      var item = document.createElement('li');
      item.textContent = text;
      list.appendChild(item);
    });
    note.appendChild(list);
    editorDock().insertBefore(note, editorDock().firstChild);
  }
  function show(errors, afterSave) {
    clear();
    if (!errors || errors.length === 0) return;
    overlay = document.createElement('div');
    overlay.id = 'portal-error-overlay';
    if (inEditor) {
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'background:#7a1010;color:#fff;padding:1rem 1.5rem';
      overlay.appendChild(closeButton(clear));
    } else {
      overlay.setAttribute('role', 'alertdialog');
      overlay.setAttribute('aria-label', '内容有错误');
      overlay.style.cssText = 'position:fixed;inset:0;z-index:99999;background:rgba(0,0,0,.85);color:#fff;overflow:auto;padding:1.5rem;font:16px/1.6 sans-serif';
    }
    var title = document.createElement('h2');
    title.textContent = inEditor && afterSave
      ? '刚保存的内容有 ' + errors.length + ' 个错误，请在表单中改正后再保存（网站仍显示上一次成功生成的版本）'
      : '内容有 ' + errors.length + ' 个错误，网站仍显示上一次成功生成的版本';
    title.style.cssText = 'color:#fff;margin:0 0 .75rem;font-size:1.2rem;line-height:1.5';
    overlay.appendChild(title);
    var list = document.createElement('ol');
    errors.forEach(function (e) {
      var item = document.createElement('li');
      item.style.marginBottom = '1rem';
      var message = document.createElement('div');
      message.style.fontWeight = 'bold';
      if (inEditor && e.form) {
        // In the form's words: the field by its label and what to change in the form; the code to look up in the guide.
        message.textContent = e.form;
        var code = document.createElement('div');
        code.textContent = e.code;
        code.style.cssText = 'font-size:.85em;opacity:.85';
        item.appendChild(message);
        item.appendChild(code);
      } else {
        var where = document.createElement('code');
        where.textContent = e.file + (e.line ? ':' + e.line + ':' + e.column : '') + '  ' + e.code;
        message.textContent = e.message;
        item.appendChild(where);
        item.appendChild(message);
        if (e.fix) {
          var fix = document.createElement('div');
          fix.textContent = '修改建议：' + e.fix;
          item.appendChild(fix);
        }
      }
      list.appendChild(item);
    });
    overlay.appendChild(list);
    (inEditor ? editorDock() : document.body).appendChild(overlay);
  }
  // 复制公众号版, on a story's page only: the story's 公众号 copy (made by serve from the content as it is now, with the
  // published site's addresses) goes onto the clipboard as rich text and plain text. The button and its words come with
  // the copy from /__portal/wechat/ (theme.yml's weChat block); the published site has neither.
  function offerWeChatCopy(copy) {
    removeWeChatCopy();
    var panel = document.createElement('section');
    panel.id = 'portal-wechat';
    panel.setAttribute('aria-label', copy.button);
    // In the editor, bottom left: the top holds its save and publish buttons.
    panel.style.cssText = 'position:fixed;' + (inEditor ? 'left' : 'right') + ':1rem;bottom:1rem;z-index:99998;max-width:24rem;background:#fff;color:#222;border:2px solid #b71c1c;border-radius:6px;padding:.75rem 1rem;font:14px/1.6 sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3)';
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = copy.button;
    button.style.cssText = 'font:inherit;font-weight:bold;padding:.4rem 1rem;background:#b71c1c;color:#fff;border:0;border-radius:4px;cursor:pointer';
    var note = document.createElement('p');
    note.textContent = copy.note;
    note.style.cssText = 'margin:.5rem 0 0';
    var status = document.createElement('p');
    status.setAttribute('role', 'status');
    status.style.cssText = 'margin:.5rem 0 0;font-weight:bold';
    button.addEventListener('click', function () {
      status.textContent = '';
      write(copy).then(function () { status.textContent = copy.copied; }, function () { status.textContent = copy.failed; });
    });
    panel.appendChild(button);
    panel.appendChild(note);
    panel.appendChild(status);
    document.body.appendChild(panel);
  }
  function write(copy) {
    if (window.ClipboardItem && navigator.clipboard && navigator.clipboard.write) {
      return navigator.clipboard.write([new window.ClipboardItem({
        'text/html': new Blob([copy.html], { type: 'text/html' }),
        'text/plain': new Blob([copy.text], { type: 'text/plain' })
      })]);
    }
    // Browsers without the asynchronous clipboard: the copy event lets a page set both formats.
    return new Promise(function (resolve, reject) {
      function fill(event) {
        event.clipboardData.setData('text/html', copy.html);
        event.clipboardData.setData('text/plain', copy.text);
        event.preventDefault();
      }
      document.addEventListener('copy', fill);
      var done = document.execCommand('copy');
      document.removeEventListener('copy', fill);
      if (done) { resolve(); } else { reject(new Error('copy')); }
    });
  }
  function removeWeChatCopy() {
    var old = document.getElementById('portal-wechat');
    if (old) { old.remove(); }
  }
  // The story a page shows: a story page itself, or in the editor the story entry open in the form
  // (#/collections/stories/entries/2025/2025-03-14-x is stories/2025/2025-03-14-x/). The copy is of the saved file.
  function storyPath() {
    if (!inEditor) { return document.body.classList.contains('kind-story') ? window.location.pathname : null; }
    var entry = /^#\/collections\/stories\/entries\/(\d{4}\/[^\/?#]+)$/.exec(window.location.hash);
    return entry ? '/stories/' + entry[1] + '/' : null;
  }
  function refreshWeChatCopy() {
    var path = storyPath();
    if (!path) { removeWeChatCopy(); return; }
    fetch('/__portal/wechat' + path)
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (copy) { if (copy && storyPath() === path) { offerWeChatCopy(copy); } else if (!copy) { removeWeChatCopy(); } })
      .catch(function () {});
  }
  refreshWeChatCopy();
  if (inEditor) { window.addEventListener('hashchange', refreshWeChatCopy); }
  fetch('/__portal/errors').then(function (r) { return r.json(); }).then(show).catch(function () {});
  // The page as served, to tell what an update changed: fetched once the page is shown (never delays it).
  var served = null;
  function parse(html) { return new DOMParser().parseFromString(html, 'text/html'); }
  function fetchPage() {
    return fetch(window.location.pathname + window.location.search, { cache: 'no-store' })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.text(); });
  }
  if (!inEditor) {
    window.addEventListener('load', function () { fetchPage().then(function (html) { served = served || parse(html); }).catch(function () {}); });
  }
  // What the page's scripts did not make: the head's styles and scripts, and the body outside <main>.
  function frame(doc) {
    var body = doc.body.cloneNode(true);
    var main = body.querySelector('main');
    if (main) { main.remove(); }
    Array.prototype.forEach.call(body.querySelectorAll('script[src="/__portal/reload.js"]'), function (s) { s.remove(); });
    var head = Array.prototype.map.call(doc.head.querySelectorAll('link, script, style, meta[http-equiv]'), function (e) { return e.outerHTML; });
    return { body: body, head: head.join('\n') };
  }
  // Makes `to`'s children of `from`, keeping every node that is already right (so the handlers of the page's scripts
  // stay on the buttons they were put on), changing text in place, and replacing only what differs.
  function morphChildren(from, to) {
    var have = Array.prototype.slice.call(from.childNodes);
    var want = Array.prototype.slice.call(to.childNodes);
    for (var i = 0; i < want.length; i++) {
      var a = have[i];
      var b = want[i];
      if (!a) { from.appendChild(document.importNode(b, true)); continue; }
      if (a.isEqualNode(b)) { continue; }
      if (a.nodeType === b.nodeType && (a.nodeType === 3 || a.nodeType === 8)) { a.nodeValue = b.nodeValue; continue; }
      if (a.nodeType === 1 && a.nodeName === b.nodeName && a.nodeName !== 'SCRIPT') {
        Array.prototype.slice.call(a.attributes).forEach(function (at) { if (!b.hasAttribute(at.name)) { a.removeAttribute(at.name); } });
        Array.prototype.forEach.call(b.attributes, function (at) { if (a.getAttribute(at.name) !== at.value) { a.setAttribute(at.name, at.value); } });
        morphChildren(a, b);
        continue;
      }
      from.replaceChild(document.importNode(b, true), a);
    }
    for (var j = want.length; j < have.length; j++) { have[j].remove(); }
  }
  // The updated page in place of this one when only its <main> and the head's words (title, descriptions) changed, as
  // after an edit of a story's text: no reload, so the page is ready in a few milliseconds and keeps its scroll
  // position. Anything else changed (navigation, footer, styles, scripts): a reload.
  function refresh(received) {
    if (!served) { window.location.reload(); return; }
    fetchPage().then(function (html) {
      var fetched = performance.now();
      var next = parse(html);
      var was = frame(served);
      var now = frame(next);
      var main = document.querySelector('main');
      var nextMain = next.querySelector('main');
      if (!main || !nextMain || was.head !== now.head || !was.body.isEqualNode(now.body)) { window.location.reload(); return; }
      morphChildren(document.head, next.head);
      document.title = next.title;
      Array.prototype.slice.call(main.attributes).forEach(function (at) { if (!nextMain.hasAttribute(at.name)) { main.removeAttribute(at.name); } });
      Array.prototype.forEach.call(nextMain.attributes, function (at) { main.setAttribute(at.name, at.value); });
      morphChildren(main, nextMain);
      served = next;
      clear();
      refreshWeChatCopy();
      // When each step happened (ms since the page's time origin), for the preview benchmark; the page ignores it.
      document.documentElement.setAttribute('data-portal-refreshed', [received, fetched, performance.now()].map(Math.round).join(' '));
    }).catch(function () { window.location.reload(); });
  }
  function concerns(scope) {
    if (scope === '*' || overlay) { return true; }
    try { return JSON.parse(scope).indexOf(window.location.pathname) >= 0; } catch (e) { return true; }
  }
  var source = new EventSource('/__portal/events');
  // In the editor, a good save rebuilt the site: the open story's copy is made again from the saved file.
  // Elsewhere, a tab whose page the update changed shows it (the event lists the pages, or "*" for all).
  source.addEventListener('reload', function (event) {
    if (inEditor) { clear(); refreshWeChatCopy(); return; }
    if (!concerns(event.data)) { return; }
    if (overlay) { window.location.reload(); return; }
    refresh(performance.now());
  });
  source.addEventListener('error-report', function (event) { show(JSON.parse(event.data), true); });
  source.addEventListener('auto-fixed', function (event) { showFixes(JSON.parse(event.data)); });
})();
