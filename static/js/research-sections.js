// The research exercise's sections inside the shared timed editor. The editor
// (assessments-editor.js) saves, stores offline and restores the value of #answer; here
// #answer's value becomes the sections joined under their headings, exactly as
// hiring/analysis/research/sections.py join_sections() does, and setting it fills the sections.
(function () {
  "use strict";

  var answer = document.getElementById("answer");
  var boxes = Array.prototype.slice.call(
    document.querySelectorAll("#research-sections textarea[data-heading]"));
  if (!answer || !boxes.length) { return; }
  var SEPARATOR = "\n\n";
  var native = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value");
  var nativeReadOnly = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "readOnly");

  function join() {
    return boxes.map(function (box, i) {
      return (i ? SEPARATOR : "") + box.dataset.heading + "\n" + box.value;
    }).join("");
  }

  // Read a joined text back; a text not in the joined form goes whole into the first section,
  // so nothing typed is ever dropped.
  function split(text) {
    text = text.replace(/\r\n/g, "\n"); // as a textarea would
    var starts = [], pos = 0;
    for (var i = 0; i < boxes.length; i++) {
      var heading = (i ? SEPARATOR : "") + boxes[i].dataset.heading + "\n";
      var at = text.indexOf(heading, pos);
      if (at < 0 || (i === 0 && at !== 0)) {
        boxes.forEach(function (box, j) { box.value = j === 0 ? text : ""; });
        return;
      }
      starts.push([at, at + heading.length]);
      pos = at + heading.length;
    }
    boxes.forEach(function (box, j) {
      var end = j + 1 < starts.length ? starts[j + 1][0] : text.length;
      box.value = text.slice(starts[j][1], end);
    });
  }

  // Runs before the editor, which then restores any newer offline copy through the setter.
  split(native.get.call(answer));
  Object.defineProperty(answer, "value", {
    configurable: true,
    get: join,
    set: function (text) { split(String(text)); native.set.call(answer, String(text)); }
  });
  Object.defineProperty(answer, "readOnly", {
    configurable: true,
    get: function () { return nativeReadOnly.get.call(boxes[0]); },
    set: function (flag) { boxes.forEach(function (box) { box.readOnly = flag; }); }
  });

  boxes.forEach(function (box) {
    box.addEventListener("input", function () {
      answer.dispatchEvent(new Event("input"));
    });
    box.addEventListener("blur", function () {
      answer.dispatchEvent(new Event("blur"));
    });
    box.addEventListener("paste", function (event) {
      var relay = new Event("paste");
      Object.defineProperty(relay, "clipboardData", { value: event.clipboardData });
      answer.dispatchEvent(relay);
    });
  });
  answer.dispatchEvent(new Event("input")); // refresh the word count for the sections
})();
