// Security end to end: the release build under a strict Content Security Policy, Subresource
// Integrity on every asset (and a tampered wasm refused), no cookie, no foreign request.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CSP, DIST, frames, openPage, serve, testEnv } from "./harness.mjs";

const env = testEnv(null);

/** A page that records every CSP violation from its very start. */
async function openWatched() {
  const opened = await openPage(env.browser);
  await opened.page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`),
    );
  });
  return opened;
}

describe("a strict Content Security Policy", () => {
  const PAGES = {
    "/host/embed.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>embed under CSP</title>
      <link rel="icon" href="/favicon.svg"><script type="module" src="/loader.js"></script></head>
      <body><div id="embedded" data-cto-match data-headcount="30"></div></body></html>`,
  };

  for (const [name, path, ready] of [
    ["the standalone page", "/#headcount=45&needs=investors", ".result-panel[data-cto-type=stabilizer]"],
    ["the framed page", "/frame.html#headcount=45", ".result-panel[data-cto-type=stabilizer]"],
    ["a script embed in a shadow root", "/host/embed.html", "#embedded .result-panel[data-cto-type=stabilizer]"],
  ]) {
    test(`${name} renders and answers with zero violations`, async () => {
      const server = await serve(DIST, { headers: { "content-security-policy": CSP }, pages: PAGES });
      const { page, context, problems } = await openWatched();
      await page.goto(`${server.origin}${path}`);
      await page.locator(ready).waitFor();
      await page.getByRole("checkbox", { name: "Technical budgets" }).check();
      await page.getByRole("button", { name: "Français" }).click();
      await page.locator('.cto-match[lang="fr"]').waitFor();
      assert.deepEqual(await page.evaluate(() => window.violations), []);
      assert.deepEqual(problems, []);
      await context.close();
      await server.close();
    });
  }

  test("under the brief's exact policy (no connect-src), loader-inline.js renders with zero violations", async () => {
    const exact = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
    const pages = {
      "/inline.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>inline loader</title>
        <link rel="stylesheet" href="/tokens.css"><link rel="stylesheet" href="/widget.css">
        <script type="module" src="/loader-inline.js"></script></head>
        <body><div data-cto-match-page></div></body></html>`,
    };
    const server = await serve(DIST, { headers: { "content-security-policy": exact }, pages });
    const { page, context, problems } = await openWatched();
    await page.goto(`${server.origin}/inline.html#headcount=60&needs=budget`);
    await page.locator(".result-panel[data-cto-type=industrializer]").waitFor();
    await page.getByRole("checkbox", { name: "Investors and board" }).check();
    await page.locator('.result-panel[data-cto-type=industrializer] [data-mission="investors-board"]').waitFor();
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(problems.filter((p) => !p.includes("favicon")), []);
    await context.close();
    await server.close();
  });

  test("the built pages hold no inline script and no inline style", async () => {
    for (const page of ["index.html", "frame.html"]) {
      const html = await readFile(join(DIST, page), "utf8");
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      assert.ok(scripts.length > 0);
      for (const [, attrs, body] of scripts) {
        assert.match(attrs, /\bsrc="/, `${page}: a script without src`);
        assert.equal(body.trim(), "", `${page}: inline script`);
      }
      assert.doesNotMatch(html, /<style|\sstyle="|\son[a-z]+="/i, `${page}: inline style or handler`);
    }
  });
});

describe("Subresource Integrity", () => {
  test("every script, stylesheet and the wasm carry an integrity hash", async () => {
    const assetsOf = (html) => [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="[^"]+\.(?:js|css)"[^>]*>/g)].map((m) => m[0]);
    const html = await readFile(join(DIST, "index.html"), "utf8");
    assert.ok(assetsOf(html).length >= 4);
    for (const tag of assetsOf(html)) {
      const [, url] = tag.match(/(?:src|href)="(?:\.\/)?([^"]+)"/);
      const hash = createHash("sha384").update(await readFile(join(DIST, url))).digest("base64");
      assert.ok(tag.includes(`integrity="sha384-${hash}"`), `index.html: ${tag} carries the file's own hash`);
    }
    assert.match(html, /<link rel="modulepreload" href="cto-match.js" integrity="sha384-/);
    // frame.html pins nothing of its own folder: in a sandboxed iframe every file is cross-origin, and
    // one with integrity but no CORS is refused, leaving the frame unable to say why (robustness tests).
    const frame = await readFile(join(DIST, "frame.html"), "utf8");
    assert.ok(assetsOf(frame).length >= 4);
    assert.doesNotMatch(frame, /integrity=/);
    // loader.js fetches the wasm with its hash (the constant's name is minified away).
    const wasmHash = createHash("sha384").update(await readFile(join(DIST, "cto-match_bg.wasm"))).digest("base64");
    assert.ok((await readFile(join(DIST, "loader.js"), "utf8")).includes(`"sha384-${wasmHash}"`), "loader.js carries the wasm's integrity");
    const manifest = JSON.parse(await readFile(join(DIST, "integrity.json"), "utf8"));
    const shipped = [];
    for (const entry of await readdir(DIST, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) shipped.push(join(entry.parentPath ?? entry.path, entry.name).slice(DIST.length + 1));
    }
    assert.deepEqual(Object.keys(manifest).sort(), shipped.filter((f) => f !== "integrity.json").sort());
  });

  test("the standalone page preloads the wasm without a hash and fetches it once, checked against it", async () => {
    const html = await readFile(join(DIST, "index.html"), "utf8");
    assert.match(html, /<link rel="preload" as="fetch" href="cto-match_bg.wasm" crossorigin fetchpriority="low" \/>/);
    const server = await serve(DIST);
    const { page, context, problems, requests } = await openPage(env.browser);
    await page.goto(`${server.origin}/#headcount=45`);
    await page.locator(".result-panel[data-cto-type=stabilizer]").waitFor();
    assert.equal(requests.filter((url) => new URL(url).pathname === "/cto-match_bg.wasm").length, 1, requests.join("\n"));
    assert.deepEqual(problems, [], "no warning: the preload is used, and carries no integrity Chromium would ignore");
    await context.close();
    await server.close();
  });

  for (const file of ["cto-match_bg.wasm", "cto-match.js"]) {
    test(`a tampered ${file} is refused`, async () => {
      const copy = await mkdtemp(join(tmpdir(), "cto-match-tampered-"));
      await cp(DIST, copy, { recursive: true });
      const bytes = await readFile(join(copy, file));
      bytes[bytes.length - 2] ^= 0x01;
      await writeFile(join(copy, file), bytes);
      const server = await serve(copy);
      const { page, context, problems } = await openPage(env.browser);
      const refused = page.waitForEvent("console", (msg) => /integrity/i.test(msg.text()));
      await page.goto(`${server.origin}/#headcount=45`);
      await refused;
      await frames(page);
      assert.equal(await page.locator(".cto-match").count(), 0, "the tampered build must not run");
      assert.ok(problems.some((p) => /integrity/i.test(p)), problems.join("\n"));
      await context.close();
      await server.close();
    });
  }
});

describe("privacy", () => {
  test("no cookie and no request beyond the widget's own files, while answering", async () => {
    const server = await serve(DIST, { headers: { "content-security-policy": CSP } });
    const { page, context, requests } = await openPage(env.browser);
    await page.goto(`${server.origin}/#headcount=12`);
    await page.locator(".result-panel[data-cto-type=stabilizer]").waitFor();
    await page.getByLabel("People in the company").fill("120");
    await page.getByRole("checkbox", { name: "Investors and board" }).check();
    await page.locator(".result-panel[data-cto-type=industrializer]").waitFor();
    assert.deepEqual(await context.cookies(), []);
    assert.equal(await page.evaluate(() => document.cookie), "");
    const own = new Set(["/", "/tokens.css", "/widget.css", "/page.css", "/loader.js", "/cto-match.js", "/cto-match_bg.wasm", "/favicon.svg"]);
    const other = requests.filter((url) => !url.startsWith(server.origin) || !own.has(new URL(url).pathname));
    assert.deepEqual(other, []);
    await context.close();
    await server.close();
  });
});
