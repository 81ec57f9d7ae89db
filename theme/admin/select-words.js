// The editor's drop-down lists (react-select inside Decap CMS) say "No options" in English when nothing matches what an
// editor typed (a half year the form does not offer, say), and Decap gives them no words of its own. Shown in Chinese:
// the text node is changed in place as soon as it appears (React keeps the same node and never rewrites a constant text).
(function () {
  'use strict';
  var words = { 'No options': '无匹配项' };

  function translate(node) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (Object.prototype.hasOwnProperty.call(words, node.nodeValue)) node.nodeValue = words[node.nodeValue];
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    var walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (var text = walker.nextNode(); text; text = walker.nextNode()) {
      if (Object.prototype.hasOwnProperty.call(words, text.nodeValue)) text.nodeValue = words[text.nodeValue];
    }
  }

  new MutationObserver(function (records) {
    records.forEach(function (record) {
      if (record.type === 'characterData') translate(record.target);
      else record.addedNodes.forEach(translate);
    });
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
})();
