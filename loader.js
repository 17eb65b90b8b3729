// Starts cto-match: loads the WebAssembly, then mounts the standalone page's #cto-match and every
// [data-cto-match] element. An external file, so no page needs inline script (strict CSP), and every
// URL is relative to this file, so the widget works from any folder or origin.
import init, { mount_all } from "./cto-match.js";
import { watchForCrash } from "./crash.js";

// Filled in at build time by tools/sri.mjs: the wasm is fetched with Subresource Integrity.
const WASM_INTEGRITY = "";

watchForCrash();
const base = new URL("./", import.meta.url);
const wasm = new URL("cto-match_bg.wasm", base);
await init({ module_or_path: WASM_INTEGRITY ? fetch(wasm, { integrity: WASM_INTEGRITY }) : wasm });
mount_all(base.href);
