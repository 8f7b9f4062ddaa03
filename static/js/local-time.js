// Show each <time data-local-time datetime="...Z"> in the browser's own time zone, naming it,
// and name that zone wherever the page has a [data-browser-zone] placeholder.
// The server's text (labelled with its zone) stays if the browser cannot format dates.
(function () {
  "use strict";
  if (!window.Intl || !Intl.DateTimeFormat) { return; }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  var readable = zone.replace(/_/g, " ");
  Array.prototype.forEach.call(document.querySelectorAll("[data-browser-zone]"), function (node) {
    if (zone) { node.textContent = ", " + readable; }
  });
  Array.prototype.forEach.call(document.querySelectorAll("time[data-local-time]"), function (node) {
    var when = new Date(node.getAttribute("datetime"));
    if (isNaN(when.getTime())) { return; }
    var text = new Intl.DateTimeFormat(undefined, {
      weekday: "long", day: "numeric", month: "long", year: "numeric",
      hour: "2-digit", minute: "2-digit", timeZoneName: "short"
    }).format(when);
    node.textContent = text + (zone ? " (" + readable + " time)" : "");
    node.title = node.getAttribute("datetime").replace("T", " ").replace("Z", " UTC");
    node.dataset.localised = "true";
  });
})();
