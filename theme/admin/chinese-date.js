// The editor's own date field is the browser's date input: Chromium shows it in the browser's language (mm/dd/yyyy on an
// English system), and with picker_utc Decap writes "UTC" beside it. Editors write and read dates as 2025年5月1日 in
// local time. This field shows the date that way, accepts what an editor types (2025年5月1日, 2025-05-01, 2025.5.1,
// 2025/5/1, full-width digits too), offers 今天 (the computer's local date) and a calendar, and stores YYYY-MM-DD, the
// form the content writes (content/README.md, 二).
(function () {
  'use strict';
  if (!window.CMS || !window.h || !window.createClass) return;
  var h = window.h;
  var example = '2025年5月1日';

  function two(n) { return (n < 10 ? '0' : '') + n; }

  function iso(year, month, day) {
    var date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
    return year + '-' + two(month) + '-' + two(day);
  }

  // What an editor typed, as YYYY-MM-DD; null when it is no date.
  function parse(text) {
    var plain = String(text || '').replace(/[\uFF10-\uFF19]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xFF10 + 48); }).trim();
    var match = /^(\d{4})\s*[年\-\/.\uFF0E\u3002]\s*(\d{1,2})\s*[月\-\/.\uFF0E\u3002]\s*(\d{1,2})\s*日?$/.exec(plain) || /^(\d{4})(\d{2})(\d{2})$/.exec(plain);
    return match ? iso(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  }

  // The stored value (a YYYY-MM-DD string, or a Date when a YAML reader made one) as YYYY-MM-DD.
  function stored(value) {
    if (value instanceof Date && !isNaN(value.getTime())) return iso(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    var match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value || ''));
    return match ? iso(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  }

  // YYYY-MM-DD as 2025年5月1日. Anything else is not shown: a source written as one name (source: 甘肃日报) hands
  // that name to each of its sub-fields, 刊播日期 too, and it is neither a date nor the editor's slip.
  function chinese(value) {
    var date = stored(value);
    if (!date) return '';
    var parts = date.split('-');
    return Number(parts[0]) + '年' + Number(parts[1]) + '月' + Number(parts[2]) + '日';
  }

  function today() {
    var now = new Date();
    return iso(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }

  var ChineseDateControl = window.createClass({
    getInitialState: function () {
      return { text: chinese(this.props.value) };
    },

    componentDidUpdate: function (previous) {
      // Changed from outside the field (an entry loaded, 今天, the calendar): shown again, unless it is what is typed.
      if (previous.value !== this.props.value && parse(this.state.text) !== stored(this.props.value)) {
        this.setState({ text: chinese(this.props.value) });
      }
    },

    // Decap asks each field whether it may be saved.
    isValid: function () {
      if (this.state.text.trim() === '' || parse(this.state.text)) return true;
      return { error: { message: '“' + this.props.field.get('label') + '”请写成 ' + example + ' 这样的日期。' } };
    },

    choose: function (date) {
      this.setState({ text: chinese(date) });
      this.props.onChange(date);
    },

    onInput: function (event) {
      var text = event.target.value;
      this.setState({ text: text });
      var date = parse(text);
      if (date) this.props.onChange(date);
      else if (text.trim() === '') this.props.onChange('');
    },

    onBlur: function () {
      var date = parse(this.state.text);
      if (date) this.setState({ text: chinese(date) });
      this.props.setInactiveStyle();
    },

    openCalendar: function () {
      var calendar = this.calendar;
      if (!calendar) return;
      calendar.value = stored(this.props.value) || today();
      if (typeof calendar.showPicker === 'function') calendar.showPicker();
      else calendar.click();
    },

    render: function () {
      var self = this;
      var invalid = this.state.text.trim() !== '' && !parse(this.state.text);
      var disabled = !!this.props.isDisabled;
      var button = { type: 'button', disabled: disabled, style: { marginLeft: '8px', padding: '6px 12px', border: '1px solid #767676', borderRadius: '4px', background: '#fff', color: '#1a1a1a', cursor: 'pointer', fontSize: '14px' } };
      return h('div', { className: this.props.classNameWrapper, style: { display: 'flex', flexWrap: 'wrap', alignItems: 'center' } },
        h('input', {
          id: this.props.forID, type: 'text', value: this.state.text, placeholder: '如 ' + example, disabled: disabled,
          autoComplete: 'off', 'aria-invalid': invalid ? 'true' : 'false', 'aria-describedby': this.props.forID + '-format',
          style: { flex: '1 1 12em', minWidth: '10em', border: 0, background: 'transparent', fontSize: '15px', color: 'inherit', outline: 'none' },
          onChange: this.onInput, onFocus: this.props.setActiveStyle, onBlur: this.onBlur,
        }),
        h('button', Object.assign({}, button, { onClick: function () { self.choose(today()); } }), '今天'),
        h('button', Object.assign({}, button, { onClick: this.openCalendar }), '日历'),
        // The browser's calendar, opened by 日历: only its pop-up is seen, its own box is not.
        h('input', {
          type: 'date', tabIndex: -1, 'aria-hidden': 'true', ref: function (input) { self.calendar = input; },
          style: { position: 'absolute', width: '1px', height: '1px', opacity: 0, pointerEvents: 'none' },
          onChange: function (event) { if (event.target.value) self.choose(event.target.value); },
        }),
        h('span', { id: this.props.forID + '-format', style: { flexBasis: '100%', fontSize: '12px', marginTop: '4px', color: invalid ? '#b3261e' : '#5c5c5c' }, 'aria-live': 'polite' },
          invalid ? '请写成 ' + example + ' 这样的日期（也可以写 2025-05-01）。' : '如 ' + example + '，按本机日期；点“今天”填今天的日期。'));
    },
  });

  function ChineseDatePreview(props) {
    return h('span', null, chinese(props.value));
  }

  // "date": Decap takes a field named date with a widget of this name as the entry's date ({{year}} of the file's and
  // the pictures' folders), as it does its own datetime.
  window.CMS.registerWidget('date', ChineseDateControl, ChineseDatePreview);
})();
