// Starts the widget. An external file, so the page needs no inline script (strict CSP friendly),
// and relative URLs, so the build works under any sub-path.
import init from "./cto-match.js";

init({ module_or_path: new URL("./cto-match_bg.wasm", import.meta.url) });
