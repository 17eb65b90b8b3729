// A good guest on a host page: the <cto-match> custom element and [data-cto-match] elements mount when
// they enter the page, release everything when they leave (measured with Chromium's DevTools protocol,
// as a single-page app mounts and removes them on each navigation), follow their attributes, never scan
// the whole document on the host's DOM changes, render fifty at once, and run under a strict CSP with
// Trusted Types enforced.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CSP, DIST, openPage, serve, testEnv, withPage } from "./harness.mjs";

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
  <link rel="icon" href="/favicon.svg"><script type="module" src="/loader.js"></script></head><body>${body}</body></html>`;

const PAGES = {
  "/host/empty.html": page('<main id="app"></main>'),
  "/host/element.html": page('<cto-match id="el" headcount="3" needs="first-version"></cto-match><div id="div" data-cto-match data-headcount="3"></div>'),
  "/host/fifty.html": page(Array.from({ length: 50 }, (_, i) => `<cto-match headcount="${i * 7 + 1}"></cto-match>`).join("")),
};

const env = testEnv(DIST, { pages: PAGES });

const result = (locator) => locator.locator(".result-panel[data-cto-type]");

describe("the lifecycle of embedded widgets", () => {
  // Removing a widget releases it: its app goes back to a pool and renders nothing (yew 0.23 never
  // releases the listeners it puts on an app's root, so apps are recycled rather than destroyed), and
  // the next widget takes it. Before this pool, each mount kept about 5 nodes and 4 to 5 listeners;
  // before the lifecycle, a removed widget kept its whole DOM (316 nodes) and a running app.
  test("mounting and removing 400 widgets releases each widget's DOM and app", () => withPage(env.browser, async ({ page: p, context, problems }) => {
    await p.goto(`${env.server.origin}/host/empty.html`);
    await p.waitForFunction(() => customElements.get("cto-match"));
    const cdp = await context.newCDPSession(p);
    const counters = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      return cdp.send("Memory.getDOMCounters");
    };
    // A first mount and removal warms up what stays for the page's life (the wasm's own structures).
    const cycle = (kind, n) =>
      p.evaluate(
        async ([kind, n]) => {
          const app = document.querySelector("#app");
          for (let i = 0; i < n; i++) {
            const el = document.createElement(kind === "element" ? "cto-match" : "div");
            if (kind === "element") el.setAttribute("headcount", String(10 + i));
            else {
              el.setAttribute("data-cto-match", "");
              el.setAttribute("data-headcount", String(10 + i));
            }
            app.append(el);
            // As a visitor would see it: wait until the widget shows its result.
            while (!el.shadowRoot?.querySelector(".result-panel[data-cto-type]")) await new Promise((ok) => requestAnimationFrame(ok));
            el.remove();
          }
          await new Promise((ok) => setTimeout(ok, 0));
        },
        [kind, n],
      );
    await cycle("element", 2);
    await cycle("data", 2);
    const before = await counters();
    await cycle("element", 200);
    await cycle("data", 200);
    const after = await counters();
    const nodes = after.nodes - before.nodes;
    const listeners = after.jsEventListeners - before.jsEventListeners;
    console.log(`after 400 mounts and removals: ${nodes} more DOM nodes, ${listeners} more listeners`);
    assert.ok(nodes <= before.nodes * 0.1, `${nodes} DOM nodes kept for 400 mounts (of ${before.nodes}; a widget's DOM is over 300)`);
    assert.ok(listeners <= 50, `${listeners} listeners kept for 400 mounts`);
    assert.deepEqual(problems, []);
  }));

  test("a changed attribute updates the widget, and el.result holds the last result", () => withPage(env.browser, async ({ page: p, problems }) => {
    await p.goto(`${env.server.origin}/host/element.html`);
    const el = p.locator("#el");
    await result(el).waitFor();
    assert.equal(await result(el).getAttribute("data-cto-type"), "hacker");
    await p.waitForFunction(() => document.querySelector("#el").result?.type === "hacker");
    await p.evaluate(() => document.querySelector("#el").setAttribute("headcount", "300"));
    await el.locator('.result-panel[data-cto-type="industrializer"]').waitFor();
    await p.waitForFunction(() => document.querySelector("#el").result?.type === "industrializer");
    assert.equal(await p.evaluate(() => document.querySelector("#el").result.profile.headcount), 300);
    await p.evaluate(() => document.querySelector("#el").setAttribute("lang", "fr"));
    await el.locator('.cto-match[lang="fr"]').waitFor();

    const div = p.locator("#div");
    await div.scrollIntoViewIfNeeded();
    await result(div).waitFor();
    await p.evaluate(() => document.querySelector("#div").setAttribute("data-headcount", "45"));
    await div.locator('.result-panel[data-cto-type="stabilizer"]').waitFor();

    // Removed, then put back: mounted again.
    await p.evaluate(() => {
      const el = document.querySelector("#el");
      el.remove();
      document.body.append(el);
      el.scrollIntoView();
    });
    await el.locator('.result-panel[data-cto-type="industrializer"]').waitFor();
    assert.equal(await p.evaluate(() => document.querySelector("#el").shadowRoot.querySelectorAll(".cto-match").length), 1);
    assert.deepEqual(problems, []);
  }));

  test("the host's own DOM changes never make the widget scan the whole document", () => withPage(env.browser, async ({ page: p }) => {
    await p.addInitScript(() => {
      window.scans = 0;
      const original = Document.prototype.querySelectorAll;
      Document.prototype.querySelectorAll = function (selector) {
        if (String(selector).includes("cto-match")) window.scans += 1;
        return original.call(this, selector);
      };
    });
    await p.goto(`${env.server.origin}/host/element.html`);
    await p.locator("#div").scrollIntoViewIfNeeded();
    await result(p.locator("#div")).waitFor();
    const atStart = await p.evaluate(() => window.scans);
    await p.evaluate(async () => {
      for (let i = 0; i < 300; i++) {
        const item = document.createElement("p");
        item.textContent = `host content ${i}`;
        document.body.append(item);
        if (i % 3 === 0) item.remove();
        await new Promise((ok) => setTimeout(ok, 0));
      }
    });
    assert.equal(await p.evaluate(() => window.scans), atStart, "no document-wide query after start-up");
    assert.ok(atStart <= 1, `${atStart} document-wide queries at start-up`);
  }));

  test("a page with fifty widgets renders them all as a reader scrolls through", () => withPage(env.browser, async ({ page: p, problems }) => {
    await p.goto(`${env.server.origin}/host/fifty.html`);
    await p.waitForFunction(() => customElements.get("cto-match"));
    const mounted = () => p.evaluate(() => [...document.querySelectorAll("cto-match")].filter((el) => el.shadowRoot?.querySelector(".result-panel[data-cto-type]")).length);
    assert.ok((await mounted()) < 50, "lazy: the widgets far below wait for the reader");
    for (let i = 0; i < 50; i++) {
      await p.evaluate((i) => document.querySelectorAll("cto-match")[i].scrollIntoView(), i);
      await result(p.locator("cto-match").nth(i)).waitFor();
    }
    assert.equal(await mounted(), 50);
    const types = await p.evaluate(() => [...document.querySelectorAll("cto-match")].map((el) => el.result?.type));
    assert.equal(types.filter(Boolean).length, 50);
    assert.deepEqual([types[0], types[10], types[49]], ["hacker", "industrializer", "industrializer"]);
    assert.deepEqual(problems, []);
  }));
});

describe("strict hosts", () => {
  test("the custom element runs under the strict CSP with Trusted Types enforced, with no violation", async () => {
    const policy = `${CSP}; require-trusted-types-for 'script'; trusted-types 'none'`;
    const server = await serve(DIST, { headers: { "content-security-policy": policy }, pages: PAGES });
    const { page: p, context, problems } = await openPage(env.browser);
    await p.addInitScript(() => {
      window.violations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
    });
    await p.goto(`${server.origin}/host/element.html`);
    const el = p.locator("#el");
    await result(el).waitFor();
    await el.getByLabel("People in the company").fill("45");
    await el.locator('.result-panel[data-cto-type="stabilizer"]').waitFor();
    await el.getByRole("button", { name: "I'm a candidate" }).click();
    await el.getByLabel("Largest team you have led").fill("6");
    await el.locator(".candidate-panel[data-candidate-type]").waitFor();
    assert.deepEqual(await p.evaluate(() => window.violations), []);
    assert.deepEqual(problems, []);
    await context.close();
    await server.close();
  });
});
