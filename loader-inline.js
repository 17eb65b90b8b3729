// Starts cto-match like loader.js, but takes the WebAssembly from a JS module (base64) instead of
// fetching it: for host pages whose Content Security Policy has no connect-src for the widget (for
// example `default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`). It costs
// about 30 KB more (brotli) than loader.js, so use it only under such a policy.
import init, { mount_all } from "./cto-match.js";
import wasmBase64 from "./cto-match_bg.wasm.js";
import { watchForCrash } from "./crash.js";
import { embed } from "./embed.js";

watchForCrash();
const bytes = Uint8Array.from(atob(wasmBase64), (c) => c.charCodeAt(0));
await init({ module_or_path: bytes });
const base = new URL("./", import.meta.url).href;
mount_all(base);
embed(base);
