// The npm package's Custom Elements Manifest (tools/manifest.mjs, written by the build to
// dist/custom-elements.json): everything the element observes, sends and lets a host theme is in it,
// in the schema's shape. Built here from the sources, so it runs without a build; the built file, when
// there is one, must be the same.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { attributesOf, customElementsManifest } from "../../tools/manifest.mjs";
import { crateInfo } from "../../tools/post-build.mjs";
import { DIST, ROOT } from "./harness.mjs";

const read = (...path) => readFileSync(join(ROOT, ...path), "utf8");

const ATTRIBUTES = attributesOf(read("web", "embed.js"));
const TOKENS_CSS = read("style", "tokens.css");
const { version: VERSION } = await crateInfo();

const manifest = customElementsManifest({ attributes: ATTRIBUTES, tokensCss: TOKENS_CSS, version: VERSION });
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === "cto-match");
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

test("the manifest has the schema's required keys", () => {
  assert.equal(manifest.schemaVersion, "2.1.0");
  assert.ok(Array.isArray(manifest.modules) && manifest.modules.length === 1);
  const [module] = manifest.modules;
  assert.deepEqual([module.kind, module.path], ["javascript-module", "index.js"]);
  assert.ok(element, "a declaration with tagName cto-match");
  assert.deepEqual([element.kind, element.name, element.customElement], ["class", "CtoMatchElement", true]);
  for (const attribute of element.attributes) assert.ok(attribute.name && attribute.type?.text && attribute.description, attribute.name);
  for (const member of element.members) assert.ok(["field", "method"].includes(member.kind) && member.name && member.description, member.name);
  for (const event of element.events) assert.ok(event.name && event.type?.text && event.description, event.name);
  for (const property of element.cssProperties) assert.ok(property.name.startsWith("--") && property.description, property.name);
  for (const e of module.exports) assert.ok(["js", "custom-element-definition"].includes(e.kind) && e.name && e.declaration?.name && e.declaration?.module, e.name);
  assert.deepEqual(
    module.exports.map((e) => [e.kind, e.name, e.declaration.name, e.declaration.module]),
    [
      ["custom-element-definition", "cto-match", "CtoMatchElement", "index.js"],
      ["js", "define", "define", "define.js"],
      ["js", "ATTRIBUTES", "ATTRIBUTES", "define.js"],
    ],
  );
  // JSON as it is written: nothing a serializer would drop or change.
  assert.deepEqual(JSON.parse(JSON.stringify(manifest)), manifest);
});

test("every observed attribute is listed once, with its camelCased property", () => {
  assert.ok(ATTRIBUTES.length >= 20, "ATTRIBUTES read from web/embed.js");
  assert.deepEqual(
    element.attributes.map((a) => a.name),
    ATTRIBUTES,
  );
  for (const attribute of element.attributes) assert.equal(attribute.fieldName, camel(attribute.name), attribute.name);
  const fields = element.members.filter((m) => m.kind === "field");
  for (const name of ATTRIBUTES) {
    const matching = fields.filter((f) => f.name === camel(name));
    assert.equal(matching.length, 1, `one field ${camel(name)}`);
    assert.equal(matching[0].attribute, name);
  }
  assert.equal(fields.find((f) => f.name === "urlState").type.text, "boolean");
  assert.equal(fields.find((f) => f.name === "ctaHref").type.text, "string | null");
  const result = fields.find((f) => f.name === "result");
  assert.deepEqual([result.readonly, result.type.text], [true, "CtoMatchResultDetail | null"]);
  assert.ok(element.members.some((m) => m.kind === "method" && m.name === "reset"));
});

test("the six events are there, with their detail types", () => {
  const expected = [
    ["ctomatch:result", "CustomEvent<CtoMatchResultDetail>"],
    ["ctomatch-result", "CustomEvent<CtoMatchResultDetail>"],
    ["ctomatch:step", "CustomEvent<CtoMatchStepDetail>"],
    ["ctomatch-step", "CustomEvent<CtoMatchStepDetail>"],
    ["ctomatch:cta", "CustomEvent<CtoMatchCtaDetail>"],
    ["ctomatch-cta", "CustomEvent<CtoMatchCtaDetail>"],
  ];
  assert.deepEqual(element.events.map((e) => [e.name, e.type.text]).sort(), expected.sort());
});

test("every theming token of tokens.css is listed with its default", () => {
  // What a host re-themes (README: "A host page re-themes the widget by overriding tokens"): the font,
  // the corner radius and every colour; sizes and spaces are the layout's, not offered.
  const rule = /:root,\s*:host\s*\{([^}]*)\}/.exec(TOKENS_CSS)[1].replace(/\/\*[\s\S]*?\*\//g, "");
  const declared = new Map([...rule.matchAll(/(--cto-[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim()]));
  const themed = [...declared.keys()].filter((name) => name === "--cto-font" || name === "--cto-radius" || name.startsWith("--cto-color-"));
  assert.ok(themed.length >= 15 && themed.includes("--cto-color-accent"), "tokens read from style/tokens.css");
  assert.deepEqual(element.cssProperties.map((p) => p.name), themed);
  for (const property of element.cssProperties) assert.equal(property.default, declared.get(property.name), property.name);
  assert.equal(element.cssProperties.find((p) => p.name === "--cto-color-accent").default, "light-dark(#1a56b0, #7fb0ff)");
});

test("a new attribute or token without words fails the build", () => {
  assert.throws(() => customElementsManifest({ attributes: [...ATTRIBUTES, "colour"], tokensCss: TOKENS_CSS, version: VERSION }), /describe colour/);
  const extra = TOKENS_CSS.replace("--cto-color-bg:", "--cto-color-new: red;\n  --cto-color-bg:");
  assert.throws(() => customElementsManifest({ attributes: ATTRIBUTES, tokensCss: extra, version: VERSION }), /describe --cto-color-new/);
});

test("the built dist/custom-elements.json is this manifest", { skip: !existsSync(join(DIST, "custom-elements.json")) && "no build" }, () => {
  const built = JSON.parse(readFileSync(join(DIST, "custom-elements.json"), "utf8"));
  const pkg = join(DIST, "package.json");
  const version = existsSync(pkg) ? JSON.parse(readFileSync(pkg, "utf8")).version : VERSION;
  assert.deepEqual(built, customElementsManifest({ attributes: ATTRIBUTES, tokensCss: TOKENS_CSS, version }));
});
