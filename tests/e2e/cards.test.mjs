// A shared link's preview card (issue 20): index.html's og: and twitter: meta, a page per outcome and
// language under r/ whose card names the result and which opens the widget with the answers, the images
// they point at, and absolute image URLs when the site's address is given.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CSP, DIST, ROOT, serve, testEnv, withPage } from "./harness.mjs";
import { resultPages, siteUrlFrom } from "../../tools/post-build.mjs";

// /start.html stands for the page where the reader clicked the shared link.
const START = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>a post</title><link rel="icon" href="/favicon.svg"></head><body></body></html>`;
const env = testEnv(DIST, { headers: { "content-security-policy": CSP }, pages: { "/start.html": START } });
const CARDS = JSON.parse(await readFile(join(ROOT, "web", "cards.json"), "utf8"));
const OUTCOMES = ["hacker", "stabilizer", "industrializer", "none"];

/** A page's meta tags, `og:title` and `twitter:card` alike, by name. */
function metaOf(html) {
  const meta = {};
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/g)) {
    const key = tag.match(/\b(?:property|name)="([^"]+)"/)?.[1];
    const content = tag.match(/\bcontent="([^"]*)"/)?.[1];
    if (key && content !== undefined) meta[key] = content.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(n));
  }
  return meta;
}

async function assertImage(url) {
  const res = await fetch(url);
  assert.equal(res.status, 200, url);
  assert.equal(res.headers.get("content-type"), "image/png", url);
  const bytes = Buffer.from(await res.arrayBuffer());
  assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [1200, 630], `${url} is 1200×630`);
  assert.ok(bytes.length < 60 * 1024, `${url} weighs ${bytes.length} bytes, under 60 KB`);
}

function assertNoInlineScript(name, html) {
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    assert.match(attrs, /\bsrc="/, `${name}: a script without src`);
    assert.equal(body.trim(), "", `${name}: inline script`);
  }
  assert.doesNotMatch(html, /<style|\sstyle="|\son[a-z]+="/i, `${name}: inline style or handler`);
}

describe("the preview card of a shared link", () => {
  test("index.html carries og: and twitter: meta in English, and its image answers as a PNG", async () => {
    const meta = metaOf(await readFile(join(DIST, "index.html"), "utf8"));
    assert.equal(meta["og:title"], CARDS.en.title);
    assert.equal(meta["og:description"], CARDS.en.description);
    assert.equal(meta["og:type"], "website");
    assert.equal(meta["og:image"], "cards/site-en.png");
    assert.equal(meta["twitter:card"], "summary_large_image");
    assert.equal(meta["twitter:title"], CARDS.en.title);
    assert.equal(meta["twitter:image"], meta["og:image"]);
    await assertImage(new URL(meta["og:image"], `${env.server.origin}/index.html`));
    await assertImage(`${env.server.origin}/cards/site-fr.png`);
  });

  for (const lang of ["en", "fr"]) {
    for (const outcome of OUTCOMES) {
      test(`r/${outcome}-${lang}.html names its result in its language, with an image that answers`, async () => {
        const name = `${outcome}-${lang}`;
        const html = await readFile(join(DIST, "r", `${name}.html`), "utf8");
        const { name: title, tagline } = CARDS[lang].outcomes[outcome];
        const meta = metaOf(html);
        assert.match(html, new RegExp(`<html lang="${lang}">`));
        assert.match(html, /<meta charset="utf-8" \/>/);
        assert.match(html, /<meta name="viewport" /);
        assert.equal(meta["og:title"], title);
        assert.equal(meta["og:description"], tagline);
        assert.equal(meta.description, tagline);
        assert.equal(meta["og:type"], "website");
        assert.equal(meta["og:image"], `../cards/${name}.png`);
        assert.equal(meta["twitter:card"], "summary_large_image");
        assert.equal(meta["twitter:title"], title);
        assert.equal(meta["twitter:description"], tagline);
        assert.equal(meta["twitter:image"], meta["og:image"]);
        assert.match(html, lang === "fr" ? />Ouvrir le résultat<\/a>/ : />Open the result<\/a>/);
        assert.match(html, /<script src="\.\.\/open-result\.js"><\/script>/);
        assertNoInlineScript(`r/${name}.html`, html);
        await assertImage(new URL(meta["og:image"], `${env.server.origin}/r/${name}.html`));
      });
    }
  }

  test("the French stabilizer's card says « Le stabilisateur »", async () => {
    const meta = metaOf(await readFile(join(DIST, "r", "stabilizer-fr.html"), "utf8"));
    assert.equal(meta["og:title"], "Le stabilisateur");
  });

  test("a result page opens the widget with the fragment kept, under the site's CSP, without a word in the console", () => withPage(env.browser, async ({ page, problems }) => {
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
    });
    const fragment = "#headcount=45&tech=6&stage=scaling&lang=fr";
    await page.goto(`${env.server.origin}/start.html`);
    await page.goto(`${env.server.origin}/r/stabilizer-fr.html${fragment}`);
    await page.locator('.cto-match[lang="fr"] .result-panel[data-cto-type="stabilizer"]').waitFor();
    const url = new URL(page.url());
    assert.equal(url.pathname, "/index.html");
    assert.equal(url.hash, fragment);
    assert.match(await page.locator(".result-panel").innerText(), /Le stabilisateur/);
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(problems, []);
    // Back goes where the reader clicked the link, not to the result page.
    await page.goBack();
    assert.equal(new URL(page.url()).pathname, "/start.html");
  }));

  test("a fragment without a language opens the result in its page's language", () => withPage(env.browser, { locale: "en-US" }, async ({ page, problems }) => {
    await page.goto(`${env.server.origin}/r/stabilizer-fr.html#headcount=45&tech=6&stage=scaling`);
    await page.locator('.cto-match[lang="fr"] .result-panel[data-cto-type="stabilizer"]').waitFor();
    assert.equal(new URL(page.url()).hash, "#headcount=45&tech=6&stage=scaling&lang=fr");
    assert.deepEqual(problems, []);
  }));

  test("with CTO_MATCH_SITE_URL set, the post-build step writes absolute image URLs, index.html's too", async () => {
    const copy = await mkdtemp(join(tmpdir(), "cto-match-cards-"));
    await cp(join(ROOT, "index.html"), join(copy, "index.html"));
    const site = siteUrlFrom({ CTO_MATCH_SITE_URL: "https://widgets.example.com/cto-match" });
    assert.equal(site, "https://widgets.example.com/cto-match/");
    await resultPages(copy, site);
    const index = metaOf(await readFile(join(copy, "index.html"), "utf8"));
    assert.equal(index["og:image"], "https://widgets.example.com/cto-match/cards/site-en.png");
    assert.equal(index["twitter:image"], index["og:image"]);
    const pages = (await readdir(join(copy, "r"))).sort();
    assert.deepEqual(pages, OUTCOMES.flatMap((o) => [`${o}-en.html`, `${o}-fr.html`]).sort());
    for (const name of pages) {
      const meta = metaOf(await readFile(join(copy, "r", name), "utf8"));
      const png = name.replace(".html", ".png");
      assert.equal(meta["og:image"], `https://widgets.example.com/cto-match/cards/${png}`);
      assert.equal(meta["twitter:image"], meta["og:image"]);
      assert.equal(meta["og:url"], `https://widgets.example.com/cto-match/r/${name}`);
    }
    assert.deepEqual((await readdir(join(copy, "cards"))).sort(), (await readdir(join(DIST, "cards"))).sort());
    // Without it, relative URLs; an absolute --public-url serves as well, a relative one does not.
    assert.equal(siteUrlFrom({}), "");
    assert.equal(siteUrlFrom({ TRUNK_PUBLIC_URL: "./" }), "");
    assert.equal(siteUrlFrom({ TRUNK_PUBLIC_URL: "https://a.example/x/" }), "https://a.example/x/");
  });
});
