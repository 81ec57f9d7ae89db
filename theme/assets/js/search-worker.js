// The search engine of the search page, run in a Web Worker: fetching the index, ranking, counting facets and
// cutting excerpts happen off the page's main thread, so the page stays responsive on a slow phone while a search
// runs (search.js owns the page and only renders what this worker answers). It fetches the manifest, the index
// shards of the query's own terms, facet data, the records of the results shown and, for a query with words the
// index lacks, the traditional → simplified table; never another host.
// The tokenizer below must stay identical to generator/Search/SearchTokenizer.cs.
'use strict';

var PAGE_SIZE = 10;
var MIN_COVERAGE = 0.5;     // share of query terms a result must contain (typos and filler words may miss)
var TITLE_BOOST = 1.5;      // a term in the title counts more than its saturated frequency says
var PHRASE_BOOST = 1.5;     // the whole query word appears as written
var DEPARTMENT_BOOST = 10;  // a query naming a department: its page, the tasks it leads and its stories first
var EXCERPT_LENGTH = 120;   // characters of body text shown under a result

var base = '';              // the index folder (absolute URL), sent by the page

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
  return { words: words, terms: terms.filter(function (t, i) { return terms.indexOf(t) === i; }), whole: tokens(text, t2s).join('') };
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

// The index's fixed parts, fetched once, and the tables made from them (the facet table on first use; the
// traditional → simplified table when a query first needs it, see lookUp).
var indexParts = null;
function loadIndex() {
  if (!indexParts) {
    indexParts = Promise.all([getJson('manifest.json'), getJson('meta.json')]).then(function (loaded) {
      return { manifest: loaded[0], meta: loaded[1], t2s: {}, simplified: false, facets: null };
    });
    indexParts.catch(function () { indexParts = null; }); // a failed load is tried again by the next search
  }
  return indexParts;
}

// The traditional → simplified table (t2s.json, a dozen kilobytes): most queries are simplified Chinese and never
// fetch it.
function simplifiedTable(index) {
  return getJson('t2s.json').then(function (pairs) {
    if (!index.simplified) { index.t2s = tableOf(pairs); index.simplified = true; }
    return index;
  });
}

// Whether a Chinese term of the query is in no document: a traditional character, a typo or a rare word.
function unknownHan(terms, shards, manifest) {
  return terms.some(function (t) { return isHan(t.codePointAt(0)) && !shards[shardOf(t, manifest.shards)][t]; });
}

// The query's terms and the shards holding them. A Chinese term the index lacks may be written in traditional
// characters: the table is fetched then, and the terms of the folded query looked up instead when they differ.
function lookUp(index, text) {
  var parsed = queryTerms(text, index.manifest, index.t2s);
  return shardsFor(parsed.terms, index.manifest).then(function (shards) {
    if (index.simplified || !unknownHan(parsed.terms, shards, index.manifest)) return { parsed: parsed, shards: shards };
    return simplifiedTable(index).then(function () {
      var folded = queryTerms(text, index.manifest, index.t2s);
      if (folded.terms.join('|') === parsed.terms.join('|')) return { parsed: parsed, shards: shards };
      return shardsFor(folded.terms, index.manifest).then(function (more) { return { parsed: folded, shards: more }; });
    }, function () {
      // No table (the file failed to load): the query as typed still answers.
      return { parsed: parsed, shards: shards };
    });
  });
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

// The department a query names by its name, full name or an alias (as the manifest lists them), or null. Names are
// compared in the query's own form (`whole`: tokens joined, so without punctuation or spaces, folded as the query was).
function departmentNamed(manifest, whole, t2s) {
  function same(name) { return tokens(name, t2s).join('') === whole; }
  for (var i = 0; i < manifest.departments.length; i++) {
    var d = manifest.departments[i];
    if (same(d.n) || (d.a && d.a.some(same))) return d.s;
  }
  return null;
}

// A query naming a department is about that department: the documents filed under it (its page, the key tasks
// it leads, its stories) come before those that merely mention the name, in their own order.
function preferDepartment(hits, table, slug) {
  var id = table.department.number[slug];
  if (id === undefined) return hits;
  var facet = table.department;
  hits.forEach(function (hit) {
    for (var i = facet.start[hit.doc]; i < facet.start[hit.doc + 1]; i++) if (facet.ids[i] === id) { hit.score *= DEPARTMENT_BOOST; break; }
  });
  return hits.sort(byScore);
}

function byScore(a, b) {
  return b.score - a.score || a.doc - b.doc; // ties: pages first, then the newest story
}

// ---- Facets: every document's values, numbered once, so counting thousands of hits is integer work ----

var FACETS = ['type', 'task', 'department', 'year', 'case', 'medium', 'outlet'];

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
  var outlets = meta.outlet ? meta.outlet.split(',') : [];
  for (var doc = 0; doc < n; doc++) {
    var type = meta.type.charAt(doc);
    if (type && type !== '-') add(table.type, manifest.types[+type]);
    if (meta.task[doc]) meta.task[doc].split('.').forEach(function (t) { add(table.task, t); });
    if (meta.dept[doc]) meta.dept[doc].split('.').forEach(function (i) { add(table.department, manifest.departments[+i].s); });
    if (meta.year[doc]) add(table.year, String(meta.year[doc]));
    var kind = meta.case ? meta.case.charAt(doc) : '';
    if (kind && kind !== '-') add(table.case, manifest.cases[+kind]);
    var medium = meta.medium ? meta.medium.charAt(doc) : '';
    if (medium && medium !== '-') add(table.medium, manifest.media[+medium]);
    if (outlets[doc]) add(table.outlet, manifest.outlets[+outlets[doc]]);
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

// Whether a document has every active filter's value (except one facet's, when that facet is being counted).
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


// The filters set in the page's URL, as value numbers (-1: a value no document has, so nothing passes).
function activeFilters(table, filters) {
  return FACETS.filter(function (name) { return filters[name]; }).map(function (name) {
    var id = table[name].number[filters[name]];
    return { name: name, id: id === undefined ? -1 : id };
  });
}

// Each facet's values among the hits, most frequent first, counted as if that facet's own filter were unset.
// Labels and value formats are the theme's (theme.yml search block), carried by the manifest: the worker has no words.
function facetGroups(hits, table, manifest, active) {
  var words = manifest.words;
  var groups = [
    { name: 'type', label: words.labels.type, text: function (v) { return v; } },
    { name: 'task', label: words.labels.task, text: function (v) { var t = taskNamed(manifest, v); return t ? v + '. ' + t.t : v; } },
    { name: 'department', label: words.labels.department, text: function (v) { var d = manifest.departments.filter(function (x) { return x.s === v; })[0]; return d ? d.n : v; } },
    { name: 'year', label: words.labels.year, text: function (v) { return fill(words.year, { year: v }); } },
    { name: 'case', label: words.labels.case, text: function (v) { return fill(words.case, { kind: v }); } },
    { name: 'medium', label: words.labels.medium, text: function (v) { return v; } },
    { name: 'outlet', label: words.labels.outlet, text: function (v) { return v; } }
  ];
  return groups.map(function (group) {
    var facet = table[group.name];
    var tally = new Int32Array(facet.names.length);
    for (var h = 0; h < hits.length; h++) {
      var doc = hits[h].doc;
      if (active.length > 0 && !passes(table, doc, active, group.name)) continue;
      for (var i = facet.start[doc]; i < facet.start[doc + 1]; i++) tally[facet.ids[i]]++;
    }
    var values = [];
    for (var id = 0; id < tally.length; id++) if (tally[id] > 0) values.push({ value: facet.names[id], count: tally[id] });
    values.sort(function (a, b) { return b.count - a.count || (a.value < b.value ? -1 : 1); });
    return {
      name: group.name,
      label: group.label,
      values: values.slice(0, 12).map(function (v) { return { value: v.value, text: group.text(v.value), count: v.count }; })
    };
  });
}

// A theme format with {name} placeholders filled ("{year}年" → "2025年").
function fill(format, values) {
  return format.replace(/\{(\w+)\}/g, function (whole, name) { return values[name] === undefined ? whole : String(values[name]); });
}

function taskNamed(manifest, number) {
  return manifest.tasks.filter(function (t) { return String(t.n) === number; })[0];
}

// ---- Highlighting: the text as runs [text, marked], which the page turns into text nodes and <mark> ----

function markedRuns(text, terms, t2s, window) {
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
  var runs = [];
  if (start > 0) runs.push(['…', false]);
  var run = '';
  var inMark = false;
  function push() {
    if (run) runs.push([run, inMark]);
    run = '';
  }
  for (var i = start; i < end; i++) {
    var m = !!marked[i];
    if (m !== inMark) { push(); inMark = m; }
    run += chars[i];
  }
  push();
  if (end < chars.length) runs.push(['…', false]);
  return { runs: runs, found: first >= 0 };
}

// What the page shows for one result: link, highlighted title, a line of facts, a highlighted excerpt.
function card(record, terms, index, doc) {
  var parts = [record.k];
  if (record.d) {
    var d = record.d.split('-');
    parts.push(fill(index.manifest.words.date, { year: +d[0], month: +d[1], day: +d[2] }));
  }
  valuesOf(index.facets, 'task', doc).forEach(function (n) {
    if (taskNamed(index.manifest, n)) parts.push(fill(index.manifest.words.task, { number: n }));
  });
  var body = markedRuns(record.x || '', terms, index.t2s, EXCERPT_LENGTH);
  return {
    url: record.u,
    title: markedRuns(record.t, terms, index.t2s, 0).runs,
    facts: parts.join(' · '),
    excerpt: body.found || !record.s ? body.runs : markedRuns(record.s, terms, index.t2s, EXCERPT_LENGTH).runs
  };
}

// ---- A search: ranked hits, facets, then the results page by page ----

// Phase times for the benchmark (tests/Portal.Benchmarks, profile-search), in this worker's clock; the page
// moves them to its own.
function Phases() { this.times = {}; }
Phases.prototype.mark = function (name) { this.times[name] = performance.now(); };

var latest = 0;     // the newest search the page asked for: older ones stop at their next step
var current = null; // the newest search's hits, for "more results"

function search(message) {
  var id = message.id;
  latest = id;
  clearTimeout(lookAhead);
  typed++; // a look-ahead still waiting for the index or its shards stops too
  var phases = new Phases();
  loadIndex().then(function (index) {
    if (id !== latest) return;
    var manifest = index.manifest;
    if (queryTerms(message.query, manifest, index.t2s).terms.length === 0) {
      postMessage({ type: 'empty', id: id, reason: 'no-terms' });
      return;
    }
    return lookUp(index, message.query).then(function (found) {
      if (id !== latest) return;
      var parsed = found.parsed;
      var shards = found.shards;
      phases.mark('shards');
      var found = hitsOf(index, parsed, shards, message.filters, phases);
      if (found.all.length > 0 || found.active.length > 0) {
        postMessage({ type: 'facets', id: id, groups: facetGroups(found.all, index.facets, manifest, found.active) });
      }
      phases.mark('facets');
      if (found.hits.length === 0) {
        postMessage({ type: 'empty', id: id, reason: 'no-hits' });
        return;
      }
      current = { id: id, hits: found.hits, shown: 0, parsed: parsed, index: index };
      return page(current, true, phases);
    });
  }).catch(function () {
    if (id === latest) postMessage({ type: 'error', id: id });
  });
}

// The index shards holding the terms, by shard number.
function shardsFor(terms, manifest) {
  var ids = terms.map(function (t) { return shardOf(t, manifest.shards); })
    .filter(function (s, i, all) { return all.indexOf(s) === i; });
  return Promise.all(ids.map(function (s) { return getJson('s/' + s + '.json'); })).then(function (loaded) {
    var shards = {};
    ids.forEach(function (s, i) { shards[s] = loaded[i]; });
    return shards;
  });
}

// The ranked hits and those passing the filters. The first results' records are asked for as soon as those
// results are known, so they arrive while the facets are counted (the first query also numbers every document's
// facet values then).
function hitsOf(index, parsed, shards, filters, phases) {
  var all = rank(index.manifest, shards, parsed.terms);
  var named = departmentNamed(index.manifest, parsed.whole, index.t2s);
  if (named) all = preferDepartment(all, index.facets || (index.facets = facetTable(index.meta, index.manifest)), named);
  if (phases) phases.mark('ranked');
  var filtered = FACETS.some(function (name) { return filters[name]; });
  if (!filtered) prefetch(all);
  var table = index.facets || (index.facets = facetTable(index.meta, index.manifest));
  var active = activeFilters(table, filters);
  var hits = filtered ? all.filter(function (hit) { return passes(table, hit.doc, active, null); }) : all;
  if (filtered) prefetch(hits);
  return { all: all, hits: hits, active: active };
}

function prefetch(hits) {
  hits.slice(0, PAGE_SIZE).forEach(function (hit) {
    getJson('d/' + hit.doc + '.json').catch(function () { /* the search that shows them reports failures */ });
  });
}

function page(state, first, phases) {
  var slice = state.hits.slice(state.shown, state.shown + PAGE_SIZE);
  return Promise.all(slice.map(function (hit) { return getJson('d/' + hit.doc + '.json'); })).then(function (records) {
    if (state.id !== latest) return;
    if (phases) phases.mark('records');
    var t2s = state.index.t2s;
    var cards = slice.map(function (hit, i) {
      var text = normalize(records[i].t + ' ' + (records[i].x || ''), t2s);
      var whole = state.parsed.words.every(function (p) { return text.indexOf(p) >= 0; });
      return { hit: hit, record: records[i], score: hit.score * (whole ? PHRASE_BOOST : 1) };
    });
    // The phrase bonus reorders the fetched page: a result with the exact words moves up.
    if (first) cards.sort(function (a, b) { return b.score - a.score || a.hit.doc - b.hit.doc; });
    state.shown += slice.length;
    postMessage({
      type: 'page',
      id: state.id,
      first: first,
      cards: cards.map(function (c) { return card(c.record, state.parsed.terms, state.index, c.hit.doc); }),
      shown: state.shown,
      total: state.hits.length,
      phases: phases ? phases.times : null,
      clock: performance.timeOrigin
    });
  });
}

function more(message) {
  if (!current || current.id !== message.id) {
    postMessage({ type: 'error', id: message.id });
    return;
  }
  page(current, false, null).catch(function () {
    if (message.id === latest) postMessage({ type: 'error', id: message.id });
  });
}

// While the reader types, the index shards of the words typed so far are fetched at once (each new character
// adds at most one term). When typing pauses, the reader is probably about to search: the records of the first
// results are fetched too, so the search they submit only ranks and shows. Nothing is shown before they submit.
var PAUSE_MS = 150;
var lookAhead = 0;
var typed = 0;

function typing(message) {
  var mine = ++typed;
  clearTimeout(lookAhead);
  loadIndex().then(function (index) {
    if (queryTerms(message.text, index.manifest, index.t2s).terms.length === 0) return;
    var found = lookUp(index, message.text);
    lookAhead = setTimeout(function () {
      found.then(function (loaded) {
        if (mine === typed) hitsOf(index, loaded.parsed, loaded.shards, message.filters, null);
      }).catch(function () { /* the search itself reports failures */ });
    }, PAUSE_MS);
    found.catch(function () { /* idem */ });
  }).catch(function () { /* idem */ });
}

// For tests: the tokenizer, so a property test can compare it with SearchTokenizer.cs.
function tokenize(message) {
  loadIndex().then(simplifiedTable).then(function (index) {
    postMessage({ type: 'tokens', tokens: message.samples.map(function (s) { return tokens(s, index.t2s); }) });
  }).catch(function (error) {
    postMessage({ type: 'tokens', error: String(error) });
  });
}

var handlers = { search: search, more: more, typing: typing, tokens: tokenize };

self.onmessage = function (event) {
  var message = event.data;
  if (message.base) base = message.base;
  var handler = handlers[message.type];
  if (handler) handler(message);
};
