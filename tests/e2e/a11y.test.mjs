// Accessibility end to end: axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) over the release build in
// English and French, empty, filled and with errors, light and dark; layout from 320 px up; print.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { axe, closing, openWidget, ROOT, testEnv, withWidget } from "./harness.mjs";

const env = testEnv();

const open = (fragment, options = {}) => openWidget(env, fragment, options);

const STATES = [
  { name: "empty", fragment: "" },
  { name: "filled", fragment: "headcount=45&tech=6&stage=scaling&needs=hire-team,scalability,investors" },
  { name: "no CTO", fragment: "headcount=20&needs=internal-it" },
  { name: "with errors", fragment: "headcount=abc&tech=9&stage=rocket&needs=coffee" },
];

describe("axe-core finds no WCAG 2.2 AA violation", () => {
  for (const lang of ["en", "fr"]) {
    for (const scheme of ["light", "dark"]) {
      for (const state of STATES) {
        test(`${lang}, ${scheme}, ${state.name}`, async () => {
          const fragment = [state.fragment, `lang=${lang}`].filter(Boolean).join("&");
          await closing(open(fragment, { colorScheme: scheme }), async ({ page }) => {
            await page.locator(`.cto-match[lang="${lang}"]`).waitFor();
            assert.deepEqual(await axe(page), []);
          });
        });
      }
    }
  }
});

describe("accessible structure", () => {
  test("a typed error is tied to its field, and the live region exists before the result", () => withWidget(env, "", async ({ page }) => {
    const live = page.locator(".result-panel__summary[aria-live=polite]");
    assert.equal(await live.count(), 1, "live region present while empty");
    const field = page.getByLabel("People in the company");
    await field.fill("-4");
    const error = page.locator("[id$='-headcount-error']");
    await page.locator("[id$='-headcount-error']", { hasText: "at least 1 (you entered -4)" }).waitFor();
    assert.equal(await field.getAttribute("aria-invalid"), "true");
    const describedBy = (await field.getAttribute("aria-describedby")).split(" ");
    assert.ok(describedBy.includes(await error.getAttribute("id")));
    await field.fill("4");
    await page.locator('.result-panel[data-cto-type="hacker"]').waitFor();
    assert.match(await live.textContent(), /The hacker/);
  }));

  test("focus is visible", () => withWidget(env, "headcount=3", async ({ page }) => {
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    assert.equal(outline.style, "solid");
    assert.ok(outline.width >= 2, `outline ${outline.width}px`);
  }));

  test("every target is at least 24 by 24 px", () => withWidget(env, "headcount=45&needs=budget", async ({ page }) => {
    const small = await page.evaluate(() =>
      [...document.querySelectorAll(".cto-match input, .cto-match button")]
        // A control that is not displayed (the compact summary beside a wide result) is no target.
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({ id: el.id || el.textContent, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ id, box }) => `${id}: ${box.width}x${box.height}`),
    );
    assert.deepEqual(small, []);
  }));
});

describe("themes and layout", () => {
  const background = (page) => page.evaluate(() => getComputedStyle(document.querySelector(".cto-match")).backgroundColor);

  test("follows prefers-color-scheme, and data-theme overrides it", async () => {
    const light = await open("headcount=3", { colorScheme: "light" });
    const dark = await open("headcount=3", { colorScheme: "dark" });
    assert.equal(await background(light.page), "rgb(255, 255, 255)");
    assert.equal(await background(dark.page), "rgb(22, 27, 34)");
    await dark.page.evaluate(() => document.querySelector(".cto-match").setAttribute("data-theme", "light"));
    assert.equal(await background(dark.page), "rgb(255, 255, 255)");
    await light.context.close();
    await dark.context.close();
  });

  test("a host overrides the design tokens", () => withWidget(env, "headcount=3", async ({ page }) => {
    await page.addStyleTag({ content: ".cto-match { --cto-color-bg: rgb(1, 2, 3); }" });
    assert.equal(await background(page), "rgb(1, 2, 3)");
  }));

  for (const width of [320, 768, 1280]) {
    test(`nothing overflows at ${width} px`, () => withWidget(env, "headcount=45&tech=6&stage=scaling&needs=hire-team,investors&lang=fr", { viewport: { width, height: 900 } }, async ({ page }) => {
      await page.locator(".result-panel[data-cto-type]").waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${overflow}px wider than the ${width}px viewport`);
      const columns = await page.evaluate(() => getComputedStyle(document.querySelector(".cto-match__body")).gridTemplateColumns.split(" ").length);
      assert.equal(columns, width >= 896 ? 2 : 1);
      await page.screenshot({ path: join(ROOT, "target", `layout-${width}.png`), fullPage: true });
    }));
  }
});

describe("print", () => {
  test("prints the result on one page, without the form", () => withWidget(env, "headcount=45&tech=6&stage=scaling&needs=hire-team,scalability,investors", async ({ page }) => {
    await page.locator(".result-panel[data-cto-type]").waitFor();
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".profile-form").isVisible(), false);
    assert.ok(await page.locator(".result-panel__name").isVisible());
    assert.ok(await page.locator('[data-mission="recruit-team"]').isVisible());
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(pages, 1, `the summary takes ${pages} pages`);
  }));
});
