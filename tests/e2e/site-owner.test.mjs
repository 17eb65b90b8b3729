// The site owner's side (issue 20): a compact widget that fits an article (heights held), a call to
// action the host sets, analytics pushed to the host's own array and nowhere else, sharing that keeps
// the language and can point at the host's article, and an iframe that shows the whole widget pasted
// alone. Each test drives the built files on a host page, as a site owner pastes them.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { axe, closing, DIST, openPage, prepare, testEnv, withPage } from "./harness.mjs";

const page = (body, width = 740) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>article</title>
  <link rel="icon" href="data:,"><script src="/dist/loader.js"></script></head>
  <body style="margin:0"><main style="max-width:${width}px;margin:0 auto;padding:0 16px">${body}</main></body></html>`;

const RESULT = 'headcount="45" tech="6" stage="scaling" needs="hire-team,scalability"';
const PAGES = {
  "/article/empty.html": page('<cto-match id="el" loading="eager"></cto-match>'),
  "/article/result.html": page(`<cto-match id="el" loading="eager" ${RESULT}></cto-match>`),
  "/article/result-full.html": page(`<cto-match id="el" loading="eager" layout="full" ${RESULT}></cto-match>`),
  "/article/fr.html": page(`<cto-match id="el" loading="eager" lang="fr" ${RESULT}></cto-match>`),
  "/article/cta.html": page(
    `<cto-match id="el" loading="eager" ${RESULT} cta-href="https://firm.example/book?type={type}&amp;route={route}&amp;lang={lang}" cta-label="Book a call"></cto-match>`,
  ),
  "/article/cta-fr.html": page(
    `<cto-match id="el" loading="eager" lang="fr" ${RESULT} datalayer cta-href="mailto:contact@cabinet.example?subject={type}"></cto-match>`,
  ),
  "/article/cta-data.html": page(`<div id="el" data-cto-match data-loading="eager" data-headcount="8" data-cta-href="/contact?t={type}"></div>`),
  "/article/cta-unsafe.html": page(`<cto-match id="el" loading="eager" headcount="8" cta-href="javascript:alert(1)"></cto-match>`),
  "/article/layer.html": page(`<cto-match id="el" loading="eager" datalayer headcount="45"></cto-match>`),
  "/article/layer-named.html": page(`<div id="el" data-cto-match data-loading="eager" data-datalayer="siteEvents" data-headcount="8"></div>`),
  "/article/no-layer.html": page(`<cto-match id="el" loading="eager" headcount="45"></cto-match>`),
  "/article/share.html": page(`<cto-match id="el" loading="eager" lang="fr" headcount="12" share-url="https://blog.example/article?id=3#top"></cto-match>`),
  "/article/share-default.html": page(`<cto-match id="el" loading="eager" lang="fr" headcount="12"></cto-match>`),
  "/article/iframe.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>article</title><link rel="icon" href="data:,"></head>
    <body style="margin:0"><main style="max-width:740px;margin:0 auto">
    <iframe id="frame" src="/dist/frame.html#headcount=45&amp;tech=6&amp;stage=scaling&amp;needs=hire-team,scalability" title="Which CTO?" height="1900" style="width:100%;border:0"></iframe>
    </main></body></html>`,
};

const env = testEnv({ "/dist/": DIST }, { pages: PAGES });

async function open(path, options = {}) {
  return prepare(await openPage(env.browser, options), async ({ page }) => {
    await page.goto(`${env.server.origin}${path}`);
    await page.locator("#el .cto-match").waitFor();
  });
}

const height = (p) => p.evaluate(() => Math.round(document.querySelector("#el").getBoundingClientRect().height));
const resultShown = (p) => p.locator('#el .result-panel[data-cto-type="stabilizer"]').waitFor();

describe("a compact widget fits an article", () => {
  test("with a result, at most 1,800 px in a 740 px column and 2,600 px on a 390 px phone; less when empty", async () => {
    const heights = {};
    for (const [name, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 390, height: 844 }]]) {
      const full = await open("/article/result.html", { viewport });
      await resultShown(full.page);
      heights[name] = await height(full.page);
      const empty = await open("/article/empty.html", { viewport });
      heights[`${name} empty`] = await height(empty.page);
      const wide = await open("/article/result-full.html", { viewport });
      await resultShown(wide.page);
      heights[`${name} full`] = await height(wide.page);
      for (const { context } of [full, empty, wide]) await context.close();
    }
    console.log(`# compact heights: ${JSON.stringify(heights)}`);
    assert.ok(heights.desktop <= 1800, `740 px column: ${heights.desktop} px`);
    assert.ok(heights.phone <= 2600, `390 px phone: ${heights.phone} px`);
    assert.ok(heights["desktop empty"] < heights.desktop && heights["phone empty"] < heights.phone, JSON.stringify(heights));
    assert.ok(heights["desktop full"] > heights.desktop, "layout=full keeps every section open");
  });

  test("the full result is one action away, by keyboard too, and the optional questions unfold", () => closing(open("/article/result.html"), async ({ page: p, problems }) => {
    await resultShown(p);
    const more = p.locator("#el .result-panel__more");
    assert.equal(await more.evaluate((d) => d.open), false);
    assert.equal(await p.locator('#el [data-mission="recruit-team"]').isVisible(), false, "folded");
    await p.locator("#el .result-panel__more-summary").focus();
    await p.keyboard.press("Enter");
    await p.locator('#el [data-mission="recruit-team"]').waitFor();
    assert.ok(await p.locator("#el .job-draft").isVisible(), "the job ad is in the full result");
    await p.locator("#el .profile-form__more-summary").click();
    await p.locator("#el").getByRole("radio", { name: "A public body" }).check();
    await p.waitForFunction(() => document.querySelector("#el").result?.profile.org === "public");
    assert.deepEqual(problems, []);
  }));
});

describe("a call to action the host sets", () => {
  test("fills {type}, {route} and {lang}, shows the label, and tells the host when followed", () => closing(open("/article/cta.html"), async ({ page: p, problems }) => {
    await resultShown(p);
    const link = p.locator("#el .result-panel .cta__link");
    assert.equal(await link.textContent(), "Book a call");
    assert.equal(await link.getAttribute("href"), "https://firm.example/book?type=stabilizer&route=promote&lang=en");
    await p.route("https://firm.example/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>booked</title>" }));
    const heard = p.evaluate(
      () => new Promise((ok) => document.querySelector("#el").addEventListener("ctomatch:cta", (e) => ok(e.detail), { once: true })),
    );
    await link.click();
    assert.deepEqual(await heard, { href: "https://firm.example/book?type=stabilizer&route=promote&lang=en", type: "stabilizer", route: "promote", fit: null, lang: "en" });
    await p.waitForURL("https://firm.example/**");
    assert.deepEqual(problems, []);
  }));

  test("relative links with the data- attributes and a default label; unsafe schemes refused with one line", async () => {
    const relative = await open("/article/cta-data.html");
    await relative.page.locator("#el .result-panel[data-cto-type]").waitFor();
    const link = relative.page.locator("#el .result-panel .cta__link");
    assert.equal(await link.getAttribute("href"), "/contact?t=hacker");
    assert.equal(await link.textContent(), "Talk to us about it");
    await relative.context.close();

    const unsafe = await open("/article/cta-unsafe.html");
    await unsafe.page.locator("#el .result-panel[data-cto-type]").waitFor();
    assert.equal(await unsafe.page.locator("#el .cta__link").count(), 0, "no link for javascript:");
    assert.deepEqual(unsafe.problems, ["warning: cto-match: cta-href ignored: only http(s), mailto and relative links are followed"]);
    await unsafe.context.close();
  });
});

describe("the compact widget is accessible", () => {
  test("axe-core finds no WCAG 2.2 AA violation, folded and unfolded, in English and French", async () => {
    for (const path of ["/article/cta.html", "/article/cta-fr.html"]) {
      for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
        await closing(open(path, { viewport }), async ({ page: p }) => {
          await resultShown(p);
          // On a phone the compact summary is sticky over the form while the visitor answers (a target it
          // happens to cover at the viewport's edge is scrolled to): read here with the result in view.
          await p.locator("#el .result-panel").scrollIntoViewIfNeeded();
          assert.deepEqual(await axe(p), [], `${path} ${viewport.width} px, folded`);
          await p.locator("#el .result-panel__more-summary").click();
          await p.locator("#el .profile-form__more-summary").click();
          assert.deepEqual(await axe(p), [], `${path} ${viewport.width} px, unfolded`);
        });
      }
    }
  });

  test("on a phone the call to action stays in view with the summary while the visitor answers", () => closing(open("/article/cta.html", { viewport: { width: 390, height: 844 } }), async ({ page: p }) => {
    await resultShown(p);
    const link = p.locator("#el .summary-bar .cta__link");
    assert.equal(await link.getAttribute("href"), "https://firm.example/book?type=stabilizer&route=promote&lang=en");
  }));
});

describe("analytics, opt-in, with no network call", () => {
  test("datalayer pushes ready, the first answer, each result, a share and the job ad copied to window.dataLayer", () => closing(open("/article/layer.html", { permissions: ["clipboard-read", "clipboard-write"] }), async ({ page: p, requests }) => {
    await p.waitForFunction(() => window.dataLayer?.some((e) => e.event === "ctomatch_result"));
    await p.locator("#el").getByLabel("People in the tech team (optional)").fill("6");
    await p.waitForFunction(() => window.dataLayer.some((e) => e.event === "ctomatch_answer"));
    await p.locator("#el .share__button").click();
    await p.locator("#el .result-panel__more-summary").click();
    await p.locator("#el .job-draft .deeper__summary").click();
    await p.locator("#el .job-draft__button").first().click();
    await p.waitForFunction(() => window.dataLayer.some((e) => e.event === "ctomatch_job_copy"));
    const events = await p.evaluate(() => window.dataLayer.map((e) => e.event));
    assert.equal(events[0], "ctomatch_ready");
    for (const event of ["ctomatch_result", "ctomatch_answer", "ctomatch_share", "ctomatch_job_copy"]) assert.ok(events.includes(event), `${event} in ${events}`);
    assert.equal(events.filter((e) => e === "ctomatch_answer").length, 1, "the first answer, once");
    const [pushed, detail] = await p.evaluate(() => [window.dataLayer.findLast((e) => e.event === "ctomatch_result"), document.querySelector("#el").result]);
    assert.deepEqual(pushed, { event: "ctomatch_result", type: detail.type, runnerUp: detail.runnerUp, route: detail.route, fit: null, lang: "en" });
    assert.equal(pushed.type, "stabilizer", "45 people and 6 in tech");
    assert.ok(requests.every((url) => url.startsWith(env.server.origin)), "no request but the widget's own files");
  }));

  test("a named array on a data- embed; nothing pushed without the attribute", async () => {
    const named = await open("/article/layer-named.html");
    await named.page.waitForFunction(() => window.siteEvents?.some((e) => e.event === "ctomatch_result" && e.type === "hacker"));
    assert.equal(await named.page.evaluate(() => window.dataLayer), undefined);
    await named.context.close();
    const none = await open("/article/no-layer.html");
    await none.page.locator("#el .result-panel[data-cto-type]").waitFor();
    assert.equal(await none.page.evaluate(() => window.dataLayer), undefined);
    await none.context.close();
  });
});

describe("sharing from an embed", () => {
  test("keeps the language and opens the host's article when share-url says so, else the standalone page", async () => {
    const own = await open("/article/share.html");
    await own.page.locator("#el .result-panel[data-cto-type]").waitFor();
    assert.match(await own.page.locator("#el .share__print").textContent(), /https:\/\/blog\.example\/article\?id=3#headcount=12&lang=fr/);
    await own.context.close();
    const standalone = await open("/article/share-default.html");
    await standalone.page.locator("#el .result-panel[data-cto-type]").waitFor();
    const text = await standalone.page.locator("#el .share__print").textContent();
    assert.ok(text.includes(`${env.server.origin}/dist/r/stabilizer-fr.html#headcount=12&lang=fr`), text);
    await standalone.context.close();
  });
});

describe("the iframe embed pasted alone", () => {
  test("its default height shows the whole compact widget with a result, no script on the host", () => withPage(env.browser, { viewport: { width: 1280, height: 900 } }, async (opened) => {
    await opened.page.goto(`${env.server.origin}/article/iframe.html`);
    const frame = opened.page.frameLocator("#frame");
    await frame.locator('.result-panel[data-cto-type="stabilizer"]').waitFor();
    const inner = await opened.page.frames()[1].evaluate(() => Math.ceil(document.documentElement.scrollHeight));
    assert.ok(inner <= 1900, `the widget needs ${inner} px of the frame's 1,900`);
    assert.deepEqual(opened.problems, []);
  }));
});
