// Defines <cto-match> as early as the page allows. The bundler moved this script, so the package's files
// are served from their own folder (a copy of node_modules/cto-match), given as `base`.
import { define } from "cto-match/define";

define({ base: "/cto-match/" });
