// What a visitor takes away, end to end: a job ad to publish (plain text to copy, Markdown to download,
// the pay caveat beside it), how to fill the seat (data-route and the event), a link that reopens the
// result (copied, or offered to the system share sheet, printed with the result), and a result that
// stays in view while answering on phones and in blog columns.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { axe, closing, DIST, EXAMPLES, openPage, prepare, ROOT, testEnv, withPage } from "./harness.mjs";

// The examples load the widget from ../dist/, as a host page loads it from wherever it is hosted.
const env = testEnv({ "/examples/": EXAMPLES, "/dist/": DIST, "/": DIST });

async function open(fragment, options = {}, path = "/") {
  return prepare(await openPage(env.browser, options), async ({ page }) => {
    await page.goto(`${env.server.origin}${path}#${fragment}`);
    await page.locator(".result-panel[data-cto-type]").first().waitFor();
  });
}

describe("the job ad", () => {
  test("copies as plain text and downloads as Markdown, the caveat beside it, in English and French", async () => {
    for (const [lang, title, headline, heading, pay] of [
      ["en", "CTO", "To grow our tech team and make the product last.", "What you will do", "Salary: €80k–€100k gross per year, depending on experience"],
      ["fr", "CTO (H/F)", "Pour faire grandir notre équipe tech et pérenniser notre produit.", "Vos missions", "Rémunération\u00a0: 80 à 100\u00a0k€ brut annuel selon profil"],
    ]) {
      const options = { permissions: ["clipboard-read", "clipboard-write"], acceptDownloads: true };
      await closing(open(`headcount=45&tech=6&stage=scaling&needs=hire-team,investors&lang=${lang}`, options), async ({ page, problems }) => {
        await page.locator(".job-draft .deeper__summary").click();
        const text = await page.locator(".job-draft__text").inputValue();
        const lines = text.split("\n");
        assert.equal(lines[0], title, "a short title, as job boards want it");
        assert.equal(lines[2], headline, "one line under it");
        assert.ok(lines.includes(heading) && lines.includes(`- ${pay}`), text);
        assert.ok(!text.includes("#") && !text.includes("**"), "plain text, no Markdown marks");
        assert.ok(!/absolute truth|vérité absolue|cto-match/.test(text), "the caveat is not inside the ad");
        assert.match(await page.locator(".job-draft__beside").textContent(), /absolute truth|vérité absolue/);

        await page.locator(".job-draft__button").first().click();
        await page.locator(".job-draft__status:not(:empty)").waitFor();
        assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text, "the copy is the text shown");

        const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".job-draft__button").nth(1).click()]);
        const markdown = await readFile(await download.path(), "utf8");
        assert.ok(markdown.startsWith(`# ${title}\n\n${headline}\n\n## `), markdown.slice(0, 80));
        assert.equal(markdown.replace(/^#+ /gm, ""), text, "the Markdown says what the text says");
        assert.deepEqual(problems, []);
      });
    }
  });
});

describe("the kind of organisation", () => {
  test("a public body says so and gets its own words: no equity, no investors, no CEO, its pay scale", () => closing(open("headcount=900&tech=25&stage=established&software=support&needs=roadmap,clients"), async ({ page, problems }) => {
    const heard = page.evaluate(() => new Promise((resolve) => document.addEventListener("ctomatch:result", (e) => resolve(e.detail.profile.org), { once: true })));
    await page.getByRole("radio", { name: "A public body" }).check();
    assert.equal(await heard, "public", "the event's profile carries the answer");
    await page.waitForFunction(() => location.hash.includes("org=public"));
    await page.locator('[data-mission="investors-board"]', { hasText: "Report to management and the governing bodies" }).waitFor();
    await page.locator(".job-draft .deeper__summary").click();
    const text = await page.locator(".job-draft__text").inputValue();
    assert.match(text, /We are a public body of 900 people/);
    assert.match(text, /Salary on the public pay scale/);
    for (const startup of ["stock options", "investors", "CEO"]) assert.ok(!text.includes(startup), `${startup} in a public body's ad: ${text}`);
    await page.getByRole("radio", { name: "A startup with investors" }).check();
    await page.waitForFunction(() => document.querySelector(".job-draft__text")?.value.includes("stock options"));
    assert.deepEqual(problems, []);
  }));
});

describe("how to fill the seat", () => {
  test("differs where the companies differ, on the result element and in the event", async () => {
    const cases = [
      ["headcount=3&stage=idea&needs=first-version", "cofounder", /technical co-founder/],
      ["headcount=300&tech=40&stage=scaling", "executive", /executive hire/],
      ["headcount=12&needs=infrastructure,internal-it", "managed-it", /managed IT provider/],
    ];
    for (const [fragment, route, name] of cases) {
      await closing(open(fragment), async ({ page }) => {
        const panel = page.locator(".result-panel");
        assert.equal(await panel.getAttribute("data-route"), route, fragment);
        assert.match(await page.locator(".route__name").textContent(), name);
        assert.ok((await page.locator(".route__why").textContent()).length > 60, "one or two sentences of why");
        const detail = await page.evaluate(
          () => new Promise((ok) => {
            document.addEventListener("ctomatch:result", (e) => ok(e.detail), { once: true });
            document.querySelector('input[value="budget"]').click();
          }),
        );
        assert.equal(detail.route, route, "the event carries the route");
      });
    }
  });
});

describe("sharing a result", () => {
  test("on the standalone page, copies the result's own page (its preview card), which opens the same result", async () => {
    const opened = await open("headcount=45&tech=6&stage=scaling&needs=hire-team", { permissions: ["clipboard-read", "clipboard-write"] });
    const { page, context, problems } = opened;
    await page.getByRole("checkbox", { name: "Technology roadmap" }).check();
    await page.getByRole("button", { name: "Share this result" }).click();
    await page.locator(".share__status", { hasText: "Link copied" }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, `${env.server.origin}/r/stabilizer-en.html#headcount=45&tech=6&stage=scaling&needs=hire-team,roadmap&lang=en`, "the result's page, the answers and the language");
    assert.match(link, /needs=hire-team,roadmap/);
    const copy = await openPage(env.browser);
    await copy.page.goto(link);
    await copy.page.locator('.result-panel[data-cto-type="stabilizer"]').waitFor();
    assert.equal(await copy.page.locator(".mission-list").textContent(), await page.locator(".mission-list").textContent());
    assert.deepEqual(problems, []);
    await copy.context.close();
    await context.close();
  });

  test("in an embed that leaves the host's URL alone, copies a link to the standalone page", () => withPage(env.browser, { permissions: ["clipboard-read", "clipboard-write"] }, async ({ page }) => {
    await page.goto(`${env.server.origin}/examples/blog.html`);
    const widget = page.locator("#small-startup");
    await widget.locator('.result-panel[data-cto-type="hacker"]').waitFor();
    await widget.getByRole("button", { name: "Share this result" }).click();
    await widget.locator(".share__status", { hasText: "Link copied" }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, `${env.server.origin}/dist/r/hacker-en.html#headcount=8&needs=first-version,product&lang=en`, "the result's page beside the widget's files");
    assert.equal(new URL(page.url()).hash, "", "the host's URL is left alone");
  }));

  test("offers the system share sheet where the browser has one", () => withPage(env.browser, async ({ page }) => {
    await page.addInitScript(() => {
      navigator.share = async (data) => {
        window.shared = data;
      };
    });
    await page.goto(`${env.server.origin}/#headcount=3&stage=idea`);
    await page.getByRole("button", { name: "Share this result" }).click();
    await page.locator(".share__status", { hasText: "Shared." }).waitFor();
    const shared = await page.evaluate(() => window.shared);
    assert.equal(shared.url, `${env.server.origin}/r/hacker-en.html#headcount=3&stage=idea&lang=en`);
    assert.equal(shared.title, "Which CTO fits this company?");
  }));

  test("shows the link to copy by hand when the clipboard is refused, and prints it with the result", () => withPage(env.browser, async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { get: () => undefined });
    });
    await page.goto(`${env.server.origin}/#headcount=30&lang=fr`);
    await page.getByRole("button", { name: "Partager ce résultat" }).click();
    const field = page.locator(".share__link");
    await field.waitFor();
    const link = `${env.server.origin}/r/stabilizer-fr.html#headcount=30&lang=fr`;
    assert.equal(await field.inputValue(), link);
    assert.ok(await field.evaluate((el) => el === document.activeElement && el.selectionEnd - el.selectionStart === el.value.length), "selected");
    const print = page.locator(".share__print");
    assert.equal(await print.isVisible(), false, "on screen the printed link stays hidden");
    await page.emulateMedia({ media: "print" });
    assert.ok(await print.isVisible());
    assert.equal(await print.textContent(), `Ce résultat en ligne\u00a0: ${link}`);
  }));
});

describe("a live result on narrow widths", () => {
  for (const width of [320, 390, 700]) {
    test(`at ${width} px, typing a headcount shows the type at once, and leads to the full result`, () => withPage(env.browser, { viewport: { width, height: 800 } }, async ({ page, problems }) => {
      await page.goto(`${env.server.origin}/`);
      await page.getByLabel("People in the company").fill("45");
      const bar = page.locator(".summary-bar");
      await bar.waitFor();
      const box = await bar.boundingBox();
      assert.ok(box.y >= 0 && box.y + box.height <= 800, `the summary is on screen: ${JSON.stringify(box)}`);
      assert.match(await bar.textContent(), /The stabilizer/);
      assert.match(await bar.textContent(), /close behind: the industrializer/);
      const panel = page.locator(".result-panel");
      assert.ok((await panel.boundingBox()).y > 800, "the full result starts below the screen");
      assert.equal(await bar.getAttribute("aria-live"), null, "the summary is not a second live region");
      assert.equal(await page.locator("[aria-live]", { hasText: "The stabilizer" }).count(), 1, "announced once");
      await page.getByRole("button", { name: "See the full result" }).click();
      await page.waitForFunction(() => {
        const panel = document.querySelector(".result-panel");
        const top = panel.getBoundingClientRect().top;
        return document.activeElement === panel && top >= -1 && top < innerHeight;
      });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 0, `${overflow}px too wide`);
      assert.deepEqual(problems, []);
    }));
  }

  test("beside the result, on wide layouts, the compact summary is not shown", () => closing(open("headcount=45", { viewport: { width: 1280, height: 900 } }), async ({ page }) => {
    assert.equal(await page.locator(".summary-bar").isVisible(), false);
  }));

  test("with the summary on screen, axe finds no WCAG 2.2 AA violation", () => closing(open("headcount=45&tech=6&needs=hire-team&lang=fr", { viewport: { width: 390, height: 844 } }), async ({ page }) => {
    await page.locator(".summary-bar").waitFor();
    // The form's controls that sit under the fixed bar at this scroll position are reached by
    // scrolling, not through the bar: axe would count the bar as shrinking them (which text wraps
    // above decides). The bar and everything above it are checked.
    const under = await page.evaluate(() => {
      const top = document.querySelector(".summary-bar").getBoundingClientRect().top;
      return [...document.querySelectorAll("form input, form button")].filter((e) => e.getBoundingClientRect().bottom > top && e.id).map((e) => [`#${e.id}`]);
    });
    assert.deepEqual(await axe(page, undefined, under), []);
  }));
});

describe("styles that keep their own promise", () => {
  test("widget.css uses tokens for every length, one custom property per type, shared rules", async () => {
    const css = await readFile(join(ROOT, "style/widget.css"), "utf8");
    const rules = css.replace(/\/\*[\s\S]*?\*\//g, "");
    const lengths = [...rules.matchAll(/(?<![\w-])(\d*\.)?\d+(px|rem|em|pt|mm|vw|vh)\b/g)].map((m) => m[0]);
    assert.deepEqual(lengths.filter((l) => l !== "896px"), [], "raw lengths (896px is the container query's, which cannot read a token)");
    for (const type of ["hacker", "stabilizer", "industrializer"]) {
      assert.equal(rules.split(`--cto-color-${type})`).length - 1, 1, `${type}'s colour is read once, into --type-color`);
    }
    assert.equal(rules.split("text-transform: uppercase").length - 1, 1, "one caption rule");
    assert.equal(rules.split("cursor: pointer;\n}").length - 1, 1, "one button base");
  });
});
