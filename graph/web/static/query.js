// The query page of newsgraph's server: runs the editor's Gizmo through
// the server's own endpoint, /api/v2/query?lang=gizmo, and shows the rows
// as a table (entities named and linked as newsgraph's pages name them,
// through /ng/labels) and as the endpoint's JSON. Nothing here is loaded
// from another site.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("query-data").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var code = $("code"), argsBox = $("args"), status = $("status"), limitBox = $("limit");
  var results = $("results"), tableView = $("view-table"), jsonView = $("view-json"), jsonPre = $("json"), errorBox = $("error");
  var loadedCode = code.value; // the saved query's code as loaded
  var values = Object.assign({}, data.args || {}); // argument values typed so far

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  // header reads a saved query's header as newsgraph does (queries.Parse):
  // the comment lines at the top; "// args: name: help; name2: help".
  function header(src) {
    var args = [];
    var lines = src.split("\n");
    for (var i = 0; i < lines.length; i++) {
      var line = lines[i].trim();
      if (line.indexOf("//") !== 0) { break; }
      line = line.slice(2).trim();
      var c = line.indexOf(":");
      if (c < 0 || line.slice(0, c).trim() !== "args") { continue; }
      var val = line.slice(c + 1).trim();
      if (val === "" || val.indexOf("(none)") === 0) { continue; }
      val.split(";").forEach(function (a) {
        var k = a.indexOf(":");
        var name = (k < 0 ? a : a.slice(0, k)).trim();
        var help = k < 0 ? "" : a.slice(k + 1).trim();
        if (name) { args.push({ name: name, help: help }); }
      });
    }
    return args;
  }

  // example is the first value the help gives after "e.g." (Arg.Example).
  function example(help) {
    var i = help.indexOf("e.g.");
    if (i < 0) { return ""; }
    return help.slice(i + 4).split(",")[0].split(" or ")[0].trim();
  }

  var shownArgs = "";
  function drawArgs() {
    var args = header(code.value);
    var key = JSON.stringify(args);
    if (key === shownArgs) { return; }
    shownArgs = key;
    argsBox.textContent = "";
    argsBox.hidden = args.length === 0;
    args.forEach(function (a) {
      var label = el("label", {}, a.name);
      var input = el("input", { type: "text", "data-arg": a.name, title: a.help });
      var ex = example(a.help);
      if (ex) { input.placeholder = "e.g. " + ex; }
      input.value = values[a.name] !== undefined ? values[a.name] : "";
      input.addEventListener("input", function () { values[a.name] = input.value; });
      label.appendChild(input);
      argsBox.appendChild(label);
    });
  }

  function currentArgs() {
    var out = {};
    argsBox.querySelectorAll("input[data-arg]").forEach(function (i) {
      if (i.value !== "") { out[i.getAttribute("data-arg")] = i.value; }
    });
    return out;
  }

  function shortIRI(iri) {
    var best = "";
    Object.keys(data.prefixes).forEach(function (full) {
      if (iri.indexOf(full) === 0 && full.length > best.length) { best = full; }
    });
    return best ? data.prefixes[best] + iri.slice(best.length) : iri;
  }

  var typed = /^"((?:[^"\\]|\\.)*)"(?:\^\^<[^>]*>|@[A-Za-z0-9-]+)$/;
  var numeric = /\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#(decimal|integer|int|long|double|float)>$/;

  // collect finds what to ask the server about a result: the entities
  // (IRIs), the strings that may be names, and the rows' keys
  function collect(rows) {
    var ids = {}, names = {}, keys = [], seenKey = {};
    function walk(v) {
      if (Array.isArray(v)) { v.forEach(walk); return; }
      if (typeof v !== "string") { return; }
      if (v.length > 2 && v[0] === "<" && v[v.length - 1] === ">") { ids[v] = true; } else if (!typed.test(v) && v !== "" && v.length <= 200) { names[v] = true; }
    }
    rows.forEach(function (r) {
      if (r !== null && typeof r === "object" && !Array.isArray(r)) {
        Object.keys(r).forEach(function (k) {
          if (!seenKey[k]) { seenKey[k] = true; keys.push(k); }
          walk(r[k]);
        });
      } else { walk(r); }
    });
    return { ids: Object.keys(ids), names: Object.keys(names), keys: keys };
  }

  // ask the server how its pages name these entities, which names are
  // entities', and the order of the columns (as the code gives them)
  function lookUp(found) {
    var none = { ids: {}, names: {}, columns: [] };
    if (found.ids.length + found.names.length + found.keys.length === 0) { return Promise.resolve(none); }
    return fetch("/ng/labels", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ids: found.ids.slice(0, 2000), names: found.names.slice(0, 2000), keys: found.keys.slice(0, 500),
        code: code.value.length <= 262144 ? code.value : "" })
    }).then(function (r) { return r.ok ? r.json() : none; }).catch(function () { return none; });
  }

  // text is a string as a cell shows it: a date on one line
  var datePattern = /^\d{4}(-\d\d){0,2}$/;
  function text(s) {
    return datePattern.test(s) ? el("span", { "class": "date" }, s) : document.createTextNode(s);
  }

  // cell draws one value into td, named and linked as labels tell
  function cell(td, v, labels) {
    if (v === null || v === undefined) {
      td.appendChild(el("span", { "class": "empty" }, "—"));
    } else if (Array.isArray(v)) {
      if (v.length === 0) { td.appendChild(el("span", { "class": "empty" }, "—")); }
      v.forEach(function (x, i) {
        if (i) { td.appendChild(document.createTextNode(", ")); }
        cell(td, x, labels);
      });
    } else if (typeof v === "object") {
      td.appendChild(el("code", { "class": "json" }, JSON.stringify(v)));
    } else if (typeof v === "string") {
      var m;
      if (v.length > 2 && v[0] === "<" && v[v.length - 1] === ">") {
        var sh = shortIRI(v.slice(1, -1)), e = labels.ids[v];
        if (!e) {
          td.appendChild(document.createTextNode(sh)); // nothing is known of it (a predicate): no page
          return;
        }
        td.appendChild(el("a", { href: e.url, title: sh }, e.name));
        if (e["class"]) { td.append(" ", el("span", { "class": "class" }, e["class"])); }
      } else if ((m = typed.exec(v))) {
        var lex = m[1].replace(/\\(.)/g, "$1");
        td.appendChild(numeric.test(v) ? document.createTextNode(String(Number(lex))) : text(lex));
      } else if (labels.names[v]) {
        var n = labels.names[v], a = el("a", { href: n.url }, v);
        if (n.entities > 1) { a.title = n.entities + " entities have this name"; }
        td.appendChild(a);
      } else {
        td.appendChild(text(v));
      }
    } else {
      td.appendChild(document.createTextNode(String(v)));
    }
  }

  function drawTable(rows, found, labels) {
    tableView.textContent = "";
    if (rows.length === 0) {
      tableView.appendChild(el("p", { "class": "note" }, "No results."));
      return;
    }
    var objects = rows.every(function (r) { return r !== null && typeof r === "object" && !Array.isArray(r); });
    var cols = ["value"];
    if (objects) {
      cols = labels.columns && labels.columns.length === found.keys.length ? labels.columns : found.keys;
    }
    var table = el("table", { "class": "results" });
    var tr = el("tr");
    cols.forEach(function (c) { tr.appendChild(el("th", {}, c)); });
    table.appendChild(el("thead")).appendChild(tr);
    var tbody = table.appendChild(el("tbody"));
    rows.forEach(function (r) {
      var row = tbody.appendChild(el("tr"));
      cols.forEach(function (c) { cell(row.appendChild(el("td")), objects ? r[c] : r, labels); });
    });
    tableView.appendChild(table);
  }

  function showTab(which) {
    var table = which === "table";
    $("tab-table").setAttribute("aria-selected", String(table));
    $("tab-json").setAttribute("aria-selected", String(!table));
    tableView.hidden = !table;
    jsonView.hidden = table;
  }
  $("tab-table").addEventListener("click", function () { showTab("table"); });
  $("tab-json").addEventListener("click", function () { showTab("json"); });

  function setState(s) { document.body.setAttribute("data-query", s); }

  // keep the page's address in step, so that it can be kept or shared
  function remember(args, limit) {
    var p = new URLSearchParams();
    if (data.saved && code.value === loadedCode) { p.set("saved", data.saved); } else { p.set("code", code.value); }
    Object.keys(args).forEach(function (k) { p.set(k, args[k]); });
    if (limit !== 100) { p.set("limit", String(limit)); }
    history.replaceState(null, "", "/ng/query?" + p.toString());
  }

  var running = 0;
  function run() {
    var limit = Math.max(1, parseInt(limitBox.value, 10) || 100);
    var args = currentArgs();
    var p = new URLSearchParams({ lang: "gizmo", limit: String(limit + 1) });
    Object.keys(args).forEach(function (k) { p.set(k, args[k]); });
    // the server refuses a query whose header's arguments are not all
    // given: say so by the fields
    var missing = header(code.value).map(function (a) { return a.name; }).filter(function (n) { return !(n in args); });
    if (missing.length > 0) {
      ++running;
      results.hidden = true;
      errorBox.hidden = false;
      errorBox.textContent = "Give " + missing.join(" and ") + " above to run it.";
      status.textContent = "";
      setState("error");
      return;
    }
    var mine = ++running;
    var started = performance.now();
    setState("running");
    status.textContent = "Running…";
    errorBox.hidden = true;
    remember(args, limit);
    fetch("/api/v2/query?" + p.toString(), {
      method: "POST", body: code.value, referrerPolicy: "no-referrer",
      headers: { "Content-Type": "application/javascript" }
    }).then(function (r) {
      return r.text().then(function (t) {
        try { return JSON.parse(t); } catch (e) { return { error: r.status + " " + r.statusText + ": " + t.trim() }; }
      });
    }).then(function (body) {
      if (mine !== running) { return; }
      var ms = Math.round(performance.now() - started);
      if (body.error) {
        results.hidden = true;
        errorBox.hidden = false;
        errorBox.textContent = body.error;
        status.textContent = "";
        setState("error");
        return;
      }
      var rows = body.result || [];
      var more = rows.length > limit;
      if (more) { rows = rows.slice(0, limit); }
      var found = collect(rows);
      return lookUp(found).then(function (labels) {
        if (mine !== running) { return; }
        results.hidden = false;
        jsonPre.textContent = JSON.stringify(rows, null, 2);
        drawTable(rows, found, labels);
        status.textContent = rows.length + (rows.length === 1 ? " row" : " rows") +
          (more ? " (the first " + limit + "; there are more: raise the limit)" : "") + " in " + ms + " ms";
        setState("done");
      });
    }).catch(function (e) {
      if (mine !== running) { return; }
      errorBox.hidden = false;
      errorBox.textContent = "The server did not answer: " + e;
      status.textContent = "";
      setState("error");
    });
  }

  $("editor").addEventListener("submit", function (e) { e.preventDefault(); run(); });
  code.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
  });
  code.addEventListener("input", drawArgs);
  drawArgs();
  setState("ready");
  if (data.run) { run(); }
})();
