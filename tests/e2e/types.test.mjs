// The npm package's TypeScript declarations (web/cto-match.d.ts, shipped as dist/cto-match.d.ts), used
// as a developer would: a temporary project with the package in node_modules, compiled strict with the
// TypeScript compiler, once with React 19's types (a TSX component) and once without any. The ids and
// the details' fields are held to the Rust that sends them, and wrong uses must be errors
// (`@ts-expect-error` fails the compile when its line is not one).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ts from "typescript";
import { attributesOf } from "../../tools/manifest.mjs";
import { ROOT } from "./harness.mjs";

const read = (...path) => readFileSync(join(ROOT, ...path), "utf8");
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
const union = (ids) => ids.map((id) => JSON.stringify(id)).join(" | ");

const ATTRIBUTES = attributesOf(read("web", "embed.js"));

/** The ids `Type::id()` returns, from its match arms. */
function idsOf(file, type) {
  const text = read("src", ...file.split("/"));
  const impl = text.slice(text.indexOf(`impl ${type} {`));
  const body = impl.slice(impl.search(/fn id\(self\)/));
  const ids = [...body.slice(0, body.indexOf("\n    }\n")).matchAll(new RegExp(`${type}::\\w+ => "([^"]+)"`, "g"))].map((m) => m[1]);
  assert.ok(ids.length, `${type}::id in ${file}`);
  return ids;
}

/** A struct's fields as serde writes them: [name, is an Option]. */
function fieldsOf(type) {
  const text = read("src", "ui", "browser.rs");
  const start = text.indexOf(`struct ${type} {`);
  const attributes = text.slice(text.lastIndexOf("#[derive", start), start);
  const body = text.slice(start, text.indexOf("\n}", start));
  return [...body.matchAll(/(?:#\[serde\(rename = "(\w+)"\)\]\s*)?(\w+): ([^,\n]+),/g)].map(([, renamed, name, rust]) => [
    renamed ?? (attributes.includes('rename_all = "camelCase"') ? camel(name.replaceAll("_", "-")) : name),
    rust.startsWith("Option<"),
  ]);
}

const cta = /fn dispatch_cta[\s\S]*?object\(&\[(.*)\]\)/.exec(read("src", "ui", "browser.rs"))[1];
const CTA_FIELDS = [...cta.matchAll(/\("(\w+)", (Some\()?/g)].map(([, name, some]) => [name, !some]);
const MISSIONS = [.../missions! \{([\s\S]*?)\n\}/.exec(read("src", "engine", "missions.rs"))[1].matchAll(/^\s+\w+ "([\w-]+)"/gm)].map((m) => m[1]);
const CTO_TYPES = idsOf("engine/scoring.rs", "CtoType");

/** Each exported union of ids and where the Rust spells it. */
const IDS = {
  CtoMatchType: CTO_TYPES,
  CtoMatchOutcome: [...CTO_TYPES, ...idsOf("engine/scoring.rs", "Outcome")],
  CtoMatchRoute: idsOf("engine/route.rs", "Route"),
  CtoMatchNeed: idsOf("engine/profile.rs", "Need"),
  CtoMatchMission: MISSIONS,
  CtoMatchStage: idsOf("engine/profile.rs", "Stage"),
  CtoMatchOrg: idsOf("engine/profile.rs", "Org"),
  CtoMatchSoftware: idsOf("engine/profile.rs", "Software"),
  CtoMatchIncumbent: idsOf("engine/profile.rs", "Incumbent"),
  CtoMatchMode: idsOf("engine/profile.rs", "Mode"),
  CtoMatchLang: idsOf("engine/profile.rs", "Lang"),
  CtoMatchFit: idsOf("engine/candidate.rs", "Fit"),
  CtoMatchStep: idsOf("ui/browser.rs", "Step"),
};

// Serialized from an Option, yet never null: there is no result before a headcount is known.
const NEVER_NULL = ["CtoMatchProfileDetail.headcount"];

/** Checks made of the sources: the ids, the details' fields and their nullability, the attributes. */
function generatedChecks() {
  const lines = ["type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;"];
  for (const [name, ids] of Object.entries(IDS)) lines.push(`export const ids${name}: Equal<T.${name}, ${union(ids)}> = true;`);
  const details = {
    CtoMatchResultDetail: fieldsOf("ResultDetail"),
    CtoMatchProfileDetail: fieldsOf("ProfileDetail"),
    CtoMatchCandidateDetail: fieldsOf("CandidateDetail"),
    "CtoMatchResultDetail['scores']": fieldsOf("Scores"),
    CtoMatchCtaDetail: CTA_FIELDS,
    CtoMatchStepDetail: [["step", false]],
  };
  for (const [type, fields] of Object.entries(details)) {
    const t = type.includes("[") ? type.replace(/^(\w+)/, "T.$1") : `T.${type}`;
    lines.push(`export const keys${lines.length}: Equal<keyof ${t}, ${union(fields.map(([f]) => f))}> = true;`);
    for (const [field, optional] of fields) {
      const nullable = optional && !NEVER_NULL.includes(`${type}.${field}`);
      lines.push(`export const null${lines.length}: null extends ${t}[${JSON.stringify(field)}] ? true : false = ${nullable};`);
    }
  }
  lines.push(`export const attributes: typeof ATTRIBUTES = ${JSON.stringify(ATTRIBUTES)};`);
  lines.push(`export const attributeKeys: Equal<keyof T.CtoMatchAttributes, ${union(ATTRIBUTES)}> = true;`);
  for (const name of ATTRIBUTES.filter((n) => n !== "lang")) {
    lines.push(`export const get${lines.length}: ${name === "url-state" ? "boolean" : "string | null"} = element.${camel(name)};`);
    lines.push(`element.${camel(name)} = null;`);
  }
  return lines.join("\n");
}

/** What a developer writes without React: the DOM typing only. */
const DOM_USE = `
import "cto-match";
import { ATTRIBUTES, define } from "cto-match/define";
import type * as T from "cto-match";
import type { CtoMatchElement, CtoMatchOutcome, CtoMatchResultDetail } from "cto-match";

define({ base: "/files/" });
define({ base: new URL("https://cdn.example/cto-match/") });
define();

const found = document.querySelector("cto-match");
if (!found) throw new Error("no widget");
const element: CtoMatchElement = found;
const created: CtoMatchElement = document.createElement("cto-match");
created.reset();

element.addEventListener("ctomatch:result", (e) => {
  const type: CtoMatchOutcome = e.detail.type;
  const detail: CtoMatchResultDetail = e.detail;
  const route: string = detail.route;
  // @ts-expect-error: not an outcome
  if (e.detail.type === "banana") console.log(type, route);
  // @ts-expect-error: runnerUp is null when no other type is in reach
  e.detail.runnerUp.length;
  // @ts-expect-error: frozen
  e.detail.missions.push("architecture");
  console.log(e.detail.profile.headcount + 1, e.detail.candidate?.fit ?? "company mode");
});
element.addEventListener("ctomatch-result", (e) => e.detail.scores.hacker.toFixed());
element.addEventListener("ctomatch:step", (e) => e.detail.step.toUpperCase());
element.addEventListener("ctomatch-step", (e) => e.detail.step === "job-copy");
element.addEventListener("ctomatch:cta", (e) => new URL(e.detail.href));
element.addEventListener("ctomatch-cta", (e) => e.detail.fit === "strong");
document.addEventListener("ctomatch:result", (e) => e.detail.missions.join());
window.addEventListener("ctomatch:cta", (e) => e.detail.lang === "fr");
document.body.addEventListener("ctomatch:step", (e) => e.detail.step);

const runnerUp: "hacker" | "stabilizer" | "industrializer" | null | undefined = element.result?.runnerUp;
// @ts-expect-error: no such field
element.result?.nope;
// @ts-expect-error: result is null before the first result
element.result.type;
// @ts-expect-error: read-only
element.result = null;

element.headcount = 300;
element.needs = ["data", "budget"];
element.did = "hire-team,first-version";
element.stage = "scaling";
element.urlState = true;
element.theme = false;
element.ctaHref = undefined;
element.reset();
// @ts-expect-error: not a need id
element.needs = ["coffee"];
// @ts-expect-error: the property reads the attribute's text, null when absent
const headcount: number = element.headcount;
// @ts-expect-error: base is a URL
define({ base: 42 });
// @ts-expect-error: no such option
define({ lazy: true });
// @ts-expect-error: the list is read-only
ATTRIBUTES.push("colour");

${generatedChecks()}
export { runnerUp, headcount };
`;

/** A React 19 component using the element. */
const REACT_USE = `
import { useRef, useState } from "react";
import type { CtoMatchElement, CtoMatchResultDetail, CtoMatchStepDetail } from "cto-match";

export function Hiring({ size }: { size: number }) {
  const ref = useRef<CtoMatchElement>(null);
  const [result, setResult] = useState<CtoMatchResultDetail | null>(null);
  return (
    <section>
      <cto-match
        ref={ref}
        key="hiring"
        id="hiring"
        class="widget"
        className="widget"
        style={{ marginBlock: 8, "--cto-color-accent": "#b00060" }}
        headcount={size}
        tech="6"
        stage="scaling"
        needs="hire-team,scalability"
        lang="fr"
        mode="candidate"
        theme="dark"
        url-state
        loading="eager"
        cta-href="https://firm.example/contact?cto={type}"
        onctomatch-result={(e) => setResult(e.detail)}
        onctomatch-step={(e) => console.log(e.detail.step)}
        onctomatch-cta={(e) => console.log(e.detail.href, e.detail.route)}
        onClick={() => ref.current?.reset()}
      >
        <a href="/cto-match/">Which CTO?</a>
      </cto-match>
      {result?.type}
      {/* @ts-expect-error: a bigint is no headcount */}
      <cto-match headcount={45n} />
      {/* @ts-expect-error: not a stage */}
      <cto-match stage="unicorn" />
      {/* @ts-expect-error: not a language the widget speaks */}
      <cto-match lang="de" />
      {/* @ts-expect-error: the result event's detail is not a step */}
      <cto-match onctomatch-result={(e: CustomEvent<CtoMatchStepDetail>) => e.detail.step} />
      {/* @ts-expect-error: no such attribute */}
      <cto-match headcont="45" />
      {/* @ts-expect-error: the ref is the element's */}
      <cto-match ref={useRef<HTMLInputElement>(null)} />
    </section>
  );
}
`;

/** The package as dist/ lays it out (tools/post-build.mjs writes the same exports). */
const PACKAGE = {
  name: "cto-match",
  type: "module",
  types: "./cto-match.d.ts",
  exports: {
    ".": { types: "./cto-match.d.ts", default: "./index.js" },
    "./define": { types: "./cto-match.d.ts", default: "./define.js" },
  },
};

/** A project in a temporary folder: `files` and the package; `react` links React's types in. */
function project(files, { react }) {
  const dir = mkdtempSync(join(tmpdir(), "cto-match-types-"));
  const write = (path, text) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write("package.json", JSON.stringify({ name: "app", private: true, type: "module" }));
  write("node_modules/cto-match/package.json", JSON.stringify(PACKAGE));
  write("node_modules/cto-match/cto-match.d.ts", read("web", "cto-match.d.ts"));
  if (react) {
    mkdirSync(join(dir, "node_modules", "@types"), { recursive: true });
    symlinkSync(join(ROOT, "node_modules", "@types", "react"), join(dir, "node_modules", "@types", "react"), "dir");
    symlinkSync(join(ROOT, "node_modules", "csstype"), join(dir, "node_modules", "csstype"), "dir");
  }
  for (const [path, text] of Object.entries(files)) write(path, text);
  return dir;
}

/** Compiles like `tsc --noEmit --strict` with the lib checked too (no skipLibCheck); the diagnostics. */
function compile(dir, names, options) {
  const program = ts.createProgram(
    names.map((name) => join(dir, name)),
    { strict: true, noEmit: true, skipLibCheck: false, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts", "lib.dom.d.ts"], types: [], ...options },
  );
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => dir, getNewLine: () => "\n" };
  return ts.getPreEmitDiagnostics(program).map((d) => ts.formatDiagnostic(d, host).trim());
}

test("a React 19 project: the element, its events and its JSX typed, wrong uses refused", () => {
  const dir = project({ "src/dom.ts": DOM_USE, "src/app.tsx": REACT_USE }, { react: true });
  try {
    const errors = compile(dir, ["src/dom.ts", "src/app.tsx"], {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      jsx: ts.JsxEmit.ReactJSX,
    });
    assert.deepEqual(errors, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a project without @types/react compiles with the DOM typing alone", () => {
  const dir = project({ "src/dom.ts": DOM_USE }, { react: false });
  try {
    const errors = compile(dir, ["src/dom.ts"], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext });
    assert.deepEqual(errors, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the checks read the sources", () => {
  // A parser that found nothing would make every generated check vacuous.
  assert.equal(IDS.CtoMatchOutcome.at(-1), "none");
  assert.ok(IDS.CtoMatchRoute.includes("vp-engineering") && IDS.CtoMatchNeed.length === 16 && MISSIONS.length >= 24);
  assert.deepEqual(fieldsOf("ResultDetail").map(([f]) => f), ["version", "type", "runnerUp", "scores", "missions", "route", "profile", "candidate"]);
  assert.deepEqual(CTA_FIELDS, [["href", false], ["type", false], ["route", false], ["fit", true], ["lang", false]]);
});
