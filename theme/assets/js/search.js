// Placeholder replaced by the search engine (issue 3). Until then it tells readers plainly what works.
(function () {
  'use strict';
  var results = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!results) return;
  var params = new URLSearchParams(window.location.search);
  var q = (params.get('q') || '').trim();
  var input = document.getElementById('search-q');
  if (input) input.value = q;
  status.textContent = q ? '站内搜索正在建设中，请通过网站地图浏览。' : '请输入关键词。';
  results.setAttribute('data-state', 'done');
})();
