// Follow a PDF that is being rendered (one document or a cohort of plans) and offer its download.
(function () {
  "use strict";

  function poll(url, onUpdate) {
    var delay = 800;
    function tick() {
      fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (response) { return response.json(); })
        .then(function (data) {
          if (onUpdate(data)) {
            delay = Math.min(delay * 1.3, 4000);
            window.setTimeout(tick, delay);
          }
        })
        .catch(function () { window.setTimeout(tick, 4000); });
    }
    tick();
  }

  var single = document.querySelector("[data-pdf-status]");
  if (single) {
    var message = single.querySelector("[data-message]");
    poll(single.getAttribute("data-pdf-status"), function (data) {
      single.setAttribute("data-state", data.state);  // tests and scripts wait on it
      if (data.state === "ready") {
        message.textContent = "The PDF is ready. Use the download link below.";
        var note = single.querySelector("[data-pending-note]");
        if (note) { note.hidden = true; }
        var heading = document.querySelector("h1[data-ready-heading]");
        if (heading) {
          heading.textContent = heading.getAttribute("data-ready-heading");
          document.title = document.title.replace(/^Preparing the PDF/, "PDF ready");
        }
        single.querySelector("[data-download] a, a[data-download]").focus();
        return false;
      }
      if (data.state === "failed") {
        message.textContent = data.message;
        return false;
      }
      return true;
    });
  }

  var bulk = document.querySelector("[data-bulk-status]");
  if (bulk) {
    var bar = bulk.querySelector("progress");
    var text = bulk.querySelector("[data-message]");
    var download = bulk.querySelector("[data-download]");
    var lastDone = -1;
    poll(bulk.getAttribute("data-bulk-status"), function (data) {
      bar.max = data.total || 1;
      bar.value = data.done;
      // Announce every few plans, not every poll, so a screen reader is not flooded.
      if (data.state !== "running" || data.done - lastDone >= 5 || lastDone < 0) {
        text.textContent = data.done + " of " + data.total + " plans printed. " + data.message;
        lastDone = data.done;
      }
      if (data.state === "done") {
        download.hidden = false;
        download.querySelector("a").focus();
        return false;
      }
      return data.state === "running";
    });
  }
})();
