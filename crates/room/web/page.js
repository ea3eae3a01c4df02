/* The participant page of a CX Recipe Designer room: share out the
   points, watch the mix, send the answer to the room — or, in the form
   exported for email, save it as a recipe file. No library; no request
   but the room's own answer address. Every text is set as text, never
   as markup. */
"use strict";

(function participantPage() {
  const data = JSON.parse(document.getElementById("room-data").textContent);
  const words = chooseWords(data.words, navigator.languages || [navigator.language]);
  const items = data.items;
  const points = data.points; // null: free amounts
  const amounts = items.map(() => 0);
  const state = restore(data.storageKey, items.length, data.maxAmount);
  const rows = [];
  let sentAmounts = state.sentAmounts;
  let sentName = state.sentName;

  const $ = (id) => document.getElementById(id);
  const nameInput = $("name");
  const sendButton = $("send");
  const statusLine = $("status");

  document.documentElement.lang = words.lang;
  $("intro").textContent = points === null ? words.introFree : fill(words.intro, { points });
  $("name-label").textContent = words.nameLabel;
  $("privacy").textContent = data.mode === "file" ? words.fileHint : words.privacy;
  nameInput.value = state.name;
  items.forEach((item, i) => rows.push(row(item, i)));
  if (points === null || state.amounts.reduce((a, b) => a + b, 0) <= points) {
    state.amounts.forEach((amount, i) => { amounts[i] = amount; });
  }
  rows.forEach((_, i) => show(i));
  if (sentAmounts) {
    say(receivedText(sentName), "ok");
  }
  update();

  nameInput.addEventListener("input", update);
  sendButton.addEventListener("click", () => (data.mode === "file" ? saveFile() : send()));

  function row(item, i) {
    const li = element("li", { class: "item" });
    const head = element("div", { class: "head" });
    const swatch = svg("svg", { class: "swatch", viewBox: "0 0 10 10", "aria-hidden": "true", focusable: "false" });
    swatch.appendChild(svg("circle", { cx: 5, cy: 5, r: 5, fill: item.colour }));
    const name = item.name || fill(words.unnamed, { n: i + 1 });
    const label = element("label", { for: `amount-${i}` }, name);
    const output = element("output", { for: `amount-${i}`, "aria-hidden": "true" }, "0");
    head.append(swatch, label, output);
    li.appendChild(head);
    const description = item.desc[words.lang] || item.desc.en;
    const slider = element("input", {
      id: `amount-${i}`, type: "range", min: 0, max: data.maxAmount, step: 1, value: 0,
    });
    if (description) {
      li.appendChild(element("p", { class: "desc", id: `desc-${i}` }, description));
      slider.setAttribute("aria-describedby", `desc-${i}`);
    }
    const fewer = element("button", { type: "button", class: "step", "aria-label": fill(words.fewer, { name }) }, "−");
    const more = element("button", { type: "button", class: "step", "aria-label": fill(words.more, { name }) }, "+");
    const controls = element("div", { class: "controls" });
    controls.append(fewer, slider, more);
    li.appendChild(controls);
    $("items").appendChild(li);
    slider.addEventListener("input", () => set(i, Number(slider.value)));
    fewer.addEventListener("click", () => set(i, amounts[i] - 1));
    more.addEventListener("click", () => set(i, amounts[i] + 1));
    return { slider, output };
  }

  /* An amount within its range and, with a budget, within what is left. */
  function set(i, wanted) {
    let value = Math.max(0, Math.min(data.maxAmount, Math.round(wanted)));
    if (points !== null) {
      value = Math.min(value, points - (total() - amounts[i]));
    }
    amounts[i] = value;
    show(i);
    update();
  }

  function show(i) {
    const { slider, output } = rows[i];
    slider.value = String(amounts[i]);
    output.textContent = String(amounts[i]);
    slider.setAttribute("aria-valuetext", amounts[i] === 1 ? words.pointValue : fill(words.pointsValue, { n: amounts[i] }));
  }

  function total() {
    return amounts.reduce((a, b) => a + b, 0);
  }

  function update() {
    const sum = total();
    let left;
    if (points === null) {
      left = fill(words.total, { n: sum });
    } else if (points - sum === 0) {
      left = words.noPointsLeft;
    } else {
      left = points - sum === 1 ? words.pointLeft : fill(words.pointsLeft, { n: points - sum });
    }
    $("left").textContent = left;
    drawPie();
    const changed = sentAmounts !== null && (sentName !== cleanName(nameInput.value) || sentAmounts.some((a, i) => a !== amounts[i]));
    if (data.mode === "file") {
      sendButton.textContent = words.saveFile;
    } else {
      sendButton.textContent = sentAmounts === null ? words.send : (changed ? words.sendAgain : words.resend);
    }
    if (changed && statusLine.className === "ok" && data.mode !== "file") {
      say(words.changed, "note");
    }
    keep();
  }

  function drawPie() {
    const pie = $("pie");
    pie.replaceChildren();
    const sum = total();
    if (sum <= 0) {
      pie.appendChild(svg("circle", { r: 0.95, fill: "none", stroke: "currentColor", "stroke-width": 0.08, "stroke-dasharray": "0.2 0.15" }));
      return;
    }
    let angle = -Math.PI / 2;
    items.forEach((item, i) => {
      if (amounts[i] <= 0) {
        return;
      }
      const sweep = (amounts[i] / sum) * 2 * Math.PI;
      if (sweep > 2 * Math.PI - 1e-9) {
        pie.appendChild(svg("circle", { r: 1, fill: item.colour }));
      } else {
        const [x0, y0, x1, y1] = [Math.cos(angle), Math.sin(angle), Math.cos(angle + sweep), Math.sin(angle + sweep)];
        const large = sweep > Math.PI ? 1 : 0;
        const d = `M0 0L${x0.toFixed(4)} ${y0.toFixed(4)}A1 1 0 ${large} 1 ${x1.toFixed(4)} ${y1.toFixed(4)}Z`;
        pie.appendChild(svg("path", { d, fill: item.colour, stroke: "#ffffff", "stroke-width": 0.03 }));
      }
      angle += sweep;
    });
  }

  async function send() {
    if (total() <= 0) {
      say(words.needPoints, "error");
      return;
    }
    const name = cleanName(nameInput.value);
    const sending = amounts.slice();
    const body = JSON.stringify({ token: state.token, name, amounts: sending });
    sendButton.disabled = true;
    say(words.sending, "busy");
    let outcome = await post(body);
    for (let attempt = 1; outcome.retry && attempt < 3; attempt += 1) {
      await new Promise((done) => setTimeout(done, 500 * attempt + Math.random() * 500));
      outcome = await post(body);
    }
    if (outcome.received) {
      sentAmounts = sending;
      sentName = name;
      say(receivedText(name), "ok");
    } else {
      say(outcome.text, "error");
    }
    sendButton.disabled = false;
    update();
  }

  /* One try: received, or the words to show and whether to try again
     (the room busy, or out of reach for a moment). */
  async function post(body) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 15000);
    try {
      const response = await fetch(data.answerUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body,
        cache: "no-store",
        credentials: "omit",
        redirect: "error",
        signal: controller.signal,
      });
      const reply = await response.json().catch(() => ({}));
      if (response.ok && reply.status === "received") {
        return { received: true };
      }
      return { text: errorText(response.status, reply.error), retry: response.status === 503 && !reply.error };
    } catch {
      return { text: words.errNetwork, retry: !controller.signal.aborted };
    } finally {
      clearTimeout(timer);
    }
  }

  function receivedText(name) {
    return name ? fill(words.receivedNamed, { name }) : words.received;
  }

  function errorText(status, error) {
    const known = { too_many: words.errTooMany, full: words.errFull, not_saved: words.errNotSaved };
    if (known[error]) {
      return known[error];
    }
    if (status === 404) {
      return words.errClosed;
    }
    return status >= 400 && status < 500 ? words.errInvalid : words.errNetwork;
  }

  /* The exported form: the answer as a recipe file, saved by the browser. */
  function saveFile() {
    if (total() <= 0) {
      say(words.needPoints, "error");
      return;
    }
    const name = cleanName(nameInput.value);
    const file = `${stem(name) || "my-answer"}.ron`;
    const url = URL.createObjectURL(new Blob([toRon(name)], { type: "application/octet-stream" }));
    const link = element("a", { href: url, download: file });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    say(fill(words.savedFile, { file }), "ok");
  }

  /* The same recipe file the room writes: version, title, author, budget,
     then each ingredient in parts. */
  function toRon(name) {
    const title = name ? `${Array.from(data.title).slice(0, data.titleMax).join("")} — ${name}` : data.title;
    const newer = points !== null || items.some((item) => item.tag);
    const lines = [
      "// A CX Recipe Designer recipe: open it with cx-recipe, or read and edit it as text.",
      "(",
      `    version: ${newer ? 2 : 1},`,
      `    title: ${ronString(title)},`,
    ];
    if (name) {
      lines.push(`    author: ${ronString(name)},`);
    }
    if (points !== null) {
      lines.push(`    budget: ${ronNumber(points)},`);
    }
    lines.push("    ingredients: [");
    items.forEach((item, i) => {
      lines.push("        (", `            name: ${ronString(item.name)},`, `            amount: ${ronNumber(amounts[i])},`,
        "            unit: Part,", `            colour: "${item.colour}",`);
      if (item.tag) {
        lines.push(`            tag: ${item.tag},`);
      }
      lines.push("        ),");
    });
    lines.push("    ],", ")", "");
    return lines.join("\n");
  }

  function say(text, kind) {
    statusLine.textContent = text;
    statusLine.className = kind;
  }

  function keep() {
    state.name = nameInput.value;
    state.amounts = amounts.slice();
    state.sentAmounts = sentAmounts;
    state.sentName = sentName;
    try {
      localStorage.setItem(data.storageKey, JSON.stringify(state));
    } catch {
      /* Storage off (private mode, a file opened offline): nothing kept. */
    }
  }

  function chooseWords(all, languages) {
    for (const language of languages) {
      const primary = String(language).toLowerCase().split(/[-_]/)[0];
      if (Object.prototype.hasOwnProperty.call(all, primary)) {
        return all[primary];
      }
    }
    return all.en;
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (whole, key) => (Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole));
  }

  /* The last answer this browser gave (and its token), if it kept one. */
  function restore(key, count, max) {
    let kept;
    try {
      kept = JSON.parse(localStorage.getItem(key) || "{}") || {};
    } catch {
      kept = {};
    }
    const fits = (list) => Array.isArray(list) && list.length === count
      && list.every((a) => Number.isInteger(a) && a >= 0 && a <= max);
    const sent = fits(kept.sentAmounts) && typeof kept.sentName === "string";
    return {
      token: /^[0-9a-f]{32}$/.test(kept.token) ? kept.token : newToken(),
      name: typeof kept.name === "string" ? kept.name : "",
      amounts: fits(kept.amounts) ? kept.amounts : new Array(count).fill(0),
      sentAmounts: sent ? kept.sentAmounts : null,
      sentName: sent ? kept.sentName : null,
    };
  }

  function newToken() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  /* As the room keeps a name: no control or direction-override characters,
     spaces collapsed, at most 60 characters. */
  function cleanName(name) {
    const kept = Array.from(name.replace(/\p{Cc}/gu, " ").replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ""))
      .join("").split(/\s+/).filter(Boolean).join(" ");
    return Array.from(kept).slice(0, 60).join("").trimEnd();
  }

  function stem(name) {
    return Array.from(name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "")).slice(0, 40).join("").replace(/-+$/, "");
  }

  function ronString(text) {
    let out = "\"";
    for (const ch of text) {
      const code = ch.codePointAt(0);
      if (ch === "\"" || ch === "\\") {
        out += `\\${ch}`;
      } else if (ch === "\n") {
        out += "\\n";
      } else if (ch === "\t") {
        out += "\\t";
      } else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) {
        out += `\\u{${code.toString(16)}}`;
      } else {
        out += ch;
      }
    }
    return `${out}"`;
  }

  function ronNumber(n) {
    return Number.isInteger(n) ? `${n}.0` : String(n);
  }

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes)) {
      node.setAttribute(key, String(value));
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function svg(tag, attributes) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [key, value] of Object.entries(attributes)) {
      node.setAttribute(key, String(value));
    }
    return node;
  }
})();
