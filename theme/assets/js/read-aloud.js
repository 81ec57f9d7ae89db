// 朗读 (read aloud, MIIT 适老化): reads the page's main text, or the selected text, with the browser's own speech
// synthesis and a Chinese voice, one sentence at a time, the sentence being read highlighted. Nothing leaves the
// browser from this script. Its words are the toolbar's (theme.yml readAloud, written into the layout); the speed is
// a setting of preferences.js (the pressed [data-speech-rate] button's data-rate).
(function () {
  'use strict';

  // A sentence ends after one of these (and the closing quotes or brackets that follow); a block element or a <br>
  // ends one too, so a heading is never run into the paragraph under it. Written as escapes (the script has no
  // words of its own): 。！？； and the ASCII ones; closers ”’」』）】〕》.
  var TERMINATORS = '\u3002\uff01\uff1f\uff1b!?;';
  var CLOSERS = '\u201d\u2019\u300d\u300f\uff09)\u3011\u3015\u300b"\'';
  // Not read: navigation, controls, media fallbacks, what is not shown, and text only screen readers get.
  var SKIPPED = 'nav, .breadcrumbs, .share, .doc-actions, .visually-hidden, [hidden], [aria-hidden="true"], ' +
    'script, style, template, noscript, button, input, select, textarea, video, audio, svg, img, iframe, object';
  var HIGHLIGHT = 'read-aloud';
  // A "sentence" of punctuation and spaces only is not read (。！？；，、：“”‘’（）《》【】〔〕「」『』…—· and ASCII).
  var WORDLESS = /^[\s\u3002\uff01\uff1f\uff1b\uff0c\u3001\uff1a\u201c\u201d\u2018\u2019\uff08\uff09\u300a\u300b\u3010\u3011\u3014\u3015\u300c\u300d\u300e\u300f\u2026\u2014\u00b7.,!?;:'"()\[\]\-]*$/;

  function init() {
    var words = document.querySelector('[data-read-aloud-words]');
    var start = document.querySelector('[data-read-aloud]');
    if (!words || !start) return;
    var controls = document.getElementById(start.getAttribute('aria-controls'));
    var pauseButton = document.querySelector('[data-read-aloud-pause]');
    var stopButton = document.querySelector('[data-read-aloud-stop]');
    var note = document.querySelector('[data-read-aloud-note]');
    var announcer = document.querySelector('[data-announcer]');
    var synth = window.speechSynthesis;
    var Utterance = window.SpeechSynthesisUtterance;
    var highlighter = makeHighlighter();

    // The reading in progress: its sentences, the one being read, and its utterance (events of any other are stale).
    var reading = null;
    var selectionAtPress = null;

    function say(key) { return words.getAttribute('data-' + key) || ''; }
    function announce(message) {
      if (!announcer) return;
      announcer.textContent = announcer.textContent === message ? message + '\u00a0' : message;
    }
    function showNote(message) {
      note.textContent = message;
      note.hidden = !message;
      if (message) announce(message);
    }
    function rate() {
      var pressed = document.querySelector('[data-speech-rate][aria-pressed="true"]');
      var value = pressed ? parseFloat(pressed.getAttribute('data-rate')) : 1;
      return value > 0 ? value : 1;
    }

    function setOpen(open) {
      start.setAttribute('aria-pressed', String(open));
      if (!open && controls.contains(document.activeElement)) start.focus();
      controls.hidden = !open;
    }
    function setPaused(paused) {
      reading.paused = paused;
      pauseButton.textContent = say(paused ? 'resume' : 'pause');
    }

    function speakCurrent() {
      var sentence = reading.sentences[reading.index];
      var utterance = new Utterance(sentence.text);
      utterance.lang = 'zh-CN';
      utterance.voice = reading.voice;
      utterance.rate = rate();
      reading.utterance = utterance;
      utterance.addEventListener('end', function () {
        if (!reading || reading.utterance !== utterance) return;
        reading.index++;
        if (reading.index < reading.sentences.length) speakCurrent();
        else finish('finished');
      });
      utterance.addEventListener('error', function (event) {
        if (!reading || reading.utterance !== utterance) return;
        if (event.error === 'interrupted' || event.error === 'canceled') return;
        finish('failed');
      });
      highlighter.show(sentence.range);
      bringIntoView(sentence.range);
      synth.speak(utterance);
    }

    function finish(key) {
      reading = null;
      highlighter.clear();
      if (synth) synth.cancel();
      setOpen(false);
      pauseButton.textContent = say('pause');
      announce(say(key));
    }

    function begin(range) {
      showNote('');
      if (!synth || !Utterance) { showNote(say('no-speech')); return; }
      withVoices(function (voices) {
        var voice = chineseVoice(voices);
        if (!voice) { showNote(say('no-voice')); return; }
        var sentences = sentencesOf(range || mainRange());
        if (sentences.length === 0) { showNote(say('nothing')); return; }
        synth.cancel();
        // Chrome keeps a paused state across cancel(): a new reading must not start paused.
        if (synth.paused) synth.resume();
        reading = { sentences: sentences, index: 0, voice: voice, paused: false, utterance: null };
        setOpen(true);
        setPaused(false);
        announce(say(range ? 'started-selection' : 'started'));
        speakCurrent();
      });
    }

    // getVoices() is empty until the browser has loaded its voices (Chrome): wait for voiceschanged, a while.
    function withVoices(then) {
      var voices = synth.getVoices();
      if (voices.length > 0) { then(voices); return; }
      var done = false;
      function once() {
        if (done) return;
        done = true;
        synth.removeEventListener('voiceschanged', once);
        then(synth.getVoices());
      }
      synth.addEventListener('voiceschanged', once);
      window.setTimeout(once, 1500);
    }

    start.addEventListener('mousedown', function () { selectionAtPress = selectedRange(); });
    start.addEventListener('click', function () {
      var range = selectionAtPress || selectedRange();
      selectionAtPress = null;
      if (reading) { finish('stopped'); return; }
      begin(range);
    });
    pauseButton.addEventListener('click', function () {
      if (!reading) return;
      if (reading.paused) {
        setPaused(false);
        if (reading.restartOnResume) {
          reading.restartOnResume = false;
          synth.cancel();
          synth.resume();
          speakCurrent();
        } else {
          synth.resume();
        }
        announce(say('resumed'));
      } else {
        setPaused(true);
        synth.pause();
        announce(say('paused'));
      }
    });
    stopButton.addEventListener('click', function () { if (reading) finish('stopped'); });
    controls.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && reading) { event.preventDefault(); finish('stopped'); }
    });
    // A new speed is heard at once: the sentence being read starts again at it (when paused, on resume).
    document.querySelectorAll('[data-speech-rate]').forEach(function (button) {
      button.addEventListener('click', function () {
        if (!reading) return;
        if (reading.paused) { reading.restartOnResume = true; return; }
        reading.utterance = null;
        synth.cancel();
        window.setTimeout(function () { if (reading && !reading.paused && !reading.utterance) speakCurrent(); }, 0);
      });
    });
    window.addEventListener('pagehide', function () { if (reading) { reading = null; synth.cancel(); } });
    window.addEventListener('resize', function () { if (reading) highlighter.show(reading.sentences[reading.index].range); });
  }

  // zh-CN first, then any Mandarin or Chinese voice; a voice on the device before one that needs a network.
  function chineseVoice(voices) {
    function lang(v) { return String(v.lang || '').replace('_', '-').toLowerCase(); }
    var ranked = voices.filter(function (v) { return /^(zh|cmn)(-|$)/.test(lang(v)); });
    ranked.sort(function (a, b) { return score(b) - score(a); });
    function score(v) { return (lang(v) === 'zh-cn' || lang(v).indexOf('cmn') === 0 ? 2 : 0) + (v.localService ? 1 : 0); }
    return ranked[0] || null;
  }

  function selectedRange() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    var range = selection.getRangeAt(0);
    return /[^\s]/.test(range.toString()) ? range.cloneRange() : null;
  }

  // The page's own article when it has one (a story, the notice), else everything in <main>.
  function mainRange() {
    var main = document.querySelector('main');
    var root = main && (Array.prototype.find.call(main.querySelectorAll('article'), function (a) { return !a.closest('li'); }) || main);
    var range = document.createRange();
    if (root) range.selectNodeContents(root);
    return range;
  }

  function skipped(element) {
    if (element.matches(SKIPPED)) return true;
    var style = window.getComputedStyle(element);
    return style.display === 'none' || style.visibility === 'hidden';
  }

  function blockOf(node, cache) {
    var element = node.nodeType === 1 ? node : node.parentElement;
    while (element && element !== document.body) {
      var display = cache.get(element);
      if (display === undefined) { display = window.getComputedStyle(element).display; cache.set(element, display); }
      if (display.indexOf('inline') !== 0 && display !== 'contents') return element;
      element = element.parentElement;
    }
    return document.body;
  }

  // The range's text, as the reader sees it, cut into sentences; each keeps the DOM range it was read from.
  function sentencesOf(range) {
    var rootNode = range.commonAncestorContainer;
    var root = rootNode.nodeType === 1 ? rootNode : rootNode.parentElement;
    for (var up = root; up; up = up.parentElement) if (skipped(up)) return [];
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        if (node.nodeType === 1) return node.localName === 'br' ? NodeFilter.FILTER_ACCEPT : skipped(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
        return range.intersectsNode(node) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      },
    });
    var displays = new Map();
    var sentences = [];
    var current = null;
    function flush() {
      if (current && WORDLESS.test(current.text) === false) {
        var sentenceRange = document.createRange();
        sentenceRange.setStart(current.startNode, current.startOffset);
        sentenceRange.setEnd(current.endNode, current.endOffset);
        sentences.push({ text: current.text.replace(/\s+/g, ' ').trim(), range: sentenceRange });
      }
      current = null;
    }
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 1) { flush(); continue; }
      var block = blockOf(node, displays);
      if (current && current.block !== block) flush();
      var text = node.data;
      var from = node === range.startContainer ? range.startOffset : 0;
      var to = node === range.endContainer ? range.endOffset : text.length;
      for (var i = from; i < to; i++) {
        var ch = text.charAt(i);
        var closing = TERMINATORS.indexOf(ch) >= 0 || CLOSERS.indexOf(ch) >= 0;
        if (current && current.ended && !closing) flush();
        if (!current) {
          if (/\s/.test(ch)) continue;
          current = { text: '', block: block, startNode: node, startOffset: i, ended: false };
        }
        current.text += ch;
        current.endNode = node;
        current.endOffset = i + 1;
        if (TERMINATORS.indexOf(ch) >= 0) current.ended = true;
      }
    }
    flush();
    return sentences;
  }

  function bringIntoView(range) {
    var rect = range.getBoundingClientRect();
    if (rect.height === 0) return;
    if (rect.top < 0 || rect.bottom > window.innerHeight) window.scrollBy(0, rect.top - window.innerHeight / 3);
  }

  // The CSS Custom Highlight API paints the sentence without touching the page's DOM (screen readers hear the page
  // as it is). Where a browser lacks it, boxes drawn over the sentence's lines, hidden from screen readers, do.
  function makeHighlighter() {
    if (window.CSS && CSS.highlights && typeof window.Highlight === 'function') {
      return {
        show: function (range) { CSS.highlights.set(HIGHLIGHT, new window.Highlight(range)); },
        clear: function () { CSS.highlights.delete(HIGHLIGHT); },
      };
    }
    var boxes = [];
    function clear() { boxes.forEach(function (box) { box.remove(); }); boxes = []; }
    return {
      show: function (range) {
        clear();
        Array.prototype.forEach.call(range.getClientRects(), function (rect) {
          var box = document.createElement('div');
          box.className = 'read-aloud-box';
          box.setAttribute('aria-hidden', 'true');
          box.style.top = (rect.top + window.scrollY) + 'px';
          box.style.left = (rect.left + window.scrollX) + 'px';
          box.style.width = rect.width + 'px';
          box.style.height = rect.height + 'px';
          document.body.appendChild(box);
          boxes.push(box);
        });
      },
      clear: clear,
    };
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
