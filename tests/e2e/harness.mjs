// Shared by the end-to-end tests (and the benchmark): a static file server on 127.0.0.1 and a
// Chromium from Debian driven by playwright-core, started so that it makes no outside request.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { after, before } from "node:test";
import { brotliCompressSync, constants } from "node:zlib";
import { chromium } from "playwright-core";

export const ROOT = resolve(import.meta.dirname, "../..");
export const DIST = process.env.CTO_MATCH_DIST ?? join(ROOT, "dist");
export const EXAMPLES = join(ROOT, "examples");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".md": "text/markdown; charset=utf-8",
};

/** The content type a static host sends for `path`, by its extension. */
export const contentType = (path) => TYPES[extname(path)] ?? "application/octet-stream";

/**
 * Serves files on 127.0.0.1 at a free port, as a static host would. `target` is a folder served under
 * the URL path `base`, or an object mapping URL prefixes to folders ({ "/dist/": DIST, ... }).
 * `pages` maps exact paths to HTML strings made by a test; `headers` go on every answer.
 */
export async function serve(target = DIST, { headers = {}, base = "/", pages = {}, compress = false } = {}) {
  const mounts = Object.entries(typeof target === "string" ? { [base]: target } : target);
  // With `compress`, brotli where the browser accepts it, as static hosts and CDNs send (the benchmark).
  const packed = new Map();
  const send = (req, res, status, type, body) => {
    const compressible = /^(text\/|application\/(javascript|json|wasm)|image\/svg)/.test(type);
    if (compress && compressible && /\bbr\b/.test(req.headers["accept-encoding"] ?? "")) {
      const key = typeof body === "string" ? body : body.toString("latin1");
      if (!packed.has(key)) packed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      res.writeHead(status, { "content-type": type, "content-encoding": "br", vary: "accept-encoding", ...headers }).end(packed.get(key));
      return;
    }
    res.writeHead(status, { "content-type": type, ...headers }).end(body);
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path in pages) {
      send(req, res, 200, TYPES[extname(path)] ?? TYPES[".html"], pages[path]);
      return;
    }
    const mount = mounts.find(([prefix]) => path.startsWith(prefix));
    let file = mount && normalize(join(mount[1], path.slice(mount[0].length)));
    if (!mount || !file.startsWith(normalize(mount[1]))) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      send(req, res, 200, contentType(file), body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * The policy the widget runs under. It is the strict policy of the brief (no 'unsafe-inline', no
 * 'unsafe-eval') plus connect-src 'self', without which no browser can fetch the .wasm, and img-src
 * 'self' for the page's icon.
 */
export const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--no-first-run",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/**
 * A fresh page that records console errors and warnings, uncaught exceptions and every request,
 * so a test can assert the widget stays quiet and asks for nothing but its own files.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" || msg.type() === "warning") problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
  page.on("request", (req) => requests.push(req.url()));
  page.on("response", (res) => {
    if (res.status() >= 400) problems.push(`http ${res.status()}: ${res.url()}`);
  });
  return { page, context, problems, requests };
}

/**
 * Runs `steps` on a page just opened and returns it. If they fail, its context is closed here: the test
 * never got the page, so it cannot close it.
 */
export async function prepare(opened, steps) {
  try {
    await steps(opened);
    return opened;
  } catch (err) {
    await opened.context.close();
    throw err;
  }
}

/**
 * Opens the standalone page at `fragment` on `env`'s server and waits for `ready` (the widget, by
 * default), returning the page with its recorders.
 */
export async function openWidget(env, fragment = "", { ready = ".cto-match", ...options } = {}) {
  return prepare(await openPage(env.browser, options), async ({ page }) => {
    await page.goto(`${env.server.origin}/${fragment ? `#${fragment}` : ""}`);
    await page.locator(ready).first().waitFor();
  });
}

/** Counts the contexts `closing` has closed, so a test can check that a failed body still closed its own. */
export const closed = { contexts: 0 };

/**
 * Runs `body` with the page `opening` gives (openPage's answer, or an opener built on it) and closes
 * its context whatever happens, so a failed assertion leaves no context open. Returns what `body` returns.
 */
export async function closing(opening, body) {
  const opened = await opening;
  try {
    return await body(opened);
  } finally {
    await opened.context.close();
    closed.contexts += 1;
  }
}

/** `body` with a fresh page (see openPage), closed whatever happens. `options` may be left out. */
export function withPage(browser, options, body) {
  if (typeof options === "function") [options, body] = [{}, options];
  return closing(openPage(browser, options), body);
}

/** `body` with the standalone page at `fragment` (see openWidget), closed whatever happens. `options` may be left out. */
export function withWidget(env, fragment, options, body) {
  if (typeof options === "function") [options, body] = [{}, options];
  return closing(openWidget(env, fragment, options), body);
}

/** The widget answered quietly and asked for nothing outside `origin`. */
export function assertQuiet({ problems, requests }, origin) {
  assert.deepEqual(problems, [], "no console error or warning");
  assert.deepEqual(requests.filter((url) => !url.startsWith(origin)), [], "no request outside the widget's own files");
}

/** The WCAG 2.0, 2.1 and 2.2 rules at levels A and AA: what the widget promises. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
let axeSource; // read once for all the tests of a file

/**
 * Runs axe-core in `page` (through the debugging protocol, so no CSP is involved) over `tags` and lists
 * its violations, one string each: rule, impact and help, then the elements it found.
 */
export async function axe(page, tags = AXE_TAGS, exclude = []) {
  axeSource ??= await readFile(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    ([tags, exclude]) => window.axe.run({ include: [document], exclude }, { runOnly: { type: "tag", values: tags } }),
    [tags, exclude],
  );
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`);
}

/** Bytes of brotli at quality 11, as a host precompresses static files, of `file` (a path) or of bytes. */
export function brotliSize(file) {
  const bytes = typeof file === "string" ? readFileSync(file) : file;
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** Resolves after `n` animation frames of `page`: enough for observers to report and layouts to settle. */
export function frames(page, n = 3) {
  return page.evaluate(
    (n) => new Promise((ok) => {
      const step = (left) => (left === 0 ? ok() : requestAnimationFrame(() => step(left - 1)));
      step(n);
    }),
    n,
  );
}

/**
 * For a test file: a browser, and a server of `target` (none when `target` is null), started before
 * the file's tests and stopped after them. Tests read them as `env.browser` and `env.server`.
 */
export function testEnv(target = DIST, options = {}) {
  const env = {};
  before(async () => {
    if (target !== null) env.server = await serve(target, options);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
