// The npm package's main entry (`import "cto-match"`): defines <cto-match> and starts the widgets in a
// browser, from this script's folder; does nothing in Node. `cto-match/define` exports the same
// without the side effect, with a `base` setting for bundlers.
import { define } from "./define.js";

export * from "./define.js";

define();
