// Starts cto-match like loader.js, but takes the WebAssembly from a JS module (base64) instead of
// fetching it: for host pages whose Content Security Policy has no connect-src for the widget (for
// example `default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`). It costs
// about 30 KB more (brotli) than loader.js when the widget loads, so use it only under such a policy.
// A classic script for the <head>, lazy like loader.js, and bundled at build time with start.js, crash.js
// and embed.js like it.
import { ownScript } from "./embed.js";
import { start } from "./start.js";

const base = new URL("./", ownScript("loader-inline.js")).href;
start(base, () =>
  Promise.all([import(new URL("cto-match.js", base).href), import(new URL("cto-match_bg.wasm.js", base).href)]).then(async ([glue, wasm]) => {
    await glue.default({ module_or_path: Uint8Array.from(atob(wasm.default), (c) => c.charCodeAt(0)) });
    return glue;
  }),
);
