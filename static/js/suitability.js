// The work-preference questionnaire: save every answer as it is given (newest save wins by
// its sequence number), show progress, and keep working without a connection until it
// returns. Without this script the Save and Hand in buttons post the form.
(function () {
  "use strict";

  var form = document.getElementById("questionnaire");
  if (!form || !window.postJSON) { return; }
  var status = document.getElementById("save-status");
  var progress = document.getElementById("progress");
  var total = parseInt(form.getAttribute("data-total"), 10) || 0;
  var seq = parseInt(form.getAttribute("data-seq"), 10) || 0;
  var saving = false;
  var pending = false;

  function collect() {
    var answers = {};
    var knockouts = {};
    Array.prototype.forEach.call(form.querySelectorAll("input[type=radio]:checked"), function (input) {
      if (input.name.indexOf("item-") === 0) {
        var value = input.value;
        answers[input.name.slice(5)] = /^[1-5]$/.test(value) ? parseInt(value, 10) : value;
      } else if (input.name.indexOf("ko-") === 0) {
        knockouts[input.name.slice(3)] = input.value;
      }
    });
    return { answers: answers, knockouts: knockouts };
  }

  function showProgress(body) {
    var count = Object.keys(body.answers).length + Object.keys(body.knockouts).length;
    progress.textContent = count + " of " + total + " answered.";
  }

  function clock(iso) {
    var when = iso ? new Date(iso) : new Date();
    return when.toTimeString().slice(0, 8);
  }

  function save() {
    if (saving) { pending = true; return; }
    saving = true;
    pending = false;
    var body = collect();
    showProgress(body);
    seq += 1;
    body.seq = seq;
    status.textContent = "Saving…";
    window.postJSON(form.getAttribute("data-save-url"), body).then(function (reply) {
      if (reply.ok && reply.data.status === "saved") {
        status.textContent = "Saved " + clock(reply.data.saved_at);
      } else if (reply.ok && reply.data.status === "stale") {
        seq = Math.max(seq, reply.data.seq);
        pending = true;
      } else if (reply.status === 409) {
        status.textContent = "Already handed in; reload the page.";
      } else {
        status.textContent = "Not saved: " + (reply.data.error || "please press Save.");
      }
    }, function () {
      status.textContent = "Not saved: you seem to be offline. Your answers stay on this page; they save when the connection returns.";
      pending = true;
    }).then(function () {
      saving = false;
      if (pending) { window.setTimeout(save, 1500); }
    });
  }

  form.addEventListener("change", function (event) {
    if (event.target.type === "radio") { save(); }
  });
  window.addEventListener("online", function () { if (pending) { save(); } });
  form.setAttribute("data-ready", "true");
})();
