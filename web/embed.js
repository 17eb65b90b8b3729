// Every widget's lifecycle on a page: the standalone page's [data-cto-match-page], and the embeds
// (<cto-match>, [data-cto-match]). An embed mounts when it enters the page, follows its attributes in
// place (a burst of changes is one update), and is released when it leaves; only the added and
// removed nodes are looked at. Lazy by default: until an embed comes near the viewport or gets focus,
// it is a placeholder of about its empty height, and the wasm, its glue and the stylesheets are not
// fetched. Every failure (files missing, refused by a policy, stalled, a sandboxed frame) is said in
// the widget's place, in its language, with a way to try again. See the README's "Embedding".
import TEXTS from "./host-texts.json";

/** The attributes an embed follows (its properties mirror them, camelCased; `lang` is the element's own). */
export const ATTRIBUTES = ["layout", "cta-href", "cta-label", "share-url", "datalayer", "headcount", "tech", "stage", "org", "software", "cto", "needs", "lang", "mode", "led", "did", "theme", "url-state", "remember", "loading"];
// How far from the viewport a lazy widget starts loading: a screen or so ahead of a reader's scroll.
const NEAR = "1200px 0px";
// How long the files may take before the placeholder says so and offers to try again.
const STALL_MS = 10_000;
// The empty compact widget's height (in tens of px) by its width (px), per language, measured in Chromium
// every 10 px from 240 to 1440 by tools/measure-heights.mjs and kept where the line bends (within 4 %
// between points). Its layout changes at widget.css's container query (two columns from 928 px).
const EMPTY_HEIGHT = {"en":[[240,267],[270,231],[360,190],[430,180],[470,146],[640,125],[880,108],[927,103],[928,122],[1240,108],[1440,105]],"fr":[[240,297],[310,236],[450,181],[510,167],[560,154],[600,151],[620,140],[710,123],[927,116],[928,152],[1110,131],[1200,124],[1280,116],[1360,108],[1440,105]]};
// Fonts differ by platform (system-ui is not the same face everywhere), and text wraps with them: a
// sample line's width in the widget's font, against its width where the table was measured, scales
// the part of the height that is text (about half, measured in WebKitGTK, whose face is 13 % narrower).
const FONT = '16px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const SAMPLE = ["Describe your company: the result updates", 345.9];
const TEXT_PART = 0.5;
const PAGE = "data-cto-match-page";

const widgets = new WeakMap(); // mounted: element → the wasm's Widget
const waiting = new Map(); // lazy, not yet near: element → its attribute prefix
const loading = new Map(); // asked for the files, not yet mounted: element → { prefix, stalled (its timer) }
const dirty = new Set(); // mounted, with attributes changed since the last update
const tracked = new WeakSet(); // pushing to a data layer (datalayer)

function emptyHeight(width, lang) {
  const table = EMPTY_HEIGHT[lang] ?? EMPTY_HEIGHT.en;
  const upper = table.findIndex(([w]) => w >= width);
  if (upper <= 0) return table.at(upper)[1] * 10;
  const [[w0, h0], [w1, h1]] = [table[upper - 1], table[upper]];
  return (h0 + ((h1 - h0) * (width - w0)) / (w1 - w0)) * 10;
}

/** How much wider text runs in `box` than where the table was measured (below 1: narrower). */
/** The font is the page's, not each widget's: measured once, from the first box that is laid out. */
let measuredScale = 0;
function fontScale(box) {
  if (measuredScale) return measuredScale;
  const probe = document.createElement("span");
  probe.textContent = SAMPLE[0];
  Object.assign(probe.style, { font: FONT, whiteSpace: "nowrap", position: "absolute", visibility: "hidden" });
  box.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  measuredScale = width / SAMPLE[1];
  return measuredScale || 1;
}

/**
 * The language the widget will speak: its attribute (the standalone page's: its address), else the
 * browser's first one it knows, else English.
 */
function langOf(el, prefix) {
  const known = (tag) => Object.hasOwn(TEXTS, tag?.slice(0, 2).toLowerCase()) && tag.slice(0, 2).toLowerCase();
  const own = el.hasAttribute(PAGE) ? /(?:^#|&)lang=([^&]*)/.exec(location.hash)?.[1] : el.getAttribute(`${prefix}lang`);
  return known(own) || navigator.languages.map(known).find(Boolean) || "en";
}

const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? "");

/** Widgets' texts (web/host-texts.json, held to the Rust tables by a test). */
export const textsFor = (lang) => TEXTS[lang] ?? TEXTS.en;

/**
 * `start(signal)` (which fetches and starts the wasm) run once, on first need, for every caller; after
 * a failure the next call tries again. `again()` abandons a load in flight and starts over.
 */
export function onDemand(start) {
  let current = null;
  let controller = null;
  const load = () => {
    if (current) return current;
    controller = new AbortController();
    const attempt = start(controller.signal).catch((error) => {
      if (current === attempt) current = null;
      throw error;
    });
    current = attempt;
    return attempt;
  };
  load.again = () => {
    controller?.abort();
    current = null;
    return load();
  };
  return load;
}

/**
 * The URL of the running loader script: `document.currentScript` for a classic script (the README's
 * snippet), else (loaded as a module, the older snippet) the last script on the page named `name`.
 */
export function ownScript(name) {
  const src = document.currentScript?.src;
  if (src) return src;
  const named = [...document.querySelectorAll("script[src]")].filter((s) => new URL(s.src).pathname.endsWith(`/${name}`));
  return named.at(-1)?.src ?? new URL(name, document.baseURI).href;
}

/** A failed load's reason, for the message: set by the loader (`missing`), else read from the page. */
export class LoadError extends Error {
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
}

export function embed(base, load) {
  let glue = null; // the wasm's exports, once loaded
  const origin = new URL(base).origin;
  // What the page's Content-Security-Policy refused of the widget: the directive to name.
  const refused = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    if (/^(wasm-)?eval$/.test(event.blockedURI)) refused.push("script-src 'wasm-unsafe-eval'");
    else if (event.blockedURI.startsWith(origin)) refused.push(`${event.effectiveDirective} ${origin}`);
  });

  /** Why the files did not come, once the page has reported any policy violation. */
  async function explain(error) {
    await new Promise((ok) => setTimeout(ok, 50));
    if (error instanceof LoadError) return error.reason;
    if (refused.length) return { kind: "policy", directive: refused[0] };
    if (self.origin === "null") return { kind: "sandbox" };
    return { kind: "failed" };
  }

  /** `el` no longer waits to come near (mounted, removed, or woken). */
  function unwait(el) {
    if (waiting.delete(el)) near.unobserve(el);
  }

  function start(el, prefix, focused) {
    unwait(el);
    if (widgets.has(el) || !el.isConnected) return;
    if (el.hasAttribute(PAGE)) {
      glue.mount_page(el, base);
      widgets.set(el, { update() {}, reset() {}, destroy() {} });
      return;
    }
    const box = boxOf(el);
    const widget = glue.mount(el, base, prefix);
    if (widget) {
      widgets.set(el, widget);
      hold(el.shadowRoot, box, focused);
    }
    track(el, prefix);
  }

  /**
   * A shadow root's stylesheets load after the widget is drawn (they do not block rendering there, even
   * cached): until they apply, the widget stays hidden behind its placeholder, so the page neither
   * flashes an unstyled widget nor jumps. Then focus goes in if the placeholder had it.
   */
  function hold(root, box, focused) {
    const app = root.lastElementChild;
    const links = [...root.querySelectorAll("link")].filter((link) => !link.sheet);
    let left = box ? links.length : 0;
    const reveal = () => {
      if (--left > 0 || app.parentNode !== root) return;
      box?.remove();
      app.hidden = false;
      if (focused) requestAnimationFrame(() => root.querySelector("button, input")?.focus());
    };
    if (!left) return reveal();
    app.hidden = true;
    root.prepend(box);
    for (const link of links) link.onload = link.onerror = reveal;
  }

  /**
   * `datalayer` (opt-in): the widget's steps pushed to the host's array (Google Tag Manager's
   * `dataLayer`, or the one named), nothing sent anywhere: ready, each step the widget reports
   * (`ctomatch:step`: the first answer, a share, the job ad copied, the call to action), each result.
   */
  function track(el, prefix) {
    const attribute = prefix + "datalayer";
    if (tracked.has(el) || !el.hasAttribute(attribute)) return;
    tracked.add(el);
    const push = (entry) => {
      const name = el.getAttribute(attribute)?.trim();
      if (name != null) (window[/^[\w$]+$/.test(name) ? name : "dataLayer"] ??= []).push?.(entry);
    };
    el.addEventListener("ctomatch:step", ({ detail }) => push({ event: "ctomatch_" + detail.step.replace("-", "_") }));
    el.addEventListener("ctomatch:result", ({ detail: d }) =>
      push({ event: "ctomatch_result", type: d.type, runnerUp: d.runnerUp, route: d.route, fit: d.candidate?.fit ?? null, lang: d.profile.lang }),
    );
    push({ event: "ctomatch_ready" });
  }

  /** `el` no longer waits for the files (mounted, failed, removed, or asking again). */
  function unload(el) {
    clearTimeout(loading.get(el)?.stalled);
    return loading.delete(el);
  }

  function stop(el) {
    const widget = widgets.get(el);
    widget?.destroy();
    // The Rust side now, not whenever the garbage collector finalizes the handle: it holds the element.
    widget?.free?.();
    widgets.delete(el);
    unload(el);
    dirty.delete(el);
    unwait(el);
  }

  /** The widget's attributes changed: one update per element, after the host's whole burst. */
  function changed(el) {
    if (!widgets.has(el)) return;
    if (dirty.size === 0) {
      queueMicrotask(() => {
        for (const host of dirty) widgets.get(host)?.update();
        dirty.clear();
      });
    }
    dirty.add(el);
  }

  /** Where a widget's placeholder and messages go: its shadow root, or the standalone page's element. */
  const boxOf = (el) => [...(el.shadowRoot ?? el).children].find((child) => child.classList.contains("cto-match-placeholder"));

  /** Writes `text` (and a button that tries again) in `el`'s placeholder, which grows to fit. */
  function say(el, prefix, text, role) {
    const box = boxOf(el);
    if (!box) return;
    const message = document.createElement("p");
    message.setAttribute("role", role);
    message.textContent = text;
    const retry = document.createElement("button");
    retry.type = "button";
    retry.textContent = textsFor(langOf(el, prefix)).retry;
    retry.addEventListener("click", () => {
      box.replaceChildren();
      if (role === "status") again();
      else wake(el, prefix);
    });
    box.replaceChildren(message, retry);
    if (role === "alert") box.style.height = "auto";
  }

  /** Abandons a stalled load and starts over for every widget waiting on it. */
  function again() {
    load.again();
    for (const [el, { prefix }] of [...loading]) wake(el, prefix);
  }

  /** Loads the wasm if need be, then mounts `el`, giving focus to the widget if its placeholder had it. */
  function wake(el, prefix) {
    unwait(el);
    unload(el);
    const texts = textsFor(langOf(el, prefix));
    const attempt = { prefix, stalled: setTimeout(() => say(el, prefix, texts.stalled, "status"), STALL_MS) };
    loading.set(el, attempt);
    const current = () => loading.get(el) === attempt;
    const focused = el.shadowRoot?.activeElement?.classList.contains("cto-match-placeholder");
    load().then(
      (module) => {
        if (!current()) return;
        unload(el);
        glue = module;
        start(el, prefix, focused);
      },
      async (error) => {
        // Abandoned for a new try (`again`): this widget waits on that one.
        if (!current()) return;
        clearTimeout(attempt.stalled);
        const reason = await explain(error);
        if (!current()) return;
        unload(el);
        console.error("cto-match: could not load", error);
        say(el, prefix, fill(texts[reason.kind] ?? texts.failed, reason), "alert");
      },
    );
  }

  const near = new IntersectionObserver(
    (entries) => entries.filter((e) => e.isIntersecting && waiting.has(e.target)).forEach((e) => wake(e.target, waiting.get(e.target))),
    { rootMargin: NEAR },
  );

  /**
   * A focusable box of about the widget's empty height, where the widget will be: in the shadow root it
   * will use, or in the standalone page's element.
   */
  function placeholder(el, prefix) {
    const container = el.hasAttribute(PAGE) ? el : (el.shadowRoot ?? el.attachShadow({ mode: "open" }));
    const box = document.createElement("div");
    box.className = "cto-match-placeholder";
    box.tabIndex = 0;
    const lang = langOf(el, prefix);
    box.setAttribute("aria-label", textsFor(lang).loading);
    box.lang = lang;
    // Through the CSSOM, which a strict style-src allows (style attributes in markup it would not).
    box.style.display = "block";
    container.replaceChildren(box);
    const height = emptyHeight(box.getBoundingClientRect().width, lang) * (1 - TEXT_PART + TEXT_PART * fontScale(box));
    box.style.height = `${Math.round(height)}px`;
    box.addEventListener("focus", () => waiting.has(el) && wake(el, prefix), { once: true });
  }

  /**
   * `el` entered the page: a placeholder until it mounts (an eager widget too: it holds the place while
   * the files come, and says so if they cannot), then mounted at once if eager, else when near.
   */
  function arrive(el, prefix) {
    if (widgets.has(el) || waiting.has(el) || loading.has(el) || !el.isConnected) return;
    placeholder(el, prefix);
    if (el.hasAttribute(PAGE) || el.getAttribute(`${prefix}loading`) === "eager") return wake(el, prefix);
    waiting.set(el, prefix);
    near.observe(el);
  }

  class CtoMatchElement extends HTMLElement {
    static observedAttributes = ATTRIBUTES;
    #result = null;

    constructor() {
      super();
      this.addEventListener("ctomatch:result", (event) => {
        this.#result = event.detail;
      });
    }

    /** The last result (the event's detail, frozen), or null. */
    get result() {
      return this.#result;
    }

    /** Back to the presets the attributes give. */
    reset() {
      widgets.get(this)?.reset();
    }

    connectedCallback() {
      // Properties a framework set before the element was defined go through the accessors now.
      for (const name of PROPERTIES) {
        if (Object.hasOwn(this, name)) {
          const value = this[name];
          delete this[name];
          this[name] = value;
        }
      }
      arrive(this, "");
    }

    disconnectedCallback() {
      stop(this);
    }

    attributeChangedCallback(name, before, after) {
      if (before === after) return;
      if (waiting.has(this) && name === "loading" && after === "eager") wake(this, "");
      changed(this);
    }
  }
  const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
  const PROPERTIES = ATTRIBUTES.filter((name) => name !== "lang").map(camel);
  for (const name of ATTRIBUTES.filter((name) => name !== "lang")) {
    const flag = name === "url-state";
    Object.defineProperty(CtoMatchElement.prototype, camel(name), {
      configurable: true,
      enumerable: true,
      get() {
        return flag ? this.hasAttribute(name) : this.getAttribute(name);
      },
      set(value) {
        if (value === null || value === undefined || value === false) this.removeAttribute(name);
        else this.setAttribute(name, flag ? "" : Array.isArray(value) ? value.join(",") : String(value));
      },
    });
  }
  if (!customElements.get("cto-match")) customElements.define("cto-match", CtoMatchElement);

  /** Each [data-cto-match] or [data-cto-match-page] in `node` (the node itself included). */
  const SELECTOR = `[data-cto-match], [${PAGE}]`;
  const hostsIn = (node) => (!(node instanceof Element) ? [] : [...(node.matches(SELECTOR) ? [node] : []), ...node.querySelectorAll(SELECTOR)]);

  for (const host of document.querySelectorAll(SELECTOR)) arrive(host, "data-");
  new MutationObserver((mutations) => {
    for (const { type, target, attributeName, removedNodes, addedNodes } of mutations) {
      if (type === "attributes") {
        if (waiting.has(target) && attributeName === "data-loading" && target.getAttribute(attributeName) === "eager") wake(target, "data-");
        changed(target);
        continue;
      }
      for (const node of removedNodes) hostsIn(node).forEach(stop);
      for (const node of addedNodes) hostsIn(node).forEach((host) => arrive(host, "data-"));
    }
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ATTRIBUTES.map((name) => `data-${name}`),
  });
}
