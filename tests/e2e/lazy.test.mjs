// What the widget costs a host page before a reader needs it: embeds are lazy by default. Far below
// the fold, a widget costs the page one small script and a placeholder; the wasm, the glue and
// the stylesheets come when a reader scrolls near it or tabs into it. The placeholder keeps about the
// widget's empty height, so the article around it does not jump (cumulative layout shift, measured).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { brotliSize, DIST, frames, openPage, testEnv, withPage } from "./harness.mjs";

const paragraphs = (n, from = 0) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${from + i + 1} of the article: what a founder weighs before hiring a technical lead, and why the answer changes with the company's size.</p>`).join("\n");

// The embed as the README gives it: a classic script in the head defines <cto-match> before the body
// is parsed, so each widget's placeholder is there from the first paint, with no CSS from the host.
const article = (widget, { before = 3, after = 6 } = {}) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>article</title>
  <link rel="stylesheet" href="/host/article.css"><script src="/loader.js"></script></head>
  <body><article><h1>Do you need a CTO yet?</h1><a id="above" href="#top">A link above the widget</a>
  ${paragraphs(before)}${widget}${paragraphs(after, before)}<a id="below" href="#top">A link below</a></article></body></html>`;

const PAGES = {
  "/host/article.css": "body { margin: 0; font: 18px/1.6 Georgia, serif; } article { max-width: 760px; margin: 0 auto; padding: 0 16px; } p { margin: 0 0 1em; }",
  // Far below the fold: a long article, then the widget.
  "/host/far.html": article('<cto-match id="far" headcount="45"></cto-match>', { before: 150 }),
  // Far below, at the page's full width (no column): for the placeholder's height from narrow to wide.
  "/host/far-wide.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>wide</title>
    <script type="module" src="/loader.js"></script></head><body style="margin: 0">${paragraphs(150)}<cto-match id="far"></cto-match></body></html>`,
  "/host/far-eager.html": article('<div id="far" data-cto-match data-loading="eager" data-headcount="45"></div>', { before: 150 }),
  // In the first screen, inside the article's text.
  "/host/near.html": article('<cto-match id="near"></cto-match>', { before: 3, after: 20 }),
  "/host/scroll.html": article('<cto-match id="scrolled"></cto-match>', { before: 40, after: 40 }),
};

const env = testEnv(DIST, { pages: PAGES });

const brotli = (file) => brotliSize(join(DIST, file));

/** The widget's own files the page asked for, by name. */
const ownFiles = (requests) =>
  requests.map((url) => new URL(url)).filter((url) => url.origin === env.server.origin && !url.pathname.startsWith("/host/")).map((url) => url.pathname.slice(1));

const shown = (page, id) => page.waitForFunction((id) => document.getElementById(id).shadowRoot?.querySelector(".cto-match"), id);

describe("lazy embeds", () => {
  test("a widget far below the fold costs at most 3.875 KB of brotli until the reader scrolls near it", () => withPage(env.browser, { viewport: { width: 1280, height: 800 } }, async ({ page, problems, requests }) => {
    await page.goto(`${env.server.origin}/host/far.html`);
    await page.waitForFunction(() => customElements.get("cto-match") && document.querySelector("#far").shadowRoot);
    await page.waitForLoadState("networkidle");
    await frames(page, 5);
    const early = ownFiles(requests);
    assert.deepEqual(early, ["loader.js"], "nothing but the loader");
    const cost = early.map(brotli).reduce((a, b) => a + b, 0);
    assert.ok(cost <= 3.875 * 1024, `${cost} bytes of brotli before the reader comes near`);
    const placeholder = await page.evaluate(() => document.querySelector("#far").getBoundingClientRect().height);
    assert.ok(placeholder > 1000, `the placeholder holds the compact widget's height (${placeholder}px)`);

    // The reader scrolls down: the rest comes, and the widget answers.
    await page.evaluate(() => document.querySelector("#far").scrollIntoView());
    await page.locator('#far .result-panel[data-cto-type="stabilizer"]').waitFor();
    for (const file of ["cto-match.js", "cto-match_bg.wasm", "tokens.css", "widget.css"]) {
      assert.ok(ownFiles(requests).includes(file), `${file} is fetched once needed`);
    }
    assert.deepEqual(problems, []);
  }));

  test("loading=\"eager\" loads at once, however far down", () => withPage(env.browser, async ({ page, problems, requests }) => {
    await page.goto(`${env.server.origin}/host/far-eager.html`);
    await page.locator('#far .result-panel[data-cto-type="stabilizer"]').waitFor();
    assert.ok(ownFiles(requests).includes("cto-match_bg.wasm"));
    assert.equal(await page.evaluate(() => scrollY), 0, "the reader was not moved");
    assert.deepEqual(problems, []);
  }));

  test("tabbing into a widget that has not loaded yet loads it and lands in it", () => withPage(env.browser, { viewport: { width: 1280, height: 800 } }, async ({ page, problems, requests }) => {
    await page.goto(`${env.server.origin}/host/far.html`);
    await page.waitForFunction(() => document.querySelector("#far").shadowRoot);
    // From the last link before the widget, with the widget still far off (no scroll has happened).
    await page.evaluate(() => {
      const link = document.createElement("a");
      link.href = "#x";
      link.id = "just-before";
      link.textContent = "just before";
      document.querySelector("#far").before(link);
      link.focus({ preventScroll: true });
      scrollTo(0, 0);
    });
    assert.ok(!ownFiles(requests).includes("cto-match_bg.wasm"));
    await page.keyboard.press("Tab");
    await page.locator('#far .result-panel[data-cto-type="stabilizer"]').waitFor();
    await page.waitForFunction(() => document.querySelector("#far").shadowRoot.activeElement?.matches("button, input"));
    assert.deepEqual(problems, []);
  }));

  test("when the files cannot be fetched, the widget's place says so, in its language", async () => {
    const { page, context, problems } = await openPage(env.browser, { locale: "fr-FR" });
    await page.route("**/cto-match_bg.wasm", (route) => route.abort());
    await page.goto(`${env.server.origin}/host/far.html`);
    await page.waitForFunction(() => document.querySelector("#far").shadowRoot?.firstElementChild);
    await page.evaluate(() => document.querySelector("#far").scrollIntoView());
    const alert = page.locator('#far [role="alert"]');
    await alert.waitFor();
    assert.equal(await alert.textContent(), "Ce widget n’a pas pu se charger. Vérifiez votre connexion, puis réessayez.");
    assert.ok(problems.some((p) => p.includes("cto-match: could not load")), "and the console says why");
    await context.close();

    // An eager widget says so too, without a reader coming near.
    const eager = await openPage(env.browser);
    await eager.page.route("**/cto-match_bg.wasm", (route) => route.abort());
    await eager.page.goto(`${env.server.origin}/host/far-eager.html`);
    await eager.page.locator('#far [role="alert"]').waitFor();
    assert.equal(await eager.page.evaluate(() => scrollY), 0);
    await eager.context.close();
  });

  test("the placeholder is named for screen readers in the widget's language", () => withPage(env.browser, async ({ page }) => {
    await page.goto(`${env.server.origin}/host/far.html`);
    await page.waitForFunction(() => document.querySelector("#far").shadowRoot?.firstElementChild);
    assert.equal(await page.evaluate(() => document.querySelector("#far").shadowRoot.firstElementChild.getAttribute("aria-label")), "cto-match: loading");
  }));
});

describe("the page around a widget does not jump", () => {
  /** Starts recording layout shifts (not those right after input), as Core Web Vitals counts them. */
  const recordShifts = (page) =>
    page.addInitScript(() => {
      window.shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shift += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });

  // The widget in the article's first screen, lazy (the default): it loads at once, and only the
  // placeholder keeps the text after it from jumping down by the widget's height.
  // A shadow root's stylesheets do not block its rendering: the run where they come late (as on a slow
  // phone, or when the wasm is cached and they are not) holds the widget behind its placeholder.
  test("a widget in the first screen: cumulative layout shift at most 0.1", async () => {
    for (const [viewport, late] of [[{ width: 1280, height: 800 }, false], [{ width: 390, height: 844 }, false], [{ width: 1280, height: 800 }, true]]) {
      await withPage(env.browser, { viewport }, async ({ page, problems }) => {
        await recordShifts(page);
        if (late) await page.route(/\/(tokens|widget)\.css$/, async (route) => setTimeout(() => route.continue(), 400));
        await page.goto(`${env.server.origin}/host/near.html`);
        await page.locator("#near .needs-picker").waitFor();
        await frames(page, 10);
        const shift = await page.evaluate(() => window.shift);
        assert.ok(shift <= 0.1, `CLS ${shift.toFixed(3)} at ${viewport.width}×${viewport.height}${late ? ", stylesheets late" : ""}`);
        assert.deepEqual(problems, []);
      });
    }
  });

  test("the placeholder is within 10% of the empty widget's height, in English and French, narrow to wide", async () => {
    for (const [width, lang] of [[320, "en"], [390, "fr"], [760, "en"], [760, "fr"], [1000, "en"], [1280, "fr"]]) {
      await withPage(env.browser, { viewport: { width, height: 800 }, locale: lang }, async ({ page }) => {
        await page.goto(`${env.server.origin}/host/far-wide.html`);
        await page.waitForFunction(() => document.querySelector("#far").shadowRoot?.firstElementChild);
        const placeholder = await page.evaluate(() => document.querySelector("#far").getBoundingClientRect().height);
        await page.evaluate(() => document.querySelector("#far").scrollIntoView());
        await page.locator("#far .needs-picker").waitFor();
        await page.waitForFunction(() => [...document.querySelector("#far").shadowRoot.querySelectorAll("link")].every((link) => link.sheet));
        await frames(page, 3);
        const widget = await page.evaluate(() => document.querySelector("#far").getBoundingClientRect().height);
        assert.ok(Math.abs(placeholder - widget) <= widget * 0.1, `${width}px, ${lang}: placeholder ${placeholder}px, widget ${widget}px`);
      });
    }
  });

  test("reading down an article past a lazy widget: cumulative layout shift at most 0.1", () => withPage(env.browser, { viewport: { width: 390, height: 844 } }, async ({ page, problems }) => {
    await recordShifts(page);
    await page.goto(`${env.server.origin}/host/scroll.html`);
    await page.waitForFunction(() => document.querySelector("#scrolled").shadowRoot);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 600) {
      await page.evaluate((y) => scrollTo(0, y), y);
      await frames(page, 2);
    }
    await page.locator("#scrolled .needs-picker").waitFor();
    await frames(page, 10);
    const shift = await page.evaluate(() => window.shift);
    assert.ok(shift <= 0.1, `CLS ${shift.toFixed(3)}`);
    assert.deepEqual(problems, []);
  }));
});
