// End to end: the release build (dist/), served on 127.0.0.1, used in Chromium as a person would:
// opening a shared link, typing, clicking, the keyboard, the address bar.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { assertQuiet as assertQuietAt, openPage, openWidget, serve, testEnv, withWidget } from "./harness.mjs";

const env = testEnv();

const open = (fragment = "", options = {}) => openWidget(env, fragment, options);

const result = (page) => page.locator(".result-panel");

async function outcome(page) {
  return result(page).getAttribute("data-cto-type");
}

const assertQuiet = (opened) => assertQuietAt(opened, env.server.origin);

describe("a shared link", () => {
  test("shows its result at once, form filled in", () => withWidget(env, "headcount=45&tech=6&stage=scaling&needs=hire-team,scalability", async (opened) => {
    const { page } = opened;
    await page.locator('.result-panel[data-cto-type="stabilizer"]').waitFor();
    assert.equal(await result(page).getAttribute("data-runner-up"), null, "a team of 6 and two structuring needs leave no type close");
    assert.equal(await page.locator(".result-panel__name").textContent(), "The stabilizer");
    assert.equal(await page.getByLabel("People in the company").inputValue(), "45");
    assert.equal(await page.getByLabel("People in the tech team (optional)").inputValue(), "6");
    assert.ok(await page.getByRole("radio", { name: "Scaling" }).isChecked());
    assert.ok(await page.getByRole("checkbox", { name: "Recruit a tech team" }).isChecked());
    assert.ok(await page.locator('[data-mission="recruit-team"]').isVisible());
    assert.match(await page.locator(".reasons").textContent(), /45 people: 10 to 50, the typology's stabilizer/);
    assertQuiet(opened);
  }));

  test("in French, with lang=fr", () => withWidget(env, "headcount=120&needs=investors&lang=fr", async (opened) => {
    const { page } = opened;
    await page.locator('.result-panel[data-cto-type="industrializer"]').waitFor();
    assert.equal(await page.locator(".cto-match").getAttribute("lang"), "fr");
    assert.equal(await page.locator(".result-panel__name").textContent(), "L’industrialisateur");
    assertQuiet(opened);
  }));

  test("with bad values names them, skips them and shows the rest", () => withWidget(env, "headcount=abc&tech=3&stage=unicorn&needs=coffee,first-version", async (opened) => {
    const { page } = opened;
    const errors = page.locator(".link-errors");
    await errors.waitFor();
    assert.match(await errors.textContent(), /“unicorn” is not a value the widget knows; choose in the form among “Idea”, “First version”, “Launched”, “Scaling” or “Established”/);
    assert.match(await errors.textContent(), /“coffee” is not a need/);
    assert.equal(
      await page.locator("[id$='-headcount-error']").textContent(),
      "People in the company: “abc” is not a number of people (give a whole number, for example 45).",
    );
    assert.equal(await outcome(page), null, "no headcount, no result yet");
    await page.getByLabel("People in the company").fill("6");
    await page.locator('.result-panel[data-cto-type="hacker"]').waitFor();
    assert.ok(await page.getByRole("checkbox", { name: "Build the first version" }).isChecked());
    assertQuiet(opened);
  }));
});

describe("answering", () => {
  test("typing and clicking change the result live and keep the link up to date", async () => {
    const opened = await open();
    const { page, context } = opened;
    assert.match(await result(page).textContent(), /Enter the number of people/);
    const historyBefore = await page.evaluate(() => history.length);

    await page.getByLabel("People in the company").pressSequentially("45");
    await page.locator('.result-panel[data-cto-type="stabilizer"]').waitFor();

    for (const need of ["Investors and board", "Company-wide processes", "Lead change"]) {
      await page.getByRole("checkbox", { name: need }).click();
    }
    await page.locator('.result-panel[data-cto-type="industrializer"]').waitFor();
    assert.ok(await page.locator('[data-mission="investors-board"].mission-list__mission--matched').isVisible());
    assert.equal(await result(page).getAttribute("data-runner-up"), "stabilizer", "the headcount's own type");
    await page.waitForFunction(() => location.hash.includes("needs=processes,investors,change"));
    assert.equal(new URL(page.url()).hash, "#headcount=45&needs=processes,investors,change");

    // Opening the copied link elsewhere gives the same result.
    const copy = await open(new URL(page.url()).hash.slice(1));
    await copy.page.locator('.result-panel[data-cto-type="industrializer"]').waitFor();
    assert.equal(
      await copy.page.locator(".mission-list").textContent(),
      await page.locator(".mission-list").textContent(),
    );
    assert.equal(await page.evaluate(() => history.length), historyBefore, "replaceState: no new history entries");
    assertQuiet(opened);
    assertQuiet(copy);
    await copy.context.close();
    await context.close();
  });

  test("only equipment needs: no CTO, and what to look for instead", () => withWidget(env, "headcount=20", async (opened) => {
    const { page } = opened;
    await page.getByRole("checkbox", { name: "Staff equipment and IT support" }).check();
    await page.locator('.result-panel[data-cto-type="none"]').waitFor();
    assert.match(await page.locator(".instead").textContent(), /managed IT provider/);
    assert.equal(await page.locator("[data-mission]").count(), 0);
    assertQuiet(opened);
  }));

  test("with the keyboard alone", () => withWidget(env, "", async (opened) => {
    const { page } = opened;
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("id") ?? document.activeElement?.tagName);
    // Tab past the language buttons to the headcount field.
    for (let i = 0; i < 10 && !(await focused())?.endsWith("-headcount"); i++) await page.keyboard.press("Tab");
    assert.match(await focused(), /-headcount$/);
    await page.keyboard.type("9");
    await page.locator('.result-panel[data-cto-type="hacker"]').waitFor();
    await page.keyboard.press("Tab"); // tech team
    await page.keyboard.type("6");
    await page.keyboard.press("Tab"); // the stage radio group
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    assert.ok(await page.getByRole("radio", { name: "Launched" }).isChecked(), "arrows move through the stages");
    await page.keyboard.press("Tab"); // the kind of organisation
    assert.match(await focused(), /-org-unsure$/);
    await page.keyboard.press("Tab"); // the software radio group
    assert.match(await focused(), /-software-unsure$/);
    await page.keyboard.press("Tab"); // who holds the seat today
    assert.match(await focused(), /-cto-unsure$/);
    await page.keyboard.press("Tab"); // first need
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab"); // Recruit a tech team (first of the second group)
    await page.keyboard.press("Space");
    assert.ok(await page.getByRole("checkbox", { name: "Recruit a tech team" }).isChecked());
    await page.locator('.result-panel[data-cto-type="stabilizer"]').waitFor();
    await page.waitForFunction(() => location.hash === "#headcount=9&tech=6&stage=launched&needs=hire-team");
    assertQuiet(opened);
  }));

  test("editing the address bar's fragment updates the widget", () => withWidget(env, "headcount=5", async (opened) => {
    const { page } = opened;
    await page.locator('.result-panel[data-cto-type="hacker"]').waitFor();
    await page.evaluate(() => {
      location.hash = "headcount=500&stage=established";
    });
    await page.locator('.result-panel[data-cto-type="industrializer"]').waitFor();
    assert.equal(await page.getByLabel("People in the company").inputValue(), "500");
    assertQuiet(opened);
  }));

  test("the language buttons switch to French and back", () => withWidget(env, "headcount=30", async (opened) => {
    const { page } = opened;
    await page.getByRole("button", { name: "Français" }).click();
    await page.locator('.cto-match[lang="fr"]').waitFor();
    assert.equal(await page.locator(".result-panel__name").textContent(), "Le stabilisateur");
    assert.match(new URL(page.url()).hash, /lang=fr/);
    await page.getByRole("button", { name: "English" }).click();
    await page.locator('.cto-match[lang="en"]').waitFor();
    assertQuiet(opened);
  }));

  test("the browser's language is the default", () => withWidget(env, "headcount=30", { locale: "fr-FR" }, async (opened) => {
    const { page } = opened;
    await page.locator('.cto-match[lang="fr"]').waitFor();
    assert.equal(new URL(page.url()).hash, "#headcount=30", "a default language is not written into the link");
    assertQuiet(opened);
  }));
});

describe("deploying", () => {
  test("the same build works under a sub-path", async () => {
    const sub = await serve(undefined, { base: "/blog/tools/cto/" });
    const opened = await openPage(env.browser);
    const { page, context, problems, requests } = opened;
    await page.goto(`${sub.origin}/blog/tools/cto/#headcount=12`);
    await page.locator('.result-panel[data-cto-type="stabilizer"]').waitFor();
    assert.deepEqual(problems, []);
    assert.ok(requests.every((url) => url.startsWith(`${sub.origin}/blog/tools/cto/`)), requests.join("\n"));
    await context.close();
    await sub.close();
  });
});
