// Measures the empty widget's height by its width, in each language, in Chromium, from the release build
// (dist/), and rewrites the placeholder's table (EMPTY_HEIGHT in web/embed.js). Run it after the form
// changes height (a new question), then rebuild: `node tools/measure-heights.mjs && bash .ci/release`.
// Every 10 px from 240 to 1440 (and both sides of widget.css's two-column query at 928 px), kept where
// the line bends: a point is left out when the straight line between its neighbours kept stays within
// 2.5 % of it. Heights are in tens of px, as the table holds them.
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { DIST, launch, serve } from "../tests/e2e/harness.mjs";

const EMBED = fileURLToPath(new URL("../web/embed.js", import.meta.url));
const TOLERANCE = 0.04;
const BREAK = 928; // widget.css: two columns from here

const widths = [];
for (let w = 240; w <= 1440; w += 10) widths.push(w);
widths.push(BREAK - 1, BREAK);
widths.sort((a, b) => a - b);

const widget = (lang, w) => `<cto-match loading="eager" lang="${lang}" data-w="${w}" style="display:block;width:${w}px"></cto-match>`;
const body = ["en", "fr"].flatMap((lang) => widths.map((w) => widget(lang, w))).join("");
const page = `<!doctype html><html><head><meta charset="utf-8"><title>heights</title><script src="/dist/loader.js"></script></head><body style="margin:0">${body}</body></html>`;

const server = await serve({ "/dist/": DIST }, { pages: { "/heights.html": page } });
const browser = await launch();
let rows;
try {
  const tab = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await tab.goto(`${server.origin}/heights.html`);
  const ready = () =>
    [...document.querySelectorAll("cto-match")].every(
      (el) => el.shadowRoot?.querySelector(".profile-form") && [...el.shadowRoot.querySelectorAll("link")].every((l) => l.sheet),
    );
  await tab.waitForFunction(ready, null, { timeout: 120_000 });
  await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  rows = await tab.evaluate(() =>
    [...document.querySelectorAll("cto-match")].map((el) => [el.getAttribute("lang"), +el.dataset.w, el.getBoundingClientRect().height]),
  );
} finally {
  await browser.close();
  await server.close();
}

/** Keeps the points where the line bends; the two sides of the column break are always kept. */
function bends(points) {
  const kept = [points[0]];
  let from = 0;
  while (from < points.length - 1) {
    let to = from + 1;
    for (let next = to + 1; next < points.length; next++) {
      if (points[from][0] === BREAK - 1 || points[next - 1][0] === BREAK - 1) break;
      const [w0, h0] = points[from];
      const [w1, h1] = points[next];
      const straight = points.slice(from + 1, next).every(([w, h]) => Math.abs(h0 + ((h1 - h0) * (w - w0)) / (w1 - w0) - h) <= h * TOLERANCE);
      if (!straight) break;
      to = next;
    }
    kept.push(points[to]);
    from = to;
  }
  return kept;
}

const table = {};
for (const lang of ["en", "fr"]) {
  const points = rows.filter(([l]) => l === lang).map(([, w, h]) => [w, Math.round(h / 10)]);
  table[lang] = bends(points);
}
const source = await readFile(EMBED, "utf8");
const line = /^const EMPTY_HEIGHT = .*;$/m;
if (!line.test(source)) throw new Error("EMPTY_HEIGHT not found in web/embed.js");
await writeFile(EMBED, source.replace(line, `const EMPTY_HEIGHT = ${JSON.stringify(table)};`));
console.log(`EMPTY_HEIGHT: ${table.en.length} points in English, ${table.fr.length} in French (web/embed.js rewritten; rebuild).`);
