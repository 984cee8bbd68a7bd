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
function stackedBars(rows, opts = {}) {
  const W = 1000, H = opts.height || 260, L = 44, R = 12, T = 10, B = 34;
  if (!rows.length) return html`<p class="muted">No dated events for these filters.</p>`;
  const max = Math.max(1, ...rows.map(r => num(r.total)));
  const bw = (W - L - R) / rows.length;
  const parts = [];
  for (let i = 0; i <= 4; i++) {
    const y = T + (H - T - B) * (1 - i / 4);
    parts.push(html`<line x1="${L}" x2="${W - R}" y1="${y}" y2="${y}" stroke="#e3e6ea"/><text x="${L - 6}" y="${y + 4}" text-anchor="end">${Math.round(max * i / 4)}</text>`);
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
    const pts = rows.map((r, i) => r.mean_goldstein == null ? null : [L + i * bw + bw / 2, gy(num(r.mean_goldstein))]).filter(Boolean);
    parts.push(html`<line x1="${L}" x2="${W - R}" y1="${gy(0)}" y2="${gy(0)}" stroke="#555" stroke-dasharray="4 4"/>`);
    if (pts.length) parts.push(html`<polyline points="${pts.map(p => p.join(",")).join(" ")}" fill="none" stroke="#222" stroke-width="2"/>`,
      pts.map(p => html`<circle cx="${p[0]}" cy="${p[1]}" r="3" fill="#222"/>`));
    parts.push(html`<text x="${W - R}" y="${gy(0) - 4}" text-anchor="end">Goldstein 0 (line: mean, -10..+10)</text>`);
  }
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${opts.label || "Events per period by quad class"}">${parts}</svg>`;
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
  const flt = { ...p }; delete flt.by;
  try {
    const [tl, count] = await Promise.all([api("/api/timeline", { ...flt, by: p.by || "week" }), api("/api/events/count", flt)]);
    setHTML(document.getElementById("chart"), stackedBars(tl.data));
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
    const body = await api(`/api/dyads/${encodeURIComponent(p.a)}/${encodeURIComponent(p.b)}`, { by: p.by || "week", since: p.since, until: p.until, both: p.both });
    const total = body.data.reduce((s, r) => s + num(r.total), 0);
    setHTML(document.getElementById("dyout"), html`<section class="card"><h3>${p.a.toUpperCase()} → ${p.b.toUpperCase()}${p.both ? " (both directions)" : ""}: ${total} events</h3>${legend()}${stackedBars(body.data, { goldstein: true, label: "Dyad events per period with mean Goldstein score" })}
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
function drawGraph(nodes, edges, opts) {
  const W = 1000, H = opts.height || 560;
  const pos = layout(nodes, edges, W, H, opts.fixed);
  const maxW = Math.max(1, ...edges.map(e => num(e.weight || 1)));
  const nodeR = new Map(nodes.map(n => [n.id, n.r || 16]));
  const parts = [];
  const markerFill = { coop: "#2e8b57", conf: "#c0392b", mid: "#b0802a", att: "#222" };
  for (const c of ["coop", "conf", "mid", "att"]) parts.push(html`<marker id="ar-${c}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto"><path d="M0,0L10,5L0,10z" fill="${markerFill[c]}"/></marker>`);
  const body = [];
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
    if (e.label) body.push(html`<text class="edge-label" x="${(a.x + 2 * cx + b.x) / 4}" y="${(a.y + 2 * cy + b.y) / 4 - 6}" text-anchor="middle">${e.label}</text>`);
  }
  for (const n of nodes) {
    const p = pos.get(n.id);
    body.push(html`<g><circle cx="${p.x}" cy="${p.y}" r="${n.r || 16}" fill="${n.fill || "#1f4e79"}" stroke="#fff" stroke-width="2"><title>${n.name || n.id}${n.events ? `: ${n.events} events` : ""}</title></circle>
      <text class="node-label" x="${p.x}" y="${p.y + (n.r || 16) + 13}" text-anchor="middle">${n.id}</text></g>`);
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
    if (!seen.has(o.state)) { seen.add(o.state); nodes.push({ id: o.state, fill: o.side === "victim" ? "#5a8fc4" : "#e07a6b", name: `${o.state}: ${o.treaty} Art. ${o.article}` }); }
    edges.push({ source: o.state, target: o.supports || (o.side === "victim" ? r.attacked : r.by), color: o.strength >= 4 ? "#a32a1c" : o.strength >= 3 ? "#b86200" : "#1f6fb2",
      marker: "mid", width: 1 + num(o.strength), dash: o.depth > 1, title: `${o.state} bound by ${o.treaty} Art. ${o.article} (strength ${o.strength})` });
  }
  const fixed = { [r.by]: { x: 160, y: 220 }, [r.attacked]: { x: 520, y: 220 } };
  const obliged = r.obliged.length ? html`<table id="obliged"><thead><tr><th scope="col">Strength</th><th scope="col">State</th><th scope="col">Side</th><th scope="col">Depth</th><th scope="col">Clause</th><th scope="col">Conditions</th></tr></thead><tbody>${
    r.obliged.map(o => html`<tr><td class="strength s${num(o.strength)}">${o.strength}</td><td>${o.state}</td><td>${o.side}</td><td>${o.depth}</td><td>${o.treaty} Art. ${o.article}<br><span class="muted">${o.treaty_name || ""}</span></td><td>${(o.conditions || []).length ? (o.conditions || []).map((c, i) => html`${i ? ", " : ""}<span title="${c}">${String(c).split(": ")[0]}</span>`) : "–"}</td></tr>`)}</tbody></table>`
    : html`<p>Nobody is obliged by a recorded treaty clause.</p>`;
  setHTML(document.getElementById("sout"), html`
  <section class="card"><h3>${r.attacked} attacked by ${r.by}${r.where ? html` at ${r.where}` : ""} on ${r.on} (depth ${r.depth})</h3>
    ${r.notes.map(n => html`<p class="muted">${n}</p>`)}
    <div>${drawGraph(nodes, edges, { label: "Scenario network: attacker, attacked and the states bound to act", height: 440, fixed })}
      <p class="legend"><span data-c="#a32a1c">strength 4-5</span><span data-c="#b86200">strength 3</span><span data-c="#1f6fb2">strength 1-2</span><span data-c="#888">dashed: drawn in at depth 2+</span></p></div>
    <h3>Bound to act</h3>${obliged}</section>
  <section class="card" aria-labelledby="un-h"><h3 id="un-h">UN rules bearing on the responses</h3>${r.rules.length ? html`<ul id="rules">${r.rules.map(x => html`<li><span class="flag">${x.rule}</span> ${(x.applies_to || []).join(", ")}: ${x.reason}</li>`)}</ul>` : html`<p class="muted">None.</p>`}</section>
  ${r.conflicts.length ? html`<section class="card"><h3>Conflicting commitments</h3><ul>${r.conflicts.map(c => html`<li>${c.state}: ${c.note}</li>`)}</ul></section>` : ""}
  ${r.informational.length ? html`<section class="card"><h3>Attacker's partners (informational)</h3><ul>${r.informational.map(o => html`<li>${o.state}: ${o.treaty} Art. ${o.article} (strength ${o.strength})</li>`)}</ul></section>` : ""}
  ${r.excluded.length ? html`<section class="card"><details><summary>Not obliged, and why (${r.excluded.length})</summary><ul>${r.excluded.map(e => html`<li>${e.treaty} Art. ${e.article} (${(e.states || []).slice(0, 6).join(", ")}): ${e.reason}</li>`)}</ul></details></section>` : ""}`);
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
  const fn = views[view] || views.timeline;
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
