// Starts cto-match on a page from the folder `base` holding its files: the crash watch, the wasm loaded
// once on first need, and every widget's lifecycle (embed.js). Shared by loader.js (the script tag)
// and define.js (the npm package's entry), and by loader-inline.js with the wasm of its own.
import { watchForCrash } from "./crash.js";
import { LoadError, embed, onDemand } from "./embed.js";

/* global CTO_MATCH_WASM_INTEGRITY: the wasm's Subresource Integrity, defined by the build. */

/**
 * The wasm's response, checked: an HTTP error is named as such (files missing), not as a network
 * failure. With `integrity`, an error page fails the hash check before its status can be seen, so a
 * refused fetch asks the file's status once more, without it.
 */
async function checked(url, options) {
  const status = (response) => new LoadError({ kind: "missing", status: response.status }, `HTTP ${response.status} for ${url}`);
  let response;
  try {
    response = await fetch(url, options);
  } catch (error) {
    const probe = await fetch(url, { method: "HEAD", cache: "no-store", signal: options.signal }).catch(() => null);
    throw probe && !probe.ok ? status(probe) : error;
  }
  if (!response.ok) throw status(response);
  return response;
}

/**
 * The wasm's exports, fetched, compiled and started: the wasm's download starts before the glue's import,
 * so the two overlap. (A `<link rel="preload">` cannot carry the wasm's integrity in Chromium, which
 * ignores it with a console warning.)
 */
export async function fetched(base, signal) {
  const wasm = checked(new URL("cto-match_bg.wasm", base), { integrity: CTO_MATCH_WASM_INTEGRITY || undefined, signal });
  wasm.catch(() => {}); // reported through the glue's init below, or the import's own failure
  const glue = await import(new URL("cto-match.js", base).href);
  await glue.default({ module_or_path: wasm });
  return glue;
}

/**
 * Starts the widgets; `exports(signal)` gets the wasm's exports (`fetched`, or loader-inline.js's own),
 * run once per page, on first need.
 */
export function start(base, exports) {
  watchForCrash();
  embed(base, onDemand(exports));
}
