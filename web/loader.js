// Starts cto-match on a page. A classic script for the page's <head> (no async, no defer): it defines
// <cto-match> before the body is parsed, so each widget holds its place from the first paint, in every
// engine. Loaded as a module (the older snippet), it still works. An external file, so no page needs
// inline script (strict CSP); every URL is relative to this file, so the widget works from any folder
// or origin. The build (tools/post-build.mjs) bundles it with crash.js and embed.js into one file.
// - The standalone page's [data-cto-match-page] (index.html, frame.html) loads the WebAssembly at once.
// - Embedded widgets load it when the first of them comes near the viewport or gets focus, unless one
//   says loading="eager": until then a host page pays for this file alone.
import { watchForCrash } from "./crash.js";
import { LoadError, embed, onDemand, ownScript } from "./embed.js";

/* global CTO_MATCH_WASM_INTEGRITY: the wasm's Subresource Integrity, defined by the build. */
const base = new URL("./", ownScript("loader.js")).href;
watchForCrash();

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
 * The wasm's exports, fetched, compiled and started once per page, on first need. The wasm's download
 * starts before the glue's import, so the two overlap. (A `<link rel="preload">` cannot carry the
 * wasm's integrity in Chromium, which ignores it with a console warning.)
 */
const load = onDemand(async (signal) => {
  const wasm = checked(new URL("cto-match_bg.wasm", base), { integrity: CTO_MATCH_WASM_INTEGRITY || undefined, signal });
  wasm.catch(() => {}); // reported through the glue's init below, or the import's own failure
  const glue = await import(new URL("cto-match.js", base).href);
  await glue.default({ module_or_path: wasm });
  return glue;
});

embed(base, load);
