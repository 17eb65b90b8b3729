// The Custom Elements Manifest (https://github.com/webcomponents/custom-elements-manifest, schema
// 2.1.0) of the npm package: what editors, Storybook and linters read to know <cto-match>'s attributes,
// properties, events and theme tokens. Built from the element's ATTRIBUTES (web/embed.js) and
// style/tokens.css, so it cannot miss one; the words are here. Node only, no dependencies.

/** Each observed attribute: its value's type, as the README's tables give it, and what it does. */
const ATTRIBUTES = {
  layout: ['"compact" | "full"', "`compact` (the default for embeds) folds the optional questions and the rest of the result; `full` keeps every section open."],
  "cta-href": ["string", "A call to action under the result: an http(s), mailto or relative link, with `{type}`, `{route}`, `{fit}` and `{lang}` filled in."],
  "cta-label": ["string", "The call to action's words (default: \"Talk to us about it\", « Parlons-en »)."],
  "share-url": ["string", "The page a shared link opens, the result's fragment appended."],
  datalayer: ["string", "Pushes the visitor's steps to `window.dataLayer`, or to the array named; nothing without the attribute."],
  headcount: ["string", "Preset: people in the company, a whole number from 1 to 1,000,000."],
  tech: ["string", "Preset: people in the tech team today, a whole number from 0 up to the headcount."],
  stage: ['"idea" | "mvp" | "launched" | "scaling" | "established"', "Preset: the company's maturity."],
  org: ['"startup" | "sme" | "group" | "public" | "nonprofit"', "Preset: the kind of organisation."],
  software: ['"product" | "support" | "internal"', "Preset: what software is to the business: what it sells, a support of what it sells, or staff tools only."],
  cto: ['"none" | "left" | "in-place"', "Preset: who holds the seat today: nobody yet, a CTO who has just left, a CTO in place."],
  needs: ["string", "Preset: what the company expects from its tech leader, need ids separated by commas (`hire-team,scalability`)."],
  lang: ['"en" | "fr"', "The widget's language; otherwise the visitor's browser language, else English."],
  mode: ['"company" | "candidate"', "Which side the visitor is on: a company (the default) or a candidate checking how they fit."],
  led: ["string", "Candidate preset: the largest team the candidate has led, a whole number from 0 to 100,000."],
  did: ["string", "Candidate preset: what the candidate has done and owned, need ids separated by commas."],
  theme: ['"light" | "dark"', "The colour scheme; otherwise the visitor's preference."],
  "url-state": ["boolean", "Keeps the profile in the host page's URL fragment (one widget per page can)."],
  remember: ["string", "Remembers the answers in localStorage under the name given, else the element's id, else the page's one unnamed entry."],
  loading: ['"lazy" | "eager"', "`lazy` (the default) fetches the widget when it comes near the viewport or gets focus; `eager` at once."],
};

const EVENTS = [
  ["result", "CtoMatchResultDetail", "Each time the result changes; the detail is the result (contract version 1), deep-frozen."],
  ["step", "CtoMatchStepDetail", "A step of the visitor's way, for analytics: the first answer, a share, the job ad copied, the call to action followed."],
  ["cta", "CtoMatchCtaDetail", "The call to action followed: the link, and the result it carried."],
];

/** The tokens a host sets to re-theme the widget (README, "Styles"; the configurator's accent colour). */
const HOST_TOKEN = /^--cto-(font|radius|color-[\w-]+)$/;
const TOKENS = {
  "--cto-font": "The widget's font stack.",
  "--cto-radius": "The corner radius of fields, cards and buttons.",
  "--cto-color-bg": "The widget's background.",
  "--cto-color-surface": "The background of cards and panels.",
  "--cto-color-text": "The text.",
  "--cto-color-muted": "Secondary text: hints and notes.",
  "--cto-color-border": "Borders of fields and cards.",
  "--cto-color-accent": "Buttons, links and the selected answers.",
  "--cto-color-accent-text": "Text on the accent colour.",
  "--cto-color-accent-soft": "A light tint of the accent, behind selected answers and highlights.",
  "--cto-color-focus": "The keyboard focus ring.",
  "--cto-color-error": "Error messages and their edge.",
  "--cto-color-error-soft": "Behind error messages.",
  "--cto-color-meter-track": "The empty part of the score bars.",
  "--cto-color-hacker": "The hacker type's colour in the result.",
  "--cto-color-stabilizer": "The stabilizer type's colour in the result.",
  "--cto-color-industrializer": "The industrializer type's colour in the result.",
};

const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

/** The declarations of tokens.css's `:root, :host` rule, in order: [name, value]. */
/**
 * The element's observed attributes, read from web/embed.js's text: Node cannot import embed.js as it is
 * (its JSON import carries no `with { type }`, which bundlers do not need).
 */
export function attributesOf(embedJs) {
  return JSON.parse(/export const ATTRIBUTES = (\[[^\]]*\])/.exec(embedJs)[1]);
}

export function tokensOf(tokensCss) {
  const rule = /:root,\s*:host\s*\{([^}]*)\}/.exec(tokensCss.replace(/\/\*[\s\S]*?\*\//g, ""));
  if (!rule) throw new Error("tools/manifest.mjs: no `:root, :host` rule in tokens.css");
  return [...rule[1].matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim().replace(/\s+/g, " ")]);
}

/** Tokens a host is meant to set, with their defaults. */
export const hostTokens = (tokensCss) => tokensOf(tokensCss).filter(([name]) => HOST_TOKEN.test(name));

/**
 * The manifest. `attributes`: the element's observed attributes (web/embed.js's ATTRIBUTES);
 * `tokensCss`: style/tokens.css's text; `version`: the package's.
 */
export function customElementsManifest({ attributes, tokensCss, version }) {
  // Words missing for a new attribute or token fail the build rather than ship an undescribed one.
  const missing = [...attributes.filter((a) => !ATTRIBUTES[a]), ...hostTokens(tokensCss).map(([n]) => n).filter((n) => !TOKENS[n])];
  if (missing.length) throw new Error(`tools/manifest.mjs: describe ${missing.join(", ")}`);

  const properties = attributes.filter((name) => name !== "lang");
  const members = [
    ...properties.map((name) => ({
      kind: "field",
      name: camel(name),
      type: { text: name === "url-state" ? "boolean" : "string | null" },
      description: `Mirrors \`${name}\`${name === "url-state" ? " (present or not)" : ""}; null, undefined or false removes it${["needs", "did"].includes(name) ? ", an array is joined with commas" : ""}.`,
      attribute: name,
      reflects: true,
    })),
    {
      kind: "field",
      name: "lang",
      type: { text: "string" },
      description: "HTMLElement's own `lang`, which mirrors the attribute.",
      attribute: "lang",
      reflects: true,
      inheritedFrom: { name: "HTMLElement", package: "global:" },
    },
    {
      kind: "field",
      name: "result",
      type: { text: "CtoMatchResultDetail | null" },
      description: "The last `ctomatch:result` detail (deep-frozen), or null.",
      readonly: true,
    },
    {
      kind: "method",
      name: "reset",
      return: { type: { text: "void" } },
      description: "Returns the widget to the presets its attributes give.",
    },
  ];
  const events = EVENTS.flatMap(([name, detail, description]) => [
    { name: `ctomatch:${name}`, type: { text: `CustomEvent<${detail}>` }, description: `${description} Bubbles and is composed.` },
    { name: `ctomatch-${name}`, type: { text: `CustomEvent<${detail}>` }, description: `The same as \`ctomatch:${name}\`, under a name JSX can write (React 19: \`onctomatch-${name}\`).` },
  ]);
  const cssProperties = hostTokens(tokensCss).map(([name, value]) => ({
    name,
    description: TOKENS[name],
    ...(name.startsWith("--cto-color-") ? { syntax: "<color>" } : {}),
    default: value,
  }));

  const element = {
    kind: "class",
    name: "CtoMatchElement",
    customElement: true,
    tagName: "cto-match",
    summary: "Which CTO does your company need? An embeddable questionnaire and its result.",
    description:
      `The cto-match widget${version ? ` (package version ${version})` : ""}: it takes the profile presets and settings as attributes, ` +
      "renders in an open shadow root, loads lazily, and reports the result as events. See the package's README.",
    superclass: { name: "HTMLElement", package: "global:" },
    attributes: attributes.map((name) => ({
      name,
      type: { text: ATTRIBUTES[name][0] },
      description: ATTRIBUTES[name][1],
      fieldName: camel(name),
    })),
    members,
    events,
    cssProperties,
  };

  return {
    schemaVersion: "2.1.0",
    modules: [
      {
        kind: "javascript-module",
        path: "index.js",
        declarations: [element],
        exports: [
          { kind: "custom-element-definition", name: "cto-match", declaration: { name: "CtoMatchElement", module: "index.js" } },
          { kind: "js", name: "define", declaration: { name: "define", module: "define.js" } },
          { kind: "js", name: "ATTRIBUTES", declaration: { name: "ATTRIBUTES", module: "define.js" } },
        ],
      },
    ],
  };
}
