/* /docs: Swagger UI from packaged files (the fastapi-offline package, served under /docs-assets) over
   /openapi.json; where that package is missing, a plain page of routes, parameters and schemas, drawn
   from /openapi.json with DOM calls only. No inline script: the Content-Security-Policy forbids it. */
"use strict";

function el(tag, text, attrs) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  return e;
}
function typeOf(schema) {
  if (!schema) return "";
  if (schema.$ref) return schema.$ref.split("/").pop();
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(" | ");
  if (schema.enum) return schema.enum.join(" | ");
  if (schema.type === "array") return typeOf(schema.items) + "[]";
  return [schema.type, schema.pattern ? `pattern ${schema.pattern}` : "",
          schema.minimum !== undefined ? `≥ ${schema.minimum}` : "", schema.maximum !== undefined ? `≤ ${schema.maximum}` : ""]
    .filter(Boolean).join(", ");
}
async function plainDocs() {
  const root = document.getElementById("plain-docs");
  root.hidden = false;
  const spec = await (await fetch("/openapi.json")).json();
  root.append(el("h1", `${spec.info.title} ${spec.info.version}`), el("p", spec.info.description || ""));
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const sec = el("section");
      const h = el("h3");
      h.append(el("span", method.toUpperCase(), { class: "method" }), document.createTextNode(path));
      sec.append(h, el("p", op.summary || ""));
      if (op.description) sec.append(el("p", op.description));
      const params = op.parameters || [];
      if (params.length) {
        const t = el("table"), head = el("tr");
        ["name", "in", "required", "type", "description"].forEach(x => head.append(el("th", x, { scope: "col" })));
        t.append(head);
        for (const p of params) {
          const tr = el("tr");
          [p.name, p.in, p.required ? "yes" : "", typeOf(p.schema), p.description || p.schema?.description || ""]
            .forEach(x => tr.append(el("td", x)));
          t.append(tr);
        }
        sec.append(t);
      }
      const body = op.requestBody?.content?.["application/json"]?.schema;
      if (body) sec.append(el("p", "Body: " + typeOf(body) + (body.properties ? " " + JSON.stringify(Object.keys(body.properties)) : "")));
      root.append(sec);
    }
  }
  root.append(el("h2", "Schemas"));
  for (const [name, schema] of Object.entries(spec.components?.schemas || {})) {
    const sec = el("section");
    sec.append(el("h3", name), el("pre", JSON.stringify(schema, null, 2)));
    root.append(sec);
  }
}

if (typeof window.SwaggerUIBundle === "function") {
  window.ui = window.SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,          // no call to validator.swagger.io
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
} else {
  plainDocs().catch(err => document.body.append(el("p", "Could not read /openapi.json: " + err.message)));
}
