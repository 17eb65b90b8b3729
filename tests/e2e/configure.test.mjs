// The configurator (configure.html) end to end: a site owner picks options by their labels, copies the
// snippet, and a bare host page holding exactly that snippet, served from another origin under the
// CSP lines the configurator gives, shows the configured widget. Also axe-core in English and French,
// the other embeds pasted alone, and addresses it refuses in words.
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { axe, closing, contentType, CSP, DIST, openPage, prepare, serve, testEnv } from "./harness.mjs";

// The configurator runs under the widget's own strict policy. Without frame-ancestors, so that the
// iframe snippet can frame frame.html from the host's origin; with CORS, as a widget host on another
// origin than its pages serves its files.
const FILES_CSP = CSP.replace(/; frame-ancestors 'self'/, "");
const env = testEnv(DIST, { headers: { "content-security-policy": FILES_CSP, "access-control-allow-origin": "*" } });

let labels; // the widget's own labels, from the generated file configure.js reads
before(async () => {
  labels = JSON.parse(await readFile(join(DIST, "configure-texts.json"), "utf8"));
});

const label = (lang, list, id) => labels[lang][list].find(([key]) => key === id)[1];
const needLabel = (lang, id) => labels[lang].need_groups.flatMap((group) => group.needs).find(([key]) => key === id)[1];

/**
 * configure.html in a browser whose language is `locale`, ready (its presets built). The files are
 * self-hosted by this test's server (the base URL set to it), unless `cdn` keeps the default.
 */
async function openConfigurator(locale, { cdn = false, ...options } = {}) {
  return prepare(await openPage(env.browser, { locale, viewport: { width: 1280, height: 900 }, ...options }), async ({ page }) => {
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${env.server.origin}/configure.html`);
    await page.locator("html[data-ready]").waitFor();
    if (!cdn) await page.locator("#cfg-base").fill(`${env.server.origin}/`);
  });
}

/** Serves `context`'s requests to the package's versioned CDN folder from dist/, with CORS, as jsDelivr would. */
async function cdnFromDist(context, version) {
  const prefix = `https://cdn.jsdelivr.net/npm/cto-match@${version}/`;
  await context.route(`${prefix}**`, async (route) => {
    const file = new URL(route.request().url()).pathname.slice(new URL(prefix).pathname.length);
    const body = await readFile(join(DIST, file)).catch(() => null);
    await route.fulfill(body ? { body, contentType: contentType(file), headers: { "access-control-allow-origin": "*" } } : { status: 404, body: "not found" });
  });
  return prefix;
}

/** The configurator's own form: the preview below it is a widget with the same labels. */
const form = (page) => page.locator("#cfg-form");
const snippetOf = (page) => page.locator("#cfg-snippet").inputValue();
const policyOf = async (page) => (await page.locator("#cfg-csp").inputValue()).replace(/^Content-Security-Policy:\s*/, "");

/**
 * A bare host page on an origin of its own holding exactly `snippet`, served under `default-src 'none'`
 * plus the policy the configurator gave: what a strict host would paste. Returns the opened page.
 */
async function hostPage(snippet, policy, version = null) {
  const html = `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>A bare host page</title>\n</head>\n<body>\n${snippet}\n</body>\n</html>\n`;
  const host = await serve({}, { pages: { "/host.html": html }, headers: { "content-security-policy": `default-src 'none'; ${policy}` } });
  const opened = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
  if (version) await cdnFromDist(opened.context, version);
  await opened.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await opened.page.goto(`${host.origin}/host.html`);
  return { ...opened, host };
}

/** Nothing went wrong on `page`: no console error, no CSP violation, no request beyond the two origins. */
async function assertClean({ page, problems, requests }, origins) {
  assert.deepEqual(problems, [], "no console error or warning");
  assert.deepEqual(await page.evaluate(() => window.__violations), [], "no securitypolicyviolation");
  assert.deepEqual(requests.filter((url) => !origins.some((o) => url.startsWith(o))), [], "no request elsewhere");
}

describe("configure.html", () => {
  for (const [lang, locale] of [["en", "en-US"], ["fr", "fr-FR"]]) {
    test(`axe-core finds no violation (${lang}), as it opens and with the iframe and errors`, () => closing(openConfigurator(locale), async (opened) => {
      const { page } = opened;
      assert.equal(await page.locator("html").getAttribute("lang"), lang, "the browser's language picks the page's");
      await page.locator("#cfg-preview .result-panel").waitFor();
      // Checked before axe runs: axe itself applies inline styles, which this page's CSP refuses.
      await assertClean(opened, [env.server.origin]);
      assert.deepEqual(await axe(page), []);

      await page.locator("#embed-iframe").check();
      await page.locator("#cfg-base").fill("ftp://example.com/");
      await page.locator("#cfg-headcount").fill("-3");
      await page.locator("#cfg-base-error").waitFor();
      assert.deepEqual(await axe(page), []);
      if (lang === "fr") {
        const text = await page.evaluate(() => document.body.innerText);
        assert.doesNotMatch(text, / [:;?!»]/, "a no-break space, never a plain one, before : ; ? ! »");
      }
    }));
  }

  test("a site owner configures it in French, and the snippet pasted into a bare host page gives that widget", async () => {
    const opened = await openConfigurator("fr-FR");
    const { page, context } = opened;
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.server.origin });
    // The page speaks French, and every choice of the widget reads as the widget says it.
    assert.equal(await page.locator("h1").textContent(), "Configurer cto-match pour votre site");
    await form(page).getByRole("radio", { name: "Français" }).check();
    await form(page).getByRole("radio", { name: /^L’élément <cto-match>/ }).check();
    await form(page).getByLabel(labels.fr.headcount, { exact: true }).fill("45");
    await form(page).getByRole("radio", { name: label("fr", "stage", "scaling"), exact: true }).check();
    await form(page).getByRole("checkbox", { name: needLabel("fr", "hire-team"), exact: true }).check();
    await form(page).getByRole("checkbox", { name: needLabel("fr", "scalability"), exact: true }).check();
    await form(page).getByRole("radio", { name: "Sombre", exact: true }).check();
    await form(page).getByRole("radio", { name: /^Immédiat/ }).check();
    await form(page).getByLabel("Adresse du lien").fill("https://example.com/contact?type={type}&lang={lang}");
    await form(page).getByLabel("Texte du lien").fill("Parlons de votre CTO");
    // The live preview follows.
    await page.locator('#cfg-preview cto-match[theme="dark"] .cto-match[data-theme="dark"][lang="fr"]').waitFor();

    await page.getByRole("button", { name: "Copier le code" }).click();
    await page.locator("#cfg-copy-status", { hasText: "Copié" }).waitFor();
    const snippet = await snippetOf(page);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet, "the clipboard holds the snippet");
    for (const part of ['<script src="', 'lang="fr"', 'headcount="45"', 'stage="scaling"', 'needs="hire-team,scalability"', 'theme="dark"', 'loading="eager"', 'cta-href="https://example.com/contact?type={type}&amp;lang={lang}"', 'cta-label="Parlons de votre CTO"']) {
      assert.ok(snippet.includes(part), `${part} in\n${snippet}`);
    }
    assert.ok(!snippet.includes("Scaling") && !snippet.includes(needLabel("fr", "hire-team")), "ids in the snippet, never labels");
    const policy = await policyOf(page);
    await assertClean(opened, [env.server.origin]);
    await context.close();

    const host = await hostPage(snippet, policy);
    const widget = host.page.locator("cto-match .cto-match");
    await host.page.locator('cto-match .result-panel[data-cto-type]').waitFor();
    assert.equal(await widget.getAttribute("lang"), "fr");
    assert.equal(await widget.getAttribute("data-theme"), "dark");
    assert.equal(await host.page.getByLabel(labels.fr.headcount, { exact: true }).inputValue(), "45");
    assert.ok(await host.page.getByRole("radio", { name: label("fr", "stage", "scaling"), exact: true }).isChecked());
    for (const need of ["hire-team", "scalability"]) {
      assert.ok(await host.page.getByRole("checkbox", { name: needLabel("fr", need), exact: true }).isChecked(), `${need} checked`);
    }
    assert.equal(await host.page.locator("cto-match").getAttribute("cta-href"), "https://example.com/contact?type={type}&lang={lang}");
    await assertClean(host, [host.host.origin, env.server.origin]);
    await host.context.close();
    await host.host.close();
  });

  test("by default the snippet loads this version's folder from the npm CDN, each script pinned by a hash that matches", async () => {
    const { version } = JSON.parse(await readFile(join(DIST, "package.json"), "utf8"));
    const hashes = JSON.parse(await readFile(join(DIST, "integrity.json"), "utf8"));
    const opened = await openConfigurator("en-US", { cdn: true });
    const { page, context } = opened;
    const prefix = `https://cdn.jsdelivr.net/npm/cto-match@${version}/`;
    assert.equal(await page.locator("#cfg-base").inputValue(), prefix);
    await form(page).getByLabel(labels.en.headcount, { exact: true }).fill("45");
    const snippet = await snippetOf(page);
    assert.ok(snippet.includes(`<script src="${prefix}loader.js" integrity="${hashes["loader.js"]}" crossorigin="anonymous"></script>`), snippet);
    const policy = await policyOf(page);
    assert.match(policy, /script-src 'self' https:\/\/cdn\.jsdelivr\.net 'wasm-unsafe-eval'/);
    // A CDN serves frame.html as text: the iframe embed asks for the site's own copy, in words.
    await form(page).getByRole("radio", { name: /^An iframe/ }).check();
    await page.locator("#cfg-base-error", { hasText: "A CDN serves frame.html as plain text" }).waitFor();
    await form(page).getByRole("radio", { name: /^The <cto-match> element/ }).check();
    await page.locator("#cfg-base-error").waitFor({ state: "hidden" });
    // A self-hosted copy gets no hash: the configurator cannot know which version it holds.
    await page.locator("#cfg-base").fill("https://widgets.example.com/cto-match/");
    assert.ok((await snippetOf(page)).includes('<script src="https://widgets.example.com/cto-match/loader.js"></script>'));
    await context.close();

    // Pasted into a strict host page, with the CDN answering from this build: the hashes hold.
    const host = await hostPage(snippet, policy, version);
    await host.page.locator("cto-match .result-panel[data-cto-type]").waitFor();
    await assertClean(host, [host.host.origin, "https://cdn.jsdelivr.net/"]);
    await host.context.close();
    await host.host.close();
  });

  test("the script-and-div snippet, with an accent colour, works pasted alone", async () => {
    const opened = await openConfigurator("en-US");
    const { page, context } = opened;
    await form(page).getByRole("radio", { name: /^A script and a <div>/ }).check();
    await form(page).getByRole("radio", { name: "English", exact: true }).check();
    await form(page).getByLabel(labels.en.headcount, { exact: true }).fill("6");
    await form(page).getByRole("checkbox", { name: needLabel("en", "first-version"), exact: true }).check();
    await form(page).getByLabel("Use my own accent colour").check();
    await form(page).getByLabel("Accent colour", { exact: true }).fill("#b00060");
    await page.locator('#cfg-preview div[data-cto-match][data-headcount="6"] .result-panel[data-cto-type="hacker"]').waitFor();
    const snippet = await snippetOf(page);
    assert.match(snippet, /<div data-cto-match data-lang="en" data-headcount="6" data-needs="first-version" style="--cto-color-accent: #b00060">/);
    const policy = await policyOf(page);
    assert.match(policy, /style-src-attr 'unsafe-inline'/, "the style attribute is named in the policy");
    await context.close();

    const host = await hostPage(snippet, policy);
    await host.page.locator('div[data-cto-match] .result-panel[data-cto-type="hacker"]').waitFor();
    const accent = await host.page.locator("div[data-cto-match] .cto-match").evaluate((el) => getComputedStyle(el).getPropertyValue("--cto-color-accent").trim());
    assert.equal(accent, "#b00060");
    await assertClean(host, [host.host.origin, env.server.origin]);
    await host.context.close();
    await host.host.close();
  });

  test("the iframe snippet works pasted alone, and frame-host.js fits its height", async () => {
    const opened = await openConfigurator("en-US");
    const { page, context } = opened;
    await form(page).getByRole("radio", { name: /^An iframe/ }).check();
    await form(page).getByRole("radio", { name: "Français" }).check();
    await form(page).getByLabel(labels.en.headcount, { exact: true }).fill("300");
    // Options an iframe cannot carry are set aside, and said so.
    assert.ok(await form(page).getByRole("radio", { name: "Dark", exact: true }).isDisabled(), "the theme is set aside");
    assert.ok(await form(page).getByLabel("Link address").isDisabled(), "so is the call to action");
    await page.getByText("An iframe carries the language").waitFor();
    const snippet = await snippetOf(page);
    assert.match(snippet, /<iframe data-cto-match-frame src="http:\/\/127\.0\.0\.1:\d+\/frame\.html#headcount=300&amp;lang=fr" title="De quel CTO/);
    assert.match(snippet, /<script src="http:\/\/127\.0\.0\.1:\d+\/frame-host\.js"><\/script>/);
    const policy = await policyOf(page);
    assert.match(policy, /frame-src 'self' http:\/\/127\.0\.0\.1:\d+/);
    await context.close();

    const host = await hostPage(snippet, policy);
    const frame = host.page.frameLocator("iframe[data-cto-match-frame]");
    await frame.locator('.cto-match[lang="fr"] .result-panel[data-cto-type="industrializer"]').waitFor();
    await host.page.waitForFunction(() => document.querySelector("iframe").style.height !== "");
    const height = await host.page.locator("iframe").evaluate((el) => el.getBoundingClientRect().height);
    const content = await frame.locator("body").evaluate((body) => body.getBoundingClientRect().height);
    assert.ok(Math.abs(height - content) <= 2, `the frame (${height}px) fits its content (${content}px)`);
    await assertClean(host, [host.host.origin, env.server.origin]);
    await host.context.close();
    await host.host.close();
  });

  test("a base URL that is not http(s), and an unsafe link, are refused in words", () => closing(openConfigurator("en-US"), async (opened) => {
    const { page } = opened;
    const before = await snippetOf(page);
    const base = form(page).getByLabel("Base URL");
    for (const bad of ["ftp://example.com/cto-match/", "javascript:alert(1)", "example.com/cto-match/"]) {
      await base.fill(bad);
      const error = page.locator("#cfg-base-error");
      await error.waitFor();
      assert.match(await error.textContent(), /must be a web address starting with https:\/\/ or http:\/\//);
      assert.ok((await error.textContent()).includes(bad), "the value is quoted");
      assert.equal(await base.getAttribute("aria-invalid"), "true");
      assert.equal(await snippetOf(page), before, "the snippet keeps the last usable address");
    }
    await base.fill("https://cdn.example.com/cto-match/loader.js");
    await page.locator("#cfg-base-error").waitFor({ state: "hidden" });
    assert.match(await snippetOf(page), /<script src="https:\/\/cdn\.example\.com\/cto-match\/loader\.js"><\/script>/);
    assert.match(await policyOf(page), /script-src 'self' https:\/\/cdn\.example\.com 'wasm-unsafe-eval'/);

    await form(page).getByLabel("Link address").fill("javascript:alert(1)");
    await page.locator("#cfg-cta-href-error", { hasText: "Only http(s), mailto and relative addresses are accepted" }).waitFor();
    assert.ok(!(await snippetOf(page)).includes("javascript"), "an unsafe link never reaches the snippet");
    await form(page).getByLabel("Link address").fill("mailto:cto@example.com?subject={type}");
    await page.locator("#cfg-cta-href-error").waitFor({ state: "hidden" });
    assert.match(await snippetOf(page), /cta-href="mailto:cto@example\.com\?subject=\{type\}"/);
  }));

  test("a refused clipboard leaves the snippet selected and says so", () => closing(openConfigurator("en-US"), async (opened) => {
    const { page } = opened;
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
    });
    await page.getByRole("button", { name: "Copy the snippet" }).click();
    await page.locator("#cfg-copy-status", { hasText: "The snippet is selected" }).waitFor();
    const selected = await page.evaluate(() => {
      const box = document.getElementById("cfg-snippet");
      return document.activeElement === box && box.value.slice(box.selectionStart, box.selectionEnd) === box.value;
    });
    assert.ok(selected, "the whole snippet is selected, with the focus on it");
  }));
});
