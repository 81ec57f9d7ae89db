// 生成分享海报: draws a portrait share poster of a story or task page on a canvas in the reader's browser (site name
// and mark, title, date, summary, the page's first picture, its QR code), in the theme's colours, and 保存图片 saves it
// as PNG. Nothing leaves the browser: the picture and the QR code are the page's own files, fetched with the page, so it
// works offline once the page is loaded. Its words are the poster element's data attributes (theme.yml poster).
(function () {
  'use strict';

  // 避头尾 (GB/T 15834, W3C clreq): these never start a line (closing punctuation, pauses, ellipsis, dashes)…
  // ，。、；：？！）》」』】〕〉”’…—·％ and the ASCII ones
  var NO_START = '\uff0c\u3002\u3001\uff1b\uff1a\uff1f\uff01\uff09\u300b\u300d\u300f\u3011\u3015\u3009\u201d\u2019\u2026\u2014\u00b7\uff05' +
    ',.;:?!)]}%';
  // …and these never end one (opening quotes and brackets): （《「『【〔〈“‘ and the ASCII ones.
  var NO_END = '\uff08\u300a\u300c\u300e\u3010\u3014\u3008\u201c\u2018([{';
  var ELLIPSIS = '\u2026';
  // Latin words and numbers stay whole; every other character is a break opportunity of its own.
  var WORD = /^[A-Za-z0-9\u00c0-\u024f@#&_\-+.\/%]+$/;

  // The poster's size is the canvas's, declared in the layout (750 × 1334); the layout below is drawn for it.
  var MARGIN = 48;

  function tokenize(text) {
    var tokens = [];
    Array.from(String(text).replace(/\s+/g, ' ').trim()).forEach(function (ch) {
      var last = tokens.length ? tokens[tokens.length - 1] : null;
      if (last !== null && WORD.test(ch) && WORD.test(last)) tokens[tokens.length - 1] = last + ch;
      else tokens.push(ch);
    });
    return tokens;
  }

  function first(token) { return Array.from(token)[0] || ''; }
  function lastOf(token) { var chars = Array.from(token); return chars[chars.length - 1] || ''; }
  // A line may break between prev and next unless next may not start a line or prev may not end one.
  function canBreak(prev, next) { return NO_START.indexOf(first(next)) < 0 && NO_END.indexOf(lastOf(prev)) < 0; }

  // Greedy line breaking with 避头尾: when a token overflows, the break moves back to the last allowed place (the
  // characters after it go down with the token); when there is none in the line, a closing mark hangs at its end.
  function breakLines(ctx, text, maxWidth) {
    var tokens = tokenize(text);
    var lines = [];
    var line = [];
    function fits(parts) { return ctx.measureText(parts.join('')).width <= maxWidth; }
    tokens.forEach(function (token) {
      if (line.length > 0 && !fits(line.concat(token))) {
        var k = line.length;
        while (k > 0 && !canBreak(line[k - 1], k === line.length ? token : line[k])) k--;
        if (k === 0 && NO_START.indexOf(first(token)) >= 0) { line.push(token); return; }
        if (k === 0) k = line.length;
        lines.push(line.slice(0, k));
        line = line.slice(k);
        while (line.length && line[0] === ' ') line.shift();
        if (token === ' ' && line.length === 0) return;
      }
      line.push(token);
    });
    if (line.length) lines.push(line);
    return lines.map(function (parts) { return parts.join('').trim(); });
  }

  // At most max lines; a cut text ends with an ellipsis that fits, never after an opening mark.
  function clamp(ctx, lines, max, maxWidth) {
    if (lines.length <= max) return lines;
    var kept = lines.slice(0, max);
    var last = Array.from(kept[max - 1]);
    while (last.length && (ctx.measureText(last.join('') + ELLIPSIS).width > maxWidth || NO_END.indexOf(last[last.length - 1]) >= 0 ||
      last[last.length - 1] === ' ')) last.pop();
    kept[max - 1] = last.join('') + ELLIPSIS;
    return kept;
  }

  function loadImage(src) {
    if (!src) return Promise.resolve(null);
    var image = new Image();
    image.decoding = 'async';
    var loaded = new Promise(function (resolve) {
      image.onload = function () { resolve(image); };
      image.onerror = function () { resolve(null); };
    });
    image.src = src;
    return loaded;
  }

  // The page's QR code as modules (QrCodeSvg writes one path of horizontal runs "Mx yhNv1h-Nz" in a viewBox of whole
  // modules, quiet zone included), so the poster draws it on whole pixels: crisp and easy to scan at any URL length.
  function loadQr(src) {
    if (!src || !window.fetch) return Promise.resolve(null);
    return fetch(src).then(function (response) { return response.ok ? response.text() : null; }).then(function (svg) {
      var box = svg && /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
      if (!box) return null;
      var runs = [];
      var run = /M(\d+) (\d+)h(\d+)/g;
      for (var m = run.exec(svg); m; m = run.exec(svg)) runs.push([+m[1], +m[2], +m[3]]);
      return runs.length ? { size: +box[1], runs: runs } : null;
    }).catch(function () { return null; });
  }

  function colours() {
    var style = getComputedStyle(document.documentElement);
    function read(name, fallback) { return style.getPropertyValue(name).trim() || fallback; }
    return {
      red: read('--red', '#a61b1b'), redDark: read('--red-dark', '#7f1414'), ink: read('--ink', '#1f1f1f'),
      muted: read('--muted', '#555'), paper: read('--paper', '#fff'), tint: read('--tint', '#f6f2ee'),
    };
  }

  function draw(canvas, data, picture, qr) {
    var ctx = canvas.getContext('2d');
    var WIDTH = canvas.width;
    var HEIGHT = canvas.height;
    var c = colours();
    var family = getComputedStyle(document.body).fontFamily || 'sans-serif';
    function font(size, bold) { ctx.font = (bold ? '700 ' : '400 ') + size + 'px ' + family; }
    var inner = WIDTH - 2 * MARGIN;
    ctx.textBaseline = 'top';
    ctx.fillStyle = c.paper;
    ctx.fillRect(0, 0, WIDTH, HEIGHT);

    // Header band: the campaign mark (as the site header draws it) and the site's name.
    ctx.fillStyle = c.red;
    ctx.fillRect(0, 0, WIDTH, 176);
    ctx.fillStyle = c.redDark;
    ctx.fillRect(0, 176, WIDTH, 10);
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 5;
    ctx.beginPath();
    ctx.arc(MARGIN + 46, 88, 44, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.fillStyle = '#fff';
    font(50, true);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(data.mark, MARGIN + 46, 90);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    font(32, true);
    var siteLines = clamp(ctx, breakLines(ctx, data.site, inner - 120), 2, inner - 120);
    var siteTop = 88 - siteLines.length * 22;
    siteLines.forEach(function (text, i) { ctx.fillText(text, MARGIN + 120, siteTop + i * 44); });

    var y = 220;
    if (picture) {
      // The picture fills a 16:9 frame, cropped from its centre.
      var frameHeight = Math.round(inner * 9 / 16);
      var scale = Math.max(inner / picture.naturalWidth, frameHeight / picture.naturalHeight);
      var sw = inner / scale;
      var sh = frameHeight / scale;
      ctx.drawImage(picture, (picture.naturalWidth - sw) / 2, (picture.naturalHeight - sh) / 2, sw, sh, MARGIN, y, inner, frameHeight);
      y += frameHeight + 36;
    }

    // The title: as large as fits in three lines (60 down to 40 px), else clamped at three.
    var size = 60;
    var titleLines;
    for (;;) {
      font(size, true);
      titleLines = breakLines(ctx, data.title, inner - 24);
      if (titleLines.length <= 3 || size <= 40) break;
      size -= 4;
    }
    titleLines = clamp(ctx, titleLines, 3, inner - 24);
    var lineHeight = Math.round(size * 1.35);
    ctx.fillStyle = c.red;
    ctx.fillRect(MARGIN, y + 4, 8, titleLines.length * lineHeight - 12);
    ctx.fillStyle = c.ink;
    titleLines.forEach(function (text, i) { ctx.fillText(text, MARGIN + 24, y + i * lineHeight); });
    y += titleLines.length * lineHeight + 16;

    if (data.date) {
      font(28, false);
      ctx.fillStyle = c.muted;
      ctx.fillText(data.date, MARGIN + 24, y);
      y += 56;
    }

    // The summary in the room left above the footer.
    var footerTop = HEIGHT - 300;
    var summaryLines = [];
    if (data.summary && data.summary !== data.title) {
      font(30, false);
      var room = Math.max(0, Math.floor((footerTop - 32 - y) / 48));
      summaryLines = clamp(ctx, breakLines(ctx, data.summary, inner), room, inner);
      ctx.fillStyle = c.ink;
      summaryLines.forEach(function (text, i) { ctx.fillText(text, MARGIN, y + i * 48); });
    }

    // Footer: the page's QR code on white (its own quiet zone included) and what to do with it.
    ctx.fillStyle = c.tint;
    ctx.fillRect(0, footerTop, WIDTH, 300);
    ctx.fillStyle = c.red;
    ctx.fillRect(0, HEIGHT - 12, WIDTH, 12);
    ctx.fillStyle = '#fff';
    ctx.fillRect(MARGIN, footerTop + 30, 240, 240);
    if (qr) {
      var module = Math.max(1, Math.floor(240 / qr.size));
      var offset = Math.floor((240 - module * qr.size) / 2);
      ctx.fillStyle = '#000';
      qr.runs.forEach(function (r) { ctx.fillRect(MARGIN + offset + r[0] * module, footerTop + 30 + offset + r[1] * module, r[2] * module, module); });
    }
    font(30, true);
    ctx.fillStyle = c.ink;
    var hintLines = clamp(ctx, breakLines(ctx, data.scanHint, inner - 270), 3, inner - 270);
    hintLines.forEach(function (text, i) { ctx.fillText(text, MARGIN + 270, footerTop + 90 + i * 46); });

    canvas.setAttribute('data-title-lines', titleLines.join('\n'));
    canvas.setAttribute('data-summary-lines', summaryLines.join('\n'));
    canvas.setAttribute('data-title-size', String(size));
  }

  function init() {
    var root = document.querySelector('[data-poster]');
    if (!root || !window.HTMLCanvasElement || !Array.from) return;
    var make = root.querySelector('[data-poster-make]');
    var save = root.querySelector('[data-poster-save]');
    var status = root.querySelector('[data-poster-status]');
    var canvas = root.querySelector('canvas');
    function say(key) { return root.getAttribute('data-' + key) || ''; }
    var data = {
      site: say('site'), mark: say('mark'), title: say('title'), date: say('date'), summary: say('summary'), scanHint: say('scan-hint'),
    };
    // Loaded with the page, before any press: the poster needs no request afterwards (offline too).
    var images = Promise.all([loadImage(say('picture')), loadQr(say('qr'))]);
    root.hidden = false;

    make.addEventListener('click', function () {
      status.textContent = say('drawing');
      root.setAttribute('data-state', 'drawing');
      images.then(function (loaded) {
        var ready = document.fonts && document.fonts.ready ? document.fonts.ready : Promise.resolve();
        return ready.then(function () { return loaded; });
      }).then(function (loaded) {
        draw(canvas, data, loaded[0], loaded[1]);
        canvas.hidden = false;
        save.hidden = false;
        status.textContent = say('done');
        root.setAttribute('data-state', 'done');
      }).catch(function () {
        status.textContent = say('failed');
        root.setAttribute('data-state', 'failed');
      });
    });

    save.addEventListener('click', function () {
      canvas.toBlob(function (blob) {
        if (!blob) { status.textContent = say('failed'); return; }
        var url = URL.createObjectURL(blob);
        var link = document.createElement('a');
        link.href = url;
        link.download = say('file');
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
      }, 'image/png');
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
