// 提交审核 in the local editor (serve): one button sends every content file changed since the editor's copy started for
// review. The local backend (generator/Preview/LocalBackend/Handoff) commits them onto a new branch and opens the pull
// request when this machine holds the repository's credentials, or writes a dated 稿件包 for a developer to import; the
// panel says which, with the pull request's link or the package's download. Its words come from theme.yml (cms.handoff…),
// carried by #portal-handoff, which only the local editor's page has.
(function () {
  'use strict';
  var holder = document.getElementById('portal-handoff');
  if (!holder) return;
  var words = holder.dataset;

  var button = document.createElement('button');
  button.type = 'button';
  button.id = 'portal-handoff-button';
  button.textContent = words.button;
  button.style.cssText = 'position:fixed;right:20px;bottom:20px;z-index:10000;padding:10px 20px;font-size:16px;border:0;' +
    'border-radius:6px;background:#1f5fbf;color:#fff;box-shadow:0 2px 6px rgba(0,0,0,.3);cursor:pointer;';

  var panel = document.createElement('section');
  panel.id = 'portal-handoff-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'portal-handoff-title');
  panel.hidden = true;
  panel.style.cssText = 'position:fixed;right:20px;bottom:76px;z-index:10000;width:min(560px,calc(100vw - 40px));max-height:70vh;' +
    'overflow:auto;padding:16px 20px;background:#fff;color:#1a1a1a;border:1px solid #999;border-radius:8px;' +
    'box-shadow:0 4px 16px rgba(0,0,0,.3);font-size:15px;line-height:1.6;';

  function element(tag, text) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    return node;
  }

  function show(outcome, answer) {
    panel.textContent = '';
    panel.setAttribute('data-outcome', outcome);
    var title = element('h2', words.title);
    title.id = 'portal-handoff-title';
    title.style.cssText = 'margin:0 0 8px;font-size:18px;';
    panel.appendChild(title);
    var message = element('p', outcome === 'error' ? words.failed + '：' + (answer.error || '') : answer.message);
    message.id = 'portal-handoff-message';
    panel.appendChild(message);
    var link = null;
    if (answer.pullRequest) {
      link = element('a', words.pullRequest);
      link.href = answer.pullRequest;
      link.target = '_blank';
      link.rel = 'noopener';
    } else if (answer.download) {
      link = element('a', words.download + '（' + answer.package + '）');
      link.href = answer.download;
      link.setAttribute('download', answer.package);
    }
    if (link) {
      link.id = 'portal-handoff-link';
      link.style.cssText = 'display:inline-block;margin:4px 0 8px;font-weight:bold;color:#1f5fbf;';
      panel.appendChild(link);
    }
    if (answer.files && answer.files.length) {
      panel.appendChild(element('h3', words.files)).style.cssText = 'margin:8px 0 4px;font-size:15px;';
      var list = element('ul');
      list.id = 'portal-handoff-files';
      list.style.cssText = 'margin:0;padding-left:20px;';
      answer.files.forEach(function (file) { list.appendChild(element('li', file.change + ' ' + file.path)); });
      panel.appendChild(list);
    }
    var close = element('button', words.close);
    close.type = 'button';
    close.style.cssText = 'margin-top:12px;padding:6px 16px;font-size:15px;';
    close.addEventListener('click', function () { panel.hidden = true; button.focus(); });
    panel.appendChild(close);
    panel.hidden = false;
    message.tabIndex = -1;
    message.focus();
  }

  button.addEventListener('click', function () {
    button.disabled = true;
    button.textContent = words.working;
    panel.hidden = true;
    fetch('/api/v1', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'submitForReview', params: {} }),
    }).then(function (response) {
      return response.json().then(function (answer) { show(response.ok ? answer.outcome : 'error', answer || {}); });
    }).catch(function (error) {
      show('error', { error: String(error && error.message || error) });
    }).then(function () {
      button.disabled = false;
      button.textContent = words.button;
    });
  });

  function attach() {
    document.body.appendChild(panel);
    document.body.appendChild(button);
  }
  if (document.body) attach();
  else document.addEventListener('DOMContentLoaded', attach);
})();
