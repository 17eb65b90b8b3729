// Trunk post_build hook: Subresource Integrity for every file the pages load.
// - loader.js gets the wasm's sha384 and fetches it with `integrity`;
// - index.html and frame.html get `integrity` on each local script and stylesheet, and a
//   modulepreload (with integrity) for the wasm-bindgen glue that loader.js imports;
// - integrity.json lists every shipped file's hash, for hosts that pin the embed script.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("tools/sri.mjs runs as a trunk post_build hook (TRUNK_STAGING_DIR is not set)");

const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const fileOf = (url) => join(dir, basename(url.split(/[?#]/)[0]));
const hashOf = async (url) => sri(await readFile(fileOf(url)));

function replaceOnce(text, from, to, what) {
  if (!text.includes(from)) throw new Error(`tools/sri.mjs: ${what} not found`);
  return text.replace(from, to);
}

const loaderPath = join(dir, "loader.js");
const loader = replaceOnce(
  await readFile(loaderPath, "utf8"),
  'const WASM_INTEGRITY = "";',
  `const WASM_INTEGRITY = "${await hashOf("cto-match_bg.wasm")}";`,
  "the WASM_INTEGRITY placeholder in loader.js",
);
await writeFile(loaderPath, loader);

for (const page of ["index.html", "frame.html"]) {
  const path = join(dir, page);
  let html = await readFile(path, "utf8");
  // Trunk leaves its (inert) rust link behind when it does not inject scripts.
  html = html.replace(/\s*<link data-trunk rel="rust"[^>]*>/, "");
  const glue = `<link rel="modulepreload" href="cto-match.js" integrity="${await hashOf("cto-match.js")}" />`;
  html = replaceOnce(html, '<script type="module" src="loader.js"', `${glue}\n    <script type="module" src="loader.js"`, `loader script in ${page}`);
  const tags = [...html.matchAll(/<(script type="module" src|link rel="stylesheet" href)="([^"]+)"(?![^>]*integrity)/g)];
  for (const [tag, , url] of tags) {
    html = html.replace(tag, `${tag} integrity="${await hashOf(url)}"`);
  }
  await writeFile(path, html.replace(/\n(?:[ \t]*\n)+/g, "\n"));
}

const manifest = {};
for (const name of (await readdir(dir)).sort()) {
  if (name !== "integrity.json" && !name.startsWith(".")) manifest[name] = sri(await readFile(join(dir, name)));
}
await writeFile(join(dir, "integrity.json"), `${JSON.stringify(manifest, null, 2)}\n`);
