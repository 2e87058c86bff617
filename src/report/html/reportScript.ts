/**
 * The report's page script: chart and map switches, tooltips, table sorting
 * and filtering, and the council drill-down. Plain ES2020 in one inline
 * block, allowed by its hash in the page's Content-Security-Policy.
 *
 * Kept as a string (not compiled from TypeScript) so the bytes that are
 * hashed are exactly the bytes the browser runs. It builds every element
 * with createElement and textContent and never assigns innerHTML, so council
 * text can only ever be shown as text. Browser tests cover it.
 */
export const REPORT_SCRIPT = String.raw`
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var councils = new Map();
  data.councils.forEach(function (c) { councils.set(c.code, c); });
  var measureLabels = new Map();
  data.measures.forEach(function (m) { measureLabels.set(m.id, m); });
  var STATUS = { answered: "answered", partial: "partly answered", refused: "refused", not_held: "not held", unreadable: "unreadable", no_return: "no return" };
  var FIGURE_STATUS = { reported: "reported", derived: "derived (counted from a list)", override: "clarified", suppressed: "suppressed", conflict: "conflicting figures", not_held: "not held", refused: "refused", not_answered: "not answered", no_return: "no return" };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "className") node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }
  function fmt(n) { return n.toLocaleString("en-GB"); }
  function range(lo, hi) { return lo === hi ? fmt(lo) : fmt(lo) + "\u2013" + fmt(hi); }

  // --- charts: one measure at a time -------------------------------------
  var chartSelect = document.getElementById("chart-measure");
  if (chartSelect) chartSelect.addEventListener("change", function () {
    document.querySelectorAll(".chart-set").forEach(function (set) {
      set.hidden = set.getAttribute("data-measure") !== chartSelect.value;
    });
  });

  // --- map: colour by status or by a measure, tooltips ----------------------
  var tiles = Array.prototype.slice.call(document.querySelectorAll("#hexmap a.tile"));
  var mapMeasure = document.getElementById("map-measure");
  var statusLegend = document.querySelector("#map-legend .status-legend");
  var measureLegend = document.querySelector("#map-legend .measure-legend");
  function figureOf(council, measure) {
    for (var i = 0; i < council.figures.length; i++) if (council.figures[i].m === measure) return council.figures[i];
    return null;
  }
  function colourMap() {
    var byMeasure = document.querySelector("input[name=map-colour][value=measure]").checked;
    tiles.forEach(function (t) {
      var hex = t.querySelector(".hex");
      var c = councils.get(t.getAttribute("data-code"));
      hex.setAttribute("class", "hex s-" + c.status);
    });
    statusLegend.hidden = byMeasure;
    measureLegend.hidden = !byMeasure;
    if (!byMeasure) return;
    var measure = mapMeasure.value;
    var exact = [];
    councils.forEach(function (c) {
      var f = figureOf(c, measure);
      if (f && f.lo !== null && f.lo === f.hi && f.lo > 0) exact.push(f.lo);
    });
    exact.sort(function (a, b) { return a - b; });
    // Four classes of the positive exact figures, split at their quartiles.
    var cuts = [0.25, 0.5, 0.75].map(function (q) { return exact.length ? exact[Math.min(exact.length - 1, Math.floor(q * exact.length))] : 0; });
    function bin(v) {
      if (v === 0) return 0;
      if (v <= cuts[0]) return 1;
      if (v <= cuts[1]) return 2;
      if (v <= cuts[2]) return 3;
      return 4;
    }
    tiles.forEach(function (t) {
      var f = figureOf(councils.get(t.getAttribute("data-code")), measure);
      var cls = "mnone";
      if (f && f.lo !== null) cls = f.lo === f.hi ? "m" + bin(f.lo) : "mrange";
      t.querySelector(".hex").setAttribute("class", "hex " + cls);
    });
    var max = exact.length ? exact[exact.length - 1] : 0;
    var items = [["m0", "0"]];
    var lows = [1, cuts[0] + 1, cuts[1] + 1, cuts[2] + 1];
    var highs = [cuts[0], cuts[1], cuts[2], max];
    for (var i = 0; i < 4; i++) if (exact.length && lows[i] <= highs[i]) items.push(["m" + (i + 1), range(lows[i], highs[i])]);
    items.push(["mrange", "a range (suppressed)"], ["mnone", "no figure"]);
    measureLegend.textContent = "";
    measureLegend.appendChild(el("li", { text: measureLabels.get(measure).label }));
    items.forEach(function (it) { measureLegend.appendChild(el("li", null, [el("span", { className: "sw " + it[0] }), " " + it[1]])); });
  }
  document.querySelectorAll("input[name=map-colour]").forEach(function (r) { r.addEventListener("change", colourMap); });
  if (mapMeasure) mapMeasure.addEventListener("change", function () {
    document.querySelector("input[name=map-colour][value=measure]").checked = true;
    colourMap();
  });

  var tip = document.getElementById("tip");
  function showTip(tile) {
    var c = councils.get(tile.getAttribute("data-code"));
    tip.textContent = "";
    tip.appendChild(el("h4", { text: c.name }));
    tip.appendChild(el("p", { text: c.region + " \u00b7 " + STATUS[c.status] }));
    var rows = c.figures.map(function (f) {
      return el("tr", null, [el("th", { scope: "row", text: measureLabels.get(f.m).short }), el("td", { className: "num", text: f.t })]);
    });
    tip.appendChild(el("table", null, [el("tbody", null, rows)]));
    tip.hidden = false;
    var box = tile.getBoundingClientRect();
    var left = Math.min(box.right + 8, window.innerWidth - tip.offsetWidth - 8);
    var top = Math.min(box.top, window.innerHeight - tip.offsetHeight - 8);
    tip.style.left = Math.max(4, left) + "px";
    tip.style.top = Math.max(4, top) + "px";
  }
  function hideTip() { tip.hidden = true; }
  tiles.forEach(function (t) {
    t.addEventListener("mouseenter", function () { showTip(t); });
    t.addEventListener("focus", function () { showTip(t); });
    t.addEventListener("mouseleave", hideTip);
    t.addEventListener("blur", hideTip);
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hideTip(); });

  // --- the council table: sort and filter ----------------------------------
  var table = document.getElementById("council-table");
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var measureIds = data.measures.map(function (m) { return m.id; });
  function cellOf(row, measure) { return row.cells[5 + measureIds.indexOf(measure)]; }
  function bounds(row, measure) {
    var cell = cellOf(row, measure);
    var lo = cell.getAttribute("data-lo");
    return lo === "" ? null : [Number(lo), Number(cell.getAttribute("data-hi"))];
  }
  var sortKey = "name";
  var sortDir = 1;
  function sortValue(row, key) {
    if (key.indexOf("m:") === 0) return bounds(row, key.slice(2));
    if (key === "errors" || key === "warnings") return Number(row.getAttribute("data-" + key));
    return row.getAttribute("data-" + key);
  }
  function compare(a, b) {
    var x = sortValue(a, sortKey);
    var y = sortValue(b, sortKey);
    // Authorities without a figure go last whichever way the column is sorted.
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    var d;
    if (Array.isArray(x)) d = x[0] - y[0] || x[1] - y[1];
    else if (typeof x === "number") d = x - y;
    else d = x.localeCompare(y, "en");
    return d * sortDir || a.getAttribute("data-name").localeCompare(b.getAttribute("data-name"), "en");
  }
  table.querySelectorAll("thead button").forEach(function (button) {
    button.addEventListener("click", function () {
      var key = button.getAttribute("data-key");
      if (key === sortKey) sortDir = -sortDir;
      else { sortKey = key; sortDir = button.hasAttribute("data-num") ? -1 : 1; }
      table.querySelectorAll("thead th").forEach(function (th) { th.removeAttribute("aria-sort"); });
      button.parentNode.setAttribute("aria-sort", sortDir === 1 ? "ascending" : "descending");
      rows.sort(compare);
      rows.forEach(function (r) { tbody.appendChild(r); });
    });
  });
  var f = {
    name: document.getElementById("f-name"),
    region: document.getElementById("f-region"),
    status: document.getElementById("f-status"),
    errors: document.getElementById("f-errors"),
    warnings: document.getElementById("f-warnings"),
    measure: document.getElementById("f-measure"),
    is: document.getElementById("f-measure-is"),
    min: document.getElementById("f-min"),
  };
  function matches(row) {
    var name = f.name.value.trim().toLowerCase();
    if (name && row.getAttribute("data-name").toLowerCase().indexOf(name) < 0) return false;
    if (f.region.value && row.getAttribute("data-region") !== f.region.value) return false;
    if (f.status.value && row.getAttribute("data-status") !== f.status.value) return false;
    if (f.errors.checked && row.getAttribute("data-errors") === "0") return false;
    if (f.warnings.checked && row.getAttribute("data-warnings") === "0") return false;
    if (f.measure.value) {
      var b = bounds(row, f.measure.value);
      var is = f.is.value;
      if (is === "figure" && !b) return false;
      if (is === "exact" && !(b && b[0] === b[1])) return false;
      if (is === "bounded" && !(b && b[0] !== b[1])) return false;
      if (is === "none" && b) return false;
      // "At least" holds only when it holds for every value the bounds allow.
      if (is === "atleast" && !(b && b[0] >= Number(f.min.value || 0))) return false;
    }
    return true;
  }
  var count = document.getElementById("council-count");
  function filterRows() {
    var shown = 0;
    rows.forEach(function (r) { var ok = matches(r); r.hidden = !ok; if (ok) shown++; });
    count.textContent = shown + " of " + rows.length + " authorities shown";
  }
  document.getElementById("filters").addEventListener("submit", function (e) { e.preventDefault(); });
  f.is.addEventListener("change", function () { f.min.parentNode.hidden = f.is.value !== "atleast"; });
  document.querySelectorAll(".columns-shown input").forEach(function (box) {
    box.addEventListener("change", function () { table.classList.toggle("hide-" + box.getAttribute("data-group"), !box.checked); });
  });
  Object.keys(f).forEach(function (k) {
    f[k].addEventListener("input", filterRows);
    f[k].addEventListener("change", filterRows);
  });

  // --- drill-down: #c-<code> shows one council -------------------------------
  var view = document.getElementById("council");
  var baseTitle = document.title;
  function section(title, children) {
    return [el("h3", { text: title })].concat(children);
  }
  function renderCouncil(c) {
    view.textContent = "";
    var h = el("h2", { id: "council-h", tabindex: "-1", text: c.name });
    view.appendChild(el("p", { className: "back" }, [el("a", { href: "#councils", text: "\u2190 All councils" })]));
    view.appendChild(h);
    view.appendChild(el("dl", null, [
      el("dt", { text: "Code" }), el("dd", { text: c.code }),
      el("dt", { text: "Nation" }), el("dd", { text: c.nation }),
      el("dt", { text: "Region" }), el("dd", { text: c.region }),
      el("dt", { text: "Return" }), el("dd", { text: STATUS[c.status] }),
    ]));
    var files = c.files.length
      ? [el("ul", null, c.files.map(function (x) {
          return el("li", null, [el("code", { text: x.file }), x.sheets.length ? " \u2014 sheets used: " + x.sheets.join(", ") : ""]);
        }))]
      : [el("p", { text: "No file was received from this authority." })];
    section("Files", files).forEach(function (n) { view.appendChild(n); });
    // A round of several periods gets one Figures section per period, each with that period's return status.
    var figureSets = c.byPeriod || [{ label: null, status: null, figures: c.figures }];
    figureSets.forEach(function (set) {
      var figRows = set.figures.map(function (x) {
        var where = x.at.length ? x.at.join("; ") : "\u2014";
        var note = x.ov ? el("div", { className: "muted", text: "Clarified (" + x.ov.date + ", " + x.ov.source + "): " + x.ov.reason + ". The return said: " + x.ov.before + "." }) : null;
        return el("tr", { "data-measure": x.m }, [
          el("th", { scope: "row", text: measureLabels.get(x.m).label }),
          el("td", { className: "num", text: x.t }),
          el("td", null, [FIGURE_STATUS[x.s] || x.s, note]),
          el("td", null, x.raw ? [el("span", { className: "raw", text: x.raw })] : ["\u2014"]),
          el("td", { className: "source", text: where }),
          el("td", { text: x.label || "\u2014" }),
        ]);
      });
      var table = el("div", { className: "scroll" }, [el("table", { className: "figures" }, [
        el("thead", null, [el("tr", null, ["Measure", "Figure", "Status", "The council\u2019s text", "Where it was read", "Label in the return"].map(function (t) { return el("th", { scope: "col", text: t }); }))]),
        el("tbody", null, figRows),
      ])]);
      var body = set.status ? [el("p", { text: "Return for this period: " + STATUS[set.status] }), table] : [table];
      section(set.label ? "Figures: " + set.label : "Figures", body).forEach(function (n) { view.appendChild(n); });
    });
    if (c.periods.length) section("Period stated", [el("ul", null, c.periods.map(function (p) {
      return el("li", null, [el("span", { className: "raw", text: p.raw }), " (" + p.at + ")"]);
    }))]).forEach(function (n) { view.appendChild(n); });
    var issues = c.issues.length
      ? [el("ul", null, c.issues.map(function (i) {
          return el("li", null, [el("span", { className: "sev-" + i.sev, text: i.sev + ": " }), el("b", { text: i.title + ". " }), i.ms ? el("span", { text: "(" + i.ms.map(function (m) { var l = measureLabels.get(m); return l ? l.label : m; }).join("; ") + ") " }) : null, i.msg, i.at ? el("span", { className: "muted", text: " (" + i.at + ")" }) : null]);
        }))]
      : [el("p", { text: "No issues." })];
    section("Issues (" + c.issues.length + ")", issues).forEach(function (n) { view.appendChild(n); });
    var decisions = c.decisions.length
      ? [el("ul", null, c.decisions.map(function (d) { return el("li", null, [d.msg, d.at ? el("span", { className: "muted", text: " (" + d.at + ")" }) : null]); }))]
      : [el("p", { text: "No decisions recorded." })];
    section("Decisions foi-agg made", decisions).forEach(function (n) { view.appendChild(n); });
    var letter = c.letter
      ? [el("p", { text: "This is the letter \u201cfoi-agg followups\u201d writes for this authority." }), el("pre", { className: "letter", text: c.letter })]
      : [el("p", { text: "Nothing to follow up: no letter is written for this authority." })];
    section("Follow-up letter", letter).forEach(function (n) { view.appendChild(n); });
    return h;
  }
  function route() {
    var hash = decodeURIComponent(location.hash.slice(1));
    var c = hash.indexOf("c-") === 0 ? councils.get(hash.slice(2)) : undefined;
    hideTip();
    if (c) {
      var heading = renderCouncil(c);
      view.hidden = false;
      document.body.classList.add("one-council");
      document.title = c.name + " \u2014 " + baseTitle;
      window.scrollTo(0, 0);
      heading.focus();
      return;
    }
    view.hidden = true;
    view.textContent = "";
    document.title = baseTitle;
    document.body.classList.remove("one-council");
    var target = hash ? document.getElementById(hash) : null;
    if (target) target.scrollIntoView();
  }
  window.addEventListener("hashchange", route);
  route();
  document.documentElement.setAttribute("data-ready", "1");
})();
`;
