// Candidate mode end to end, as a candidate uses it: on the recruiting page, where the host presets the
// company, they switch to "I'm a candidate", answer about themselves, read their fit and share it; from
// a shared link; with the keyboard alone; in French; and with no company at all.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { axe, DIST, EXAMPLES, openPage, testEnv, withPage } from "./harness.mjs";

const env = testEnv({ "/examples/": EXAMPLES, "/dist/": DIST, "/": DIST });

describe("a candidate on the recruiting page", () => {
  test("answers about themselves, reads their fit with the role the host preset, and shares it", async () => {
    const { page, context, problems } = await openPage(env.browser, { permissions: ["clipboard-read", "clipboard-write"] });
    await page.goto(`${env.server.origin}/examples/recruiting.html`);
    const w = page.locator("#hiring");
    await w.locator('.result-panel[data-cto-type="stabilizer"]').waitFor();
    await w.getByRole("button", { name: "I'm a candidate" }).click();
    assert.match(await w.locator(".candidate-panel__role").textContent(), /The stabilizer/, "the role, summarized");
    await w.getByLabel("Largest team you have led").fill("2");
    await w.getByRole("checkbox", { name: "Built a first version" }).check();
    await w.getByRole("checkbox", { name: "Shaped a product" }).check();
    const panel = w.locator(".candidate-panel");
    await panel.locator('[data-fit]').first().waitFor();
    assert.equal(await panel.getAttribute("data-candidate-type"), "hacker");
    assert.equal(await panel.getAttribute("data-fit"), "weak", "a hands-on builder for a team of 4 to grow and organize, no need covered");
    const text = await panel.textContent();
    assert.match(text, /Weak fit/);
    assert.match(text, /The role calls for the stabilizer/);
    assert.match(text, /None of the role's 2 needs is in your record yet/);
    assert.match(text, /What is missing.*Recruit a tech team.*Organize delivery/s);
    assert.match(text, /The usual next step: lead a team of five or more/);

    await w.getByLabel("Largest team you have led").fill("8");
    await w.getByRole("checkbox", { name: "Hired engineers" }).check();
    await w.getByRole("checkbox", { name: "Ran sprints and releases" }).check();
    await page.waitForFunction(() => document.querySelector("#hiring").shadowRoot.querySelector(".candidate-panel").dataset.fit === "strong");
    assert.equal(await panel.getAttribute("data-candidate-type"), "stabilizer");

    await w.getByRole("button", { name: "Share this result" }).click();
    await w.locator(".share__status", { hasText: "Link copied" }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(
      link,
      `${env.server.origin}/dist/r/stabilizer-en.html#headcount=35&tech=4&stage=launched&needs=hire-team,organize-delivery&mode=candidate&led=8&did=first-version,hire-team,organize-delivery,product&lang=en`,
      "the link keeps both sides",
    );
    const copy = await openPage(env.browser);
    await copy.page.goto(link);
    await copy.page.locator('.candidate-panel[data-fit="strong"]').waitFor();
    assert.equal(await copy.page.locator(".candidate-panel").getAttribute("data-candidate-type"), "stabilizer");
    assert.equal(new URL(page.url()).hash, "", "the host's URL is left alone");
    assert.deepEqual(problems, []);
    await copy.context.close();
    await context.close();
  });
});

describe("a candidate from a link", () => {
  test("opens in candidate mode, in French, with the company folded away and no WCAG 2.2 AA violation", () => withPage(env.browser, async ({ page, problems }) => {
    await page.goto(`${env.server.origin}/#headcount=250&tech=60&stage=scaling&needs=processes,roadmap,hire-team&mode=candidate&led=80&did=processes,roadmap,hire-team,budget&lang=fr`);
    const panel = page.locator(".candidate-panel");
    await panel.locator("[data-fit]").first().waitFor();
    assert.equal(await panel.getAttribute("data-candidate-type"), "industrializer");
    assert.equal(await panel.getAttribute("data-fit"), "strong");
    assert.match(await panel.textContent(), /Forte adéquation/);
    assert.equal(await page.locator(".cto-match__title").textContent(), "Votre parcours correspond-il à ce poste de CTO\u00a0?");
    assert.equal(await page.locator("details.role-form").getAttribute("open"), null, "the role is set: its questions stay folded");
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(problems, []);
  }));

  test("with no company, says which company the record suits", () => withPage(env.browser, async ({ page }) => {
    await page.goto(`${env.server.origin}/#mode=candidate&led=10&did=infrastructure,internal-it,quality-security`);
    const panel = page.locator(".candidate-panel");
    await page.locator('.candidate-panel[data-candidate-type="none"]').waitFor();
    assert.equal(await panel.getAttribute("data-fit"), null, "no company, no fit");
    assert.match(await panel.textContent(), /IT operations/);
    assert.match(await panel.textContent(), /Your record suits IT operations/);
    assert.notEqual(await page.locator("details.role-form").getAttribute("open"), null, "the role's questions are open to fill in");
    assert.deepEqual(await axe(page), []);
  }));
});

describe("a candidate with the keyboard alone", () => {
  test("switches mode, answers and reaches their reading", () => withPage(env.browser, async ({ page }) => {
    await page.goto(`${env.server.origin}/#headcount=3&stage=idea&needs=first-version`);
    await page.locator('.result-panel[data-cto-type="hacker"]').waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() || document.activeElement?.id);
    for (let i = 0; i < 12 && (await focused()) !== "I'm a candidate"; i++) await page.keyboard.press("Tab");
    assert.equal(await focused(), "I'm a candidate");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    assert.match(await focused(), /-led$/);
    await page.keyboard.type("0");
    await page.keyboard.press("Tab"); // the first of "what have you done"
    await page.keyboard.press("Space");
    await page.locator('.candidate-panel[data-fit="strong"]').waitFor();
    assert.equal(await page.locator(".candidate-panel").getAttribute("data-candidate-type"), "hacker");
    assert.match(new URL(page.url()).hash, /mode=candidate&led=0&did=first-version/);
  }));
});
