// The release build's dist/ as the npm package `cto-match`, used as a developer would: packed with
// `npm pack`, installed into a fresh project, imported in Node (nothing happens), bundled by esbuild
// (the files found beside the bundle) and by Vite (which follows `new URL(…, import.meta.url)`), and
// driven by the React 19 recipe (server-rendered, then hydrated) and the Vue 3 recipe in examples/.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { crateInfo } from "../../tools/post-build.mjs";
import { DIST, EXAMPLES, ROOT, launch, openPage, serve } from "./harness.mjs";

let project; // a fresh npm project with the packed package installed
let installed; // its node_modules/cto-match
let tarball; // npm pack's report: { filename, files: [{ path }] }
let browser;

before(async () => {
  project = await mkdtemp(join(tmpdir(), "cto-match-package-"));
  [tarball] = JSON.parse(execFileSync("npm", ["pack", DIST, "--pack-destination", project, "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  await writeFile(join(project, "package.json"), JSON.stringify({ name: "host-app", private: true, type: "module" }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", `./${tarball.filename}`], { cwd: project, stdio: "ignore" });
  installed = join(project, "node_modules", "cto-match");
  // The frameworks come from the repository's own dev dependencies.
  for (const name of ["react", "react-dom", "vue"]) await symlink(join(ROOT, "node_modules", name), join(project, "node_modules", name), "dir");
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (project) await rm(project, { recursive: true, force: true });
});

/** Opens `path` on `server`, returning the page and its recorders. */
async function open(server, path, options) {
  const opened = await openPage(browser, options);
  await opened.page.goto(`${server.origin}${path}`, { waitUntil: "commit" });
  return opened;
}

/** A bare host page whose body is `body`. */
const page = (body, head = "") =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title>${head}</head><body>${body}</body></html>`;

describe("the npm package", () => {
  test("npm pack ./dist: a package named cto-match, versioned as the crate, with its entries, types and manifest", async () => {
    const pkg = JSON.parse(await readFile(join(installed, "package.json"), "utf8"));
    const { version: crate } = await crateInfo();
    assert.equal(pkg.name, "cto-match");
    assert.equal(pkg.version, crate);
    assert.equal(pkg.type, "module");
    assert.deepEqual(pkg.exports["."], { types: "./cto-match.d.ts", default: "./index.js" });
    assert.deepEqual(pkg.exports["./define"], { types: "./cto-match.d.ts", default: "./define.js" });
    assert.equal(pkg.types, "./cto-match.d.ts");
    assert.equal(pkg.customElements, "./custom-elements.json");
    assert.ok(pkg.sideEffects.includes("./index.js") && pkg.sideEffects.includes("./loader.js") && !pkg.sideEffects.includes("./define.js"));
    const packed = tarball.files.map((f) => f.path);
    for (const file of ["package.json", "index.js", "define.js", "loader.js", "cto-match.js", "cto-match_bg.wasm", "tokens.css", "widget.css", "cto-match.d.ts", "custom-elements.json", "index.html", "frame.html"]) {
      assert.ok(packed.includes(file), `${file} in the tarball`);
    }
    // Every file the package names exists in it.
    for (const file of [pkg.types, pkg.customElements, pkg.exports["."].default, pkg.exports["./define"].default]) {
      assert.ok(packed.includes(file.slice(2)), file);
    }
  });

  test("the README's versioned file URLs name this version", async () => {
    const { version } = JSON.parse(await readFile(join(installed, "package.json"), "utf8"));
    const named = [...(await readFile(join(ROOT, "README.md"), "utf8")).matchAll(/cto-match@([\w.-]+)\//g)].map((m) => m[1]);
    assert.ok(named.length >= 3, "the snippets point at a versioned folder");
    assert.deepEqual([...new Set(named)], [version]);
  });

  test("in Node (a server renderer), importing either entry does nothing and throws nothing", () => {
    const script = `const main = await import("cto-match"); const plain = await import("cto-match/define");
      plain.define(); plain.define({ base: "/files/" });
      console.log(typeof main.define, main.define === plain.define, plain.ATTRIBUTES.includes("headcount"), typeof globalThis.customElements);`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: project, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    assert.equal(out.trim(), "function true true undefined");
  });

  test("bundled by esbuild: `import \"cto-match\"` finds its files beside the bundle, and the colon-free event is heard", async () => {
    const out = join(project, "esbuild");
    await mkdir(out, { recursive: true });
    await writeFile(
      join(project, "esbuild-app.js"),
      `import "cto-match";
       const el = document.createElement("cto-match");
       el.headcount = 45;
       el.addEventListener("ctomatch-result", (event) => (document.title = event.detail.type));
       document.body.append(el);`,
    );
    await build({ entryPoints: [join(project, "esbuild-app.js")], outfile: join(out, "app.js"), bundle: true, format: "esm", logLevel: "error" });
    // The package's files served as they are, beside the bundle: the default base.
    await cp(installed, out, { recursive: true, filter: (src) => !src.endsWith(".d.ts") });
    const server = await serve({ "/esbuild/": out }, { pages: { "/host.html": page("", '<script type="module" src="/esbuild/app.js"></script>') } });
    const { page: p, context, problems, requests } = await open(server, "/host.html");
    await p.waitForFunction(() => document.title === "stabilizer");
    assert.deepEqual(problems, []);
    assert.deepEqual(requests.filter((url) => !url.startsWith(server.origin)), []);
    await context.close();
    await server.close();
  });

  test("the Vue 3 recipe, bundled by Vite, with `base` for the files: a prop drives the widget, the event drives the app", async () => {
    const { build: vite } = await import("vite");
    const root = join(project, "vue");
    await cp(join(EXAMPLES, "vue"), root, { recursive: true });
    await vite({ root, base: "/app/", configFile: false, logLevel: "silent", build: { outDir: join(project, "vue-dist"), emptyOutDir: true } });
    const server = await serve({ "/app/": join(project, "vue-dist"), "/cto-match/": installed });
    const { page: p, context, problems } = await open(server, "/app/index.html");
    await p.locator("#summary", { hasText: "Best fit: stabilizer" }).waitFor();
    await p.click("#grow");
    await p.locator("#summary", { hasText: "Best fit: industrializer" }).waitFor();
    assert.equal(await p.locator('cto-match input[id$="-headcount"]').inputValue(), "112");
    assert.deepEqual(problems, []);
    await context.close();
    await server.close();
  });

  test("the React 19 recipe, server-rendered then hydrated: el.result read on mount, then each result through the event", async () => {
    const app = join(project, "react");
    await cp(join(EXAMPLES, "react"), app, { recursive: true });
    const common = { bundle: true, format: "esm", jsx: "automatic", logLevel: "error" };
    // The server's render, with React left to node_modules as a server would have it.
    await build({ ...common, entryPoints: [join(app, "server.jsx")], outfile: join(app, "server.mjs"), platform: "node", packages: "external" });
    const { render } = await import(pathToFileURL(join(app, "server.mjs")).href);
    const html = render();
    assert.match(html, /<cto-match headcount="45"><\/cto-match>/, "the element and its attribute are in the server's HTML");
    await build({ ...common, entryPoints: [join(app, "widget.js"), join(app, "client.jsx")], outdir: join(app, "dist"), define: { "process.env.NODE_ENV": '"production"' } });
    const server = await serve(
      { "/app/": join(app, "dist"), "/cto-match/": installed },
      { pages: { "/ssr.html": page(`<div id="root">${html}</div>`, '<script type="module" src="/app/widget.js"></script><script type="module" src="/app/client.js"></script>') } },
    );
    const opened = await openPage(browser);
    const { page: p, context, problems } = opened;
    // Hydration waits until the widget has its first result: React cannot have heard that event.
    let release;
    const hydrate = new Promise((ok) => (release = ok));
    await p.route("**/app/client.js", async (route) => {
      await hydrate;
      await route.continue();
    });
    await p.goto(`${server.origin}/ssr.html`, { waitUntil: "commit" });
    await p.waitForFunction(() => document.querySelector("cto-match")?.result?.type === "stabilizer");
    assert.equal(await p.textContent("#summary"), "Answer the questions to see the best fit.", "not hydrated yet");
    release();
    await p.locator("#summary", { hasText: "Best fit: stabilizer" }).waitFor();
    await p.locator('cto-match input[id$="-headcount"]').fill("300");
    await p.locator("#summary", { hasText: "Best fit: industrializer" }).waitFor();
    assert.deepEqual(problems, [], "no hydration warning, no error");
    await context.close();
    await server.close();
  });
});
