// Starts cto-match like loader.js, but takes the WebAssembly from a JS module (base64) instead of
// fetching it: for host pages whose Content Security Policy has no connect-src for the widget (for
// example `default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`). It costs
// about 30 KB more (brotli) than loader.js when the widget loads, so use it only under such a policy.
// Lazy like loader.js: the glue and the wasm's module are imported on first need. Bundled at build
// time with crash.js and embed.js, like loader.js.
import { watchForCrash } from "./crash.js";
import { embed, onDemand } from "./embed.js";

watchForCrash();
const base = new URL("./", import.meta.url).href;
const load = onDemand(() =>
  Promise.all([import("./cto-match.js"), import("./cto-match_bg.wasm.js")]).then(async ([glue, wasm]) => {
    await glue.default({ module_or_path: Uint8Array.from(atob(wasm.default), (c) => c.charCodeAt(0)) });
    return glue;
  }),
);

if (document.getElementById("cto-match")) load().then((glue) => glue.mount_all(base));
embed(base, load);
