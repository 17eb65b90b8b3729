// Types of the npm package `cto-match` (`cto-match` and `cto-match/define`), shipped as
// dist/cto-match.d.ts. The ids are the contract's (README, "The contract"; src/ui/browser.rs builds the
// details); tests/e2e/types.test.mjs compiles a developer's uses against this file, with React 19's
// types and without.

/** A CTO type. */
export type CtoMatchType = "hacker" | "stabilizer" | "industrializer";
/** The result: a CTO type, or `none` when the needs do not call for a CTO. */
export type CtoMatchOutcome = CtoMatchType | "none";
/** How the seat is usually filled (the set may grow in a later version of the package). */
export type CtoMatchRoute =
  | "interim"
  | "vp-engineering"
  | "coach"
  | "founder"
  | "cofounder"
  | "fractional"
  | "first-hire"
  | "promote"
  | "executive"
  | "managed-it"
  | "it-manager"
  | "it-director"
  | "data-analyst"
  | "head-of-data"
  | "security-consultant"
  | "ciso"
  | "cio"
  | "managed-hosting"
  | "audit";
export type CtoMatchNeed =
  | "first-version"
  | "tech-choices"
  | "hire-team"
  | "organize-delivery"
  | "scalability"
  | "quality-security"
  | "processes"
  | "roadmap"
  | "budget"
  | "investors"
  | "clients"
  | "data"
  | "product"
  | "infrastructure"
  | "internal-it"
  | "change";
export type CtoMatchMission =
  | "build-first-version"
  | "architecture"
  | "tech-audit"
  | "run-infrastructure"
  | "quality-security"
  | "data"
  | "tech-budget"
  | "recruit-team"
  | "assign-work"
  | "daily-standup"
  | "one-to-ones"
  | "sprint-planning"
  | "dashboard"
  | "release-coordination"
  | "weekly-review"
  | "business-priorities"
  | "cross-team-rollout"
  | "sales-training"
  | "engineering-processes"
  | "lead-change"
  | "strategy-roadmap"
  | "ceo-checkin"
  | "investors-board"
  | "clients-partners";
export type CtoMatchStage = "idea" | "mvp" | "launched" | "scaling" | "established";
export type CtoMatchOrg = "startup" | "sme" | "group" | "public" | "nonprofit";
export type CtoMatchSoftware = "product" | "support" | "internal";
/** Who holds the seat today: nobody yet, a CTO who has just left, a CTO in place. */
export type CtoMatchIncumbent = "none" | "left" | "in-place";
export type CtoMatchFit = "strong" | "partial" | "weak";
export type CtoMatchLang = "en" | "fr";
export type CtoMatchMode = "company" | "candidate";
export type CtoMatchStep = "answer" | "share" | "job-copy" | "cta";

/** The profile the result was computed from; `null` where the question is unanswered. */
export interface CtoMatchProfileDetail {
  /** Always known: there is no result without a headcount. */
  readonly headcount: number;
  readonly tech: number | null;
  readonly stage: CtoMatchStage | null;
  readonly org: CtoMatchOrg | null;
  readonly software: CtoMatchSoftware | null;
  readonly cto: CtoMatchIncumbent | null;
  readonly needs: readonly CtoMatchNeed[];
  readonly lang: CtoMatchLang;
}

/** The candidate's reading, in candidate mode. */
export interface CtoMatchCandidateDetail {
  /** The CTO type the candidate's track record reads as, or `none`. */
  readonly type: CtoMatchOutcome;
  /** `null` until the company is known. */
  readonly fit: CtoMatchFit | null;
  readonly matched: readonly CtoMatchNeed[];
  readonly gaps: readonly CtoMatchNeed[];
}

/** `ctomatch:result`'s detail (contract version 1), deep-frozen; also `el.result`. */
export interface CtoMatchResultDetail {
  readonly version: 1;
  readonly type: CtoMatchOutcome;
  readonly runnerUp: CtoMatchType | null;
  readonly scores: { readonly hacker: number; readonly stabilizer: number; readonly industrializer: number };
  /** Every mission shown, tier by tier. */
  readonly missions: readonly CtoMatchMission[];
  readonly route: CtoMatchRoute;
  readonly profile: CtoMatchProfileDetail;
  /** `null` in company mode. */
  readonly candidate: CtoMatchCandidateDetail | null;
}

/** `ctomatch:step`'s detail, frozen. */
export interface CtoMatchStepDetail {
  readonly step: CtoMatchStep;
}

/** `ctomatch:cta`'s detail, frozen: the link followed and the company's result it carried. */
export interface CtoMatchCtaDetail {
  readonly href: string;
  readonly type: CtoMatchOutcome;
  readonly route: CtoMatchRoute;
  /** The candidate's fit in candidate mode, else `null`. */
  readonly fit: CtoMatchFit | null;
  readonly lang: CtoMatchLang;
}

/** Every event the element sends (bubbling and composed); the dashed names are aliases for JSX. */
export interface CtoMatchEventMap {
  "ctomatch:result": CustomEvent<CtoMatchResultDetail>;
  "ctomatch:step": CustomEvent<CtoMatchStepDetail>;
  "ctomatch:cta": CustomEvent<CtoMatchCtaDetail>;
  "ctomatch-result": CustomEvent<CtoMatchResultDetail>;
  "ctomatch-step": CustomEvent<CtoMatchStepDetail>;
  "ctomatch-cta": CustomEvent<CtoMatchCtaDetail>;
}

/** What a property setter takes: `null`, `undefined` or `false` removes the attribute. */
type Absent = null | undefined | false;
/** The ids suggested, any text accepted (the widget says which values it could not use). */
type Open<T extends string> = T | (string & {});

/**
 * `<cto-match>`. Each property mirrors its attribute: it reads the attribute's text (`null` when
 * absent), whatever was written; `lang` is HTMLElement's own.
 */
export interface CtoMatchElement extends HTMLElement {
  /** The last `ctomatch:result` detail (deep-frozen), or `null`. */
  readonly result: CtoMatchResultDetail | null;
  /** Back to the presets the attributes give. */
  reset(): void;

  get layout(): string | null;
  set layout(value: Open<"compact" | "full"> | Absent);
  get ctaHref(): string | null;
  set ctaHref(value: string | Absent);
  get ctaLabel(): string | null;
  set ctaLabel(value: string | Absent);
  get shareUrl(): string | null;
  set shareUrl(value: string | Absent);
  get datalayer(): string | null;
  set datalayer(value: string | Absent);
  get headcount(): string | null;
  set headcount(value: number | string | Absent);
  get tech(): string | null;
  set tech(value: number | string | Absent);
  get stage(): string | null;
  set stage(value: Open<CtoMatchStage> | Absent);
  get org(): string | null;
  set org(value: Open<CtoMatchOrg> | Absent);
  get software(): string | null;
  set software(value: Open<CtoMatchSoftware> | Absent);
  get cto(): string | null;
  set cto(value: Open<CtoMatchIncumbent> | Absent);
  /** An array is written joined with commas. */
  get needs(): string | null;
  set needs(value: readonly CtoMatchNeed[] | string | Absent);
  get mode(): string | null;
  set mode(value: Open<CtoMatchMode> | Absent);
  get led(): string | null;
  set led(value: number | string | Absent);
  /** An array is written joined with commas. */
  get did(): string | null;
  set did(value: readonly CtoMatchNeed[] | string | Absent);
  get theme(): string | null;
  set theme(value: Open<"light" | "dark"> | Absent);
  /** A boolean attribute: present or not. */
  get urlState(): boolean;
  set urlState(value: boolean | null | undefined);
  get remember(): string | null;
  set remember(value: string | Absent);
  get loading(): string | null;
  set loading(value: Open<"lazy" | "eager"> | Absent);
}

/**
 * The element's attributes as a framework's templates write them (JSX, Vue, Svelte...): profile
 * presets, settings, and the element's `lang`. Numbers are written as their text.
 */
export interface CtoMatchAttributes {
  layout?: "compact" | "full";
  "cta-href"?: string;
  "cta-label"?: string;
  "share-url"?: string;
  /** The array to push to; empty for `window.dataLayer`. */
  datalayer?: string;
  headcount?: number | string;
  tech?: number | string;
  stage?: CtoMatchStage;
  org?: CtoMatchOrg;
  software?: CtoMatchSoftware;
  cto?: CtoMatchIncumbent;
  /** Need ids, comma-separated. */
  needs?: string;
  lang?: CtoMatchLang;
  mode?: CtoMatchMode;
  led?: number | string;
  /** Need ids, comma-separated. */
  did?: string;
  theme?: "light" | "dark";
  /** Present or absent: `true` or `""` sets it. */
  "url-state"?: boolean | "";
  remember?: string;
  loading?: "lazy" | "eager";
}

/**
 * React 19 listens to a custom element's events through `on` + the event's name; JSX cannot write the
 * colon of `ctomatch:result`, hence the dashed aliases.
 */
export interface CtoMatchReactEvents {
  "onctomatch-result"?: (event: CustomEvent<CtoMatchResultDetail>) => void;
  "onctomatch-step"?: (event: CustomEvent<CtoMatchStepDetail>) => void;
  "onctomatch-cta"?: (event: CustomEvent<CtoMatchCtaDetail>) => void;
}

/** The attributes the element observes, in the order of web/embed.js. */
export declare const ATTRIBUTES: readonly [
  "layout",
  "cta-href",
  "cta-label",
  "share-url",
  "datalayer",
  "headcount",
  "tech",
  "stage",
  "org",
  "software",
  "cto",
  "needs",
  "lang",
  "mode",
  "led",
  "did",
  "theme",
  "url-state",
  "remember",
  "loading",
];

export interface CtoMatchDefineOptions {
  /** The folder serving the package's files (wasm, glue, stylesheets); default: the script's folder. */
  base?: string | URL;
}

/** Defines `<cto-match>` and starts the widgets on the page, once; does nothing outside a browser. */
export declare function define(options?: CtoMatchDefineOptions): void;

declare global {
  interface HTMLElementTagNameMap {
    "cto-match": CtoMatchElement;
  }
  // The events bubble out of the element and are composed: a listener anywhere above hears them.
  interface HTMLElementEventMap extends CtoMatchEventMap {}
  interface DocumentEventMap extends CtoMatchEventMap {}
  interface WindowEventMap extends CtoMatchEventMap {}
}

// `<cto-match>` in React 19's JSX, for projects with @types/react. Without it, TypeScript drops this
// augmentation of a module it cannot find (in a declaration file, silently), but would still resolve the
// names inside: React's three interfaces used are declared again, empty, so they merge with React's
// where it is there and stand alone where it is not (an import of "react" would fail there).
declare module "react" {
  interface ClassAttributes<T> {}
  interface HTMLAttributes<T> {}
  interface CSSProperties {}
  namespace JSX {
    interface IntrinsicElements {
      "cto-match": ClassAttributes<CtoMatchElement> &
        Omit<HTMLAttributes<CtoMatchElement>, keyof CtoMatchAttributes | "style"> &
        CtoMatchAttributes &
        CtoMatchReactEvents & {
          /** React 19 writes `class` as it is on custom elements. */
          class?: string;
          /** The theme's tokens too: `"--cto-color-accent": "#b00060"`. */
          style?: CSSProperties & { [token: `--cto-${string}`]: string | number | undefined };
        };
    }
  }
}

// Only what is exported above is the package's (Absent and Open stay private).
export {};
