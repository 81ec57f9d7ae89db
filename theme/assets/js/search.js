// Site search on the static index written by the generator (generator/Search/). No framework, no external
// request: it fetches the manifest, the index shards of the query's own terms, facet data, and the records
// of the results it shows. The tokenizer below must stay identical to generator/Search/SearchTokenizer.cs.
(function () {
  'use strict';

  var PAGE_SIZE = 10;
  var MIN_COVERAGE = 0.5;     // share of query terms a result must contain (typos and filler words may miss)
  var TITLE_BOOST = 1.5;      // a term in the title counts more than its saturated frequency says
  var PHRASE_BOOST = 1.5;     // the whole query word appears as written

  var results = document.getElementById('search-results');
  if (!results) return;
  var status = document.getElementById('search-status');
  var facetsBox = document.getElementById('search-facets');
  var moreBox = document.getElementById('search-more');
  var emptyBox = document.getElementById('search-empty');
  var emptyHint = document.getElementById('search-empty-hint');
  var base = results.getAttribute('data-index');
  var query = '';
  var filters = { task: '', type: '', department: '', year: '' };
  var generation = 0; // a newer search makes the results of an older one stale

  // The URL is the state: ?q=…&task=… (shareable; Back and Forward replay searches).
  function readLocation() {
    var params = new URLSearchParams(window.location.search);
    query = (params.get('q') || '').trim();
    Object.keys(filters).forEach(function (name) { filters[name] = params.get(name) || ''; });
    ['q', 'task', 'type', 'department', 'year'].forEach(function (name) {
      var field = document.getElementById('search-' + name);
      if (field) field.value = name === 'q' ? query : filters[name];
    });
    var headerField = document.getElementById('site-search-q');
    if (headerField) headerField.value = query;
  }

  // ---- Tokenizer (same rules as SearchTokenizer.cs) ----

  function tableOf(pairs) {
    var table = {};
    for (var i = 0; i + 1 < pairs.length; i += 2) table[pairs[i]] = pairs[i + 1];
    return table;
  }

  function wellFormed(text) {
    if (typeof text.toWellFormed === 'function') return text.toWellFormed();
    return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g, function (m, before) {
      return before === undefined ? '\uFFFD' : before + '\uFFFD';
    });
  }

  function normalize(text, t2s) {
    var folded = wellFormed(text).normalize('NFKC');
    var out = '';
    for (var i = 0; i < folded.length; i++) {
      var code = folded.charCodeAt(i);
      if (code >= 65 && code <= 90) out += String.fromCharCode(code + 32);
      else out += t2s[folded[i]] || folded[i];
    }
    return out;
  }

  function isHan(cp) {
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
      (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FA1F);
  }

  function isLatin(cp) {
    return (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57);
  }

  function tokens(text, t2s) {
    var chars = Array.from(normalize(text, t2s));
    var cps = chars.map(function (c) { return c.codePointAt(0); });
    var out = [];
    var current = '';
    var kind = 0; // 0 none, 1 Han, 2 Latin
    var segment = 0;
    function flush() {
      if (current.length > 0) out.push(kind === 2 && current.length > 40 ? current.slice(0, 40) : current);
      current = '';
      kind = 0;
      segment = 0;
    }
    for (var i = 0; i < cps.length; i++) {
      var cp = cps[i];
      if (isHan(cp)) {
        if (kind !== 1) flush();
        kind = 1;
        current += chars[i];
        segment++;
      } else if (isLatin(cp)) {
        if (kind !== 2) flush();
        kind = 2;
        current += chars[i];
      } else if (cp === 32 && kind === 1) {
        // spaces inside Chinese text are layout
      } else if (cp === 0x3001 && kind === 1 && segment === 1 && i + 1 < cps.length && isHan(cps[i + 1]) &&
                 (i + 2 >= cps.length || !isHan(cps[i + 2]))) {
        segment = 0;
      } else {
        flush();
      }
    }
    flush();
    return out;
  }

  // Query terms: a one-character word looks up the character, longer words their character pairs.
  function queryTerms(text, manifest, t2s) {
    var stripped = normalize(text, t2s);
    manifest.stop.forEach(function (word) { stripped = stripped.split(word).join('|'); });
    var words = tokens(stripped, t2s);
    if (words.length === 0) words = tokens(text, t2s);
    var terms = [];
    words.forEach(function (word) {
      var chars = Array.from(word);
      if (!isHan(word.codePointAt(0)) || chars.length === 1) terms.push(word);
      else for (var i = 0; i + 1 < chars.length; i++) terms.push(chars[i] + chars[i + 1]);
    });
    return { words: words, terms: terms.filter(function (t, i) { return terms.indexOf(t) === i; }) };
  }

  function shardOf(term, count) {
    var h = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      h ^= term.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h % count;
  }

  // ---- Fetching ----

  var cache = {};
  function getJson(path) {
    if (!cache[path]) {
      cache[path] = fetch(base + path).then(function (response) {
        if (!response.ok) throw new Error(path + ': ' + response.status);
        return response.json();
      });
      // A failed fetch is not remembered: the next search asks again.
      cache[path].catch(function () { delete cache[path]; });
    }
    return cache[path];
  }

  // ---- Ranking: BM25 with field weights folded in at build time, coverage and phrase bonuses here ----

  // Scores live in typed arrays indexed by document (a site of 10,000 stories scores in a few milliseconds);
  // only documents some term touched are looked at again.
  function rank(manifest, shards, terms) {
    var n = manifest.documents;
    var score = new Float64Array(n);
    var idfSum = new Float64Array(n);
    var matched = new Int32Array(n); // a pasted paragraph can have hundreds of terms
    var touched = [];
    var known = 0;
    var knownIdf = 0;
    terms.forEach(function (term) {
      var list = shards[shardOf(term, manifest.shards)][term];
      if (!list) return;
      var df = list[0];
      var idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      var unit = idf * manifest.scale * (manifest.k1 + 1) / 255;
      known++;
      knownIdf += idf;
      var doc = 0;
      for (var i = 1; i < list.length; i += 2) {
        doc += list[i];
        var weight = list[i + 1];
        if (matched[doc] === 0) touched.push(doc);
        score[doc] += unit * (weight >> 1) * ((weight & 1) ? TITLE_BOOST : 1);
        matched[doc]++;
        idfSum[doc] += idf;
      }
    });
    if (known === 0) return [];
    var hits = [];
    for (var t = 0; t < touched.length; t++) {
      var d = touched[t];
      if (terms.length > 1 && matched[d] / terms.length < MIN_COVERAGE) continue;
      var coverage = idfSum[d] / knownIdf;
      hits.push({ doc: d, score: score[d] * coverage * coverage });
    }
    return hits.sort(byScore);
  }

  function byScore(a, b) {
    return b.score - a.score || a.doc - b.doc; // ties: pages first, then the newest story
  }

  // ---- Filters and facets ----

  // ---- Facets: every document's values, numbered once per page, so counting thousands of hits is integer work ----

  var FACETS = ['type', 'task', 'department', 'year'];

  // For each facet: the value names (as in the URL) and, per document, the numbers of its values (CSR layout).
  function facetTable(meta, manifest) {
    var n = manifest.documents;
    var table = {};
    FACETS.forEach(function (name) { table[name] = { names: [], number: {}, start: new Int32Array(n + 1), ids: [] }; });
    function add(facet, value) {
      var id = facet.number[value];
      if (id === undefined) { id = facet.number[value] = facet.names.length; facet.names.push(value); }
      facet.ids.push(id);
    }
    for (var doc = 0; doc < n; doc++) {
      var type = meta.type.charAt(doc);
      if (type && type !== '-') add(table.type, manifest.types[+type]);
      if (meta.task[doc]) meta.task[doc].split('.').forEach(function (t) { add(table.task, t); });
      if (meta.dept[doc]) meta.dept[doc].split('.').forEach(function (i) { add(table.department, manifest.departments[+i].s); });
      if (meta.year[doc]) add(table.year, String(meta.year[doc]));
      FACETS.forEach(function (name) { table[name].start[doc + 1] = table[name].ids.length; });
    }
    FACETS.forEach(function (name) { table[name].ids = Int32Array.from(table[name].ids); });
    return table;
  }

  function valuesOf(table, name, doc) {
    var facet = table[name];
    var out = [];
    for (var i = facet.start[doc]; i < facet.start[doc + 1]; i++) out.push(facet.names[facet.ids[i]]);
    return out;
  }

  // The active filters as value numbers (-1: a value no document has, so nothing passes).
  function activeFilters(table) {
    return FACETS.filter(function (name) { return filters[name]; }).map(function (name) {
      var id = table[name].number[filters[name]];
      return { name: name, id: id === undefined ? -1 : id };
    });
  }

  function passes(table, doc, active, except) {
    for (var a = 0; a < active.length; a++) {
      if (active[a].name === except) continue;
      var facet = table[active[a].name];
      var found = false;
      for (var i = facet.start[doc]; i < facet.start[doc + 1] && !found; i++) found = facet.ids[i] === active[a].id;
      if (!found) return false;
    }
    return true;
  }

  function linkWith(name, value) {
    var next = new URLSearchParams(window.location.search);
    if (value) next.set(name, value); else next.delete(name);
    return '?' + next.toString();
  }

  function renderFacets(hits, table, manifest, active) {
    facetsBox.textContent = '';
    if (hits.length === 0 && active.length === 0) return;
    var groups = [
      { name: 'type', label: '类型', text: function (v) { return v; } },
      { name: 'task', label: '重点任务', text: function (v) { var t = manifest.tasks.filter(function (x) { return String(x.n) === v; })[0]; return t ? v + '. ' + t.t : v; } },
      { name: 'department', label: '部门单位', text: function (v) { var d = manifest.departments.filter(function (x) { return x.s === v; })[0]; return d ? d.n : v; } },
      { name: 'year', label: '年份', text: function (v) { return v + '年'; } }
    ];
    var details = document.createElement('details');
    details.open = active.length > 0 || window.matchMedia('(min-width: 48rem)').matches;
    var summary = document.createElement('summary');
    summary.textContent = '按类型、重点任务、部门单位、年份筛选';
    details.appendChild(summary);
    var nav = document.createElement('nav');
    nav.setAttribute('aria-label', '筛选结果');
    groups.forEach(function (group) {
      var facet = table[group.name];
      var tally = new Int32Array(facet.names.length);
      for (var h = 0; h < hits.length; h++) {
        var doc = hits[h].doc;
        if (active.length > 0 && !passes(table, doc, active, group.name)) continue;
        for (var i = facet.start[doc]; i < facet.start[doc + 1]; i++) tally[facet.ids[i]]++;
      }
      var counts = {};
      for (var id = 0; id < tally.length; id++) if (tally[id] > 0) counts[facet.names[id]] = tally[id];
      var shownValues = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); });
      if (shownValues.length === 0 && !filters[group.name]) return;
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
      if (filters[group.name]) {
        var clear = document.createElement('li');
        var clearLink = document.createElement('a');
        clearLink.href = linkWith(group.name, '');
        clearLink.textContent = '不限' + group.label;
        clear.appendChild(clearLink);
        list.appendChild(clear);
      }
      shownValues.slice(0, 12).forEach(function (value) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = linkWith(group.name, value);
        link.textContent = group.text(value) + '（' + counts[value] + '）';
        if (filters[group.name] === value) link.setAttribute('aria-current', 'true');
        item.appendChild(link);
        list.appendChild(item);
      });
      wrapper.appendChild(list);
      nav.appendChild(wrapper);
    });
    details.appendChild(nav);
    facetsBox.appendChild(details);
  }

  // ---- Highlighting: <mark> around query terms, built with DOM nodes (never innerHTML) ----

  function markedFragment(text, terms, t2s, window) {
    var chars = Array.from(text);
    var norm = '';
    var origin = [];
    var scanned = 0;
    // Normalises characters [scanned, limit) onto norm, remembering where each normalised character came from.
    function scan(limit) {
      for (; scanned < limit; scanned++) {
        var ch = chars[scanned];
        // Most characters are plain ASCII or simplified Chinese: only the others need the (slow) full normalisation.
        var code = ch.charCodeAt(0);
        var n = code < 0x80 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch)
          : (code >= 0x4E00 && code <= 0x9FFF && !t2s[ch]) ? ch : normalize(ch, t2s);
        for (var k = 0; k < n.length; k++) { norm += n[k]; origin.push(scanned); }
      }
    }
    var longest = terms.reduce(function (max, term) { return Math.max(max, term.length); }, 0);
    var marked;
    var first;
    function find() {
      marked = [];
      first = -1;
      terms.forEach(function (term) {
        var at = norm.indexOf(term);
        while (at >= 0) {
          for (var k = at; k < at + term.length; k++) marked[origin[k]] = true;
          if (first < 0 || origin[at] < first) first = origin[at];
          at = norm.indexOf(term, at + 1);
        }
      });
    }
    // An excerpt needs only the text up to its window after the first match: long texts are read in steps.
    var limit = window ? Math.min(chars.length, 4 * window) : chars.length;
    for (;;) {
      scan(limit);
      find();
      // Done when the first match lies clear of the step's end (a match across it would start earlier) and the
      // window after it has been read.
      var needed = first < 0 ? chars.length : Math.max(first + longest, Math.max(0, first - 30) + window + longest);
      if (!window || limit >= chars.length || limit >= needed) break;
      limit = Math.min(chars.length, Math.max(needed, 2 * limit));
    }
    var start = 0;
    var end = chars.length;
    if (window) {
      start = Math.max(0, (first < 0 ? 0 : first) - 30);
      end = Math.min(chars.length, start + window);
    }
    var fragment = document.createDocumentFragment();
    if (start > 0) fragment.appendChild(document.createTextNode('…'));
    var run = '';
    var inMark = false;
    function push() {
      if (!run) return;
      if (inMark) {
        var mark = document.createElement('mark');
        mark.textContent = run;
        fragment.appendChild(mark);
      } else {
        fragment.appendChild(document.createTextNode(run));
      }
      run = '';
    }
    for (var i = start; i < end; i++) {
      var m = !!marked[i];
      if (m !== inMark) { push(); inMark = m; }
      run += chars[i];
    }
    push();
    if (end < chars.length) fragment.appendChild(document.createTextNode('…'));
    return { fragment: fragment, found: first >= 0 };
  }

  function renderHit(record, terms, t2s, manifest, tasks) {
    var item = document.createElement('li');
    var heading = document.createElement('h2');
    heading.className = 'result-title';
    var link = document.createElement('a');
    link.href = record.u;
    link.appendChild(markedFragment(record.t, terms, t2s, 0).fragment);
    heading.appendChild(link);
    item.appendChild(heading);

    var meta = document.createElement('p');
    meta.className = 'result-meta';
    var parts = [record.k];
    if (record.d) {
      var d = record.d.split('-');
      parts.push(+d[0] + '年' + (+d[1]) + '月' + (+d[2]) + '日');
    }
    tasks.forEach(function (n) {
      var task = manifest.tasks.filter(function (t) { return String(t.n) === n; })[0];
      if (task) parts.push('重点任务' + n);
    });
    meta.textContent = parts.join(' · ');
    item.appendChild(meta);

    var excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    var body = markedFragment(record.x || '', terms, t2s, 120);
    excerpt.appendChild(body.found || !record.s ? body.fragment : markedFragment(record.s, terms, t2s, 120).fragment);
    item.appendChild(excerpt);
    return item;
  }

  // ---- Page flow ----

  // Phase marks: the benchmark (tests/Portal.Benchmarks, profile-search) reads them to see where a query's time goes.
  function mark(name) {
    if (window.performance && performance.mark) performance.mark('portal-search-' + name);
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

  // The index's fixed parts, fetched once per page, and the tables made from them (the facet table on first use).
  var indexParts = null;
  function loadIndex() {
    if (!indexParts) {
      indexParts = Promise.all([getJson('manifest.json'), getJson('meta.json')]).then(function (loaded) {
        return { manifest: loaded[0], meta: loaded[1], t2s: tableOf(loaded[0].t2s), facets: null };
      });
      indexParts.catch(function () { indexParts = null; }); // a failed load is tried again by the next search
    }
    return indexParts;
  }

  function anyFilter() {
    return FACETS.some(function (name) { return filters[name]; });
  }

  function run(index, mine) {
    var manifest = index.manifest;
    var t2s = index.t2s;
    var parsed = queryTerms(query, manifest, t2s);
    if (parsed.terms.length === 0) return Promise.resolve(showEmpty('没有可搜索的关键词，请输入汉字、字母或数字。'));
    var shardIds = parsed.terms.map(function (t) { return shardOf(t, manifest.shards); })
      .filter(function (s, i, all) { return all.indexOf(s) === i; });
    return Promise.all(shardIds.map(function (s) { return getJson('s/' + s + '.json'); })).then(function (loaded) {
      if (mine !== generation) return;
      mark('shards');
      var shards = {};
      shardIds.forEach(function (s, i) { shards[s] = loaded[i]; });
      var all = rank(manifest, shards, parsed.terms);
      mark('ranked');
      // The first results' records are fetched as soon as those results are known, and arrive while the facets
      // are counted (the first query also numbers every document's facet values then).
      function prefetch(list) { list.slice(0, PAGE_SIZE).forEach(function (hit) { getJson('d/' + hit.doc + '.json'); }); }
      var filtered = anyFilter();
      if (!filtered) prefetch(all);
      var table = index.facets || (index.facets = facetTable(index.meta, manifest));
      var active = activeFilters(table);
      var hits = filtered ? all.filter(function (hit) { return passes(table, hit.doc, active, null); }) : all;
      if (filtered) prefetch(hits);
      renderFacets(all, table, manifest, active);
      mark('facets');
      if (hits.length === 0) return showEmpty('没有找到与“' + query + '”相关的内容。');
      var shown = 0;
      function showMore(first) {
        var slice = hits.slice(shown, shown + PAGE_SIZE);
        return Promise.all(slice.map(function (hit) { return getJson('d/' + hit.doc + '.json'); })).then(function (records) {
          if (mine !== generation) return;
          mark('records');
          var page = slice.map(function (hit, i) {
            var text = normalize(records[i].t + ' ' + (records[i].x || ''), t2s);
            var whole = parsed.words.every(function (p) { return text.indexOf(p) >= 0; });
            return { hit: hit, record: records[i], score: hit.score * (whole ? PHRASE_BOOST : 1) };
          });
          // The phrase bonus reorders the fetched page: a result with the exact words moves up.
          if (first) page.sort(function (a, b) { return b.score - a.score || a.hit.doc - b.hit.doc; });
          var items = document.createDocumentFragment();
          page.forEach(function (p) { items.appendChild(renderHit(p.record, parsed.terms, t2s, manifest, valuesOf(table, 'task', p.hit.doc))); });
          results.appendChild(items);
          shown += slice.length;
          moreBox.textContent = '';
          if (shown < hits.length) {
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'more-button';
            button.textContent = '显示更多结果（还有 ' + (hits.length - shown) + ' 条）';
            button.addEventListener('click', function () {
              results.setAttribute('data-state', 'loading');
              showMore(false).then(function () {
                done('已显示 ' + shown + ' 条，共 ' + hits.length + ' 条结果。');
              });
            });
            moreBox.appendChild(button);
          }
        });
      }
      return showMore(true).then(function () {
        if (mine !== generation) return;
        done('找到 ' + hits.length + ' 条与“' + query + '”相关的结果' + (hits.length > shown ? '，显示前 ' + shown + ' 条。' : '。'));
      });
    });
  }

  // For tests: the tokenizer, so a property test can compare it with SearchTokenizer.cs.
  window.PortalSearchTokenizer = { tokens: tokens, tableOf: tableOf, normalize: normalize };

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
    loadIndex()
      .then(function (index) { if (mine === generation) return run(index, mine); })
      .catch(function () { if (mine === generation) done('搜索暂时不可用，请稍后再试，或通过网站地图浏览。'); });
  }

  // A new search on this page needs no page load: the index parts already fetched are reused at once.
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
    // While the reader types, the index shards of the words typed so far are fetched (each new character adds at
    // most one term), so a submitted search usually only waits for its result records. Nothing is shown until
    // the reader submits; pinyin being composed in an input method is not looked up.
    var field = document.getElementById('search-q');
    if (field) {
      field.addEventListener('input', function (event) {
        if (event.isComposing) return;
        loadIndex().then(function (index) {
          queryTerms(field.value, index.manifest, index.t2s).terms.forEach(function (term) {
            getJson('s/' + shardOf(term, index.manifest.shards) + '.json').catch(function () { /* the search itself reports failures */ });
          });
        }).catch(function () { /* idem */ });
      });
    }
  }

  readLocation();
  start();
})();
