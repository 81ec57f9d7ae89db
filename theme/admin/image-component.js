// The editor's own picture block is labelled in English ("Image", "Alt Text"); editors read Chinese, and the description
// is what a screen reader says (check refuses a picture without it, PORTAL0051). The same block, in Chinese, under the
// same id and fields, so pictures already in stories open in it unchanged.
(function () {
  'use strict';
  if (!window.CMS) return;
  function escapeText(text) {
    return String(text || '').replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; });
  }
  window.CMS.registerEditorComponent({
    id: 'image',
    label: '图片',
    fields: [
      { name: 'image', label: '图片', widget: 'image', media_library: { allow_multiple: false }, hint: '点“选择图片”，再点“上传”，选电脑里的图片。' },
      { name: 'alt', label: '图片说明（必填）', widget: 'string', hint: '用一句话说明图片的内容，如“临夏州农村公路通车现场”；视障读者的读屏软件会朗读它。' },
      { name: 'title', label: '鼠标悬停时显示的文字（可不填）', widget: 'string', required: false },
    ],
    pattern: /^!\[(.*)\]\((.*?)(\s"(.*)")?\)$/,
    fromBlock: function (match) {
      return { image: match[2], alt: match[1], title: match[4] };
    },
    toBlock: function (data) {
      var title = data.title ? ' "' + String(data.title).replace(/"/g, '\\"') + '"' : '';
      return '![' + (data.alt || '') + '](' + (data.image || '') + title + ')';
    },
    toPreview: function (data, getAsset) {
      var asset = data.image && getAsset ? getAsset(data.image) : null;
      return '<img src="' + escapeText(asset ? asset.toString() : data.image) + '" alt="' + escapeText(data.alt) + '">';
    },
  });
})();
