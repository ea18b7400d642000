// Helpers for the expert checks in check.py (issue 13): colours, contrast, focus indicators,
// what covers an element. Installed on each page as window.__a11y.
(function () {
  "use strict";
  if (window.__a11y) { return; }
  function parse(s) {
    var m = /rgba?\(([^)]*)\)/.exec(s || "");
    if (!m) { return null; }
    var p = m[1].split(/[\s,\/]+/).filter(Boolean).map(function (v) {
      return v.endsWith("%") ? parseFloat(v) / 100 : parseFloat(v);
    });
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  }
  function blend(top, bottom) {
    var a = top.a;
    return { r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a),
             b: top.b * a + bottom.b * (1 - a), a: 1 };
  }
  function lum(c) {
    function ch(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
    return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b);
  }
  function ratio(a, b) {
    var l1 = lum(a), l2 = lum(b);
    return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  }
  function hex(c) {
    function h(v) { return Math.round(v).toString(16).padStart(2, "0"); }
    return c ? "#" + h(c.r) + h(c.g) + h(c.b) : "?";
  }
  // The colour behind an element: its own background and its ancestors', blended.
  function background(el) {
    var layers = [];
    for (var e = el; e && e.nodeType === 1; e = e.parentElement) {
      var c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) { layers.push(c); if (c.a >= 1) { break; } }
    }
    var out = { r: 255, g: 255, b: 255, a: 1 };
    for (var i = layers.length - 1; i >= 0; i--) { out = blend(layers[i], out); }
    return out;
  }
  function name(el) {
    if (!el || el.nodeType !== 1) { return String(el); }
    var s = el.tagName.toLowerCase();
    if (el.id) { s += "#" + el.id; }
    if (el.className && typeof el.className === "string") { s += "." + el.className.trim().split(/\s+/).join("."); }
    var text = (el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 40);
    return text ? s + " '" + text + "'" : s;
  }
  function shown(el) {
    if (!el.checkVisibility || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) { return false; }
    var r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1;
  }
  // Elements that hold text of their own inside root (root included), visible, up to a limit.
  function textElements(root, limit) {
    var out = [];
    var all = [root].concat(Array.prototype.slice.call(root.querySelectorAll("*")));
    for (var i = 0; i < all.length && out.length < (limit || 400); i++) {
      var el = all[i];
      var own = Array.prototype.some.call(el.childNodes, function (n) { return n.nodeType === 3 && n.data.trim(); });
      if (own && shown(el)) { out.push(el); }
    }
    return out;
  }
  // The lowest contrast of text inside root: { ratio, at, fg, bg }.
  function worstText(root, limit) {
    var worst = null;
    textElements(root, limit).forEach(function (el) {
      var bg = background(el);
      var fg = parse(getComputedStyle(el).color);
      if (!fg) { return; }
      var r = ratio(blend(fg, bg), bg);
      if (!worst || r < worst.ratio) { worst = { ratio: r, at: name(el), fg: hex(fg), bg: hex(bg) }; }
    });
    return worst;
  }
  function shadows(s) {
    if (!s || s === "none") { return []; }
    var out = [];
    var re = /(rgba?\([^)]*\))\s*(-?[\d.]+)px\s+(-?[\d.]+)px(?:\s+(-?[\d.]+)px)?(?:\s+(-?[\d.]+)px)?(\s+inset)?/g;
    var m;
    while ((m = re.exec(s))) {
      out.push({ color: parse(m[1]), x: +m[2], y: +m[3], blur: +(m[4] || 0), spread: +(m[5] || 0), inset: !!m[6] });
    }
    return out;
  }
  function snapshot(el) {
    var cs = getComputedStyle(el);
    return { bg: background(el), borderColor: parse(cs.borderTopColor), borderWidth: parseFloat(cs.borderTopWidth) || 0,
             borderStyle: cs.borderTopStyle };
  }
  var before = new WeakMap();
  function focusables() {
    return Array.prototype.slice.call(document.querySelectorAll(
      "a[href], button, input, select, textarea, [tabindex], summary"));
  }
  // Remember how every focusable element looks before it is focused.
  function remember() {
    var active = document.activeElement;
    if (active && active !== document.body && active.blur) { active.blur(); }
    focusables().forEach(function (el) { before.set(el, snapshot(el)); });
  }
  // The focus indicator of the focused element: which parts of it reach 3:1.
  function indicator(el) {
    var cs = getComputedStyle(el);
    var around = background(el.parentElement || el);
    var was = before.get(el) || snapshot(el);
    var now = snapshot(el);
    var parts = [], best = 0, ok = false;
    var ow = parseFloat(cs.outlineWidth) || 0, oc = parse(cs.outlineColor);
    if (cs.outlineStyle !== "none" && ow >= 2 && oc && oc.a > 0) {
      var behind = (parseFloat(cs.outlineOffset) || 0) >= 0 ? around : now.bg;
      var r = ratio(blend(oc, behind), behind);
      parts.push("outline " + ow + "px " + hex(oc) + " " + r.toFixed(2) + ":1 against " + hex(behind));
      best = Math.max(best, r); if (r >= 3) { ok = true; }
    }
    shadows(cs.boxShadow).forEach(function (s) {
      if (s.inset || !s.color || s.color.a === 0) { return; }
      var thick = Math.max(Math.abs(s.x), Math.abs(s.y)) + s.spread;
      var r = ratio(blend(s.color, around), around);
      parts.push("shadow " + thick + "px " + hex(s.color) + " " + r.toFixed(2) + ":1 against " + hex(around));
      if (thick >= 3) { best = Math.max(best, r); if (r >= 3) { ok = true; } }
    });
    if (hex(now.bg) !== hex(was.bg)) {
      var r = ratio(now.bg, was.bg);
      parts.push("background " + hex(was.bg) + " to " + hex(now.bg) + " " + r.toFixed(2) + ":1");
      best = Math.max(best, r); if (r >= 3) { ok = true; }
    }
    if (now.borderWidth >= 2 && now.borderStyle !== "none" && now.borderColor && was.borderColor &&
        hex(now.borderColor) !== hex(was.borderColor)) {
      var r = ratio(now.borderColor, was.borderColor);
      parts.push("border " + hex(was.borderColor) + " to " + hex(now.borderColor) + " " + r.toFixed(2) + ":1");
      best = Math.max(best, r); if (r >= 3) { ok = true; }
    }
    return { ok: ok, best: best, parts: parts, background_changed: hex(now.bg) !== hex(was.bg),
             was_bg: hex(was.bg), now_bg: hex(now.bg) };
  }
  // What covers el: sticky or fixed elements that do not contain it, drawn on top of it.
  function stuck() {
    return Array.prototype.filter.call(document.querySelectorAll("body *"), function (e) {
      var p = getComputedStyle(e).position;
      return (p === "sticky" || p === "fixed") && shown(e);
    });
  }
  // Whether sticky or fixed elements that do not contain el are drawn over it. An element
  // taller than the screen (a long table box) passes when 48 px of it show below the bars.
  function covered(el, big) {
    var r = el.getBoundingClientRect();
    var vw = window.innerWidth, vh = window.innerHeight;
    var rect = [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)];
    if (r.bottom <= 0 || r.top >= vh || r.right <= 0 || r.left >= vw) { return { offscreen: true, hits: [], rect: rect }; }
    var bars = stuck().filter(function (b) { return !b.contains(el) && !el.contains(b); });
    var hits = [];
    var top = big ? Math.max(r.top, 0) : r.top, bottom = big ? Math.min(r.bottom, vh) : r.bottom;
    var clear = bottom - top;
    bars.forEach(function (b) {
      var br = b.getBoundingClientRect();
      var ix = Math.min(r.right, br.right) - Math.max(r.left, br.left);
      var iy = Math.min(bottom, br.bottom) - Math.max(top, br.top);
      if (ix > 0.5 && iy > 0.5) {
        var x = Math.max(r.left, br.left) + ix / 2, y = Math.max(top, br.top) + iy / 2;
        var hit = document.elementFromPoint(x, y);
        if (hit && b.contains(hit)) {
          clear -= iy;
          if (!big) { hits.push(name(b) + " covers " + Math.round(iy) + " px of its height"); }
        }
      }
    });
    if (big && clear < 48) { hits.push("only " + Math.round(clear) + " px of it shows below the sticky bar"); }
    return { offscreen: false, hits: hits, rect: rect };
  }
  window.__a11y = { parse: parse, ratio: ratio, hex: hex, background: background, name: name, shown: shown,
                    worstText: worstText, remember: remember, indicator: indicator, covered: covered,
                    textElements: textElements, blend: blend };
})();
