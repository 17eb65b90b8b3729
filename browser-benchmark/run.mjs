// The benchmark: bytes shipped and time to a result, for cto-match's release build, a SurveyJS page
// and a hand-written floor, served alike on 127.0.0.1 and loaded in headless Chromium.
// Run through `bash .ci/bench` (it builds the release and installs SurveyJS first).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
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
for (const file of readdirSync(DIST).sort()) {
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
}, { pages: hostPages });
const browser = await launch();
const targets = { "cto-match": "/cto-match/", SurveyJS: "/surveyjs/", floor: "/floor/" };
const times = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
const shown = {};

/** One cold load (a fresh context, empty cache): navigation start to the result in the DOM, in ms. */
async function load(path) {
  const context = await browser.newContext();
  const page = await context.newPage();
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

for (let i = 0; i < RUNS; i++) {
  for (const [name, path] of Object.entries(targets)) {
    const { ms, result } = await load(path);
    times[name].push(ms);
    shown[name] ??= result;
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
console.log("| page | median | p25–p75 | min–max |\n|---|---:|---:|---:|");
const median = {};
for (const [name, xs] of Object.entries(times)) {
  median[name] = quantile(xs, 0.5);
  console.log(`| ${name} | ${median[name].toFixed(1)} | ${quantile(xs, 0.25).toFixed(1)}–${quantile(xs, 0.75).toFixed(1)} | ${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} |`);
}
const ratio = (a, b) => (a / b).toFixed(2);
console.log(`\n| ratio (same run) | time to result | bytes (brotli) |\n|---|---:|---:|`);
console.log(`| cto-match / SurveyJS | ${ratio(median["cto-match"], median.SurveyJS)} | ${ratio(totals["cto-match"].brotli, totals.SurveyJS.brotli)} |`);
console.log(`| cto-match / floor | ${ratio(median["cto-match"], median.floor)} | ${ratio(totals["cto-match"].brotli, totals.floor.brotli)} |`);

console.log(`\n## The lazy embed's cost to a host page\n\nA 150-paragraph article with a widget at its end, far below the fold,`);
console.log(`loaded ${RUNS} times cold, until the network is idle; medians. Bytes are cto-match's files fetched (brotli).\n`);
console.log("| host page | cto-match files | bytes (brotli) | load event ms | script ms | main-thread tasks ms |\n|---|---:|---:|---:|---:|---:|");
for (const [name, runs] of Object.entries(hosts)) {
  const m = (key) => quantile(runs.map((r) => r[key]), 0.5);
  console.log(`| ${name} | ${m("files")} | ${m("bytes")} | ${m("loadEvent").toFixed(1)} | ${m("script").toFixed(1)} | ${m("task").toFixed(1)} |`);
}
