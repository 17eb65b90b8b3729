// Robustness end to end: remembered answers (opt-in), read back as untrusted input; storage that
// throws (a sandboxed iframe, blocked third-party storage, a full quota); and a panic, which must leave
// a readable message in place, never a dead widget.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { DIST, openPage, serve, testEnv, withPage } from "./harness.mjs";

const page = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>t</title>
   <script type="module" src="/dist/loader.js"></script></head><body>${body}</body></html>`;

const PAGES = {
  "/pages/remember.html": page('<div id="saved" data-cto-match data-remember data-stage="mvp"></div>'),
  "/pages/sandboxed.html": page('<iframe sandbox="allow-scripts" src="/pages/remember.html" title="sandboxed"></iframe>'),
  "/pages/two.html": page('<div id="a" data-cto-match data-headcount="3"></div><div id="b" data-cto-match data-lang="fr"></div>'),
};

const KEY = "cto-match:v1:/pages/remember.html#saved";
const STORAGE_FAILED =
  "Your answers cannot be saved in this browser (its storage is full or blocked). The widget works all the same, but they will not be here next time.";

// CORS on everything: the sandboxed frame has an opaque origin, so its module scripts are cross-origin.
const env = testEnv({ "/dist/": DIST }, { pages: PAGES, headers: { "access-control-allow-origin": "*" } });

describe("remembered answers (data-remember)", () => {
  test("come back after a reload", () => withPage(env.browser, async ({ page, problems }) => {
    await page.goto(`${env.server.origin}/pages/remember.html`);
    await page.getByLabel("People in the company").fill("45");
    await page.getByRole("checkbox", { name: "Investors and board" }).check();
    await page.locator("#saved .result-panel[data-cto-type=stabilizer]").waitFor();
    // The answers, then the presets they were given over (so a preset the host changes later wins).
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), "headcount=45&stage=mvp&needs=investors\nstage=mvp");

    await page.reload();
    await page.locator("#saved .result-panel[data-cto-type=stabilizer]").waitFor();
    assert.equal(await page.getByLabel("People in the company").inputValue(), "45");
    assert.ok(await page.getByRole("checkbox", { name: "Investors and board" }).isChecked());
    assert.deepEqual(problems, []);
  }));

  test("are read as untrusted input: bad values are named and skipped", () => withPage(env.browser, async ({ page, problems }) => {
    await page.addInitScript((key) => localStorage.setItem(key, "headcount=9&needs=coffee,budget&stage=%FF%FE&lang=xx"), KEY);
    await page.goto(`${env.server.origin}/pages/remember.html`);
    await page.locator("#saved .result-panel[data-cto-type=hacker]").waitFor();
    const errors = await page.locator("#saved .link-errors__item").allTextContents();
    assert.equal(errors.length, 3, errors.join("\n"));
    assert.match(errors.join("\n"), /“coffee” is not a need/);
    assert.ok(await page.getByRole("checkbox", { name: "Technical budgets" }).isChecked());
    assert.deepEqual(problems, []);
  }));

  test("everything works when storage throws (blocked storage, full quota)", async () => {
    for (const block of [
      () => Object.defineProperty(window, "localStorage", { get: () => { throw new DOMException("blocked", "SecurityError"); } }),
      () => {
        Storage.prototype.setItem = () => { throw new DOMException("full", "QuotaExceededError"); };
        Storage.prototype.getItem = () => { throw new DOMException("blocked", "SecurityError"); };
      },
    ]) {
      await withPage(env.browser, async ({ page, problems }) => {
        await page.addInitScript(block);
        await page.goto(`${env.server.origin}/pages/remember.html`);
        await page.getByLabel("People in the company").fill("120");
        await page.locator("#saved .result-panel[data-cto-type=industrializer]").waitFor();
        await page.getByRole("checkbox", { name: "Lead change" }).check();
        await page.locator('#saved [data-mission="lead-change"]').waitFor({ state: "attached" });
        // Said once, in the widget, in words; nothing in the console.
        assert.deepEqual(await page.locator("#saved .cto-match__notice").allTextContents(), [STORAGE_FAILED]);
        assert.deepEqual(problems, []);
      });
    }
  });

  test("everything works in a sandboxed iframe, where storage is denied", () => withPage(env.browser, async ({ page, problems }) => {
    await page.goto(`${env.server.origin}/pages/sandboxed.html`);
    const frame = page.frameLocator("iframe");
    await frame.getByLabel("People in the company").fill("12");
    await frame.locator("#saved .result-panel[data-cto-type=stabilizer]").waitFor();
    assert.deepEqual(await frame.locator("#saved .cto-match__notice").allTextContents(), [STORAGE_FAILED], "the blocked storage is said in the widget");
    assert.deepEqual(problems, []);
  }));
});

describe("a panic", () => {
  // The trigger exists only in a test build (cargo feature "crash-test"), made apart by .ci/test.
  const crashBuild = process.env.CTO_MATCH_DIST_CRASH_TEST;
  test("leaves a readable message in each widget and details in the console", { skip: !crashBuild }, async () => {
    const server = await serve({ "/dist/": crashBuild }, { pages: PAGES });
    const { page, context, problems } = await openPage(env.browser);
    await page.goto(`${server.origin}/pages/two.html`);
    await page.locator("#a .result-panel[data-cto-type=hacker]").waitFor();
    await page.locator("#b").scrollIntoViewIfNeeded(); // lazy: mounted once a reader comes near
    await page.locator('#b .cto-match[lang="fr"]').waitFor();
    await page.evaluate(() => {
      const root = document.querySelector("#a").shadowRoot.querySelector(".cto-match");
      try {
        root.dispatchEvent(new Event("ctomatch:test-panic"));
      } catch {
        // The wasm instance traps: crash.js in the loader shows the messages.
      }
    });
    await page.locator("#a .cto-match--crashed").waitFor();
    assert.equal(await page.locator("#a [role=alert]").textContent(), "This widget stopped working. Reload the page to try again.");
    assert.equal(await page.locator("#b [role=alert]").textContent(), "Ce widget a rencontré un problème. Rechargez la page pour réessayer.");
    assert.equal(await page.locator(".profile-form").count(), 0, "no dead controls are left");
    // Release builds abort on panic: the console gets the wasm's RuntimeError, not the panic message.
    assert.ok(problems.some((p) => p.includes("cto-match crashed") && /RuntimeError|unreachable/.test(p)), problems.join("\n"));
    await context.close();
    await server.close();
  });

  test("cannot be triggered in the shipped build", () => withPage(env.browser, async ({ page, problems }) => {
    await page.goto(`${env.server.origin}/pages/two.html`);
    await page.locator("#a .result-panel[data-cto-type=hacker]").waitFor();
    await page.evaluate(() => document.querySelector("#a").shadowRoot.querySelector(".cto-match").dispatchEvent(new Event("ctomatch:test-panic")));
    await page.getByLabel("People in the company").first().fill("300");
    await page.locator("#a .result-panel[data-cto-type=industrializer]").waitFor();
    assert.equal(await page.locator(".cto-match--crashed").count(), 0);
    assert.deepEqual(problems, []);
  }));
});
