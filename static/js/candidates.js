// Copy an invitation link to the clipboard and say so to screen readers.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-copy]");
    if (!button) { return; }
    var source = document.getElementById(button.getAttribute("data-copy"));
    var status = document.querySelector(".copy-status");
    function say(text) { if (status) { status.textContent = text; } }
    source.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(source.value).then(function () {
        say("Link copied.");
      }, function () {
        say("Copying failed: the link is selected, press Ctrl+C (Cmd+C on a Mac).");
      });
    } else {
      say("The link is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.");
    }
  });
})();
