// Embedding end to end: the example host pages in examples/ (a blog post, a recruiting page with
// hostile CSS, an iframe host) and pages made here, served beside the release build.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { assertQuiet as assertQuietAt, closing, DIST, EXAMPLES, frames, openPage, prepare, ROOT, serve, testEnv } from "./harness.mjs";


const PAGES = {
  "/pages/bad-attributes.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bad attributes</title>
    <script type="module" src="/dist/loader.js"></script></head><body>
    <div id="bad" data-cto-match data-headcount="lots" data-tech="-1" data-stage="unicorn" data-needs="budget,coffee"
      data-lang="de" data-theme="neon"></div></body></html>`,
  "/pages/url-state.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>url state</title>
    <script type="module" src="/dist/loader.js"></script></head><body>
    <div id="synced" data-cto-match data-url-state data-headcount="20"></div></body></html>`,
  "/pages/themed.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
    <title>themed</title><link rel="stylesheet" href="/pages/theme.css">
    <script type="module" src="/dist/loader.js"></script></head><body>
    <div id="themed" data-cto-match data-headcount="3"></div></body></html>`,
  "/pages/theme.css": "[data-cto-match] { --cto-color-bg: rgb(1, 2, 3); --cto-font: monospace; }",
  "/pages/plain.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>plain</title>
    <script type="module" src="/dist/loader.js"></script></head><body>
    <div id="hiring" data-cto-match data-headcount="35" data-tech="4" data-stage="launched"
      data-needs="hire-team,organize-delivery"></div></body></html>`,
  "/pages/twice.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>twice</title>
    <script type="module" src="/dist/loader.js"></script><script type="module" src="/dist/loader.js?again"></script>
    </head><body><div data-cto-match data-headcount="3"></div></body></html>`,
};

const env = testEnv({ "/dist/": DIST, "/examples/": EXAMPLES }, { pages: PAGES });

/** Opens a page, collecting every `ctomatch:result` the document hears from the very start. */
async function open(path, options = {}) {
  return prepare(await openPage(env.browser, options), async ({ page }) => {
    await page.addInitScript(() => {
      window.heard = [];
      document.addEventListener("ctomatch:result", (e) => window.heard.push({ from: e.target.id, detail: e.detail }));
    });
    await page.goto(`${env.server.origin}${path}`);
  });
}

const widget = (page, id) => page.locator(`#${id} .cto-match`);

const assertQuiet = (opened) => assertQuietAt(opened, env.server.origin);

describe("the script embed on a blog post", () => {
  test("mounts one widget per element, each with its presets", () => closing(open("/examples/blog.html"), async (opened) => {
    const { page } = opened;
    await page.locator('#small-startup .result-panel[data-cto-type="hacker"]').waitFor();
    assert.ok(await page.locator("#small-startup").getByRole("checkbox", { name: "Product and UX design" }).isChecked());
    // The second widget is lazy and further down: a reader scrolls to it.
    await page.locator("#growing-company").scrollIntoViewIfNeeded();
    const french = widget(page, "growing-company");
    await french.waitFor();
    assert.equal(await french.getAttribute("lang"), "fr");
    assert.equal(await french.getAttribute("data-theme"), "dark");
    assert.ok(await page.locator("#growing-company").getByRole("radio", { name: "En forte croissance" }).isChecked());
    assert.equal(await page.locator("#growing-company .result-panel").getAttribute("data-cto-type"), null, "no headcount yet");
    assert.equal(new URL(page.url()).hash, "", "the host's URL is left alone");
    assertQuiet(opened);
  }));

  test("two widgets answer independently and the host hears each result", () => closing(open("/examples/blog.html"), async (opened) => {
    const { page } = opened;
    await page.locator('#small-startup .result-panel[data-cto-type="hacker"]').waitFor();
    await page.locator("#growing-company").scrollIntoViewIfNeeded();
    await page.locator("#growing-company").getByLabel("Effectif de la structure").fill("300");
    await page.locator('#growing-company .result-panel[data-cto-type="industrializer"]').waitFor();
    assert.equal(await page.locator("#small-startup .result-panel").getAttribute("data-cto-type"), "hacker");
    assert.equal(await page.locator("#small-startup").getByLabel("People in the company").inputValue(), "8");

    const heard = await page.evaluate(() => window.heard);
    const last = heard.at(-1);
    assert.equal(last.from, "growing-company", "the event is retargeted to the host element");
    assert.deepEqual(
      { version: last.detail.version, type: last.detail.type, profile: last.detail.profile },
      {
        version: 1,
        type: "industrializer",
        profile: { headcount: 300, tech: null, stage: "scaling", org: null, software: null, cto: null, needs: [], lang: "fr" },
      },
    );
    assert.deepEqual(Object.keys(last.detail.scores), ["hacker", "stabilizer", "industrializer"]);
    assert.ok(last.detail.missions.includes("engineering-processes"));
    assert.ok(heard.some((h) => h.from === "small-startup" && h.detail.type === "hacker"));
    assert.match(await page.locator("#last-result").textContent(), /growing-company: industrializer/);
    assert.equal(new URL(page.url()).hash, "");
    assertQuiet(opened);
  }));

  test("data-url-state keeps the host's fragment in step", () => closing(open("/pages/url-state.html#tech=8"), async (opened) => {
    const { page } = opened;
    await page.locator('#synced .result-panel[data-cto-type="stabilizer"]').waitFor();
    assert.equal(await page.locator("#synced").getByLabel("People in the tech team (optional)").inputValue(), "8", "the fragment applies over the presets");
    await page.locator("#synced").getByRole("checkbox", { name: "Technical budgets" }).check();
    await page.waitForFunction(() => location.hash === "#headcount=20&tech=8&needs=budget");
    assertQuiet(opened);
  }));

  test("bad attributes fall back with console warnings, never a crash", () => closing(open("/pages/bad-attributes.html"), async (opened) => {
    const { page, problems } = opened;
    await widget(page, "bad").waitFor();
    assert.ok(await page.locator("#bad").getByRole("checkbox", { name: "Technical budgets" }).isChecked());
    assert.equal(await widget(page, "bad").getAttribute("data-theme"), null);
    await page.locator("#bad").getByLabel("People in the company").fill("12");
    await page.locator('#bad .result-panel[data-cto-type="stabilizer"]').waitFor();
    const warnings = problems.filter((p) => p.startsWith("warning: cto-match:"));
    for (const attr of ["headcount", "tech", "stage", "needs", "lang", "theme"]) {
      assert.ok(warnings.some((w) => w.includes(`data-${attr}`)), `a warning names data-${attr}: ${warnings.join("\n")}`);
    }
    assert.deepEqual(problems.filter((p) => !p.startsWith("warning: cto-match:")), []);
  }));

  test("a widget added to the page later is mounted too", () => closing(open("/examples/blog.html"), async (opened) => {
    const { page } = opened;
    await page.locator('#small-startup .result-panel[data-cto-type="hacker"]').waitFor();
    await page.evaluate(() => {
      const late = document.createElement("div");
      late.id = "late";
      late.setAttribute("data-cto-match", "");
      late.setAttribute("data-headcount", "60");
      document.querySelector("article").append(late);
      late.scrollIntoView();
    });
    await page.locator('#late .result-panel[data-cto-type="industrializer"]').waitFor();
    assert.equal(await page.locator(".cto-match").count(), 3);
    assert.equal(await page.locator("#small-startup .result-panel").getAttribute("data-cto-type"), "hacker");
    assertQuiet(opened);
  }));

  test("including the script twice mounts each widget once", () => closing(open("/pages/twice.html"), async (opened) => {
    const { page } = opened;
    await page.locator('.result-panel[data-cto-type="hacker"]').waitFor();
    assert.equal(await page.locator(".cto-match").count(), 1);
  }));
});

describe("isolation on a page with hostile CSS", () => {
  /** Computed styles of the widget's parts that host CSS would most likely break. */
  const WIDGET_PROBES = [
    [".cto-match", ["font-size", "font-family", "font-style", "letter-spacing", "text-transform", "text-align", "color", "line-height"]],
    [".number-input__field", ["display", "height", "border-top-width", "font-size", "padding-left"]],
    [".lang-switch__button", ["background-color", "color", "font-size", "padding-top"]],
    [".needs-picker__label", ["font-weight", "color", "display", "text-transform"]],
    [".result-panel", ["padding-top", "background-color", "border-top-width"]],
    [".mission-list__mission", ["padding-top", "border-left-style"]],
  ];

  async function probe(page, hostSelector) {
    return page.evaluate(
      ({ hostSelector, probes }) => {
        const root = document.querySelector(hostSelector).shadowRoot;
        return probes.map(([selector, props]) => {
          const style = getComputedStyle(root.querySelector(selector));
          return [selector, Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]))];
        });
      },
      { hostSelector, probes: WIDGET_PROBES },
    );
  }

  test("host styles do not leak in: the widget computes as it does on a plain page", async () => {
    const viewport = { width: 1000, height: 900 };
    const hostile = await open("/examples/recruiting.html", { viewport });
    const plain = await open("/pages/plain.html", { viewport });
    for (const { page } of [hostile, plain]) {
      await page.locator('#hiring .result-panel[data-cto-type="stabilizer"]').waitFor();
      await page.waitForFunction(() => document.querySelector("#hiring").shadowRoot.styleSheets.length === 2);
    }
    const [got, want] = [await probe(hostile.page, "#hiring"), await probe(plain.page, "#hiring")];
    assert.deepEqual(got, want);
    assert.equal(want[0][1]["font-size"], "16px");
    assert.equal(want[0][1]["text-transform"], "none");
    await hostile.page.screenshot({ path: join(ROOT, "target", "recruiting-hostile.png"), fullPage: true });
    assertQuiet(hostile);
    await hostile.context.close();
    await plain.context.close();
  });

  test("a host themes an embedded widget by setting tokens on its element", () => closing(open("/pages/themed.html"), async (opened) => {
    const { page } = opened;
    await page.locator('#themed .result-panel[data-cto-type="hacker"]').waitFor();
    await page.waitForFunction(() => document.querySelector("#themed").shadowRoot.styleSheets.length === 2);
    const style = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector("#themed").shadowRoot.querySelector(".cto-match"));
      return [s.backgroundColor, s.fontFamily];
    });
    assert.deepEqual(style, ["rgb(1, 2, 3)", "monospace"]);
    assertQuiet(opened);
  }));

  test("widget styles do not leak out: the host page computes the same with and without it", async () => {
    const HOST_PROBES = [".host-text", ".host-label", ".host-input", ".host-button", "h1", "body"];
    const PROPS = ["font-size", "color", "background-color", "padding-top", "border-top-width", "display", "width", "font-family"];
    const read = (page) =>
      page.evaluate(
        ({ selectors, props }) =>
          selectors.map((s) => {
            const style = getComputedStyle(document.querySelector(s));
            return [s, props.map((p) => style.getPropertyValue(p))];
          }),
        { selectors: HOST_PROBES, props: PROPS },
      );
    const without = await openPage(env.browser);
    await without.page.route("**/loader.js", (route) => route.abort());
    await without.page.goto(`${env.server.origin}/examples/recruiting.html`);
    const before = await read(without.page);

    const withWidget = await open("/examples/recruiting.html");
    await withWidget.page.locator('#hiring .result-panel[data-cto-type="stabilizer"]').waitFor();
    assert.deepEqual(await read(withWidget.page), before);
    assert.equal(await withWidget.page.locator("link[href$='widget.css']").count(), 1, "the stylesheet is inside the shadow root only");
    assert.equal(await withWidget.page.evaluate(() => document.querySelectorAll("link[href$='widget.css']").length), 0);
    assertQuiet(withWidget);
    await without.context.close();
    await withWidget.context.close();
  });
});

describe("the iframe embed", () => {
  const frameHeight = (page) => page.evaluate(() => document.querySelector("#framed").getBoundingClientRect().height);

  test("fits its content as it grows and shrinks, with no scrollbar and no runaway growth", () => closing(open("/examples/iframe.html"), async (opened) => {
    const { page } = opened;
    const frame = page.frameLocator("#framed");
    await frame.locator('.result-panel[data-cto-type="stabilizer"]').waitFor();
    // The frame is compact: the full result, once opened, is what grows and shrinks with the answers.
    await frame.locator(".result-panel__more-summary").click();
    await page.waitForFunction(() => document.querySelector("#framed").style.height !== "");
    await frames(page, 3);
    const first = await frameHeight(page);

    // 12 people: five industrializer needs outweigh the stabilizer's size range.
    for (const need of ["Technical budgets", "Investors and board", "Company-wide processes", "Lead change", "Technology roadmap"]) {
      await frame.getByRole("checkbox", { name: need }).check();
    }
    await frame.locator('.result-panel[data-cto-type="industrializer"]').waitFor();
    await page.waitForFunction((h) => document.querySelector("#framed").getBoundingClientRect().height !== h, first);
    const grown = await frameHeight(page);

    await frame.getByRole("checkbox", { name: "Staff equipment and IT support" }).check();
    for (const need of ["Technical budgets", "Investors and board", "Company-wide processes", "Lead change", "Technology roadmap"]) {
      await frame.getByRole("checkbox", { name: need }).uncheck();
    }
    await frame.locator('.result-panel[data-cto-type="none"]').waitFor();
    // (Each answer's result follows its paint: the last one settles a few frames later.)
    await frames(page, 5);
    await page.waitForFunction((h) => document.querySelector("#framed").getBoundingClientRect().height < h, grown);
    const shrunk = await frameHeight(page);
    assert.ok(shrunk < grown, `${shrunk} < ${grown}`);

    // Settled: after a few more frames (every resize reported and applied), the height stays put, and
    // the content fits the frame exactly.
    await frames(page, 10);
    assert.equal(await frameHeight(page), shrunk, "no runaway growth");
    const inner = page.frames().find((f) => new URL(f.url()).pathname === "/dist/frame.html");
    const fit = await inner.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
    }));
    assert.ok(fit.scroll <= fit.client, `no scrollbar: ${fit.scroll} <= ${fit.client}`);

    const heard = await page.evaluate(() => window.heard);
    assert.equal(heard.at(-1).from, "framed", "results are relayed as events on the iframe");
    assert.equal(heard.at(-1).detail.type, "none");
    assertQuiet(opened);
  }));
});

describe("hosting", () => {
  test("embedding from another origin works with CORS headers on the widget's files", async () => {
    const widgetHost = await serve(DIST, { headers: { "access-control-allow-origin": "*" } });
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>cross-origin host</title>
      <script type="module" src="${widgetHost.origin}/loader.js"></script></head>
      <body><div id="remote" data-cto-match data-headcount="60"></div></body></html>`;
    const host = await serve({}, { pages: { "/": page } });
    const opened = await openPage(env.browser);
    await opened.page.goto(`${host.origin}/`);
    await opened.page.locator('#remote .result-panel[data-cto-type="industrializer"]').waitFor();
    assert.deepEqual(opened.problems, []);
    assert.ok(opened.requests.some((url) => url === `${widgetHost.origin}/widget.css`), "styles come from the widget's origin");
    await opened.context.close();
    await host.close();
    await widgetHost.close();
  });

  test("a build made with --public-url /any/path/ works when served there", { skip: !process.env.CTO_MATCH_DIST_ANY_PATH }, async () => {
    const sub = await serve(process.env.CTO_MATCH_DIST_ANY_PATH, { base: "/any/path/" });
    const opened = await openPage(env.browser);
    await opened.page.goto(`${sub.origin}/any/path/#headcount=51`);
    await opened.page.locator('.result-panel[data-cto-type="industrializer"]').waitFor();
    assert.deepEqual(opened.problems, []);
    assert.ok(opened.requests.every((url) => url.startsWith(`${sub.origin}/any/path/`)), opened.requests.join("\n"));
    await opened.context.close();
    await sub.close();
  });
});
