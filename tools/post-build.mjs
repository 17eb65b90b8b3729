// Trunk post_build hook: the steps that rewrite the staged files, in order. (Trunk starts the hooks of
// one stage at once, so steps that depend on each other run from this one hook.)
// 1. tools/short-imports.mjs gives the wasm's imports and exports short names, in the wasm and the glue;
// 2. tools/sri.mjs then hashes the final files for Subresource Integrity.
import { shortImports } from "./short-imports.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("tools/post-build.mjs runs as a trunk post_build hook (TRUNK_STAGING_DIR is not set)");

await shortImports(dir);
await import("./sri.mjs");
