// Counts the read of a news article and shows the new total. The page may come from the
// server's output cache, so the read is counted here rather than when the page is rendered.
document.addEventListener("DOMContentLoaded", function () {
  var views = document.querySelector("[data-view-beacon]");
  var url = views && views.getAttribute("data-view-beacon");
  if (!url || !window.fetch) { return; }
  fetch(url, { method: "POST", credentials: "same-origin", keepalive: true })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (count) {
      var text = views.querySelector("[data-view-count]");
      if (count && text) { text.textContent = count.text; }
    })
    .catch(function () { /* a missed count is not worth an error */ });
});
