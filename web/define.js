// The npm package's side-effect-free entry (`cto-match/define`): importing it defines nothing, and it
// is safe where there is no DOM (Node, a server renderer). `define()` starts the widgets. The build
// bundles it with start.js, crash.js and embed.js into dist/define.js.
import { fetched, start } from "./start.js";

export { ATTRIBUTES } from "./embed.js";

let started = false;

/**
 * Defines <cto-match> and starts every widget on the page, once (later calls do nothing); outside a
 * browser it does nothing. `base`: the URL of the folder that serves the package's files (the wasm, its
 * glue, the stylesheets), relative to the page. By default it is this script's own folder, right when
 * the package's files are served as they are (a CDN, a copied folder); a bundler that moves the script
 * needs `base` (see the README's "The npm package").
 */
export function define({ base } = {}) {
  if (started || typeof document === "undefined" || typeof customElements === "undefined") return;
  started = true;
  // Not `new URL("./", import.meta.url)`: bundlers rewrite that pattern as an asset to emit.
  const folder = base ? new URL(base, document.baseURI).href : import.meta.url.replace(/[^/]*$/, "");
  start(folder, (signal) => fetched(folder, signal));
}
