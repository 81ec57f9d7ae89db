// The editor's drop-down lists (react-select inside Decap CMS) say "No options" in English when nothing matches what an
// editor typed (a half year the form does not offer, say), and tell a screen reader in English what is chosen and how
// to move ("option 公路管理处, selected.", "Use Up and Down to choose options…"); Decap passes react-select no words of
// its own. Both are changed to Chinese in place as soon as they appear (React keeps the node and rewrites its text only
// when the message changes, which this sees again).
(function () {
  'use strict';
  var words = { 'No options': '无匹配项' };

  // react-select's screen-reader messages (its ariaLiveMessages and screenReaderStatus defaults), most specific first.
  var messages = [
    [/^Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu(, press Tab to select the option and exit the menu)?\.$/,
      function (m) { return '用上下方向键选择选项，按回车键选中当前选项' + (m[1] ? '，按 Tab 键选中并关闭列表' : '') + '，按 Esc 键关闭列表。'; }],
    [/^(.*?) is focused ?(,type to refine list)?, press Down to open the menu, ?( press left to focus selected values)?$/,
      function (m) { return (m[1] === 'Select' ? '下拉列表' : m[1]) + '已获得焦点' + (m[2] ? '，可以打字筛选' : '') + '，按下方向键打开列表' + (m[3] ? '，按左方向键选择已选的项' : '') + '。'; }],
    [/^Use left and right to toggle between focused values, press Backspace to remove the currently focused value$/,
      function () { return '用左右方向键在已选的项之间移动，按退格键删除当前项。'; }],
    [/^option (.*), deselected\.$/, function (m) { return '已取消选择：' + m[1] + '。'; }],
    [/^All selected options have been cleared\.$/, function () { return '已清除所有选择。'; }],
    [/^option (.*) is disabled\. Select another option\.$/, function (m) { return m[1] + ' 不可选，请选择其他选项。'; }],
    [/^options? (.*), selected\.$/, function (m) { return '已选择：' + m[1] + '。'; }],
    [/^value (.*) focused, (\d+) of (\d+)\.$/, function (m) { return '已选的项：' + m[1] + '，第 ' + m[2] + ' 项，共 ' + m[3] + ' 项。'; }],
    [/^(.*?)( selected)?( disabled)?, (\d+) of (\d+)\.$/,
      function (m) { return m[1] + (m[2] ? '，已选中' : '') + (m[3] ? '，不可选' : '') + '，第 ' + m[4] + ' 项，共 ' + m[5] + ' 项。'; }],
    [/^(\d+) results? available( for search term (.*))?\.$/,
      function (m) { return (m[2] ? '搜索“' + m[3] + '”，' : '') + '有 ' + m[1] + ' 个选项。'; }],
  ];

  // The live region's message spans (react-select's ids within its visually hidden log).
  var messageIds = { 'aria-selection': true, 'aria-focused': true, 'aria-results': true, 'aria-guidance': true };

  function inMessage(text) {
    var parent = text.parentNode;
    return !!parent && parent.nodeType === Node.ELEMENT_NODE && messageIds[parent.id] === true;
  }

  function translateText(text) {
    var value = text.nodeValue;
    if (Object.prototype.hasOwnProperty.call(words, value)) {
      text.nodeValue = words[value];
      return;
    }
    if (!inMessage(text)) return;
    for (var i = 0; i < messages.length; i++) {
      var match = messages[i][0].exec(value);
      if (match) {
        text.nodeValue = messages[i][1](match);
        return;
      }
    }
  }

  // A chosen item's remove button (react-select's MultiValueRemove) is named "Remove 公路管理处".
  function translateLabel(element) {
    var label = element.getAttribute('aria-label');
    var match = label && /^Remove (.+)$/.exec(label);
    if (match && element.getAttribute('role') === 'button') element.setAttribute('aria-label', '删除 ' + match[1]);
  }

  function translate(node) {
    if (node.nodeType === Node.TEXT_NODE) {
      translateText(node);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    translateLabel(node);
    node.querySelectorAll('[role="button"][aria-label^="Remove "]').forEach(translateLabel);
    var walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (var text = walker.nextNode(); text; text = walker.nextNode()) translateText(text);
  }

  new MutationObserver(function (records) {
    records.forEach(function (record) {
      if (record.type === 'characterData') translate(record.target);
      else record.addedNodes.forEach(translate);
    });
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
})();
