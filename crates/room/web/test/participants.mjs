// The browser half of tests/integration/room_browser.rs: Debian's Chromium,
// headless, driven by Playwright, as participants on 127.0.0.1 — three
// answer a room in English, Spanish and German (one of them then changes
// and sends again), one with markup in its name answers a second room, and
// one fills in the exported form offline and saves the download. Prints
// what it saw as JSON on stdout; the Rust test checks the files.
//
//   node test/participants.mjs CONFIG.json
//   CONFIG: { room, markupRoom, form, shots, downloads }
/* global document -- inside page.evaluate, which runs in the page */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const config = JSON.parse(readFileSync(process.argv[2], "utf8"));
const STEP_TIMEOUT = 15000;
const browser = await chromium.launch({
  executablePath: process.env.CX_CHROMIUM || "/usr/bin/chromium",
  headless: true,
  chromiumSandbox: false,
  timeout: 60000,
  // Without the background-networking flags Chromium dials out at start,
  // which this machine's closed network refuses.
  args: [
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const report = { participants: [], markup: null, form: null };

try {
  // Each participant is a phone of their own: a fresh context (its own
  // storage, so its own token), 390 × 844, in their language.
  const ann = await phone("en-GB");
  await answer(ann, "Ann", async (p) => {
    await press(p.getByRole("slider", { name: "Efficiency" }), "ArrowRight", 50);
    await press(p.getByRole("slider", { name: "Storytelling" }), "ArrowRight", 30);
    await tap(p.getByRole("button", { name: "More points for Coffee" }), 20);
  });
  const bea = await phone("es-ES");
  await answer(bea, "Bea", async (p) => {
    await tap(p.getByRole("button", { name: "Más puntos para Efficiency" }), 10);
    await press(p.getByRole("slider", { name: "Storytelling" }), "ArrowRight", 70);
    await tap(p.getByRole("button", { name: "Más puntos para Coffee" }), 20);
  });
  const carl = await phone("de-DE");
  await answer(carl, "Carl", async (p) => {
    await press(p.getByRole("slider", { name: "Coffee" }), "End", 1);
    // All 100 points spent: one more for Efficiency is refused.
    await tap(p.getByRole("button", { name: "Mehr Punkte für Efficiency" }), 1);
    report.capped = await p.locator("#amount-0").inputValue();
    await press(p.getByRole("slider", { name: "Coffee" }), "ArrowLeft", 40);
    await press(p.getByRole("slider", { name: "Efficiency" }), "ArrowRight", 40);
  });
  // Ann comes back: the page remembers her answer; she changes it and
  // sends again (the same token, so it replaces the first).
  await ann.page.reload();
  await ann.page.locator("#status.ok").waitFor({ timeout: STEP_TIMEOUT });
  report.restored = await ann.page.locator("#amount-0").inputValue();
  await press(ann.page.getByRole("slider", { name: "Efficiency" }), "ArrowLeft", 10);
  await tap(ann.page.getByRole("button", { name: "More points for Coffee" }), 10);
  report.changedNote = await ann.page.locator("#status").textContent();
  await send(ann);

  report.markup = await markupParticipant();
  report.form = await offlineForm();
} finally {
  await browser.close();
}
process.stdout.write(`${JSON.stringify(report)}\n`);

async function phone(locale, extra = {}) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale,
    ...extra,
  });
  context.setDefaultTimeout(STEP_TIMEOUT);
  const page = await context.newPage();
  const seen = { context, page, locale, dialogs: 0, errors: [] };
  page.on("dialog", async (dialog) => {
    seen.dialogs += 1;
    await dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.type() === "error") {
      seen.errors.push(message.text());
    }
  });
  page.on("pageerror", (error) => seen.errors.push(String(error)));
  return seen;
}

async function answer(who, name, share) {
  const { page, locale } = who;
  await page.goto(config.room);
  await page.locator("#items li").nth(2).waitFor();
  await share(page);
  await page.getByRole("textbox").fill(name);
  const entry = {
    name,
    locale,
    lang: await page.evaluate(() => document.documentElement.lang),
    left: await page.locator("#left").textContent(),
    button: await page.locator("#send").textContent(),
  };
  await send(who);
  entry.status = await page.locator("#status").textContent();
  await page.screenshot({ path: join(config.shots, `phone-${entry.lang}.png`) });
  entry.dialogs = who.dialogs;
  entry.errors = who.errors;
  report.participants.push(entry);
}

async function send(who) {
  await who.page.locator("#send").click();
  await who.page.locator("#status.ok").waitFor({ timeout: STEP_TIMEOUT });
}

async function press(locator, key, times) {
  await locator.focus();
  for (let i = 0; i < times; i += 1) {
    await locator.press(key);
  }
}

async function tap(locator, times) {
  for (let i = 0; i < times; i += 1) {
    await locator.tap();
  }
}

/* A name (and a recipe) full of markup: shown as the characters they are. */
async function markupParticipant() {
  const who = await phone("en-GB");
  const { page } = who;
  const name = "<script>alert(1)</script><img src=x onerror=alert(2)>";
  await page.goto(config.markupRoom);
  await page.locator("#items li").nth(1).waitFor();
  const before = await page.evaluate(() => document.querySelectorAll("script, img, b").length);
  await tap(page.locator("#items li").nth(0).getByRole("button").nth(1), 5);
  await page.getByRole("textbox").fill(name);
  await send(who);
  await page.waitForTimeout(300);
  return {
    name,
    status: await page.locator("#status").textContent(),
    title: await page.locator("h1").textContent(),
    firstIngredient: await page.locator("#items label").first().textContent(),
    elementsBefore: before,
    elementsAfter: await page.evaluate(() => document.querySelectorAll("script, img, b").length),
    dialogs: who.dialogs,
    errors: who.errors,
  };
}

/* The exported form, opened from a file with the network off: every
   request it makes is recorded (there must be none but the file itself),
   and the answer is saved as a download. */
async function offlineForm() {
  const who = await phone("en-GB", { offline: true, acceptDownloads: true });
  const { page } = who;
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(`file://${config.form}`);
  await page.locator("#items li").nth(2).waitFor();
  await press(page.getByRole("slider", { name: "Efficiency" }), "ArrowRight", 25);
  await tap(page.getByRole("button", { name: "More points for Storytelling" }), 25);
  await press(page.getByRole("slider", { name: "Coffee" }), "ArrowRight", 50);
  await page.getByRole("textbox").fill("Dana");
  const button = await page.locator("#send").textContent();
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#send").click()]);
  const file = join(config.downloads, download.suggestedFilename());
  await download.saveAs(file);
  await page.locator("#status.ok").waitFor();
  await page.screenshot({ path: join(config.shots, "form-en.png") });
  return {
    button,
    file,
    status: await page.locator("#status").textContent(),
    requests,
    errors: who.errors,
  };
}
