// The editor's own picture block is labelled in English ("Image", "Alt Text"); editors read Chinese, and the description
// is what a screen reader says (check refuses a picture without it, PORTAL0051). The same block, in Chinese, under the
// same id and fields, so pictures already in stories open in it unchanged. Its caption (图注) is the guide's `^^^` block
// (content/README.md, 三): the picture between two `^^^` lines, the caption after the second.
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
      { name: 'caption', label: '图注（可不填）', widget: 'string', required: false, hint: '显示在图片下方、所有读者都能看到的说明，如“图为 G312 线养护工人清理积雪（省公路事业发展中心供图）”。' },
      { name: 'title', label: '鼠标悬停时显示的文字（可不填）', widget: 'string', required: false },
    ],
    // ![alt](src "title"), or the same between `^^^` lines with the caption after the second.
    pattern: /^(\^\^\^\n)?!\[(.*)\]\((.*?)(\s"(.*)")?\)(\n\^\^\^[ \t]*(.*))?$/,
    fromBlock: function (match) {
      return { image: match[3], alt: match[2], title: match[5], caption: match[1] && match[6] ? (match[7] || '').trim() : '' };
    },
    toBlock: function (data) {
      var title = data.title ? ' "' + String(data.title).replace(/"/g, '\\"') + '"' : '';
      var picture = '![' + (data.alt || '') + '](' + (data.image || '') + title + ')';
      var caption = String(data.caption || '').replace(/\s+/g, ' ').trim();
      return caption ? '^^^\n' + picture + '\n^^^ ' + caption : picture;
    },
    toPreview: function (data, getAsset) {
      var asset = data.image && getAsset ? getAsset(data.image) : null;
      var picture = '<img src="' + escapeText(asset ? asset.toString() : data.image) + '" alt="' + escapeText(data.alt) + '">';
      return data.caption ? '<figure>' + picture + '<figcaption>' + escapeText(data.caption) + '</figcaption></figure>' : picture;
    },
  });
})();
