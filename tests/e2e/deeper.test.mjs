// The deeper result end to end: collapsible sections (hats, growth, profile), and the job description
// draft copied to the clipboard (and its visible fallback when the clipboard is refused) and
// downloaded as a Markdown file.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { axe, closing, openWidget, testEnv, withPage } from "./harness.mjs";

const env = testEnv();

const open = (fragment, options = {}) => openWidget(env, fragment, { ready: ".result-panel[data-cto-type]", ...options });

const SCALING = "headcount=45&tech=6&stage=scaling&needs=hire-team,data";

describe("the sections after the result", () => {
  test("stay closed until opened, then show hats, growth and the profile to hire", () => closing(open(SCALING), async ({ page, problems }) => {
    for (const section of [".hats", ".growth", ".hire-profile", ".job-draft"]) {
      assert.equal(await page.locator(`details${section}`).getAttribute("open"), null, `${section} starts closed`);
    }
    assert.equal(await page.locator(".hats__list").first().isVisible(), false);
    await page.getByText("The twelve hats of a CTO at a small company").click();
    // A folded section is built when first opened.
    await page.locator(".hats__list").first().waitFor();
    const priorities = await page.locator(".hats__hat--priority .hats__name").allTextContents();
    assert.deepEqual(priorities, ["Architect", "Manager", "Innovation director"]);
    assert.match(await page.locator(".hats").textContent(), /Past the first version, three hats weigh most/);

    await page.getByText("As you grow").click();
    await page.locator(".growth__lists").waitFor();
    assert.match(await page.locator(".growth").textContent(), /Past 50 people, the tech team's size decides more than the headcount: from about 20 people in tech, the job becomes the industrializer's/);

    await page.getByText("The profile to look for").click();
    await page.locator(".hire-profile__pay").waitFor();
    assert.equal(await page.locator(".hire-profile__band--highlighted").textContent(), "senior CTO80k EUR");
    assert.match(await page.locator(".hire-profile").textContent(), /not an absolute truth/);
    assert.match(await page.locator(".hire-profile").textContent(), /Data engineering/);

    // Every section open, still WCAG 2.2 AA.
    await page.getByText("Job ad").click();
    await page.locator(".job-draft__text").waitFor();
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(problems, []);
  }));

  test("open with the keyboard and fit a 320 px screen", () => closing(open(SCALING, { viewport: { width: 320, height: 800 } }), async ({ page }) => {
    await page.locator(".hats .deeper__summary").focus();
    await page.keyboard.press("Enter");
    assert.equal(await page.locator("details.hats").getAttribute("open"), "");
    await page.locator(".job-draft .deeper__summary").focus();
    await page.keyboard.press("Enter");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow}px too wide`);
  }));

  test("are not offered when no CTO is needed", () => closing(open("headcount=20&needs=internal-it"), async ({ page }) => {
    assert.equal(await page.locator(".deeper").count(), 0);
  }));
});

describe("the job description draft", () => {
  test("is copied to the clipboard", () => closing(open(SCALING, { permissions: ["clipboard-read", "clipboard-write"] }), async ({ page, problems }) => {
    await page.getByText("Job ad").click();
    const draft = await page.locator(".job-draft__text").inputValue();
    assert.match(draft, /^CTO\n\nTo grow our tech team and make the product last\.\n/);
    assert.match(draft, /We are a company of 45 people, six of them in tech, and we are growing fast\./);
    assert.ok(!draft.startsWith("#"), "shown and copied as plain text");
    await page.getByRole("button", { name: "Copy" }).click();
    await page.locator(".job-draft__status", { hasText: "Copied to the clipboard." }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), draft);
    assert.deepEqual(problems, []);
  }));

  test("shows a visible fallback, with the text selected, when the clipboard is refused", () => withPage(env.browser, async (opened) => {
    const { page } = opened;
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
    });
    await page.goto(`${env.server.origin}/#${SCALING}`);
    await page.getByText("Job ad").click();
    await page.getByRole("button", { name: "Copy" }).click();
    await page.locator(".job-draft__status", { hasText: "The browser refused the clipboard" }).waitFor();
    const selection = await page.evaluate(() => {
      const area = document.querySelector(".job-draft__text");
      return [document.activeElement === area, area.selectionStart, area.selectionEnd, area.value.length];
    });
    assert.deepEqual(selection, [true, 0, selection[3], selection[3]]);
    assert.deepEqual(opened.problems, []);
  }));

  test("downloads as a Markdown file, in the widget's language", async () => {
    for (const [lang, file, heading] of [
      ["en", "cto-stabilizer-en.md", "# CTO\n\nTo grow our tech team and make the product last."],
      ["fr", "cto-stabilizer-fr.md", "# CTO (H/F)\n\nPour faire grandir notre équipe tech et pérenniser notre produit."],
    ]) {
      await closing(open(`${SCALING}&lang=${lang}`, { acceptDownloads: true }), async ({ page, problems }) => {
        await page.locator(".job-draft .deeper__summary").click();
        const draft = await page.locator(".job-draft__text").inputValue();
        const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".job-draft__button").nth(1).click()]);
        assert.equal(download.suggestedFilename(), file);
        const saved = await readFile(await download.path(), "utf8");
        assert.equal(saved.replace(/^#+ /gm, ""), draft, "the Markdown file is the ad shown, with its headings marked");
        assert.ok(saved.startsWith(heading), saved.slice(0, 60));
        assert.deepEqual(problems, []);
      });
    }
  });
});
