// The media library's picker, plain script (no build step).
// In the picker window: "Chọn" posts the file's URL, path and alt text to the opener and closes.
// In an editor: a [data-media-picker] link opens the picker for the textarea it names and
// appends "path | alt text" to it when a file is chosen. Without script the link still opens
// the library in a new window.
(function () {
  "use strict";
  // Editors include the script once per media field; listen once.
  if (window.saraicmsMediaPicker) return;
  window.saraicmsMediaPicker = true;

  function choose(button) {
    var list = button.closest("[data-media-target]");
    var message = {
      kind: "saraicms-media",
      url: button.getAttribute("data-url"),
      path: button.getAttribute("data-path"),
      alt: button.getAttribute("data-alt") || "",
      srcset: button.getAttribute("data-srcset") || "",
      target: list ? list.getAttribute("data-media-target") || "" : "",
    };
    if (!window.opener) return;
    window.opener.postMessage(message, location.origin);
    window.close();
  }

  function appendLine(textarea, data) {
    var line = data.alt ? data.path + " | " + data.alt : data.path;
    var value = textarea.value.replace(/\s+$/, "");
    textarea.value = value ? value + "\n" + line : line;
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
    textarea.focus();
  }

  function openPicker(link, event) {
    var picker = window.open(link.href, "media-picker", "width=900,height=700");
    if (!picker) return;
    event.preventDefault();
    var targetId = link.getAttribute("data-media-picker");
    var onMessage = function (e) {
      if (e.origin !== location.origin || !e.data || e.data.kind !== "saraicms-media" || e.data.target !== targetId) return;
      window.removeEventListener("message", onMessage);
      var textarea = document.getElementById(targetId);
      if (textarea) appendLine(textarea, e.data);
    };
    window.addEventListener("message", onMessage);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-media-choose]");
    if (button) {
      choose(button);
      return;
    }
    var link = event.target.closest("a[data-media-picker]");
    if (link) openPicker(link, event);
  });
})();
