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
function esc(v) {
  return String(v ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}
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
function quadBadge(q) { return `<span class="q q${esc(q)}" title="${esc(QUADS[q - 1]?.label)}">${esc(q)}</span>`; }
function legend() {
  return `<div class="legend" aria-hidden="true">${QUADS.map(q => `<span style="--c:${q.color}">${q.label}</span>`).join("")}</div>`;
}
function showError(err) { main.insertAdjacentHTML("beforeend", `<p class="error-box" role="alert">${esc(err.message)}</p>`); }
function field(name, label, value, attrs = "") {
  return `<label for="f-${name}">${label}<input id="f-${name}" name="${name}" type="text" value="${esc(value)}" ${attrs}></label>`;
}
function dateField(name, label, value) {
  return `<label for="f-${name}">${label}<input id="f-${name}" name="${name}" type="date" value="${esc(value)}"></label>`;
}
function selectField(name, label, options, value) {
  const opts = options.map(o => typeof o === "string" ? { v: o, t: o } : o);
  return `<label for="f-${name}">${label}<select id="f-${name}" name="${name}"><option value="">any</option>` +
    opts.map(o => `<option value="${esc(o.v)}"${String(o.v) === String(value ?? "") ? " selected" : ""}>${esc(o.t)}</option>`).join("") +
    `</select></label>`;
}

// ---- stacked bar chart (SVG) ------------------------------------------------------------------
function stackedBars(rows, opts = {}) {
  const W = 1000, H = opts.height || 260, L = 44, R = 12, T = 10, B = 34;
  if (!rows.length) return `<p class="muted">No dated events for these filters.</p>`;
  const max = Math.max(1, ...rows.map(r => r.total));
  const bw = (W - L - R) / rows.length;
  let s = `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(opts.label || "Events per period by quad class")}">`;
  for (let i = 0; i <= 4; i++) {
    const y = T + (H - T - B) * (1 - i / 4);
    s += `<line x1="${L}" x2="${W - R}" y1="${y}" y2="${y}" stroke="#e3e6ea"/><text x="${L - 6}" y="${y + 4}" text-anchor="end">${Math.round(max * i / 4)}</text>`;
  }
  const every = Math.max(1, Math.ceil(rows.length / 12));
  rows.forEach((r, i) => {
    let y = H - B;
    const x = L + i * bw;
    for (const q of QUADS) {
      const h = (H - T - B) * (r[q.k] || 0) / max;
      if (h > 0) s += `<rect x="${x + 1}" y="${y - h}" width="${Math.max(1, bw - 2)}" height="${h}" fill="${q.color}"><title>${esc(r.period)} ${q.label}: ${r[q.k]}</title></rect>`;
      y -= h;
    }
    if (i % every === 0) s += `<text x="${x + bw / 2}" y="${H - B + 16}" text-anchor="middle">${esc(r.period)}</text>`;
  });
  if (opts.goldstein) {
    const gy = g => T + (H - T - B) * (1 - (g + 10) / 20);
    const pts = rows.map((r, i) => r.mean_goldstein == null ? null : `${L + i * bw + bw / 2},${gy(r.mean_goldstein)}`).filter(Boolean);
    s += `<line x1="${L}" x2="${W - R}" y1="${gy(0)}" y2="${gy(0)}" stroke="#555" stroke-dasharray="4 4"/>`;
    if (pts.length) s += `<polyline points="${pts.join(" ")}" fill="none" stroke="#222" stroke-width="2"/>` +
      pts.map(p => `<circle cx="${p.split(",")[0]}" cy="${p.split(",")[1]}" r="3" fill="#222"/>`).join("");
    s += `<text x="${W - R}" y="${gy(0) - 4}" text-anchor="end">Goldstein 0 (line: mean, -10..+10)</text>`;
  }
  return s + `</svg>`;
}

// ---- views -----------------------------------------------------------------------------------
const views = {};

views.timeline = async function (args, p) {
  main.innerHTML = `<h2>Timeline</h2>
  <form class="filters card" id="filters" aria-label="Filter events">
    ${field("actor", "Actor code", p.actor, 'placeholder="KOR" pattern="[A-Za-z0-9]{1,20}"')}
    ${field("root", "CAMEO root", p.root, 'placeholder="19" pattern="[0-9]{1,3}"')}
    ${selectField("quad_class", "Quad class", QUADS.map((q, i) => ({ v: i + 1, t: `${i + 1} ${q.label}` })), p.quad_class)}
    ${selectField("modality", "Modality", MODALITIES, p.modality)}
    ${dateField("since", "From", p.since)}
    ${dateField("until", "To", p.until)}
    ${selectField("by", "Per", ["day", "week", "month"], p.by || "week")}
    <button type="submit">Apply filters</button>
    <a href="#/timeline">Clear</a>
  </form>
  <section class="card" aria-labelledby="tl-h"><h3 id="tl-h">Events per ${esc(p.by || "week")} by quad class</h3>${legend()}<div id="chart"></div></section>
  <section class="card" aria-labelledby="ev-h"><h3 id="ev-h">Events <span id="count" class="muted"></span></h3><div id="events"></div>
    <div class="pager"><button type="button" class="secondary" id="prev" disabled>Previous page</button><button type="button" id="more" disabled>Next page</button><span id="pageinfo" class="muted"></span></div></section>`;
  document.getElementById("filters").addEventListener("submit", e => { e.preventDefault(); go("timeline", formValues(e.target)); });
  const flt = { ...p }; delete flt.by;
  try {
    const [tl, count] = await Promise.all([api("/api/timeline", { ...flt, by: p.by || "week" }), api("/api/events/count", flt)]);
    document.getElementById("chart").innerHTML = stackedBars(tl.data);
    document.getElementById("count").textContent = `(${count.data.count.toLocaleString()} matching)`;
  } catch (err) { showError(err); }
  const stack = [null];
  async function page(cursor) {
    const body = await api("/api/events", { ...flt, limit: 50, cursor });
    document.getElementById("events").innerHTML = eventsTable(body.data);
    const more = document.getElementById("more"), prev = document.getElementById("prev");
    more.disabled = !body.next; prev.disabled = stack.length <= 1;
    document.getElementById("pageinfo").textContent = `page ${stack.length}`;
    more.onclick = () => { stack.push(body.next); page(body.next); };
    prev.onclick = () => { stack.pop(); page(stack[stack.length - 1]); };
  }
  try { await page(null); } catch (err) { showError(err); }
};

function actorCell(code, name) {
  return code ? `<a href="#/timeline?actor=${esc(code)}" title="${esc(name || "")}">${esc(code)}</a>` : `<span class="muted">–</span>`;
}
function eventsTable(rows) {
  if (!rows.length) return `<p class="muted">No events match.</p>`;
  return `<table><thead><tr><th scope="col">Date</th><th scope="col">Source</th><th scope="col">Target</th><th scope="col">CAMEO</th><th scope="col">Quad</th><th scope="col">Modality</th><th scope="col">Place</th><th scope="col">Evidence</th></tr></thead><tbody>` +
    rows.map(e => `<tr><td>${esc(e.date || "undated")}</td><td>${actorCell(e.source_code, e.source_name)}</td><td>${actorCell(e.target_code, e.target_name)}</td>
      <td><span title="${esc(e.cameo_name)}">${esc(e.cameo)}</span> <span class="muted">${esc(e.plover_type || "")}</span></td><td>${quadBadge(e.quad_class)}</td>
      <td>${esc(e.modality)}</td><td>${esc(e.place_name || "")}</td>
      <td><a href="#/article/${encodeURIComponent(e.article_id)}?event=${encodeURIComponent(e.id)}">${esc((e.evidence || "").slice(0, 140))}</a></td></tr>`).join("") +
    `</tbody></table>`;
}

views.article = async function (args, p) {
  const id = args[0];
  main.innerHTML = `<p><a href="javascript:history.back()">← Back</a></p><div id="art"></div>`;
  let art;
  try { art = (await api("/api/articles/" + encodeURIComponent(id))).data; } catch (err) { return showError(err); }
  const text = art.text || "";
  const spans = art.events.filter(e => e.span_start != null && e.span_end > e.span_start && e.span_end <= text.length)
    .sort((a, b) => a.span_start - b.span_start);
  let html = "", pos = 0;
  for (const e of spans) {
    if (e.span_start < pos) continue; // overlapping evidence: the first one keeps the highlight
    html += esc(text.slice(pos, e.span_start)) +
      `<mark id="m-${esc(e.id)}" class="mod-${esc(e.modality)}" data-event="${esc(e.id)}" tabindex="0" title="${esc(e.cameo + " " + e.cameo_name)}">${esc(text.slice(e.span_start, e.span_end))}</mark>`;
    pos = e.span_end;
  }
  html += esc(text.slice(pos));
  const meta = [art.source, art.date, art.url ? `<a href="${esc(art.url)}" rel="noopener noreferrer">original</a>` : ""].filter(Boolean).join(" · ");
  document.getElementById("art").innerHTML = `<h2>${esc(art.title || art.id)}</h2><p class="muted">${meta}</p>
  <div class="grid2"><section class="card" aria-label="Article text"><div class="article-text">${html}</div></section>
  <section aria-labelledby="evl"><h3 id="evl">${art.events.length} event(s)</h3><ol class="events">${art.events.map(e => `
    <li id="e-${esc(e.id)}" data-event="${esc(e.id)}" style="--c:${QUADS[(e.quad_class || 1) - 1].color}">
      <div><button type="button" class="secondary show-ev" data-event="${esc(e.id)}" aria-label="Show evidence of ${esc(e.id)}">Show</button>
      <span class="code">${esc(e.cameo)}</span> ${esc(e.cameo_name)} ${quadBadge(e.quad_class)}</div>
      <dl class="kv"><dt>Who</dt><dd>${actorCell(e.source_code, e.source_name)} → ${actorCell(e.target_code, e.target_name)}</dd>
      <dt>Modality</dt><dd>${esc(e.modality)}</dd><dt>Date</dt><dd>${esc(e.date || "undated")} ${e.date_precision ? `<span class="muted">(${esc(e.date_precision)})</span>` : ""}</dd>
      <dt>Place</dt><dd>${esc(e.place_name || "–")}${e.place_country ? ` (${esc(e.place_country)})` : ""}</dd>
      <dt>PLOVER</dt><dd>${esc(e.plover_type || "–")} ${esc(e.plover_mode || "")}</dd><dt>Goldstein</dt><dd>${esc(e.goldstein)}</dd></dl>
      ${(e.flags || []).map(f => `<span class="flag" title="${esc(f.reason || "")}">${esc(f.rule || f)}</span>`).join("")}
    </li>`).join("")}</ol>
    ${art.quotes.length ? `<h3>Quotes</h3><ul>${art.quotes.map(q => `<li>“${esc(q.text)}” <span class="muted">${esc(q.speaker_name || q.speaker_code || "")}</span></li>`).join("")}</ul>` : ""}
    ${art.commitments.length ? `<h3>Commitments</h3><ul>${art.commitments.map(c => `<li>${esc(c.kind)}: ${esc(c.obligation)} <span class="strength s${esc(c.strength)}">strength ${esc(c.strength)}</span></li>`).join("")}</ul>` : ""}
    ${art.policies.length ? `<h3>Policies</h3><ul>${art.policies.map(c => `<li>${esc(c.actor_code)}: ${esc(c.policy)}${c.shift ? " (shift)" : ""}</li>`).join("")}</ul>` : ""}
  </section></div>`;
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
  main.innerHTML = `<h2>Dyad</h2>
  <form class="filters card" id="dy" aria-label="Choose the dyad">
    ${field("a", "Source actor", p.a || "", 'required placeholder="KOR" pattern="[A-Za-z0-9]{1,20}"')}
    ${field("b", "Target actor", p.b || "", 'required placeholder="PRK" pattern="[A-Za-z0-9]{1,20}"')}
    ${selectField("by", "Per", ["day", "week", "month"], p.by || "week")}
    ${dateField("since", "From", p.since)} ${dateField("until", "To", p.until)}
    <label for="f-both"><span>Both directions</span><input id="f-both" name="both" type="checkbox" value="true"${p.both ? " checked" : ""}></label>
    <button type="submit">Show</button></form><div id="dyout"></div><section class="card"><h3>Busiest dyads</h3><div id="top"></div></section>`;
  document.getElementById("dy").addEventListener("submit", e => { e.preventDefault(); go("dyad", formValues(e.target)); });
  api("/api/dyads", { top: 15 }).then(b => {
    document.getElementById("top").innerHTML = `<table><thead><tr><th scope="col">Source → target</th><th scope="col">Events</th><th scope="col">Mean Goldstein</th><th scope="col">Conflict share</th></tr></thead><tbody>` +
      b.data.map(d => `<tr><td><a href="#/dyad?a=${esc(d.source)}&b=${esc(d.target)}">${esc(d.source)} → ${esc(d.target)}</a></td><td>${d.events}</td><td>${esc(d.mean_goldstein)}</td><td>${Math.round(d.conflict_share * 100)}%</td></tr>`).join("") + `</tbody></table>`;
  }).catch(() => {});
  if (!p.a || !p.b) return;
  try {
    const body = await api(`/api/dyads/${encodeURIComponent(p.a)}/${encodeURIComponent(p.b)}`, { by: p.by || "week", since: p.since, until: p.until, both: p.both });
    const total = body.data.reduce((s, r) => s + r.total, 0);
    document.getElementById("dyout").innerHTML = `<section class="card"><h3>${esc(p.a.toUpperCase())} → ${esc(p.b.toUpperCase())}${p.both ? " (both directions)" : ""}: ${total} events</h3>${legend()}${stackedBars(body.data, { goldstein: true, label: "Dyad events per period with mean Goldstein score" })}
      <p><a href="#/timeline?actor=${esc(p.a)}">Events of ${esc(p.a)} in the timeline</a></p></section>`;
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
  const maxW = Math.max(1, ...edges.map(e => e.weight || 1));
  const nodeR = new Map(nodes.map(n => [n.id, n.r || 16]));
  let s = `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(opts.label)}"><defs>`;
  for (const c of ["coop", "conf", "mid", "att"]) s += `<marker id="ar-${c}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto"><path d="M0,0L10,5L0,10z" fill="${{ coop: "#2e8b57", conf: "#c0392b", mid: "#b0802a", att: "#222" }[c]}"/></marker>`;
  s += `</defs>`;
  for (const e of edges) {
    const a = pos.get(e.source), b = pos.get(e.target); if (!a || !b) continue;
    const color = e.color || edgeColor(e.conflict_share ?? 0);
    const marker = e.marker || (e.conflict_share > 0.6 ? "conf" : e.conflict_share < 0.4 ? "coop" : "mid");
    // A gentle curve, so that A->B and B->A are both visible; the arrow stops at the node's edge.
    const d = Math.max(1, Math.hypot(b.x - a.x, b.y - a.y));
    const cx = (a.x + b.x) / 2 - (b.y - a.y) / d * d * 0.12, cy = (a.y + b.y) / 2 + (b.x - a.x) / d * d * 0.12;
    const rb = (nodeR.get(e.target) || 16) + 3, dc = Math.max(1, Math.hypot(b.x - cx, b.y - cy));
    const x2 = b.x - (b.x - cx) / dc * rb, y2 = b.y - (b.y - cy) / dc * rb;
    s += `<path d="M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}" fill="none" stroke="${color}" stroke-width="${e.width || 1.5 + 6 * (e.weight || 1) / maxW}" stroke-opacity=".85" marker-end="url(#ar-${marker})"${e.dash ? ' stroke-dasharray="6 4"' : ""}><title>${esc(e.title || `${e.source} → ${e.target}: ${e.weight} events, ${Math.round((e.conflict_share || 0) * 100)}% conflict`)}</title></path>`;
    if (e.label) s += `<text x="${(a.x + 2 * cx + b.x) / 4}" y="${(a.y + 2 * cy + b.y) / 4 - 6}" text-anchor="middle" style="fill:#333">${esc(e.label)}</text>`;
  }
  for (const n of nodes) {
    const p = pos.get(n.id);
    const fill = n.fill || "#1f4e79";
    s += `<g><circle cx="${p.x}" cy="${p.y}" r="${n.r || 16}" fill="${fill}" stroke="#fff" stroke-width="2"><title>${esc(n.name || n.id)}${n.events ? `: ${n.events} events` : ""}</title></circle>` +
      `<text x="${p.x}" y="${p.y + (n.r || 16) + 13}" text-anchor="middle" style="fill:#1d1f21;font-weight:600">${esc(n.id)}</text></g>`;
  }
  return s + `</svg>`;
}

views.network = async function (args, p) {
  main.innerHTML = `<h2>Actor network</h2>
  <form class="filters card" id="nf" aria-label="Network filters">${dateField("since", "From", p.since)} ${dateField("until", "To", p.until)}
    ${field("actor", "Actor code", p.actor, 'placeholder="KOR" pattern="[A-Za-z0-9]{1,20}"')}
    <label for="f-limit">Edges shown<input id="f-limit" name="limit" type="number" min="1" max="300" value="${esc(p.limit || 60)}"></label>
    <button type="submit">Draw</button></form>
  <section class="card"><p class="legend"><span style="--c:#2e8b57">mostly cooperation</span><span style="--c:#c0392b">mostly conflict</span><span style="--c:#888">width: number of events (arrow: who acts on whom)</span></p><div id="net"></div><div id="netlist"></div></section>`;
  document.getElementById("nf").addEventListener("submit", e => { e.preventDefault(); go("network", formValues(e.target)); });
  try {
    const body = await api("/api/network", { since: p.since, until: p.until, actor: p.actor, limit: Math.min(300, Number(p.limit || 60)) });
    const { nodes, edges } = body.data;
    if (!edges.length) { document.getElementById("net").innerHTML = `<p class="muted">No actor acts on another for these filters.</p>`; return; }
    const maxN = Math.max(...nodes.map(n => n.events));
    nodes.forEach(n => { n.r = 10 + 14 * Math.sqrt(n.events / maxN); });
    document.getElementById("net").innerHTML = drawGraph(nodes, edges, { label: "Who acts on whom" }) +
      `<p class="muted">${edges.length} of ${body.data.edges_total} edges (heaviest first).</p>`;
    document.getElementById("netlist").innerHTML = `<details><summary>Edges as a table</summary><table><thead><tr><th scope="col">Source → target</th><th scope="col">Events</th><th scope="col">Conflict share</th></tr></thead><tbody>` +
      edges.map(e => `<tr><td><a href="#/dyad?a=${esc(e.source)}&b=${esc(e.target)}">${esc(e.source)} → ${esc(e.target)}</a></td><td>${e.weight}</td><td>${Math.round(e.conflict_share * 100)}%</td></tr>`).join("") + `</tbody></table></details>`;
  } catch (err) { showError(err); }
};

// ---- map ---------------------------------------------------------------------------------------
let WORLD = null;
views.map = async function (args, p) {
  main.innerHTML = `<h2>Map of event places</h2>
  <form class="filters card" id="mf" aria-label="Map filters">${field("actor", "Actor code", p.actor, 'placeholder="RUS" pattern="[A-Za-z0-9]{1,20}"')}
    ${selectField("quad_class", "Quad class", QUADS.map((q, i) => ({ v: i + 1, t: `${i + 1} ${q.label}` })), p.quad_class)}
    ${dateField("since", "From", p.since)} ${dateField("until", "To", p.until)}<button type="submit">Show</button></form>
  <section class="card"><p class="legend"><span style="--c:#2e8b57">mostly cooperation</span><span style="--c:#c0392b">mostly conflict</span><span style="--c:#888">dot area: number of events</span></p><div id="map"></div><div id="placelist"></div></section>`;
  document.getElementById("mf").addEventListener("submit", e => { e.preventDefault(); go("map", formValues(e.target)); });
  try {
    if (!WORLD) WORLD = await (await fetch("/static/world.json")).json();
    const body = await api("/api/places", { ...p, limit: 500 });
    const W = 1000, H = 500, X = lon => (lon + 180) / 360 * W, Y = lat => (90 - lat) / 180 * H;
    let s = `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="World map with event places"><rect width="${W}" height="${H}" fill="#eaf2f8"/>`;
    for (const c of WORLD.countries) {
      const d = c.rings.map(r => "M" + r.map(([lo, la]) => `${X(lo).toFixed(1)},${Y(la).toFixed(1)}`).join("L") + "Z").join("");
      s += `<path d="${d}" fill="#d9d6cf" stroke="#fff" stroke-width=".5"><title>${esc(c.name)}</title></path>`;
    }
    const maxE = Math.max(1, ...body.data.map(d => d.events));
    for (const d of body.data.slice().reverse()) {
      s += `<circle cx="${X(d.lon)}" cy="${Y(d.lat)}" r="${3 + 14 * Math.sqrt(d.events / maxE)}" fill="${edgeColor(d.conflict_share)}" fill-opacity=".75" stroke="#222" stroke-width=".6"><title>${esc(d.name)} (${esc(d.country || "")}): ${d.events} events, ${Math.round(d.conflict_share * 100)}% conflict</title></circle>`;
    }
    document.getElementById("map").innerHTML = s + `</svg>`;
    document.getElementById("placelist").innerHTML = body.data.length ? `<details><summary>Places as a table (${body.data.length})</summary><table><thead><tr><th scope="col">Place</th><th scope="col">Country</th><th scope="col">Events</th><th scope="col">Conflict share</th></tr></thead><tbody>` +
      body.data.map(d => `<tr><td>${esc(d.name)}</td><td><a href="#/timeline?place_country=${esc(d.country)}">${esc(d.country)}</a></td><td>${d.events}</td><td>${Math.round(d.conflict_share * 100)}%</td></tr>`).join("") + `</tbody></table></details>` : `<p class="muted">No event with a known place for these filters.</p>`;
  } catch (err) { showError(err); }
};

// ---- scenario and treaties --------------------------------------------------------------------
let COUNTRIES = null;
async function countryOptions(selected) {
  if (!COUNTRIES) COUNTRIES = (await api("/api/countries")).data;
  return COUNTRIES.map(c => `<option value="${esc(c.code)}"${c.code === selected ? " selected" : ""}>${esc(c.code)} – ${esc(c.name)}</option>`).join("");
}

views.scenario = async function (args, p) {
  const today = new Date().toISOString().slice(0, 10);
  let opts1 = "", opts2 = "";
  try { opts1 = await countryOptions(p.attacked || "PRK"); opts2 = await countryOptions(p.by || "KOR"); } catch (err) { return showError(err); }
  main.innerHTML = `<h2>Scenario: who is bound to act?</h2>
  <form class="filters card" id="sf" aria-label="Scenario">
    <label for="f-attacked">Attacked state<select id="f-attacked" name="attacked" required>${opts1}</select></label>
    <label for="f-by">Attacked by<select id="f-by" name="by" required>${opts2}</select></label>
    ${dateField("on", "On", p.on || today)}
    ${field("where", "Where (optional)", p.where, 'placeholder="Hawaii"')}
    <label for="f-depth">Depth<select id="f-depth" name="depth">${[1, 2, 3, 4].map(d => `<option${String(d) === (p.depth || "1") ? " selected" : ""}>${d}</option>`).join("")}</select></label>
    <button type="submit" id="run-scenario">Run scenario</button></form><div id="sout"></div>`;
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
      marker: "mid", width: 1 + o.strength, dash: o.depth > 1, title: `${o.state} bound by ${o.treaty} Art. ${o.article} (strength ${o.strength})` });
  }
  const fixed = { [r.by]: { x: 160, y: 220 }, [r.attacked]: { x: 520, y: 220 } };
  const obliged = r.obliged.length ? `<table id="obliged"><thead><tr><th scope="col">Strength</th><th scope="col">State</th><th scope="col">Side</th><th scope="col">Depth</th><th scope="col">Clause</th><th scope="col">Conditions</th></tr></thead><tbody>` +
    r.obliged.map(o => `<tr><td class="strength s${o.strength}">${o.strength}</td><td>${esc(o.state)}</td><td>${esc(o.side)}</td><td>${o.depth}</td><td>${esc(o.treaty)} Art. ${esc(o.article)}<br><span class="muted">${esc(o.treaty_name || "")}</span></td><td>${(o.conditions || []).map(c => `<span title="${esc(c)}">${esc(String(c).split(": ")[0])}</span>`).join(", ") || "–"}</td></tr>`).join("") + `</tbody></table>`
    : `<p>Nobody is obliged by a recorded treaty clause.</p>`;
  document.getElementById("sout").innerHTML = `
  <section class="card"><h3>${esc(r.attacked)} attacked by ${esc(r.by)}${r.where ? " at " + esc(r.where) : ""} on ${esc(r.on)} (depth ${r.depth})</h3>
    ${r.notes.map(n => `<p class="muted">${esc(n)}</p>`).join("")}
    <div>${drawGraph(nodes, edges, { label: "Scenario network: attacker, attacked and the states bound to act", height: 440, fixed })}
      <p class="legend"><span style="--c:#a32a1c">strength 4-5</span><span style="--c:#b86200">strength 3</span><span style="--c:#1f6fb2">strength 1-2</span><span style="--c:#888">dashed: drawn in at depth 2+</span></p></div>
    <h3>Bound to act</h3>${obliged}</section>
  <section class="card" aria-labelledby="un-h"><h3 id="un-h">UN rules bearing on the responses</h3>${r.rules.length ? `<ul id="rules">${r.rules.map(x => `<li><span class="flag">${esc(x.rule)}</span> ${esc((x.applies_to || []).join(", "))}: ${esc(x.reason)}</li>`).join("")}</ul>` : `<p class="muted">None.</p>`}</section>
  ${r.conflicts.length ? `<section class="card"><h3>Conflicting commitments</h3><ul>${r.conflicts.map(c => `<li>${esc(c.state)}: ${esc(c.note)}</li>`).join("")}</ul></section>` : ""}
  ${r.informational.length ? `<section class="card"><h3>Attacker's partners (informational)</h3><ul>${r.informational.map(o => `<li>${esc(o.state)}: ${esc(o.treaty)} Art. ${esc(o.article)} (strength ${o.strength})</li>`).join("")}</ul></section>` : ""}
  ${r.excluded.length ? `<section class="card"><details><summary>Not obliged, and why (${r.excluded.length})</summary><ul>${r.excluded.map(e => `<li>${esc(e.treaty)} Art. ${esc(e.article)} (${esc((e.states || []).slice(0, 6).join(", "))}): ${esc(e.reason)}</li>`).join("")}</ul></details></section>` : ""}`;
};

views.treaties = async function (args, p) {
  const today = new Date().toISOString().slice(0, 10);
  let opts = "";
  try { opts = await countryOptions(p.party || ""); } catch (err) { return showError(err); }
  main.innerHTML = `<h2>Treaties</h2>
  <form class="filters card" id="tf" aria-label="Treaty query"><label for="f-party">Party<select id="f-party" name="party"><option value="">every state</option>${opts}</select></label>
    ${dateField("on", "On", p.on || today)}<button type="submit">Show clauses</button></form><div id="tout"></div>`;
  document.getElementById("tf").addEventListener("submit", e => { e.preventDefault(); go("treaties", formValues(e.target)); });
  try {
    const d = (await api("/api/treaties", { party: p.party, on: p.on || today })).data;
    document.getElementById("tout").innerHTML = `<section class="card"><h3>${d.binding.length} clause(s) binding ${esc(d.party_name || "any state")} on ${esc(d.on)}</h3>` +
      (d.binding.length ? `<table><thead><tr><th scope="col">Strength</th><th scope="col">Treaty</th><th scope="col">Article</th><th scope="col">Kind</th><th scope="col">Obligation</th><th scope="col">Parties</th></tr></thead><tbody>` +
        d.binding.map(b => `<tr><td class="strength s${b.strength}">${b.strength}</td><td>${esc(b.treaty)}<br><span class="muted">${esc(b.name)}</span></td><td>${esc(b.article)}</td><td>${esc(b.kind)}</td><td>${esc(b.obligation)}</td><td>${esc((b.parties || []).slice(0, 12).join(", "))}${b.parties.length > 12 ? " …" : ""}</td></tr>`).join("") + `</tbody></table>` : `<p class="muted">No recorded clause.</p>`) + `</section>`;
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
