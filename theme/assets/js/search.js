// The search page: reads the query from the URL, asks the search engine (search-worker.js, a Web Worker, so the
// page never freezes while the index is fetched and ranked) and renders its answers. No framework, no external
// request; everything shown is built with DOM nodes (never innerHTML).
(function () {
  'use strict';

  var results = document.getElementById('search-results');
  if (!results) return;
  var status = document.getElementById('search-status');
  var facetsBox = document.getElementById('search-facets');
  var moreBox = document.getElementById('search-more');
  var emptyBox = document.getElementById('search-empty');
  var emptyHint = document.getElementById('search-empty-hint');
  var query = '';
  var filters = { task: '', type: '', department: '', year: '', case: '', medium: '', outlet: '' };
  var generation = 0; // a newer search makes the answers to an older one stale

  // The URL is the state: ?q=…&task=… (shareable; Back and Forward replay searches).
  function readLocation() {
    var params = new URLSearchParams(window.location.search);
    query = (params.get('q') || '').trim();
    Object.keys(filters).forEach(function (name) { filters[name] = params.get(name) || ''; });
    ['q'].concat(Object.keys(filters)).forEach(function (name) {
      var field = document.getElementById('search-' + name);
      if (field) field.value = name === 'q' ? query : filters[name];
    });
    var headerField = document.getElementById('site-search-q');
    if (headerField) headerField.value = query;
  }

  function anyFilter() {
    return Object.keys(filters).some(function (name) { return filters[name]; });
  }

  // ---- The engine: one worker per page, started on first use and again after a failure ----

  var worker = null;
  var broken = false; // the worker script failed: typing no longer restarts it, the next search tries again
  function engine() {
    if (!worker) {
      broken = false;
      worker = new Worker(results.getAttribute('data-worker'));
      worker.onmessage = function (event) { receive(event.data); };
      worker.onerror = function () {
        // The script did not load or broke: this search fails, the next one starts a fresh worker.
        if (worker) worker.terminate();
        worker = null;
        broken = true;
        fail(generation);
      };
      worker.postMessage({ base: new URL(results.getAttribute('data-index'), window.location.href).href });
    }
    return worker;
  }

  function send(message) {
    try {
      engine().postMessage(message);
    } catch (e) {
      worker = null; // e.g. a policy refused the worker script: the next search tries again
      broken = true;
      fail(generation);
    }
  }

  function receive(message) {
    if (message.id !== generation) return;
    if (message.type === 'facets') renderFacets(message.groups);
    else if (message.type === 'page') renderPage(message);
    else if (message.type === 'empty') {
      showEmpty(message.reason === 'no-terms' ? '没有可搜索的关键词，请输入汉字、字母或数字。' : '没有找到与“' + query + '”相关的内容。');
    } else if (message.type === 'error') fail(message.id);
  }

  function fail(id) {
    if (id !== generation || results.getAttribute('data-state') !== 'loading') return;
    moreBox.textContent = '';
    done('搜索暂时不可用，请稍后再试，或通过网站地图浏览。');
  }

  // ---- Rendering ----

  function linkWith(name, value) {
    var next = new URLSearchParams(window.location.search);
    if (value) next.set(name, value); else next.delete(name);
    return '?' + next.toString();
  }

  function renderFacets(groups) {
    facetsBox.textContent = '';
    var details = document.createElement('details');
    details.open = anyFilter() || window.matchMedia('(min-width: 48rem)').matches;
    var summary = document.createElement('summary');
    summary.textContent = '按类型、重点任务、部门单位、年份筛选';
    details.appendChild(summary);
    var nav = document.createElement('nav');
    nav.setAttribute('aria-label', '筛选结果');
    groups.forEach(function (group) {
      if (group.values.length === 0 && !filters[group.name]) return;
      var wrapper = document.createElement('div');
      wrapper.className = 'facet-group';
      var label = document.createElement('p');
      label.className = 'facet-label';
      label.id = 'facet-' + group.name;
      label.textContent = group.label;
      wrapper.appendChild(label);
      var list = document.createElement('ul');
      list.className = 'facet-list';
      list.setAttribute('aria-labelledby', label.id);
      if (filters[group.name]) list.appendChild(linkItem(linkWith(group.name, ''), '不限' + group.label, false));
      group.values.forEach(function (v) {
        list.appendChild(linkItem(linkWith(group.name, v.value), v.text + '（' + v.count + '）', filters[group.name] === v.value));
      });
      wrapper.appendChild(list);
      nav.appendChild(wrapper);
    });
    details.appendChild(nav);
    facetsBox.appendChild(details);
  }

  function linkItem(href, text, current) {
    var item = document.createElement('li');
    var link = document.createElement('a');
    link.href = href;
    link.textContent = text;
    if (current) link.setAttribute('aria-current', 'true');
    item.appendChild(link);
    return item;
  }

  // Runs [text, marked] as text nodes and <mark> elements.
  function runsInto(parent, runs) {
    runs.forEach(function (run) {
      if (run[1]) {
        var mark = document.createElement('mark');
        mark.textContent = run[0];
        parent.appendChild(mark);
      } else {
        parent.appendChild(document.createTextNode(run[0]));
      }
    });
    return parent;
  }

  function renderCard(card) {
    var item = document.createElement('li');
    var heading = document.createElement('h2');
    heading.className = 'result-title';
    var link = document.createElement('a');
    link.href = card.url;
    heading.appendChild(runsInto(link, card.title));
    item.appendChild(heading);
    var facts = document.createElement('p');
    facts.className = 'result-meta';
    facts.textContent = card.facts;
    item.appendChild(facts);
    var excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    item.appendChild(runsInto(excerpt, card.excerpt));
    return item;
  }

  function renderPage(message) {
    if (message.phases) {
      Object.keys(message.phases).forEach(function (name) { mark(name, message.phases[name] + message.clock - performance.timeOrigin); });
    }
    var items = document.createDocumentFragment();
    var added = message.cards.map(function (card) { return items.appendChild(renderCard(card)); });
    results.appendChild(items);
    // After "more results", keyboard and screen-reader users continue at the first result added (the button goes).
    if (!message.first && added.length > 0) added[0].querySelector('a').focus();
    moreBox.textContent = '';
    if (message.shown < message.total) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'more-button';
      button.textContent = '显示更多结果（还有 ' + (message.total - message.shown) + ' 条）';
      button.addEventListener('click', function () {
        button.disabled = true; // one page per click
        results.setAttribute('data-state', 'loading');
        send({ type: 'more', id: generation });
      });
      moreBox.appendChild(button);
    }
    done(message.first
      ? '找到 ' + message.total + ' 条与“' + query + '”相关的结果' + (message.total > message.shown ? '，显示前 ' + message.shown + ' 条。' : '。')
      : '已显示 ' + message.shown + ' 条，共 ' + message.total + ' 条结果。');
  }

  // Phase marks: the benchmark (tests/Portal.Benchmarks, profile-search) reads them to see where a query's time goes.
  function mark(name, at) {
    if (!window.performance || !performance.mark) return;
    try {
      performance.mark('portal-search-' + name, at === undefined ? undefined : { startTime: Math.max(0, at) });
    } catch (e) { /* an older browser without mark options: the benchmark does not run there */ }
  }

  function done(message) {
    status.textContent = message;
    results.setAttribute('data-state', 'done');
    mark('done');
  }

  function showEmpty(message) {
    emptyHint.textContent = '';
    if (anyFilter()) {
      emptyHint.appendChild(document.createTextNode('当前设置了筛选条件，'));
      var all = document.createElement('a');
      all.href = '?q=' + encodeURIComponent(query);
      all.textContent = '去掉筛选条件再搜索';
      emptyHint.appendChild(all);
      emptyHint.appendChild(document.createTextNode('，或更换、减少关键词。'));
    } else {
      emptyHint.textContent = '请检查是否有错别字，或更换、减少关键词（例如只输入“债务”“营商”“农村公路”）。';
    }
    emptyBox.hidden = false;
    done(message);
  }

  // ---- Page flow ----

  function start() {
    var mine = ++generation;
    results.textContent = '';
    facetsBox.textContent = '';
    moreBox.textContent = '';
    emptyBox.hidden = true;
    results.setAttribute('data-state', 'loading');
    if (!query) {
      done('请输入关键词，例如“债务”“营商环境”“农村公路”。');
      return;
    }
    status.textContent = '正在搜索……';
    mark('start');
    send({ type: 'search', id: mine, query: query, filters: filters });
  }

  // A new search on this page needs no page load: the worker keeps the index parts it has fetched.
  var form = document.getElementById('search-form');
  if (form && window.history && history.pushState) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var next = new URLSearchParams();
      new FormData(form).forEach(function (value, name) { if (String(value).trim()) next.set(name, String(value).trim()); });
      history.pushState(null, '', '?' + next.toString());
      readLocation();
      start();
    });
    window.addEventListener('popstate', function () {
      readLocation();
      start();
    });
    // While the reader types, the engine fetches what the words typed so far need (search-worker.js, typing).
    // Nothing is shown until the reader submits; pinyin being composed in an input method is not looked up.
    var field = document.getElementById('search-q');
    if (field) {
      field.addEventListener('input', function (event) {
        if (!event.isComposing && !broken) send({ type: 'typing', text: field.value, filters: filters });
      });
    }
  }

  readLocation();
  start();
})();
