// Pictures saved from WeChat or Word are called "微信图片_2025….jpg" or "通车现场 照片.png": the editor would turn such a
// name into an empty one and drop the upload without a word. Before the editor sees a chosen file, give it a safe name
// (lower-case ASCII letters, digits and hyphens, the extension kept), so every upload lands in content/media/YYYY/ under
// a name that works in every address, zip file and server.
(function () {
  'use strict';
  var counter = 0;
  function stamp() {
    var d = new Date();
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return d.getFullYear() + two(d.getMonth() + 1) + two(d.getDate()) + '-' + two(d.getHours()) + two(d.getMinutes()) + two(d.getSeconds());
  }
  function random() {
    var bytes = new Uint8Array(2);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }
  // A name with no letters left says at least what the file is: a video is not a "picture-…" (content/README.md, 三).
  // Only the kinds the site takes (ContentRepository.AllowedExtensions): any other file is refused on saving anyway.
  var kinds = {
    video: ['mp4', 'webm'],
    captions: ['vtt', 'srt'],
    picture: ['jpg', 'jpeg', 'png', 'gif', 'webp'],
  };
  function kindOf(extension) {
    for (var kind in kinds) {
      if (kinds[kind].indexOf(extension) >= 0) return kind;
    }
    return 'file';
  }
  function safeName(name) {
    var dot = name.lastIndexOf('.');
    var base = dot > 0 ? name.slice(0, dot) : name;
    var extension = dot > 0 ? name.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, '') : '';
    if (/^[a-z0-9][a-z0-9-]*$/.test(base) && extension === name.slice(dot + 1)) return name; // already safe: kept
    // What is left of "2025年全省交通工作会议" is "2025": alone it would collide with the next such picture and replace
    // another story's. A renamed picture always carries the time of upload and a random part.
    var ascii = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    if (!/[a-z]/.test(ascii)) ascii = kindOf(extension) + (ascii ? '-' + ascii : '');
    counter += 1;
    var renamed = ascii + '-' + stamp() + '-' + random() + (counter > 1 ? '-' + counter : '');
    return extension ? renamed + '.' + extension : renamed;
  }
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input || input.type !== 'file' || !input.files || input.files.length === 0) return;
    var renamed = new DataTransfer();
    var changed = false;
    for (var i = 0; i < input.files.length; i++) {
      var file = input.files[i];
      var name = safeName(file.name);
      if (name !== file.name) changed = true;
      renamed.items.add(name === file.name ? file : new File([file], name, { type: file.type, lastModified: file.lastModified }));
    }
    if (changed) input.files = renamed.files;
  }, true);
})();
