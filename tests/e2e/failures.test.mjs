// Every failure said in words, in the widget's language, wherever the widget runs (issue 18): the wasm
// missing or refused, a load stalled past its timeout (with a way to try again), a sandboxed iframe
// (works with CORS on the files, says what is missing without), a policy without connect-src.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { DIST, openPage, serve, testEnv, withPage } from "./harness.mjs";

const TEXTS = JSON.parse(await import("node:fs/promises").then((fs) => fs.readFile(new URL("../../web/host-texts.json", import.meta.url), "utf8")));

const host = (body, loader = '<script src="/dist/loader.js"></script>') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">${loader}</head><body>${body}</body></html>`;

const PAGES = {
  "/host/eager.html": host('<cto-match id="el" loading="eager" headcount="12"></cto-match>'),
  "/host/eager-fr.html": host('<cto-match id="el" loading="eager" lang="fr" headcount="12"></cto-match>'),
  "/host/framed.html": host(
    '<iframe id="framed" data-cto-match-frame src="/dist/frame.html#headcount=45" title="cto-match" style="width: 100%; border: 0"></iframe>',
    '<script type="module" src="/dist/frame-host.js"></script>',
  ),
  "/host/sandboxed.html": host('<iframe id="framed" sandbox="allow-scripts" src="/dist/frame.html#headcount=45&lang=fr" title="cto-match" style="width: 100%; height: 600px"></iframe>', ""),
};

const env = testEnv({ "/dist/": DIST }, { pages: PAGES });
const missing = (page) => page.route("**/cto-match_bg.wasm", (route) => route.fulfill({ status: 404, body: "not found" }));
const alertIn = (scope) => scope.locator('[role="alert"]').first();

describe("every failure is said in words", () => {
  test("the wasm missing: the embed, the standalone page and the frame say so, with a way to try again", () => withPage(env.browser, async ({ page, problems }) => {
    await missing(page);
    await page.goto(`${env.server.origin}/host/eager.html`);
    await alertIn(page.locator("#el")).waitFor();
    assert.equal(await alertIn(page.locator("#el")).textContent(), TEXTS.en.missing.replace("{status}", "404"));
    // Put back, it comes on "Try again".
    await page.unroute("**/cto-match_bg.wasm");
    await page.locator("#el").getByRole("button", { name: TEXTS.en.retry }).click();
    await page.locator("#el .result-panel[data-cto-type]").waitFor();
    assert.ok(problems.some((p) => p.includes("cto-match: could not load")), "and the console says what failed");

    await missing(page);
    await page.goto(`${env.server.origin}/dist/index.html#headcount=45&lang=fr`);
    await alertIn(page).waitFor();
    assert.equal(await alertIn(page).textContent(), TEXTS.fr.missing.replace("{status}", "404"));

    await page.goto(`${env.server.origin}/host/framed.html`);
    const frame = page.frameLocator("#framed");
    await alertIn(frame).waitFor();
    assert.equal(await alertIn(frame).textContent(), TEXTS.en.missing.replace("{status}", "404"));
    await page.waitForFunction(() => parseFloat(document.querySelector("#framed").style.height) > 50);
    assert.ok((await page.locator("#framed").boundingBox()).height > 50, "the frame keeps room for its message");
  }));

  test("a load that stalls says so after its timeout, and trying again loads it", () => withPage(env.browser, { locale: "fr-FR" }, async ({ page }) => {
    let stall = true;
    const held = [];
    await page.route("**/cto-match_bg.wasm", (route) => (stall ? held.push(route) : route.continue()));
    await page.clock.install();
    await page.goto(`${env.server.origin}/host/eager-fr.html`);
    await page.waitForFunction(() => document.querySelector("#el").shadowRoot?.querySelector(".cto-match-placeholder"));
    await page.clock.runFor(11_000);
    const status = page.locator('#el [role="status"]');
    await status.waitFor();
    assert.equal(await status.textContent(), TEXTS.fr.stalled);
    stall = false;
    await page.locator("#el").getByRole("button", { name: TEXTS.fr.retry }).click();
    await page.locator('#el .cto-match[lang="fr"]').waitFor();
    await page.locator("#el .result-panel[data-cto-type]").waitFor();
    assert.equal(await page.locator("#el .cto-match-placeholder").count(), 0, "the placeholder and its words are gone");
    await Promise.all(held.map((route) => route.abort().catch(() => {})));
  }));

  test("in a sandboxed iframe: works when the files are served with CORS, says what is missing without", async () => {
    const withCors = await serve({ "/dist/": DIST }, { pages: PAGES, headers: { "access-control-allow-origin": "*" } });
    const { page, context, problems } = await openPage(env.browser);
    await page.goto(`${withCors.origin}/host/sandboxed.html`);
    const frame = page.frameLocator("#framed");
    await frame.locator('.result-panel[data-cto-type="stabilizer"]').waitFor();
    // Styled: the stylesheets load too (no integrity to fail without CORS).
    assert.notEqual(await frame.locator(".cto-match").evaluate((el) => getComputedStyle(el).paddingTop), "0px");
    assert.deepEqual(problems, []);
    await withCors.close();

    await page.goto(`${env.server.origin}/host/sandboxed.html`);
    await alertIn(frame).waitFor();
    assert.equal(await alertIn(frame).textContent(), TEXTS.fr.sandbox);
    await context.close();
  });

  test("a policy without connect-src is named as the page's policy, not the connection", async () => {
    const policy = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
    const server = await serve({ "/dist/": DIST }, { pages: PAGES, headers: { "content-security-policy": policy } });
    const { page, context } = await openPage(env.browser);
    await page.goto(`${server.origin}/host/eager.html`);
    await alertIn(page.locator("#el")).waitFor();
    const text = await alertIn(page.locator("#el")).textContent();
    assert.equal(text, TEXTS.en.policy.replace("{directive}", `connect-src ${server.origin}`));
    await context.close();
    await server.close();
  });
});
