// Starts cto-match: loads the WebAssembly, then mounts the standalone page's #cto-match and every
// [data-cto-match] element. An external file, so no page needs inline script (strict CSP), and every
// URL is relative to this file, so the widget works from any folder or origin.
import init, { mount_all } from "./cto-match.js";

const base = new URL("./", import.meta.url);
await init({ module_or_path: new URL("cto-match_bg.wasm", base) });
mount_all(base.href);
