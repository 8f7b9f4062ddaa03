// Checks an interview question as it is typed: forward-looking or backward-looking.
(function () {
  "use strict";
  var form = document.querySelector("form[data-lint-url]");
  if (!form) { return; }
  var field = form.querySelector("textarea[data-lint]");
  var output = document.getElementById("lint-result");
  if (!field || !output) { return; }
  var timer = null;

  function show(result) {
    output.textContent = "";
    var p = document.createElement("p");
    var strong = document.createElement("strong");
    strong.textContent = result.orientation.charAt(0).toUpperCase() +
      result.orientation.slice(1) + "-looking. ";
    strong.className = result.orientation;
    p.appendChild(strong);
    var messages = result.problems.map(function (problem) { return problem.message; });
    if (messages.length) { p.appendChild(document.createTextNode(messages.join(" ") + " ")); }
    if (result.suggestion) {
      p.appendChild(document.createTextNode("Try: \u201c" + result.suggestion + "\u201d"));
    }
    output.appendChild(p);
  }

  field.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      if (!field.value.trim()) { output.textContent = ""; return; }
      window.postJSON(form.getAttribute("data-lint-url"), { text: field.value })
        .then(function (response) { if (response.ok) { show(response.data); } })
        .catch(function () { /* the check runs again on save */ });
    }, 400);
  });
})();
