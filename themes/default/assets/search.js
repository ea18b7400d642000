// Site search: filters the search index (search-index.json) as you type. First-party, no
// dependencies. Without JavaScript (or if the index cannot be loaded, as from file://) the
// form stays hidden and the page's links to the listings and topic pages are the way in.
(function () {
  "use strict";
  var box = document.querySelector("[data-search]");
  if (!box || !window.fetch) return;
  var input = box.querySelector("input");
  var status = box.querySelector("[role=status]");
  var list = box.querySelector("ol");
  var base = box.getAttribute("data-index").replace(/search-index\.json$/, "");
  var pages = [];
  var timer = null;

  function fold(s) {
    return (s || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function text(p) {
    return fold([p.title, p.summary, (p.topics || []).join(" "), (p.headings || []).join(" ")].join(" "));
  }

  function score(p, words) {
    var title = fold(p.title), n = 0;
    for (var i = 0; i < words.length; i++) {
      if (p._text.indexOf(words[i]) < 0) return 0;
      n += title.indexOf(words[i]) >= 0 ? 3 : 1;
    }
    return n;
  }

  function el(tag, textContent) {
    var e = document.createElement(tag);
    if (textContent) e.textContent = textContent;
    return e;
  }

  function show() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) { status.textContent = ""; return; }
    var found = pages.map(function (p) { return { p: p, s: score(p, words) }; })
      .filter(function (r) { return r.s > 0; })
      .sort(function (a, b) { return b.s - a.s || (b.p.date || "").localeCompare(a.p.date || ""); });
    status.textContent = found.length === 1 ? "1 result" : found.length + " results";
    found.slice(0, 50).forEach(function (r) {
      var li = el("li"), h = el("h2"), a = el("a", r.p.title);
      a.href = base + r.p.url + "index.html";
      h.appendChild(a);
      li.appendChild(h);
      var kind = r.p.kind === "review" ? "Review" : r.p.kind === "briefing" ? "Learning briefing" : "Page";
      li.appendChild(el("p", kind + (r.p.date ? ", published " + r.p.date : ""))).className = "item-meta";
      if (r.p.summary) li.appendChild(el("p", r.p.summary));
      list.appendChild(li);
    });
  }

  fetch(box.getAttribute("data-index")).then(function (r) {
    if (!r.ok) throw new Error("index");
    return r.json();
  }).then(function (data) {
    pages = (data.pages || []).map(function (p) { p._text = text(p); return p; });
    box.hidden = false;
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) { input.value = q; show(); }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(show, 150);
    });
  }).catch(function () { /* the links below still work */ });
})();
