namespace Portal.Tests.Infrastructure;

/// <summary>
/// An instrumented <c>speechSynthesis</c> for the read-aloud tests, installed before any page script (Playwright's
/// AddInitScript): headless Chromium has no voices, and a test must see what would be said. It behaves as the Web
/// Speech API does (a queue, start/end/error events, pause/resume/cancel, getVoices and voiceschanged) and records
/// every utterance in <c>window.speech</c>; the test ends the utterance being spoken with <c>speech.finish()</c>.
/// </summary>
public static class FakeSpeech
{
    /// <summary>A Chinese voice on the device, as most phones and Windows have.</summary>
    public const string ChineseVoice = "[{ name: '测试普通话', lang: 'zh-CN', localService: true }, { name: 'Test English', lang: 'en-US', localService: true }]";

    /// <summary>Voices, but none Chinese: a browser where 朗读 cannot read Chinese.</summary>
    public const string NoChineseVoice = "[{ name: 'Test English', lang: 'en-US', localService: true }]";

    /// <summary>The script to install, with the given voices (a JavaScript array literal).</summary>
    public static string Script(string voices = ChineseVoice) => """
        (() => {
          const speech = window.speech = {
            voices: VOICES.map(v => Object.assign({ voiceURI: v.name, default: false }, v)),
            spoken: [], queue: [], current: null, paused: false, calls: [],
            // Ends the utterance being spoken (as the voice reaching its end would) and starts the next one.
            finish() {
              const done = speech.current;
              if (!done) return false;
              speech.current = null;
              fire(done, 'end');
              next();
              return true;
            },
          };
          function fire(utterance, type, extra) {
            const event = Object.assign(new Event(type), { utterance, charIndex: 0, elapsedTime: 0 }, extra);
            const handler = utterance['on' + type];
            if (typeof handler === 'function') handler.call(utterance, event);
            utterance.dispatchEvent(event);
          }
          function next() {
            if (speech.current || speech.queue.length === 0) return;
            speech.current = speech.queue.shift();
            speech.spoken.push({
              text: speech.current.text, lang: speech.current.lang, rate: speech.current.rate,
              voice: speech.current.voice ? speech.current.voice.name : null,
            });
            fire(speech.current, 'start');
          }
          class SpeechSynthesisUtterance extends EventTarget {
            constructor(text) {
              super();
              Object.assign(this, { text: text || '', lang: '', voice: null, rate: 1, pitch: 1, volume: 1 });
            }
          }
          class SpeechSynthesis extends EventTarget {
            get speaking() { return speech.current !== null; }
            get pending() { return speech.queue.length > 0; }
            get paused() { return speech.paused; }
            getVoices() { return speech.voices.slice(); }
            speak(utterance) { speech.calls.push('speak'); speech.queue.push(utterance); if (!speech.paused) next(); }
            pause() { speech.calls.push('pause'); speech.paused = true; }
            resume() { speech.calls.push('resume'); speech.paused = false; next(); }
            cancel() {
              speech.calls.push('cancel');
              const queued = speech.queue.splice(0);
              const current = speech.current;
              speech.current = null;
              if (current) fire(current, 'error', { error: 'interrupted' });
              queued.forEach(u => fire(u, 'error', { error: 'canceled' }));
            }
          }
          Object.defineProperty(window, 'speechSynthesis', { value: new SpeechSynthesis(), configurable: true });
          Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: SpeechSynthesisUtterance, configurable: true, writable: true });
        })();
        """.Replace("VOICES", voices, StringComparison.Ordinal);

    /// <summary>A browser without speech synthesis at all.</summary>
    public const string None = """
        Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
        Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: undefined, configurable: true });
        """;
}
