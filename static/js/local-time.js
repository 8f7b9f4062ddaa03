// Show each <time data-local-time datetime="...Z"> in the browser's own time zone, naming it.
// The server's text (UTC) stays if the browser cannot format dates.
(function () {
  "use strict";
  var nodes = document.querySelectorAll("time[data-local-time]");
  if (!nodes.length || !window.Intl || !Intl.DateTimeFormat) { return; }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  Array.prototype.forEach.call(nodes, function (node) {
    var when = new Date(node.getAttribute("datetime"));
    if (isNaN(when.getTime())) { return; }
    var text = new Intl.DateTimeFormat(undefined, {
      weekday: "long", day: "numeric", month: "long", year: "numeric",
      hour: "2-digit", minute: "2-digit", timeZoneName: "short"
    }).format(when);
    node.textContent = text + (zone ? " (" + zone.replace(/_/g, " ") + " time)" : "");
    node.title = node.getAttribute("datetime").replace("T", " ").replace("Z", " UTC");
    node.dataset.localised = "true";
  });
})();
