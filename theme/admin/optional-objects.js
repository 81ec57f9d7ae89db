// A cover, a video or a source is optional, but once written its picture needs its description (alt) and its video its
// captions, as `check` requires (PORTAL0051, PORTAL0053): the configuration marks those sub-fields required. The editor's
// own object block validates its sub-fields even when the whole object is left empty (decap-cms#7748), which would block
// saving every story without a cover. The same block, under the same name: an optional object left empty is valid as a
// whole (its sub-fields' old errors cleared); one with anything written in it is validated as before.
(function () {
  'use strict';
  if (!window.CMS || !window.CMS.getWidget) return;
  var object = window.CMS.getWidget('object');
  if (!object || !object.control) return;
  var Base = object.control;

  function isEmpty(value) {
    if (value === null || value === undefined || value === '') return true;
    if (typeof value.every === 'function' && typeof value.toJS === 'function') return value.every(isEmpty); // Immutable Map or List
    if (Array.isArray(value)) return value.every(isEmpty);
    if (typeof value === 'object') return Object.keys(value).every(function (key) { return isEmpty(value[key]); });
    return false;
  }

  class OptionalObjectControl extends Base {
    constructor(props) {
      super(props);
      var validateEveryField = this.validate;
      this.validate = function () {
        var field = this.props.field;
        if (field && field.get('required', true) === false && isEmpty(this.props.value)) {
          var children = this.childRefs || {};
          Object.keys(children).forEach(function (name) {
            var child = children[name];
            if (child && child.props && typeof child.props.onValidate === 'function') child.props.onValidate([]);
          });
          return;
        }
        validateEveryField();
      }.bind(this);
    }
  }

  window.CMS.registerWidget('object', OptionalObjectControl, object.preview, object.schema);
})();
