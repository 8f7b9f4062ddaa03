// Timed editor: autosave with sequence numbers, offline copy in localStorage, server-synced
// countdown, automatic hand-in at the deadline. Shared by the writing test and research exercise.
(function () {
  "use strict";

  var root = document.getElementById("editor");
  if (!root) { return; }
  var area = document.getElementById("answer");
  var statusEl = document.getElementById("save-status");
  var announcer = document.getElementById("save-announcer");
  var sections = document.querySelectorAll("#research-sections textarea[data-heading]");
  var banner = document.getElementById("offline-banner");
  var countdown = document.getElementById("countdown");
  var warning = document.getElementById("time-warning");
  var wordCount = document.getElementById("word-count");
  var wordHint = wordCount.textContent.replace(/^\d+ words?/, "");
  var key = root.dataset.storageKey;
  var deadline = Date.parse(root.dataset.deadline);
  var offset = Date.parse(root.dataset.serverNow) - Date.now(); // server clock minus ours
  var seq = parseInt(root.dataset.seq, 10) || 0;
  var savedText = area.value;
  var inFlight = false, retryTimer = null, retryDelay = 2000, finished = false, leftAt = null;
  var warned = {};
  var ANNOUNCE_SAVED_EVERY = 60000, lastSavedAnnounced = null;

  function stored() {
    try { return JSON.parse(window.localStorage.getItem(key) || "null"); } catch (e) { return null; }
  }
  function store() {
    try {
      window.localStorage.setItem(key, JSON.stringify({ text: area.value, seq: seq }));
    } catch (e) { /* storage full or disabled: the server copy still counts */ }
  }

  // Text typed offline (or on this device after the last save) wins over the page's copy.
  var local = stored();
  if (local && local.seq >= seq && local.text !== area.value) {
    area.value = local.text;
    seq = Math.max(seq, local.seq);
  }

  // The visible status always shows the latest state; the screen-reader announcement of
  // "Saved" comes at most once a minute (a save every few seconds would talk over the
  // candidate), while a failure is announced at once.
  function showStatus(text, failed) {
    statusEl.textContent = text;
    if (!announcer) { return; }
    if (failed) {
      announcer.textContent = text;
    } else if (/^Saved/.test(text)) {
      var now = Date.now();
      if (lastSavedAnnounced === null || now - lastSavedAnnounced >= ANNOUNCE_SAVED_EVERY) {
        lastSavedAnnounced = now;
        announcer.textContent = "Saved";
      }
    }
  }

  // The words the candidate wrote (in the research exercise, without the section headings),
  // counted as the receipt counts them.
  function words() {
    var text = sections.length ?
      Array.prototype.map.call(sections, function (box) { return box.value; }).join("\n") :
      area.value;
    var m = text.match(/[^\s]+/g);
    return m ? m.length : 0;
  }
  function showWords() {
    var n = words();
    wordCount.textContent = n + (n === 1 ? " word" : " words") + wordHint;
  }

  function setOffline(offline) {
    banner.hidden = !offline;
  }

  function timeText(iso) {
    var d = new Date(iso);
    function pad(n) { return (n < 10 ? "0" : "") + n; }
    return pad(d.getHours()) + ":" + pad(d.getMinutes()) + ":" + pad(d.getSeconds());
  }

  function scheduleRetry() {
    if (retryTimer) { return; }
    retryTimer = window.setTimeout(function () {
      retryTimer = null;
      save();
    }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 10000);
  }

  function save() {
    if (inFlight || finished) { return Promise.resolve(); }
    if (area.value === savedText) { return Promise.resolve(); }
    inFlight = true;
    seq += 1;
    store();
    var text = area.value;
    statusEl.textContent = "Saving…";
    return window.postJSON(root.dataset.saveUrl, { seq: seq, text: text }).then(function (r) {
      inFlight = false;
      setOffline(false);
      retryDelay = 2000;
      var data = r.data || {};
      if (data.server_now) { offset = Date.parse(data.server_now) - Date.now(); }
      if (data.deadline_at) { deadline = Date.parse(data.deadline_at); }
      if (data.status === "saved" || data.status === "late") {
        savedText = text;
        showStatus("Saved " + timeText(data.saved_at) +
          (data.status === "late" ? " (after the deadline)" : ""));
        if (area.value !== savedText) { save(); }
      } else if (data.status === "stale") {
        // Another tab or device saved later: continue numbering after it and save ours again.
        seq = Math.max(seq, data.seq);
        save();
      } else if (data.status === "closed" || r.status === 409) {
        finish();
      } else {
        showStatus("Not saved: " + (data.error || "the server refused the save") +
          ". Retrying.", true);
        scheduleRetry();
      }
    }, function () {
      inFlight = false;
      setOffline(true);
      showStatus("Not saved yet: offline. Your text is kept in this browser.", true);
      scheduleRetry();
    });
  }

  function finish() {
    if (finished) { return; }
    finished = true;
    area.readOnly = true;
    window.postJSON(root.dataset.submitUrl, {}).then(function () {
      try { window.localStorage.removeItem(key); } catch (e) { /* nothing to clean */ }
      window.location.assign(root.dataset.receiptUrl);
    }, function () {
      finished = false;
      setOffline(true);
      window.setTimeout(finish, 3000);
    });
  }

  function tick() {
    var left = Math.max(0, Math.round((deadline - (Date.now() + offset)) / 1000));
    var m = Math.floor(left / 60), s = left % 60;
    if (countdown) {  // untimed exercises show no clock
      countdown.textContent = m + ":" + (s < 10 ? "0" : "") + s;
    }
    [300, 60].forEach(function (mark) {
      if (left <= mark && left > 0 && !warned[mark]) {
        warned[mark] = true;
        warning.textContent = (mark / 60) + (mark === 60 ? " minute" : " minutes") + " left.";
      }
    });
    if (left === 0 && !finished) {
      // Hand in the last text: save first (accepted within the grace minute), then submit.
      if (area.value !== savedText) {
        save().then(function () { if (area.value === savedText) { finish(); } });
      } else {
        finish();
      }
    }
  }

  function postEvent(kind, size) {
    window.postJSON(root.dataset.eventUrl, { kind: kind, size: size }).catch(function () {});
  }

  area.addEventListener("input", function () { store(); showWords(); });
  area.addEventListener("blur", save);
  area.addEventListener("paste", function (event) {
    var pasted = event.clipboardData ? event.clipboardData.getData("text") : "";
    postEvent("paste", pasted.length);
  });
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") {
      leftAt = Date.now();
      postEvent("leave", 0);
      save();
    } else if (leftAt) {
      postEvent("return", Math.round((Date.now() - leftAt) / 1000));
      leftAt = null;
    }
  });
  window.addEventListener("online", function () { setOffline(false); save(); });
  window.addEventListener("offline", function () { setOffline(true); });
  // The hand-in carries the latest text, so nothing typed since the last save is lost.
  document.getElementById("submit-form").addEventListener("submit", function (event) {
    seq += 1;
    event.target.elements.seq.value = seq;
    event.target.elements.text.value = area.value;
  });

  window.setInterval(save, 5000);
  window.setInterval(tick, 1000);
  showWords();
  tick();
  // Text restored from this browser that the server has not got yet is saved at once.
  if (area.value !== savedText) { save(); }
  root.dataset.ready = "true"; // tests and the research sections wait for this
})();
