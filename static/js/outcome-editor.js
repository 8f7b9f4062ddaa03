// Outcome editor: checks each statement as the manager types, and adds, moves and removes
// outcomes in place. Without this script the same buttons submit the form and the server
// does the same work, so nothing depends on it.
(function () {
  "use strict";

  var DELAY_MS = 400;

  function init(form) {
    var list = form.querySelector("[data-outcome-list]");
    if (!list) { return; }
    var checkUrl = list.getAttribute("data-check-url");
    var max = parseInt(list.getAttribute("data-max"), 10);
    var nudgeAbove = parseInt(list.getAttribute("data-nudge"), 10);
    var live = form.querySelector("[data-live]");
    var addButton = form.querySelector("#add-outcome");
    var nudge = form.querySelector("[data-nudge-text]");
    // The list's period: an outcome with no deadline of its own takes it.
    var due = form.querySelector("[data-outcomes-due]");
    var dueLive = form.querySelector("[data-due-live]");
    var dueError = due ? form.querySelector("#" + due.id + "-error") : null;
    var template = list.querySelector("[data-outcome]").cloneNode(true);
    var lastSummary = new WeakMap();
    var sequence = new WeakMap();
    var timers = new WeakMap();

    function items() {
      return Array.prototype.slice.call(list.querySelectorAll("[data-outcome]"));
    }

    function announce(message) {
      // Clearing first makes screen readers announce a repeated message again.
      live.textContent = "";
      window.setTimeout(function () { live.textContent = message; }, 50);
    }

    function renumber() {
      var all = items();
      all.forEach(function (item, index) {
        var n = index + 1;
        var textarea = item.querySelector("textarea");
        textarea.id = "outcome-" + n;
        textarea.setAttribute("aria-describedby", "outcomes-help findings-" + n);
        item.querySelector("label").setAttribute("for", textarea.id);
        item.querySelector("[data-number]").textContent = String(n);
        item.querySelector("[data-findings]").id = "findings-" + n;
        item.querySelectorAll("[data-label]").forEach(function (span) {
          span.textContent = " outcome " + n;
        });
        var up = item.querySelector('[data-move="up"]');
        var down = item.querySelector('[data-move="down"]');
        var remove = item.querySelector("[data-remove]");
        up.id = "up-" + n; up.value = "up-" + n; up.disabled = index === 0;
        down.id = "down-" + n; down.value = "down-" + n; down.disabled = index === all.length - 1;
        remove.id = "remove-" + n; remove.value = "remove-" + n; remove.disabled = all.length === 1;
      });
      addButton.disabled = all.length >= max;
      nudge.hidden = all.length <= nudgeAbove;
      nudge.querySelector("[data-count]").textContent = String(all.length);
    }

    function render(item, view) {
      var box = item.querySelector("[data-findings]");
      var summary = box.querySelector(".finding-summary");
      summary.className = "finding-summary " + (view.measurable ? "is-measurable" : "is-not-measurable");
      summary.querySelector(".finding-icon").textContent = view.measurable ? "\u2713" : "!";
      summary.querySelector("[data-summary]").textContent = view.summary;
      var found = box.querySelector("[data-found]");
      found.hidden = view.found.length === 0;
      found.textContent = "Found: " + view.found.join(", ");
      var problems = box.querySelector("[data-problems]");
      problems.textContent = "";
      view.problems.forEach(function (problem) {
        var li = document.createElement("li");
        li.setAttribute("data-code", problem.code);
        if (problem.excerpt) {
          var q = document.createElement("q");
          q.textContent = problem.excerpt;
          li.appendChild(q);
          li.appendChild(document.createTextNode(": "));
        }
        li.appendChild(document.createTextNode(problem.message));
        problems.appendChild(li);
      });
      // Announce only what changed, not every keystroke's result.
      var message = spoken(view);
      if (lastSummary.get(item) !== message) {
        lastSummary.set(item, message);
        announce("Outcome " + (items().indexOf(item) + 1) + ": " + message);
      }
    }

    function spoken(view) {
      var inputs = view.problems.filter(function (p) { return p.code.indexOf("input_") === 0; });
      if (!inputs.length) { return view.summary; }
      return view.summary + " " + inputs.length +
        (inputs.length === 1 ? " requirement asks" : " requirements ask") +
        " for background instead of results.";
    }

    // While a check is waiting or on its way, the findings say so to assistive technology:
    // what they show may be about to change.
    function busy(item, waiting) {
      var box = item.querySelector("[data-findings]");
      if (waiting) { box.setAttribute("aria-busy", "true"); } else { box.removeAttribute("aria-busy"); }
    }

    function check(item) {
      var textarea = item.querySelector("textarea");
      var mine = (sequence.get(item) || 0) + 1;
      sequence.set(item, mine);
      busy(item, true);
      window.postJSON(checkUrl, { text: textarea.value, due: due ? due.value : "" }).then(function (result) {
        if (sequence.get(item) !== mine || !item.isConnected) { return; }  // a newer check is coming
        busy(item, false);
        if (result.ok && result.data.view) {
          render(item, result.data.view);
          showDue(result.data.due_problem);
        } else {
          showUnavailable(item);
        }
      }, function () {
        if (sequence.get(item) === mine) { busy(item, false); showUnavailable(item); }
      });
    }

    // The period's own problem, said beside it as it is typed. The live check now speaks for
    // the period, so the message from the last save gives way to it.
    function showDue(problem) {
      if (!due || !dueLive) { return; }
      var text = problem || "";
      if (dueLive.textContent !== text) { dueLive.textContent = text; }
      dueLive.hidden = !text;
      if (dueError) { dueError.hidden = true; }
      due.setAttribute("aria-describedby", due.id + "-help" + (text ? " " + dueLive.id : ""));
      if (text) {
        due.setAttribute("aria-invalid", "true");
      } else {
        due.removeAttribute("aria-invalid");
      }
    }

    function showUnavailable(item) {
      item.querySelector("[data-summary]").textContent =
        "Could not check just now; the check runs again when you save.";
    }

    function schedule(item) {
      window.clearTimeout(timers.get(item));
      busy(item, true);
      timers.set(item, window.setTimeout(function () { check(item); }, DELAY_MS));
    }

    items().forEach(function (item) {
      lastSummary.set(item, item.querySelector("[data-summary]").textContent);
    });

    list.addEventListener("input", function (event) {
      if (event.target.matches("textarea")) { schedule(event.target.closest("[data-outcome]")); }
    });

    if (due) {
      due.addEventListener("input", function () { items().forEach(schedule); });
    }

    form.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button || !form.contains(button)) { return; }
      var item = button.closest("[data-outcome]");
      if (button.hasAttribute("data-move") && item) {
        event.preventDefault();
        var up = button.getAttribute("data-move") === "up";
        var sibling = up ? item.previousElementSibling : item.nextElementSibling;
        if (!sibling) { return; }
        list.insertBefore(item, up ? sibling : sibling.nextElementSibling);
        renumber();
        var position = items().indexOf(item) + 1;
        (button.disabled ? item.querySelector('[data-move="' + (up ? "down" : "up") + '"]')
                         : button).focus();
        announce("Outcome moved to position " + position + " of " + items().length + ".");
      } else if (button.hasAttribute("data-remove") && item) {
        event.preventDefault();
        var all = items();
        if (all.length === 1) { return; }
        var index = all.indexOf(item);
        item.remove();
        renumber();
        var rest = items();
        rest[Math.min(index, rest.length - 1)].querySelector("textarea").focus();
        announce("Outcome removed. " + rest.length + " outcomes left.");
      } else if (button === addButton) {
        event.preventDefault();
        if (items().length >= max) { return; }
        var fresh = template.cloneNode(true);
        fresh.querySelector("textarea").value = "";
        fresh.querySelector("textarea").textContent = "";
        list.appendChild(fresh);
        renumber();
        lastSummary.set(fresh, "");
        fresh.querySelector("textarea").focus();
        check(fresh);
        announce("Outcome " + items().length + " added.");
      }
    });

    var focusId = form.getAttribute("data-focus");
    var target = focusId && document.getElementById(focusId);
    if (target) { target.focus(); }
  }

  document.querySelectorAll("form.position-form").forEach(init);
})();
