// The benchmark: bytes shipped, time to a result (CPU 1x and 4x) and the cost of answers, for
// cto-match's release build, a SurveyJS page and a hand-written floor, served alike on 127.0.0.1 with
// brotli (as static hosts send) and loaded in headless Chromium; then Lighthouse on the standalone page.
// Run through `bash .ci/bench` (it builds the release and installs SurveyJS first).
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { promisify } from "node:util";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { brotliSize, DIST, launch, ROOT, serve } from "../tests/e2e/harness.mjs";

const LINK = "headcount=45&tech=6&stage=scaling&needs=hire-team,scalability";
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const PAGES = join(ROOT, "browser-benchmark/pages");
const DEPS = join(ROOT, "target/bench-deps/node_modules");

const measure = (path) => {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliSize(bytes) };
};
const kb = (n) => (n / 1024).toFixed(1);

/** cto-match's first load: what the standalone page fetches to show a result. */
const FIRST_LOAD = ["index.html", "loader.js", "cto-match.js", "cto-match_bg.wasm", "tokens.css", "widget.css", "page.css", "favicon.svg"];
const SETS = {
  "cto-match": FIRST_LOAD.map((f) => join(DIST, f)),
  SurveyJS: [
    join(PAGES, "surveyjs/index.html"),
    join(PAGES, "surveyjs/app.js"),
    join(PAGES, "shared/cto.js"),
    join(DEPS, "survey-core/survey.core.min.js"),
    join(DEPS, "survey-js-ui/survey-js-ui.min.js"),
    join(DEPS, "survey-core/survey-core.min.css"),
  ],
  floor: [join(PAGES, "floor/index.html"), join(PAGES, "floor/app.js"), join(PAGES, "shared/cto.js")],
};

console.log("## Bytes shipped\n");
console.log("cto-match's release build (dist/); * marks the first load of the standalone page:\n");
console.log("| file | raw | gzip | brotli |\n|---|---:|---:|---:|");
const files = readdirSync(DIST, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
for (const file of files.map((e) => relative(DIST, join(e.parentPath, e.name))).sort()) {
  const m = measure(join(DIST, file));
  console.log(`| ${file}${FIRST_LOAD.includes(file) ? " *" : ""} | ${m.raw} | ${m.gzip} | ${m.brotli} |`);
}
console.log("\nFirst load, all files together:\n\n| page | raw KB | gzip KB | brotli KB |\n|---|---:|---:|---:|");
const totals = {};
for (const [name, files] of Object.entries(SETS)) {
  const t = files.map(measure).reduce((a, m) => ({ raw: a.raw + m.raw, gzip: a.gzip + m.gzip, brotli: a.brotli + m.brotli }));
  totals[name] = t;
  console.log(`| ${name} | ${kb(t.raw)} | ${kb(t.gzip)} | ${kb(t.brotli)} |`);
}

// The lazy embed's cost to a host: the same long article, without the widget and with one far below
// the fold (lazy, the default) or eager.
const article = (widget) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
  <title>article</title>${widget ? '<script type="module" src="/cto-match/loader.js"></script>' : ""}</head><body><article>
  ${Array.from({ length: 150 }, (_, i) => `<p>Paragraph ${i + 1}: what a founder weighs before hiring a technical lead.</p>`).join("")}
  ${widget}</article></body></html>`;
const HOSTS = {
  "no widget": article(""),
  "lazy widget, far below": article('<cto-match headcount="45"></cto-match>'),
  "eager widget, far below": article('<cto-match headcount="45" loading="eager"></cto-match>'),
};
const hostPages = Object.fromEntries(Object.keys(HOSTS).map((name, i) => [`/host/${i}.html`, HOSTS[name]]));

const server = await serve({
  "/cto-match/": DIST,
  "/surveyjs/": join(PAGES, "surveyjs"),
  "/floor/": join(PAGES, "floor"),
  "/shared/": join(PAGES, "shared"),
  "/deps/": DEPS,
}, { pages: hostPages, compress: true });
const browser = await launch();
const targets = { "cto-match": "/cto-match/", SurveyJS: "/surveyjs/", floor: "/floor/" };
// CPU 1x, and 4x (DevTools' throttling, standing for a mid-range phone).
const RATES = [1, 4];
const times = Object.fromEntries(RATES.map((rate) => [rate, Object.fromEntries(Object.keys(targets).map((k) => [k, []]))]));
const shown = {};

/** One cold load (a fresh context, empty cache): navigation start to the result in the DOM, in ms. */
async function load(path, rate = 1) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (rate !== 1) await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate });
  await page.addInitScript(() => {
    window.__ttr = new Promise((resolve) => {
      const found = () => document.querySelector("[data-cto-type]");
      const observer = new MutationObserver(() => {
        if (found()) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    });
  });
  await page.goto(`${server.origin}${path}#${LINK}`);
  const ms = await page.evaluate(() => window.__ttr);
  const result = await page.evaluate(() => ({
    type: document.querySelector("[data-cto-type]").getAttribute("data-cto-type"),
    missions: [...document.querySelectorAll("[data-mission]")].map((e) => e.dataset.mission),
  }));
  await context.close();
  return { ms, result };
}

for (const rate of RATES) {
  for (let i = 0; i < RUNS; i++) {
    for (const [name, path] of Object.entries(targets)) {
      const { ms, result } = await load(path, rate);
      times[rate][name].push(ms);
      shown[name] ??= result;
    }
  }
}

/**
 * What a visitor's answers cost once the result shows, on a phone-sized page: typing a digit into the
 * headcount, ticking a need and, for cto-match, switching the language. The Event Timing API's duration
 * (input to the next paint, 8 ms steps) of each interaction, the longest event of it.
 */
const ACTIONS = {
  "type a headcount digit": { "cto-match": "[id$='-headcount']", floor: "input[name=headcount]", how: "type" },
  "tick a need": { "cto-match": "input[type=checkbox][value=data]", floor: "input[type=checkbox][value=data]", how: "click" },
  "switch language": { "cto-match": ".lang-switch__button[lang=fr]", how: "click" },
};
async function interactions(path, name, rate) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: false });
  const page = await context.newPage();
  await page.goto(`${server.origin}${path}#${LINK}`);
  await page.locator("[data-cto-type]").first().waitFor();
  await page.evaluate(() => {
    window.__events = [];
    new PerformanceObserver((list) =>
      window.__events.push(...list.getEntries().filter((e) => e.interactionId).map((e) => ({ id: e.interactionId, d: e.duration, start: e.startTime }))),
    ).observe({ type: "event", durationThreshold: 16, buffered: true });
    // When the result itself changed: the frame after the first change inside the result element.
    window.__resultAt = 0;
    new MutationObserver((records) => {
      const result = document.querySelector("[data-cto-type]");
      const inside = records.some((r) => result && (r.target === result || result.contains(r.target)));
      if (inside && !window.__resultAt) requestAnimationFrame((t) => (window.__resultAt ||= t));
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  if (rate !== 1) await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate });
  const out = {};
  for (const [action, where] of Object.entries(ACTIONS)) {
    if (!where[name]) continue;
    const target = page.locator(where[name]).first();
    await target.scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    const before = await page.evaluate(() => ((window.__resultAt = 0), window.__events.length));
    if (where.how === "type") {
      await target.focus();
      await page.keyboard.press("End");
      await page.keyboard.press("1");
    } else {
      await target.click();
    }
    // Two frames and a pause: the entries are reported after the next paint.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
    const events = await page.evaluate((from) => window.__events.slice(from), before);
    out[action] = events.length ? Math.max(...events.map((e) => e.d)) : 0;
    // From the input to the frame that shows the changed result.
    const resultAt = await page.evaluate(() => window.__resultAt);
    out[`${action} (result shown)`] = events.length && resultAt ? resultAt - Math.min(...events.map((e) => e.start)) : 0;
  }
  await context.close();
  return out;
}
const INTERACTION_RUNS = Math.max(3, Math.round(RUNS / 4));
const slow = {};
for (const rate of RATES) {
  for (const name of ["cto-match", "floor"]) {
    const runs = [];
    for (let i = 0; i < INTERACTION_RUNS; i++) runs.push(await interactions(targets[name], name, rate));
    slow[rate] ??= {};
    slow[rate][name] = Object.fromEntries(Object.keys(runs[0]).map((action) => [action, runs.map((r) => r[action])]));
  }
}
/**
 * A host page's cold load: the load event, the main thread's script and task time until the network
 * is idle (Chromium's metrics), and the bytes of cto-match's files it fetched (brotli, as served).
 */
async function host(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const fetched = [];
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.pathname.startsWith("/cto-match/")) fetched.push(url.pathname.slice("/cto-match/".length));
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(`${server.origin}${path}`, { waitUntil: "networkidle" });
  const loadEvent = await page.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventEnd);
  const metrics = Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
  await context.close();
  return {
    loadEvent,
    script: metrics.ScriptDuration * 1000,
    task: metrics.TaskDuration * 1000,
    bytes: fetched.reduce((sum, file) => sum + brotliSize(join(DIST, file)), 0),
    files: fetched.length,
  };
}
const hosts = Object.fromEntries(Object.keys(HOSTS).map((name) => [name, []]));
for (let i = 0; i < RUNS; i++) {
  for (const [index, name] of Object.keys(HOSTS).entries()) hosts[name].push(await host(`/host/${index}.html`));
}
await browser.close();

/**
 * Lighthouse 12, mobile preset (simulated slow 4G, CPU 4x), on the standalone page opened with the
 * shared link: its four categories and the metrics behind performance, medians of LIGHTHOUSE_RUNS.
 */
const LIGHTHOUSE = join(DEPS, "lighthouse/cli/index.js");
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const lighthouse = [];
for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
  const { stdout } = await promisify(execFile)(
    "node",
    [LIGHTHOUSE, `${server.origin}/cto-match/#${LINK}`, "--output=json", "--quiet", "--chrome-flags=--headless=new --no-sandbox",
      "--only-categories=performance,accessibility,best-practices,seo"],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" }, maxBuffer: 1 << 28 },
  );
  const report = JSON.parse(stdout);
  const audit = (id) => report.audits[id].numericValue;
  lighthouse.push({
    ...Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, c.score])),
    lcp: audit("largest-contentful-paint"), tbt: audit("total-blocking-time"), fcp: audit("first-contentful-paint"), cls: audit("cumulative-layout-shift"),
  });
}
await server.close();

const reference = JSON.stringify(shown["cto-match"]);
for (const [name, result] of Object.entries(shown)) {
  if (JSON.stringify(result) !== reference) {
    console.error(`\n${name} shows ${JSON.stringify(result)}, cto-match ${reference}: the pages disagree`);
    process.exitCode = 1;
  }
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  return s[Math.floor(at)] + (s[Math.ceil(at)] - s[Math.floor(at)]) * (at - Math.floor(at));
};
console.log(`\n## Time to result\n\nA shared link (#${LINK}) loaded ${RUNS} times per page, cold (fresh context), in turn;`);
console.log("navigation start to the result in the DOM, in ms. All three pages show the same type and missions.\n");
console.log("| page | CPU | median | p25–p75 | min–max |\n|---|---:|---:|---:|---:|");
const median = {};
for (const rate of RATES) {
  median[rate] = {};
  for (const [name, xs] of Object.entries(times[rate])) {
    median[rate][name] = quantile(xs, 0.5);
    console.log(`| ${name} | ${rate}x | ${median[rate][name].toFixed(1)} | ${quantile(xs, 0.25).toFixed(1)}–${quantile(xs, 0.75).toFixed(1)} | ${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} |`);
  }
}
const ratio = (a, b) => (a / b).toFixed(2);
console.log(`\n| ratio (same run) | time to result, 1x | time to result, 4x | bytes (brotli) |\n|---|---:|---:|---:|`);
for (const other of ["SurveyJS", "floor"]) {
  const r = (rate) => ratio(median[rate]["cto-match"], median[rate][other]);
  console.log(`| cto-match / ${other} | ${r(1)} | ${r(4)} | ${ratio(totals["cto-match"].brotli, totals[other].brotli)} |`);
}

console.log(`\n## Interactions\n\nThe result shown (the same link) on a 390 px phone page, then each answer in turn; the Event Timing`);
console.log(`duration of each (input to next paint, ms, 8 ms steps), median of ${INTERACTION_RUNS} runs. The floor has no language switch:`);
console.log("its slowest interaction is the bar for every one of cto-match's.\n");
console.log("| interaction | CPU | cto-match | floor |\n|---|---:|---:|---:|");
for (const rate of RATES) {
  for (const action of Object.keys(ACTIONS)) {
    const cell = (name, key) => (slow[rate][name][key]?.some((x) => x) ? quantile(slow[rate][name][key], 0.5).toFixed(0) : "–");
    console.log(`| ${action} | ${rate}x | ${cell("cto-match", action)} | ${cell("floor", action)} |`);
    console.log(`| … until the changed result is drawn | ${rate}x | ${cell("cto-match", `${action} (result shown)`)} | ${cell("floor", `${action} (result shown)`)} |`);
  }
}
const answered = (rate, name) => Object.entries(slow[rate][name]).filter(([key]) => !key.endsWith("(result shown)"));
const slowest = (rate, name) => Math.max(...answered(rate, name).map(([, xs]) => quantile(xs, 0.5)));
console.log("\n| slowest interaction, ratio (same run) | CPU 1x | CPU 4x |\n|---|---:|---:|");
console.log(`| cto-match / floor | ${ratio(slowest(1, "cto-match"), slowest(1, "floor"))} | ${ratio(slowest(4, "cto-match"), slowest(4, "floor"))} |`);

console.log(`\n## The lazy embed's cost to a host page\n\nA 150-paragraph article with a widget at its end, far below the fold,`);
console.log(`loaded ${RUNS} times cold, until the network is idle; medians. Bytes are cto-match's files fetched (brotli).\n`);
console.log("| host page | cto-match files | bytes (brotli) | load event ms | script ms | main-thread tasks ms |\n|---|---:|---:|---:|---:|---:|");
for (const [name, runs] of Object.entries(hosts)) {
  const m = (key) => quantile(runs.map((r) => r[key]), 0.5);
  console.log(`| ${name} | ${m("files")} | ${m("bytes")} | ${m("loadEvent").toFixed(1)} | ${m("script").toFixed(1)} | ${m("task").toFixed(1)} |`);
}

console.log(`\n## Lighthouse\n\nLighthouse 12, mobile preset (simulated slow 4G and CPU 4x), the standalone page opened with the shared link,`);
console.log(`${LIGHTHOUSE_RUNS} runs; medians (min–max).\n`);
console.log("| measure | median | min–max |\n|---|---:|---:|");
for (const [key, label, digits] of [["performance", "performance", 2], ["accessibility", "accessibility", 2], ["best-practices", "best practices", 2], ["seo", "SEO", 2],
  ["tbt", "total blocking time, ms", 0], ["lcp", "largest contentful paint, ms", 0], ["fcp", "first contentful paint, ms", 0], ["cls", "cumulative layout shift", 3]]) {
  const xs = lighthouse.map((r) => r[key]);
  console.log(`| ${label} | ${quantile(xs, 0.5).toFixed(digits)} | ${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)} |`);
}
