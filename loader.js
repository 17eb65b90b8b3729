// Starts cto-match: loads the WebAssembly, mounts the standalone page's #cto-match and the embedded
// widgets (embed.js). An external file, so no page needs inline script (strict CSP); every URL is
// relative to this file, so the widget works from any folder or origin.
import init, { mount_all } from "./cto-match.js";
import { watchForCrash } from "./crash.js";
import { embed } from "./embed.js";

// Filled in at build time by tools/sri.mjs: the wasm is fetched with Subresource Integrity.
const WASM_INTEGRITY = "";

watchForCrash();
const base = new URL("./", import.meta.url);
const wasm = new URL("cto-match_bg.wasm", base);
await init({ module_or_path: WASM_INTEGRITY ? fetch(wasm, { integrity: WASM_INTEGRITY }) : wasm });
mount_all(base.href);
embed(base.href);
