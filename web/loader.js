// Starts cto-match on a page. A classic script for the page's <head> (no async, no defer): it defines
// <cto-match> before the body is parsed, so each widget holds its place from the first paint, in every
// engine. Loaded as a module (the older snippet), it still works. An external file, so no page needs
// inline script (strict CSP); every URL is relative to this file, so the widget works from any folder
// or origin. The build (tools/post-build.mjs) bundles it with start.js, crash.js and embed.js into one file.
// - The standalone page's [data-cto-match-page] (index.html, frame.html) loads the WebAssembly at once.
// - Embedded widgets load it when the first of them comes near the viewport or gets focus, unless one
//   says loading="eager": until then a host page pays for this file alone.
import { ownScript } from "./embed.js";
import { fetched, start } from "./start.js";

const base = new URL("./", ownScript("loader.js")).href;
start(base, (signal) => fetched(base, signal));
