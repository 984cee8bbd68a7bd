/* foedus dashboard: vanilla JS over the JSON API, no build step, no network beyond this server.
   Views are chosen by the URL hash (#/timeline?actor=KOR, #/article/ID, ...) so every view is a real link. */
"use strict";

const QUADS = [
  { k: "q1", label: "Verbal cooperation", color: "#2e8b57" },
  { k: "q2", label: "Material cooperation", color: "#1f6fb2" },
  { k: "q3", label: "Verbal conflict", color: "#e08a00" },
  { k: "q4", label: "Material conflict", color: "#c0392b" },
];
const MODALITIES = ["asserted", "negated", "intended", "considered", "conditional"];
const main = document.getElementById("main");

// ---- small helpers -------------------------------------------------------------------------
// Markup is only ever built with the html`` tag: every value put into it is escaped unless it is itself
// html`` markup, and setHTML() is the one place that writes innerHTML. Text from the database (titles,
// sources, names, evidence) therefore never becomes markup. Links from data go through safeUrl().
function esc(v) {
  return String(v ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}
class Html { constructor(s) { this.s = s; } toString() { return this.s; } }
function piece(v) {
  if (v instanceof Html) return v.s;
  if (Array.isArray(v)) return v.map(piece).join("");
  if (v === null || v === undefined || v === false) return "";
  return esc(v);
}
function html(strings, ...values) {
  let out = strings[0];
  values.forEach((v, i) => { out += piece(v) + strings[i + 1]; });
  return new Html(out);
}
function setHTML(target, markup) {
  if (!(markup instanceof Html)) throw new TypeError("setHTML takes html`` markup only");
  target.innerHTML = markup.s;
  // No inline styles (the Content-Security-Policy forbids them): colours travel as data-c and are set here.
  target.querySelectorAll("[data-c]").forEach(e => e.style.setProperty("--c", e.dataset.c));
}
function safeUrl(u) {
  // Only http(s) links are rendered; script or data URLs and anything unparsable give null.
  try {
    const url = new URL(String(u ?? ""));
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch (err) { return null; }
}
function num(v) { const n = Number(v); return Number.isFinite(n) ? n : 0; }
function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") u.set(k, v);
  const s = u.toString();
  return s ? "?" + s : "";
}
function status(text, isError) {
  const el = document.getElementById("status");
  el.textContent = text || "";
  el.className = "status" + (text ? " show" : "") + (isError ? " error" : "");
}
async function api(path, params) {
  status("Loading…");
  try {
    const res = await fetch(path + qs(params || {}), { headers: { Accept: "application/json" } });
    const body = await res.json();
    if (!body.ok) throw new Error(body.error.message);
    status("");
    return body;
  } catch (err) {
    status(err.message, true);
    throw err;
  }
}
function parseHash() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path, query] = raw.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { view: parts[0] || "timeline", args: parts.slice(1), params: Object.fromEntries(new URLSearchParams(query || "")) };
}
function go(view, params) { location.hash = "#/" + view + qs(params); }
function formValues(form) {
  const out = {};
  for (const [k, v] of new FormData(form).entries()) if (String(v).trim() !== "") out[k] = String(v).trim();
  return out;
}
function quadBadge(q) { return html`<span class="q q${num(q)}" title="${QUADS[q - 1]?.label}">${q}</span>`; }
function legend() {
  return html`<div class="legend" aria-hidden="true">${QUADS.map(q => html`<span data-c="${q.color}">${q.label}</span>`)}</div>`;
}
function showError(err) {
  const p = document.createElement("p");
  p.className = "error-box";
  p.setAttribute("role", "alert");
  p.textContent = err.message;
  main.append(p);
}
function attrs(extra) { return Object.entries(extra || {}).map(([k, v]) => html` ${k}="${v}"`); }
function field(name, label, value, extra) {
  return html`<label for="f-${name}">${label}<input id="f-${name}" name="${name}" type="text" value="${value}"${attrs(extra)}></label>`;
}
function dateField(name, label, value) {
  return html`<label for="f-${name}">${label}<input id="f-${name}" name="${name}" type="date" value="${value}"></label>`;
}
function selectField(name, label, options, value) {
  const opts = options.map(o => typeof o === "string" ? { v: o, t: o } : o);
  return html`<label for="f-${name}">${label}<select id="f-${name}" name="${name}"><option value="">any</option>${
    opts.map(o => html`<option value="${o.v}"${String(o.v) === String(value ?? "") ? html` selected` : ""}>${o.t}</option>`)}</select></label>`;
}

// ---- stacked bar chart (SVG) ------------------------------------------------------------------
// Bars: events per period by quad class (left axis). With opts.goldstein, the mean Goldstein score per
// period on its own right-hand axis (-10..+10), drawn as separate line pieces: a period without events has
// no mean, and the line stops there instead of bridging the gap.
function goldsteinSegments(rows) {
  const segments = [];
  let current = [];
  rows.forEach((r, i) => {
    if (r.mean_goldstein == null || !num(r.total)) { if (current.length) segments.push(current); current = []; return; }
    current.push([i, num(r.mean_goldstein)]);
  });
  if (current.length) segments.push(current);
  return segments;
}
function stackedBars(rows, opts = {}) {
  const W = 1000, H = opts.height || 260, L = 44, R = opts.goldstein ? 50 : 12, T = 10, B = 34;
  if (!rows.length) return html`<p class="muted">No dated events for these filters.</p>`;
  // Whole-number ticks: at most five, evenly spaced, the top one at or above the tallest bar.
  const peak = Math.max(1, ...rows.map(r => num(r.total)));
  const step = Math.max(1, Math.ceil(peak / 4)), max = step * Math.ceil(peak / step);
  const bw = (W - L - R) / rows.length;
  const parts = [];
  for (let v = 0; v <= max; v += step) {
    const y = T + (H - T - B) * (1 - v / max);
    parts.push(html`<line x1="${L}" x2="${W - R}" y1="${y}" y2="${y}" stroke="#e3e6ea"/><text x="${L - 6}" y="${y + 4}" text-anchor="end">${v}</text>`);
  }
  const every = Math.max(1, Math.ceil(rows.length / 12));
  rows.forEach((r, i) => {
    let y = H - B;
    const x = L + i * bw;
    for (const q of QUADS) {
      const h = (H - T - B) * num(r[q.k]) / max;
      if (h > 0) parts.push(html`<rect x="${x + 1}" y="${y - h}" width="${Math.max(1, bw - 2)}" height="${h}" fill="${q.color}"><title>${r.period} ${q.label}: ${r[q.k]}</title></rect>`);
      y -= h;
    }
    if (i % every === 0) parts.push(html`<text x="${x + bw / 2}" y="${H - B + 16}" text-anchor="middle">${r.period}</text>`);
  });
  if (opts.goldstein) {
    const gy = g => T + (H - T - B) * (1 - (g + 10) / 20);
    const gx = i => L + i * bw + bw / 2;
    parts.push(html`<line x1="${W - R}" x2="${W - R}" y1="${T}" y2="${H - B}" class="g-axis"/>`);
    for (const g of [-10, -5, 0, 5, 10]) {
      parts.push(html`<line x1="${W - R}" x2="${W - R + 4}" y1="${gy(g)}" y2="${gy(g)}" class="g-axis"/><text class="g-tick" x="${W - R + 7}" y="${gy(g) + 4}" text-anchor="start">${g > 0 ? "+" + g : g}</text>`);
    }
    parts.push(html`<line x1="${L}" x2="${W - R}" y1="${gy(0)}" y2="${gy(0)}" class="g-zero"/>`);
    const segments = goldsteinSegments(rows);
    for (const seg of segments) {
      if (seg.length > 1) parts.push(html`<polyline class="goldstein" points="${seg.map(([i, g]) => `${gx(i).toFixed(1)},${gy(g).toFixed(1)}`).join(" ")}"/>`);
      parts.push(seg.map(([i, g]) => html`<circle class="goldstein-dot" cx="${gx(i).toFixed(1)}" cy="${gy(g).toFixed(1)}" r="3"><title>${rows[i].period}: mean Goldstein ${g}</title></circle>`));
    }
  }
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${opts.label || "Events per period by quad class"}" data-periods="${rows.length}" data-first="${rows[0].period}" data-last="${rows[rows.length - 1].period}">${parts}</svg>`;
}
function goldsteinLegend() {
  return html`<p class="legend g-legend"><span class="g-key">mean Goldstein score per period (right axis, -10 conflict … +10 cooperation); no line across periods without events</span></p>`;
}

// ---- the bulk of the dates ----------------------------------------------------------------------
// A few misdated articles (1970, 2031) would squeeze years of events into a sliver of the chart. The server
// says where the 1st-99th percentile of dates lies and whether the tails stretch the axis (clip); the chart
// then shows that bulk unless the reader asked for dates or for all of them (range=all).
async function bulkRange(spans, p) {
  if (p.since || p.until) return { params: {}, note: null };
  const ss = (await Promise.all(spans.map(f => api("/api/timeline/span", f)))).map(b => b.data).filter(s => s.events);
  if (!ss.length) return { params: {}, note: null };
  const min = xs => xs.filter(Boolean).sort()[0], maxd = xs => xs.filter(Boolean).sort().slice(-1)[0];
  const span = { clip: ss.some(s => s.clip), since: min(ss.map(s => s.bulk_since)), until: maxd(ss.map(s => s.bulk_until)),
                 first: min(ss.map(s => s.first)), last: maxd(ss.map(s => s.last)),
                 before: ss.reduce((a, s) => a + s.before, 0), after: ss.reduce((a, s) => a + s.after, 0) };
  if (!span.clip) return { params: {}, note: null };
  const view = parseHash();
  if (p.range === "all") {
    return { params: {}, note: html`<p class="clip-note" id="clip-note">Showing every date, ${span.first} – ${span.last}. <a href="${"#/" + view.view + qs({ ...p, range: "" })}" id="clip-toggle">Show only the bulk of the data</a></p>` };
  }
  return { params: { since: span.since, until: span.until },
           note: html`<p class="clip-note" id="clip-note">Showing ${span.since} – ${span.until}, where the 1st–99th percentile of the event dates lies; ${span.before + span.after} event(s) outside it are left out of the chart (${span.before} earlier, the first on ${span.first}; ${span.after} later, the last on ${span.last}). <a href="${"#/" + view.view + qs({ ...p, range: "all" })}" id="clip-toggle">Show all dates</a></p>` };
}

// ---- views -----------------------------------------------------------------------------------
const views = {};
const ACTOR_INPUT = { placeholder: "KOR", pattern: "[A-Za-z0-9]{1,20}" };

views.timeline = async function (args, p) {
  setHTML(main, html`<h2>Timeline</h2>
  <form class="filters card" id="filters" aria-label="Filter events">
    ${field("actor", "Actor code", p.actor, ACTOR_INPUT)}
    ${field("root", "CAMEO root", p.root, { placeholder: "19", pattern: "[0-9]{1,3}" })}
    ${selectField("quad_class", "Quad class", QUADS.map((q, i) => ({ v: i + 1, t: `${i + 1} ${q.label}` })), p.quad_class)}
    ${selectField("modality", "Modality", MODALITIES, p.modality)}
    ${dateField("since", "From", p.since)}
    ${dateField("until", "To", p.until)}
    ${selectField("by", "Per", ["day", "week", "month"], p.by || "week")}
    <button type="submit">Apply filters</button>
    <a href="#/timeline">Clear</a>
  </form>
  <section class="card" aria-labelledby="tl-h"><h3 id="tl-h">Events per ${p.by || "week"} by quad class</h3>${legend()}<div id="chart"></div></section>
  <section class="card" aria-labelledby="ev-h"><h3 id="ev-h">Events <span id="count" class="muted"></span></h3><div id="events"></div>
    <div class="pager"><button type="button" class="secondary" id="prev" disabled>Previous page</button><button type="button" id="more" disabled>Next page</button><span id="pageinfo" class="muted"></span></div></section>`);
  document.getElementById("filters").addEventListener("submit", e => { e.preventDefault(); go("timeline", formValues(e.target)); });
  const flt = { ...p }; delete flt.by; delete flt.range;
  try {
    const bulk = await bulkRange([flt], p);
    const [tl, count] = await Promise.all([api("/api/timeline", { ...flt, ...bulk.params, by: p.by || "week" }), api("/api/events/count", flt)]);
    setHTML(document.getElementById("chart"), html`${bulk.note}${stackedBars(tl.data)}`);
    document.getElementById("count").textContent = `(${count.data.count.toLocaleString()} matching)`;
  } catch (err) { showError(err); }
  const stack = [null];
  async function page(cursor) {
    const body = await api("/api/events", { ...flt, limit: 50, cursor });
    setHTML(document.getElementById("events"), eventsTable(body.data));
    const more = document.getElementById("more"), prev = document.getElementById("prev");
    more.disabled = !body.next; prev.disabled = stack.length <= 1;
    document.getElementById("pageinfo").textContent = `page ${stack.length}`;
    more.onclick = () => { stack.push(body.next); page(body.next); };
    prev.onclick = () => { stack.pop(); page(stack[stack.length - 1]); };
  }
  try { await page(null); } catch (err) { showError(err); }
};

function actorCell(code, name) {
  return code ? html`<a href="#/timeline?actor=${encodeURIComponent(code)}" title="${name || ""}">${code}</a>` : html`<span class="muted">–</span>`;
}
function eventsTable(rows) {
  if (!rows.length) return html`<p class="muted">No events match.</p>`;
  return html`<table><thead><tr><th scope="col">Date</th><th scope="col">Source</th><th scope="col">Target</th><th scope="col">CAMEO</th><th scope="col">Quad</th><th scope="col">Modality</th><th scope="col">Place</th><th scope="col">Evidence</th></tr></thead><tbody>${
    rows.map(e => html`<tr><td>${e.date || "undated"}</td><td>${actorCell(e.source_code, e.source_name)}</td><td>${actorCell(e.target_code, e.target_name)}</td>
      <td><span title="${e.cameo_name}">${e.cameo}</span> <span class="muted">${e.plover_type || ""}</span></td><td>${quadBadge(e.quad_class)}</td>
      <td>${e.modality}</td><td>${e.place_name || ""}</td>
      <td><a href="#/article/${encodeURIComponent(e.article_id)}?event=${encodeURIComponent(e.id)}">${(e.evidence || "").slice(0, 140)}</a></td></tr>`)}</tbody></table>`;
}

views.article = async function (args, p) {
  const id = args[0];
  setHTML(main, html`<p><button type="button" class="linklike" id="back">← Back</button></p><div id="art"></div>`);
  document.getElementById("back").addEventListener("click", () => history.back());
  let art;
  try { art = (await api("/api/articles/" + encodeURIComponent(id))).data; } catch (err) { return showError(err); }
  const text = art.text || "";
  const spans = art.events.filter(e => e.span_start != null && e.span_end > e.span_start && e.span_end <= text.length)
    .sort((a, b) => a.span_start - b.span_start);
  const body = [];
  let pos = 0;
  for (const e of spans) {
    if (e.span_start < pos) continue; // overlapping evidence: the first one keeps the highlight
    body.push(text.slice(pos, e.span_start),
      html`<mark id="m-${e.id}" class="mod-${e.modality}" data-event="${e.id}" tabindex="0" title="${e.cameo + " " + e.cameo_name}">${text.slice(e.span_start, e.span_end)}</mark>`);
    pos = e.span_end;
  }
  body.push(text.slice(pos));
  const link = safeUrl(art.url);
  const meta = [art.source, art.date, link && html`<a href="${link}" rel="noopener noreferrer" id="original">original</a>`].filter(Boolean);
  setHTML(document.getElementById("art"), html`<h2>${art.title || art.id}</h2><p class="muted" id="art-meta">${meta.map((m, i) => i ? [" · ", m] : m)}</p>
  <div class="grid2"><section class="card" aria-label="Article text"><div class="article-text">${body}</div></section>
  <section aria-labelledby="evl"><h3 id="evl">${art.events.length} event(s)</h3><ol class="events">${art.events.map(e => html`
    <li id="e-${e.id}" data-event="${e.id}" data-c="${QUADS[(e.quad_class || 1) - 1]?.color || "#999"}">
      <div><button type="button" class="secondary show-ev" data-event="${e.id}" aria-label="Show evidence of ${e.id}">Show</button>
      <span class="code">${e.cameo}</span> ${e.cameo_name} ${quadBadge(e.quad_class)}</div>
      <dl class="kv"><dt>Who</dt><dd>${actorCell(e.source_code, e.source_name)} → ${actorCell(e.target_code, e.target_name)}</dd>
      <dt>Modality</dt><dd>${e.modality}</dd><dt>Date</dt><dd>${e.date || "undated"} ${e.date_precision ? html`<span class="muted">(${e.date_precision})</span>` : ""}</dd>
      <dt>Place</dt><dd>${e.place_name || "–"}${e.place_country ? html` (${e.place_country})` : ""}</dd>
      <dt>PLOVER</dt><dd>${e.plover_type || "–"} ${e.plover_mode || ""}</dd><dt>Goldstein</dt><dd>${e.goldstein}</dd></dl>
      ${(e.flags || []).map(f => html`<span class="flag" title="${f.reason || ""}">${f.rule || f}</span>`)}
    </li>`)}</ol>
    ${art.quotes.length ? html`<h3>Quotes</h3><ul>${art.quotes.map(q => html`<li>“${q.text}” <span class="muted">${q.speaker_name || q.speaker_code || ""}</span></li>`)}</ul>` : ""}
    ${art.commitments.length ? html`<h3>Commitments</h3><ul>${art.commitments.map(c => html`<li>${c.kind}: ${c.obligation} <span class="strength s${num(c.strength)}">strength ${c.strength}</span></li>`)}</ul>` : ""}
    ${art.policies.length ? html`<h3>Policies</h3><ul>${art.policies.map(c => html`<li>${c.actor_code}: ${c.policy}${c.shift ? " (shift)" : ""}</li>`)}</ul>` : ""}
  </section></div>`);
  function activate(eventId, focus) {
    document.querySelectorAll(".active").forEach(el => el.classList.remove("active"));
    const m = document.getElementById("m-" + eventId), li = document.getElementById("e-" + eventId);
    if (m) { m.classList.add("active"); m.scrollIntoView({ block: "center" }); if (focus) m.focus(); }
    if (li) li.classList.add("active");
  }
  main.querySelectorAll("mark, .show-ev").forEach(el => {
    el.addEventListener("click", () => activate(el.dataset.event, el.tagName === "BUTTON"));
    el.addEventListener("keydown", ev => { if (ev.key === "Enter") activate(el.dataset.event, false); });
  });
  if (p.event) activate(p.event, false);
};

views.dyad = async function (args, p) {
  setHTML(main, html`<h2>Dyad</h2>
  <form class="filters card" id="dy" aria-label="Choose the dyad">
    ${field("a", "Source actor", p.a || "", { required: "", ...ACTOR_INPUT })}
    ${field("b", "Target actor", p.b || "", { required: "", placeholder: "PRK", pattern: ACTOR_INPUT.pattern })}
    ${selectField("by", "Per", ["day", "week", "month"], p.by || "week")}
    ${dateField("since", "From", p.since)} ${dateField("until", "To", p.until)}
    <label for="f-both"><span>Both directions</span><input id="f-both" name="both" type="checkbox" value="true"${p.both ? html` checked` : ""}></label>
    <button type="submit">Show</button></form><div id="dyout"></div><section class="card"><h3>Busiest dyads</h3><div id="top"></div></section>`);
  document.getElementById("dy").addEventListener("submit", e => { e.preventDefault(); go("dyad", formValues(e.target)); });
  api("/api/dyads", { top: 15 }).then(b => {
    setHTML(document.getElementById("top"), html`<table><thead><tr><th scope="col">Source → target</th><th scope="col">Events</th><th scope="col">Mean Goldstein</th><th scope="col">Conflict share</th></tr></thead><tbody>${
      b.data.map(d => html`<tr><td><a href="#/dyad?a=${encodeURIComponent(d.source)}&b=${encodeURIComponent(d.target)}">${d.source} → ${d.target}</a></td><td>${d.events}</td><td>${d.mean_goldstein}</td><td>${Math.round(num(d.conflict_share) * 100)}%</td></tr>`)}</tbody></table>`);
  }).catch(() => {});
  if (!p.a || !p.b) return;
  try {
    const bulk = await bulkRange(p.both ? [{ source: p.a, target: p.b }, { source: p.b, target: p.a }] : [{ source: p.a, target: p.b }], p);
    const body = await api(`/api/dyads/${encodeURIComponent(p.a)}/${encodeURIComponent(p.b)}`, { by: p.by || "week", since: p.since, until: p.until, both: p.both, ...bulk.params });
    const total = body.data.reduce((s, r) => s + num(r.total), 0);
    setHTML(document.getElementById("dyout"), html`<section class="card"><h3>${p.a.toUpperCase()} → ${p.b.toUpperCase()}${p.both ? " (both directions)" : ""}: ${total} events${bulk.note ? " in the chart" : ""}</h3>${legend()}${goldsteinLegend()}${bulk.note}${stackedBars(body.data, { goldstein: true, label: "Dyad events per period with mean Goldstein score" })}
      <p><a href="#/timeline?actor=${encodeURIComponent(p.a)}">Events of ${p.a} in the timeline</a></p></section>`);
  } catch (err) { showError(err); }
};

// ---- network (simple force layout on SVG) ---------------------------------------------------
function layout(nodes, edges, W, H, fixed) {
  const pos = new Map();
  nodes.forEach((n, i) => {
    const a = 2 * Math.PI * i / nodes.length;
    pos.set(n.id, fixed?.[n.id] ? { ...fixed[n.id], fixed: true } : { x: W / 2 + Math.cos(a) * W / 3, y: H / 2 + Math.sin(a) * H / 3 });
  });
  const k = Math.sqrt((W * H) / Math.max(1, nodes.length)) * 0.6;
  for (let it = 0; it < 300; it++) {
    const disp = new Map(nodes.map(n => [n.id, { x: 0, y: 0 }]));
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
      const a = pos.get(nodes[i].id), b = pos.get(nodes[j].id);
      let dx = a.x - b.x, dy = a.y - b.y; const d = Math.max(0.01, Math.hypot(dx, dy)); const f = k * k / d;
      dx /= d; dy /= d;
      disp.get(nodes[i].id).x += dx * f; disp.get(nodes[i].id).y += dy * f;
      disp.get(nodes[j].id).x -= dx * f; disp.get(nodes[j].id).y -= dy * f;
    }
    for (const e of edges) {
      const a = pos.get(e.source), b = pos.get(e.target); if (!a || !b || e.source === e.target) continue;
      let dx = a.x - b.x, dy = a.y - b.y; const d = Math.max(0.01, Math.hypot(dx, dy)); const f = d * d / k;
      dx /= d; dy /= d;
      disp.get(e.source).x -= dx * f; disp.get(e.source).y -= dy * f;
      disp.get(e.target).x += dx * f; disp.get(e.target).y += dy * f;
    }
    const temp = (W / 10) * (1 - it / 300) + 1;
    for (const n of nodes) {
      const p = pos.get(n.id); if (p.fixed) continue; const d = disp.get(n.id); const len = Math.max(0.01, Math.hypot(d.x, d.y));
      p.x = Math.min(W - 40, Math.max(40, p.x + d.x / len * Math.min(len, temp)));
      p.y = Math.min(H - 30, Math.max(30, p.y + d.y / len * Math.min(len, temp)));
    }
  }
  if (!fixed) { // fit the drawing to the box
    const ps = [...pos.values()], xs = ps.map(p => p.x), ys = ps.map(p => p.y);
    const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    for (const p of ps) {
      p.x = x1 > x0 ? 70 + (p.x - x0) / (x1 - x0) * (W - 140) : W / 2;
      p.y = y1 > y0 ? 40 + (p.y - y0) / (y1 - y0) * (H - 90) : H / 2;
    }
  }
  return pos;
}
function edgeColor(conflictShare) {
  // green (cooperation) -> red (conflict)
  const r = Math.round(46 + (192 - 46) * conflictShare), g = Math.round(139 + (57 - 139) * conflictShare), b = Math.round(87 + (43 - 87) * conflictShare);
  return `rgb(${r},${g},${b})`;
}
// ---- label placement -------------------------------------------------------------------------------
// Node labels must not cover each other or other nodes: each label tries places around its node
// (below, above, right, left, then twelve directions), then farther out with a leader line, and takes the
// first that overlaps nothing placed so far (else the least overlapping). Big nodes choose first.
const LABEL_H = 13;
let MEASURE = null;
function textWidth(text) {
  // Measured with the labels' own font (svg text.node-label: 600 11px system-ui), so boxes fit what is drawn.
  if (!MEASURE) { MEASURE = document.createElement("canvas").getContext("2d"); MEASURE.font = "600 11px system-ui, sans-serif"; }
  return MEASURE ? MEASURE.measureText(String(text)).width : String(text).length * 7.4;
}
function labelBox(x, y, anchor, text) {
  const w = textWidth(text) + 4;
  const x0 = anchor === "middle" ? x - w / 2 : anchor === "end" ? x - w : x;
  return { x0, y0: y - LABEL_H + 2, x1: x0 + w, y1: y + 3 };
}
function overlap(a, b) {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0), h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}
function placeLabels(nodes, pos, W, H, fixedBoxes = []) {
  const taken = [...fixedBoxes];
  const discs = nodes.map(n => { const p = pos.get(n.id), r = n.r || 16; return { id: n.id, x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r }; });
  const out = new Map();
  const order = nodes.slice().sort((a, b) => (b.r || 16) - (a.r || 16));
  for (const n of order) {
    const p = pos.get(n.id), r = n.r || 16;
    // Below, above, right, left first; then twelve directions, farther and farther out (with a leader line).
    const tries = [[p.x, p.y + r + 12, "middle"], [p.x, p.y - r - 4, "middle"], [p.x + r + 4, p.y + 4, "start"], [p.x - r - 4, p.y + 4, "end"]];
    for (const far of [0, 12, 26, 44, 66, 92]) {
      for (let k = 0; k < 12; k++) {
        const a = Math.PI / 2 + k * Math.PI / 6, c = Math.cos(a), sn = Math.sin(a), d = r + 4 + far;
        tries.push([p.x + c * d, p.y + sn * d + (sn > 0.3 ? 10 : sn < -0.3 ? 0 : 4), c > 0.3 ? "start" : c < -0.3 ? "end" : "middle"]);
      }
    }
    let best = null;
    for (const [k, [x, y, anchor]] of tries.entries()) {
      const box = labelBox(x, y, anchor, n.id);
      let cost = 0;
      for (const t of taken) cost += overlap(box, t);
      for (const d of discs) if (d.id !== n.id) cost += overlap(box, d);
      if (box.x0 < 0 || box.x1 > W || box.y0 < 0 || box.y1 > H) cost += 1e6;
      if (!best || cost < best.cost) best = { x, y, anchor, box, cost, leader: k >= 16 };
      if (cost === 0) break;
    }
    taken.push(best.box);
    // The leader runs from the circle's edge to the nearest point of the label's box.
    const lx = Math.min(Math.max(p.x, best.box.x0), best.box.x1), ly = Math.min(Math.max(p.y, best.box.y0), best.box.y1);
    const d = Math.max(1, Math.hypot(lx - p.x, ly - p.y));
    out.set(n.id, { x: best.x, y: best.y, anchor: best.anchor, leader: best.leader, lx, ly, sx: p.x + (lx - p.x) / d * r, sy: p.y + (ly - p.y) / d * r });
  }
  return out;
}

function drawGraph(nodes, edges, opts) {
  const W = 1000, H = opts.height || 560;
  const pos = layout(nodes, edges, W, H, opts.fixed);
  const maxW = Math.max(1, ...edges.map(e => num(e.weight || 1)));
  const nodeR = new Map(nodes.map(n => [n.id, n.r || 16]));
  const parts = [];
  const markerFill = { coop: "#2e8b57", conf: "#c0392b", mid: "#b0802a", att: "#222" };
  for (const c of ["coop", "conf", "mid", "att"]) parts.push(html`<marker id="ar-${c}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto"><path d="M0,0L10,5L0,10z" fill="${markerFill[c]}"/></marker>`);
  const body = [], edgeLabels = [];
  for (const e of edges) {
    const a = pos.get(e.source), b = pos.get(e.target); if (!a || !b) continue;
    const color = e.color || edgeColor(num(e.conflict_share));
    const marker = e.marker || (e.conflict_share > 0.6 ? "conf" : e.conflict_share < 0.4 ? "coop" : "mid");
    // A gentle curve, so that A->B and B->A are both visible; the arrow stops at the node's edge.
    const d = Math.max(1, Math.hypot(b.x - a.x, b.y - a.y));
    const cx = (a.x + b.x) / 2 - (b.y - a.y) / d * d * 0.12, cy = (a.y + b.y) / 2 + (b.x - a.x) / d * d * 0.12;
    const rb = (nodeR.get(e.target) || 16) + 3, dc = Math.max(1, Math.hypot(b.x - cx, b.y - cy));
    const x2 = b.x - (b.x - cx) / dc * rb, y2 = b.y - (b.y - cy) / dc * rb;
    body.push(html`<path d="M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}" fill="none" stroke="${color}" stroke-width="${e.width || 1.5 + 6 * num(e.weight || 1) / maxW}" stroke-opacity=".85" marker-end="url(#ar-${marker})"${e.dash ? html` stroke-dasharray="6 4"` : ""}><title>${e.title || `${e.source} → ${e.target}: ${e.weight} events, ${Math.round(num(e.conflict_share) * 100)}% conflict`}</title></path>`);
    if (e.label) {
      const lx = (a.x + 2 * cx + b.x) / 4, ly = (a.y + 2 * cy + b.y) / 4 - 6;
      edgeLabels.push(labelBox(lx, ly, "middle", e.label));
      body.push(html`<text class="edge-label" x="${lx}" y="${ly}" text-anchor="middle">${e.label}</text>`);
    }
  }
  const labels = placeLabels(nodes, pos, W, H, edgeLabels);
  for (const n of nodes) {
    const p = pos.get(n.id), l = labels.get(n.id);
    body.push(html`<g>${l.leader ? html`<line class="leader" x1="${l.sx}" y1="${l.sy}" x2="${l.lx}" y2="${l.ly}"/>` : ""}<circle cx="${p.x}" cy="${p.y}" r="${n.r || 16}" fill="${n.fill || "#1f4e79"}" stroke="#fff" stroke-width="2"><title>${n.name || n.id}${n.events ? `: ${n.events} events` : ""}</title></circle>
      <text class="node-label" x="${l.x}" y="${l.y}" text-anchor="${l.anchor}">${n.id}</text></g>`);
  }
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${opts.label}"><defs>${parts}</defs>${body}</svg>`;
}

views.network = async function (args, p) {
  setHTML(main, html`<h2>Actor network</h2>
  <form class="filters card" id="nf" aria-label="Network filters">${dateField("since", "From", p.since)} ${dateField("until", "To", p.until)}
    ${field("actor", "Actor code", p.actor, ACTOR_INPUT)}
    <label for="f-limit">Edges shown<input id="f-limit" name="limit" type="number" min="1" max="300" value="${p.limit || 60}"></label>
    <button type="submit">Draw</button></form>
  <section class="card"><p class="legend"><span data-c="#2e8b57">mostly cooperation</span><span data-c="#c0392b">mostly conflict</span><span data-c="#888">width: number of events (arrow: who acts on whom)</span></p><div id="net"></div><div id="netlist"></div></section>`);
  document.getElementById("nf").addEventListener("submit", e => { e.preventDefault(); go("network", formValues(e.target)); });
  try {
    const body = await api("/api/network", { since: p.since, until: p.until, actor: p.actor, limit: Math.min(300, Number(p.limit || 60)) });
    const { nodes, edges } = body.data;
    if (!edges.length) { setHTML(document.getElementById("net"), html`<p class="muted">No actor acts on another for these filters.</p>`); return; }
    const maxN = Math.max(...nodes.map(n => num(n.events)));
    nodes.forEach(n => { n.r = 10 + 14 * Math.sqrt(num(n.events) / maxN); });
    setHTML(document.getElementById("net"), html`${drawGraph(nodes, edges, { label: "Who acts on whom" })}<p class="muted">${edges.length} of ${body.data.edges_total} edges (heaviest first).</p>`);
    setHTML(document.getElementById("netlist"), html`<details><summary>Edges as a table</summary><table><thead><tr><th scope="col">Source → target</th><th scope="col">Events</th><th scope="col">Conflict share</th></tr></thead><tbody>${
      edges.map(e => html`<tr><td><a href="#/dyad?a=${encodeURIComponent(e.source)}&b=${encodeURIComponent(e.target)}">${e.source} → ${e.target}</a></td><td>${e.weight}</td><td>${Math.round(num(e.conflict_share) * 100)}%</td></tr>`)}</tbody></table></details>`);
  } catch (err) { showError(err); }
};

// ---- map ---------------------------------------------------------------------------------------
let WORLD = null;
views.map = async function (args, p) {
  setHTML(main, html`<h2>Map of event places</h2>
  <form class="filters card" id="mf" aria-label="Map filters">${field("actor", "Actor code", p.actor, { placeholder: "RUS", pattern: ACTOR_INPUT.pattern })}
    ${selectField("quad_class", "Quad class", QUADS.map((q, i) => ({ v: i + 1, t: `${i + 1} ${q.label}` })), p.quad_class)}
    ${dateField("since", "From", p.since)} ${dateField("until", "To", p.until)}<button type="submit">Show</button></form>
  <section class="card"><p class="legend"><span data-c="#2e8b57">mostly cooperation</span><span data-c="#c0392b">mostly conflict</span><span data-c="#888">dot area: number of events</span></p><div id="map"></div><div id="placelist"></div></section>`);
  document.getElementById("mf").addEventListener("submit", e => { e.preventDefault(); go("map", formValues(e.target)); });
  try {
    if (!WORLD) WORLD = await (await fetch("/static/world.json")).json();
    const body = await api("/api/places", { ...p, limit: 500 });
    const W = 1000, H = 500, X = lon => (num(lon) + 180) / 360 * W, Y = lat => (90 - num(lat)) / 180 * H;
    const shapes = WORLD.countries.map(c => html`<path d="${c.rings.map(r => "M" + r.map(([lo, la]) => `${X(lo).toFixed(1)},${Y(la).toFixed(1)}`).join("L") + "Z").join("")}" fill="#d9d6cf" stroke="#fff" stroke-width=".5"><title>${c.name}</title></path>`);
    const maxE = Math.max(1, ...body.data.map(d => num(d.events)));
    const dots = body.data.slice().reverse().map(d => html`<circle cx="${X(d.lon)}" cy="${Y(d.lat)}" r="${3 + 14 * Math.sqrt(num(d.events) / maxE)}" fill="${edgeColor(num(d.conflict_share))}" fill-opacity=".75" stroke="#222" stroke-width=".6"><title>${d.name} (${d.country || ""}): ${d.events} events, ${Math.round(num(d.conflict_share) * 100)}% conflict</title></circle>`);
    setHTML(document.getElementById("map"), html`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="World map with event places"><rect width="${W}" height="${H}" fill="#eaf2f8"/>${shapes}${dots}</svg>`);
    setHTML(document.getElementById("placelist"), body.data.length ? html`<details><summary>Places as a table (${body.data.length})</summary><table><thead><tr><th scope="col">Place</th><th scope="col">Country</th><th scope="col">Events</th><th scope="col">Conflict share</th></tr></thead><tbody>${
      body.data.map(d => html`<tr><td>${d.name}</td><td><a href="#/timeline?place_country=${encodeURIComponent(d.country || "")}">${d.country}</a></td><td>${d.events}</td><td>${Math.round(num(d.conflict_share) * 100)}%</td></tr>`)}</tbody></table></details>` : html`<p class="muted">No event with a known place for these filters.</p>`);
  } catch (err) { showError(err); }
};

// ---- scenario and treaties --------------------------------------------------------------------
// Condition kinds (docs/commitments.md) in words; the registry's own sentence follows each.
const CONDITION_WORDS = {
  contingent: "Contingent on a wider war",
  un_art51: "Self-defence under UN Charter Art. 51",
  unsc_report: "Reported to the UN Security Council",
  constitutional_processes: "Through each state's constitutional processes",
  national_law: "Under national law",
  request_by_victim: "Only at the attacked state's request",
  state_of_war: "Needs a state of war",
  geographic_scope: "Only inside the treaty's area",
  no_provocation: "Void if the ally provoked the attack",
  self_judging: "Each party decides what it does",
  joint_determination: "The parties decide together",
  neutrality_carve_out: "Neutrality carve-out",
  nato_primacy: "NATO obligations come first",
  reservation: "Reservation",
  unpublished: "Text not public",
  party_note: "About this party",
  other: "Other condition",
};
function conditionParts(c) {
  const text = String(c), at = text.indexOf(": ");
  const kind = at > 0 ? text.slice(0, at) : "", rest = at > 0 ? text.slice(at + 2) : text;
  return { kind, words: CONDITION_WORDS[kind] || (kind ? kind.replace(/_/g, " ") : ""), text: rest };
}
function conditionList(conditions) {
  if (!(conditions || []).length) return html`<span class="muted">none recorded</span>`;
  return html`<ul class="conditions">${conditions.map(c => { const k = conditionParts(c); return html`<li data-kind="${k.kind}">${k.words ? html`<strong>${k.words}.</strong> ` : ""}${k.text}</li>`; })}</ul>`;
}
// "5", "III", "42(7) TEU" read as "Art. 5"; a label that is not an article number ("Shusha Declaration,
// defence section", "Sec. 2(b)(6), 3(a)") is shown as written, in full.
function articleLabel(article) {
  const a = String(article ?? "").trim();
  return /^([0-9]+|[IVXLC]+)(\([0-9a-z]+\))*( [A-Z]{2,5})?$/.test(a) ? `Art. ${a}` : a;
}
function clauseCell(o) {
  return html`<span class="clause"><span class="treaty-id">${o.treaty}</span> <span class="article">${articleLabel(o.article)}</span></span>${o.treaty_name ? html`<br><span class="muted">${o.treaty_name}</span>` : ""}`;
}
function obligedTable(rows, id, caption) {
  return html`<table id="${id}" class="obliged"><caption class="sr-only">${caption}</caption><thead><tr><th scope="col">Strength</th><th scope="col">State</th><th scope="col">Side</th><th scope="col">Depth</th><th scope="col">Clause</th><th scope="col">Conditions</th></tr></thead><tbody>${
    rows.map(o => html`<tr><td class="strength s${num(o.strength)}">${o.strength}</td><td>${o.state}</td><td>${o.side === "victim" ? "attacked's side" : o.side === "attacker" ? "attacker's side" : o.side}${o.supports ? html` <span class="muted">(with ${o.supports})</span>` : ""}</td><td>${o.depth}</td><td>${clauseCell(o)}</td><td>${conditionList(o.conditions)}</td></tr>`)}</tbody></table>`;
}
let COUNTRIES = null;
async function countryOptions(selected) {
  if (!COUNTRIES) COUNTRIES = (await api("/api/countries")).data;
  return COUNTRIES.map(c => html`<option value="${c.code}"${c.code === selected ? html` selected` : ""}>${c.code} – ${c.name}</option>`);
}

views.scenario = async function (args, p) {
  const today = new Date().toISOString().slice(0, 10);
  let opts1 = "", opts2 = "";
  try { opts1 = await countryOptions(p.attacked || "PRK"); opts2 = await countryOptions(p.by || "KOR"); } catch (err) { return showError(err); }
  setHTML(main, html`<h2>Scenario: who is bound to act?</h2>
  <form class="filters card" id="sf" aria-label="Scenario">
    <label for="f-attacked">Attacked state<select id="f-attacked" name="attacked" required>${opts1}</select></label>
    <label for="f-by">Attacked by<select id="f-by" name="by" required>${opts2}</select></label>
    ${dateField("on", "On", p.on || today)}
    ${field("where", "Where (optional)", p.where, { placeholder: "Hawaii" })}
    <label for="f-depth">Depth<select id="f-depth" name="depth">${[1, 2, 3, 4].map(d => html`<option${String(d) === (p.depth || "1") ? html` selected` : ""}>${d}</option>`)}</select></label>
    <button type="submit" id="run-scenario">Run scenario</button></form><div id="sout"></div>`);
  document.getElementById("sf").addEventListener("submit", e => { e.preventDefault(); go("scenario", { ...formValues(e.target), run: 1 }); });
  if (!p.run) return;
  let r;
  try { r = (await api("/api/scenario", { attacked: p.attacked, by: p.by, on: p.on, where: p.where, depth: p.depth })).data; } catch (err) { return showError(err); }
  const nodes = [{ id: r.by, fill: "#c0392b", r: 22, name: "attacker" }, { id: r.attacked, fill: "#1f4e79", r: 22, name: "attacked" }];
  const seen = new Set([r.by, r.attacked]);
  const edges = [{ source: r.by, target: r.attacked, color: "#222", marker: "att", width: 3, title: "armed attack", label: "attack" }];
  for (const o of r.obliged) {
    if (!seen.has(o.state)) { seen.add(o.state); nodes.push({ id: o.state, fill: o.side === "victim" ? "#5a8fc4" : "#e07a6b", name: `${o.state}: ${o.treaty} ${articleLabel(o.article)}` }); }
    edges.push({ source: o.state, target: o.supports || (o.side === "victim" ? r.attacked : r.by), color: o.strength >= 4 ? "#a32a1c" : o.strength >= 3 ? "#b86200" : o.strength >= 1 ? "#1f6fb2" : "#9aa2aa",
      marker: "mid", width: 1 + num(o.strength), dash: o.depth > 1, title: `${o.state} bound by ${o.treaty} ${articleLabel(o.article)} (strength ${o.strength})` });
  }
  const fixed = { [r.by]: { x: 160, y: 220 }, [r.attacked]: { x: 520, y: 220 } };
  // Strength 0 clauses (a promise not to help the aggressor, a policy statute) bind nobody to act: listed apart.
  const bound = r.obliged.filter(o => num(o.strength) > 0), zero = r.obliged.filter(o => num(o.strength) <= 0);
  const obliged = bound.length ? obligedTable(bound, "obliged", "States bound to act")
    : html`<p id="obliged">Nobody is bound to act by a recorded treaty clause.</p>`;
  const zeroList = zero.length ? html`<h3 id="zero-h">Named, but not bound to act (strength 0)</h3>
    <p class="muted">These clauses only promise not to help the aggressor, or state a policy; they create no duty to act.</p>${obligedTable(zero, "strength-zero", "Strength 0: no duty to act")}` : "";
  setHTML(document.getElementById("sout"), html`
  <section class="card"><h3>${r.attacked} attacked by ${r.by}${r.where ? html` at ${r.where}` : ""} on ${r.on} (depth ${r.depth})</h3>
    ${r.notes.map(n => html`<p class="muted">${n}</p>`)}
    <div>${drawGraph(nodes, edges, { label: "Scenario network: attacker, attacked and the states bound to act", height: 440, fixed })}
      <p class="legend"><span data-c="#a32a1c">strength 4-5</span><span data-c="#b86200">strength 3</span><span data-c="#1f6fb2">strength 1-2</span><span data-c="#9aa2aa">strength 0 (no duty)</span><span data-c="#888">dashed: drawn in at depth 2+</span></p></div>
    <h3>Bound to act</h3><p class="muted">Strength: 5 all means at once · 4 an attack on one is an attack on all · 3 a duty to aid, force optional · 2 act under constitutional processes · 1 consult only.</p>${obliged}${zeroList}</section>
  <section class="card" aria-labelledby="un-h"><h3 id="un-h">UN rules bearing on the responses</h3>${r.rules.length ? html`<ul id="rules">${r.rules.map(x => html`<li><span class="flag">${x.rule}</span> ${(x.applies_to || []).join(", ")}: ${x.reason}</li>`)}</ul>` : html`<p class="muted">None.</p>`}</section>
  ${r.conflicts.length ? html`<section class="card"><h3>Conflicting commitments</h3><ul>${r.conflicts.map(c => html`<li>${c.state}: ${c.note}</li>`)}</ul></section>` : ""}
  ${r.informational.length ? html`<section class="card"><h3>Attacker's partners (informational)</h3><ul>${r.informational.map(o => html`<li>${o.state}: ${o.treaty} ${articleLabel(o.article)} (strength ${o.strength})</li>`)}</ul></section>` : ""}
  ${r.excluded.length ? html`<section class="card"><details><summary>Not obliged, and why (${r.excluded.length})</summary><ul>${r.excluded.map(e => html`<li>${e.treaty} ${articleLabel(e.article)} (${(e.states || []).slice(0, 6).join(", ")}): ${e.reason}</li>`)}</ul></details></section>` : ""}`);
};

views.treaties = async function (args, p) {
  const today = new Date().toISOString().slice(0, 10);
  let opts = "";
  try { opts = await countryOptions(p.party || ""); } catch (err) { return showError(err); }
  setHTML(main, html`<h2>Treaties</h2>
  <form class="filters card" id="tf" aria-label="Treaty query"><label for="f-party">Party<select id="f-party" name="party"><option value="">every state</option>${opts}</select></label>
    ${dateField("on", "On", p.on || today)}<button type="submit">Show clauses</button></form><div id="tout"></div>`);
  document.getElementById("tf").addEventListener("submit", e => { e.preventDefault(); go("treaties", formValues(e.target)); });
  try {
    const d = (await api("/api/treaties", { party: p.party, on: p.on || today })).data;
    setHTML(document.getElementById("tout"), html`<section class="card"><h3>${d.binding.length} clause(s) binding ${d.party_name || "any state"} on ${d.on}</h3>${
      d.binding.length ? html`<table><thead><tr><th scope="col">Strength</th><th scope="col">Treaty</th><th scope="col">Article</th><th scope="col">Kind</th><th scope="col">Obligation</th><th scope="col">Parties</th></tr></thead><tbody>${
        d.binding.map(b => html`<tr><td class="strength s${num(b.strength)}">${b.strength}</td><td>${b.treaty}<br><span class="muted">${b.name}</span></td><td>${b.article}</td><td>${b.kind}</td><td>${b.obligation}</td><td>${(b.parties || []).slice(0, 12).join(", ")}${(b.parties || []).length > 12 ? " …" : ""}</td></tr>`)}</tbody></table>` : html`<p class="muted">No recorded clause.</p>`}</section>`);
  } catch (err) { showError(err); }
};

// ---- router --------------------------------------------------------------------------------------
async function route() {
  const { view, args, params } = parseHash();
  const fn = Object.hasOwn(views, view) ? views[view] : views.timeline;
  document.querySelectorAll("nav a[data-view]").forEach(a => {
    if (a.dataset.view === view) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  });
  document.title = `foedus – ${view}`;
  try { await fn(args, params); } catch (err) { console.error(err); }
  main.dataset.ready = view;
}
window.addEventListener("hashchange", () => { main.dataset.ready = ""; route().then(() => main.focus({ preventScroll: true })); });
api("/api/stats").then(b => {
  const s = b.data;
  document.getElementById("dbstats").textContent = `${s.events.toLocaleString()} events · ${s.articles.toLocaleString()} articles · ${s.first_event_date || "?"} – ${s.last_event_date || "?"}`;
}).catch(() => {});
route();
