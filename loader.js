// Starts cto-match. An external file, so no page needs inline script (strict CSP); every URL is
// relative to this file, so the widget works from any folder or origin.
// - The standalone page's #cto-match (index.html, frame.html) loads the WebAssembly at once.
// - Embedded widgets (embed.js) load it when the first of them comes near the viewport or gets focus,
//   unless one says loading="eager": until then a host page pays for this file alone, which the build
//   (tools/sri.mjs) bundles with crash.js and embed.js.
import { watchForCrash } from "./crash.js";
import { embed, onDemand } from "./embed.js";

// Filled in at build time by tools/sri.mjs: the wasm is fetched with Subresource Integrity.
const WASM_INTEGRITY = "";

watchForCrash();
const base = new URL("./", import.meta.url);
/**
 * The wasm's exports, fetched, compiled and started once per page, on first need. The wasm's download
 * starts before the glue's import, so the two overlap. (A `<link rel="preload">` cannot carry the
 * wasm's integrity in Chromium, which ignores it with a console warning.)
 */
const load = onDemand(() => {
  const wasm = fetch(new URL("cto-match_bg.wasm", base), { integrity: WASM_INTEGRITY || undefined });
  return import("./cto-match.js").then(async (glue) => {
    await glue.default({ module_or_path: wasm });
    return glue;
  });
});

if (document.getElementById("cto-match")) load().then((glue) => glue.mount_all(base.href));
embed(base.href, load);
