// clipper serve: keys, highlights from a selection, closing the bookmarklet's window.
// Everything works without this file; it only saves keystrokes.
(function () {
  "use strict";
  function typing(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }
  var items = Array.prototype.slice.call(document.querySelectorAll(".items > .item"));
  var current = -1;
  function select(i) {
    if (!items.length) return;
    if (current >= 0) items[current].classList.remove("current");
    current = Math.max(0, Math.min(items.length - 1, i));
    items[current].classList.add("current");
    var link = items[current].querySelector("a.title");
    if (link) link.focus({ preventScroll: true });
    items[current].scrollIntoView({ block: "nearest" });
  }
  var body = document.getElementById("article-body");
  var form = document.getElementById("highlight-form");
  var passage = document.getElementById("passage");
  function selectedPassage() {
    var s = window.getSelection();
    if (!s || s.isCollapsed || !s.rangeCount || !body) return "";
    var range = s.getRangeAt(0);
    if (!body.contains(range.commonAncestorContainer)) return "";
    return s.toString().trim();
  }
  function keepSelection() {
    var text = selectedPassage();
    if (!text || !form || !passage) return false;
    passage.value = text;
    form.submit();
    return true;
  }
  if (body && passage) {
    // Selecting in the article fills the passage box, ready to keep.
    document.addEventListener("selectionchange", function () {
      var text = selectedPassage();
      if (text) passage.value = text;
    });
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (typing(document.activeElement)) {
      if (e.key === "Escape") document.activeElement.blur();
      return;
    }
    if (e.key === "/") {
      var q = document.getElementById("q");
      if (q) { e.preventDefault(); q.focus(); q.select(); }
    } else if (e.key === "j") {
      select(current + 1);
    } else if (e.key === "k") {
      select(current - 1);
    } else if (e.key === "h") {
      if (keepSelection()) e.preventDefault();
    } else if (e.key === "t") {
      var tag = document.getElementById("add-tag");
      if (tag) { e.preventDefault(); tag.focus(); }
    }
  });
  var close = document.getElementById("close-window");
  if (close) close.addEventListener("click", function () { window.close(); });
})();
