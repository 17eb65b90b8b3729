// Embedded widgets' lifecycle (<cto-match>, [data-cto-match]): mount on entering the page, destroy on
// leaving it, mount again on a changed attribute; only the added and removed nodes are looked at.
// Lazy by default: until a widget comes near the viewport or gets focus, it is a placeholder of about
// its empty height, and the wasm, its glue and the stylesheets are not fetched. See the README's
// "The <cto-match> custom element, and the lifecycle of every embed" and "Loading".

const FIELDS = ["headcount", "tech", "stage", "software", "needs", "lang", "mode", "led", "did", "theme", "url-state", "remember", "loading"];
// How far from the viewport a lazy widget starts loading: a screen or so ahead of a reader's scroll.
const NEAR = "1200px 0px";
// The empty English widget's height (px) by its width, measured in Chromium every 20 px from 260 to
// 1400 and kept where the line bends (within 5 % between points): the form is long, and its layout
// changes with widget.css's container queries. French runs about 10 % longer.
const EMPTY_HEIGHT = [[260, 4216], [500, 2799], [520, 2492], [760, 2023], [780, 2218], [920, 2065], [940, 2784], [1020, 2558], [1040, 2227], [1400, 1897]];
const FRENCH = 1.1;
const LOADING = { en: "cto-match: loading", fr: "cto-match : chargement" };
const FAILED = {
  en: "This widget could not load. Check your connection, then reload the page.",
  fr: "Ce widget n’a pas pu se charger. Vérifiez votre connexion, puis rechargez la page.",
};

const widgets = new WeakMap(); // mounted: element → the wasm's Widget
const waiting = new Map(); // lazy, not yet mounted: element → its attribute prefix

function emptyHeight(width, lang) {
  const upper = EMPTY_HEIGHT.findIndex(([w]) => w >= width);
  let height = EMPTY_HEIGHT.at(upper < 0 ? -1 : 0)[1];
  if (upper > 0) {
    const [[w0, h0], [w1, h1]] = [EMPTY_HEIGHT[upper - 1], EMPTY_HEIGHT[upper]];
    height = h0 + ((h1 - h0) * (width - w0)) / (w1 - w0);
  }
  return Math.round(lang === "fr" ? height * FRENCH : height);
}

/** The widget's language as it will pick it: its attribute, else the browser's first known language. */
const langOf = (el, prefix) =>
  (el.getAttribute(`${prefix}lang`) ?? navigator.languages.find((l) => /^(en|fr)\b/i.test(l)) ?? "en").slice(0, 2).toLowerCase();

/**
 * `start` (which fetches and starts the wasm) run once, on first need, for every caller; after a
 * failure the next call tries again. Both loaders build their `load` with it.
 */
export function onDemand(start) {
  let loading = null;
  return () =>
    (loading ??= start().catch((error) => {
      loading = null;
      throw error;
    }));
}

export function embed(base, load) {
  let mount = null; // the wasm's mount(), once loaded

  /** `el` no longer waits to come near (mounted, removed, or woken). */
  function unwait(el) {
    if (waiting.delete(el)) near.unobserve(el);
  }

  function start(el, prefix) {
    unwait(el);
    if (widgets.has(el) || !el.isConnected) return;
    const widget = mount(el, base, prefix);
    if (widget) widgets.set(el, widget);
  }

  function stop(el) {
    widgets.get(el)?.destroy();
    widgets.delete(el);
    unwait(el);
  }

  /** Loads the wasm if need be, then mounts `el`, giving focus to the widget if its placeholder had it. */
  function wake(el, prefix) {
    unwait(el);
    const focused = el.shadowRoot?.activeElement?.classList.contains("cto-match-placeholder");
    load().then(
      (module) => {
        mount = module.mount;
        start(el, prefix);
        if (focused) requestAnimationFrame(() => el.shadowRoot?.querySelector("button, input")?.focus());
      },
      (error) => {
        // The files did not come (offline, blocked): say so where the widget would be. The next
        // widget to come near, or this one put back, tries again.
        console.error("cto-match: could not load", error);
        const box = el.shadowRoot?.querySelector(".cto-match-placeholder");
        if (!box) return;
        box.textContent = FAILED[langOf(el, prefix)] ?? FAILED.en;
        box.setAttribute("role", "alert");
        box.style.height = "auto";
      },
    );
  }

  const near = new IntersectionObserver(
    (entries) => entries.filter((e) => e.isIntersecting && waiting.has(e.target)).forEach((e) => wake(e.target, waiting.get(e.target))),
    { rootMargin: NEAR },
  );

  /** A focusable box of about the widget's empty height, in the shadow root the widget will use. */
  function placeholder(el, prefix) {
    const shadow = el.shadowRoot ?? el.attachShadow({ mode: "open" });
    shadow.replaceChildren();
    const box = document.createElement("div");
    box.className = "cto-match-placeholder";
    box.tabIndex = 0;
    const lang = langOf(el, prefix);
    box.setAttribute("aria-label", LOADING[lang] ?? LOADING.en);
    // Through the CSSOM, which a strict style-src allows (style attributes in markup it would not).
    box.style.display = "block";
    shadow.append(box);
    box.style.height = `${emptyHeight(box.getBoundingClientRect().width, lang)}px`;
    box.addEventListener("focus", () => wake(el, prefix), { once: true });
  }

  /**
   * `el` entered the page: a placeholder until it mounts (an eager widget too: it holds the place while
   * the files come, and says so if they cannot), then mounted at once if eager, else when near.
   */
  function arrive(el, prefix) {
    if (widgets.has(el) || waiting.has(el) || !el.isConnected) return;
    placeholder(el, prefix);
    if (el.getAttribute(`${prefix}loading`) === "eager") return wake(el, prefix);
    waiting.set(el, prefix);
    near.observe(el);
  }

  class CtoMatchElement extends HTMLElement {
    static observedAttributes = FIELDS;

    constructor() {
      super();
      this._result = null;
      this.addEventListener("ctomatch:result", (event) => {
        this._result = event.detail;
      });
    }

    get result() {
      return this._result;
    }

    connectedCallback() {
      arrive(this, "");
    }

    disconnectedCallback() {
      stop(this);
    }

    attributeChangedCallback(name, before, after) {
      if (before === after) return;
      if (waiting.has(this)) {
        if (name === "loading" && after === "eager") wake(this, "");
        return;
      }
      if (!widgets.has(this)) return;
      stop(this);
      start(this, "");
    }
  }
  if (!customElements.get("cto-match")) customElements.define("cto-match", CtoMatchElement);

  /** Each [data-cto-match] in `node` (the node itself included). */
  const hostsIn = (node) =>
    !(node instanceof Element) ? [] : [...(node.matches("[data-cto-match]") ? [node] : []), ...node.querySelectorAll("[data-cto-match]")];

  for (const host of document.querySelectorAll("[data-cto-match]")) arrive(host, "data-");
  new MutationObserver((mutations) => {
    for (const { type, target, attributeName, removedNodes, addedNodes } of mutations) {
      if (type === "attributes") {
        if (widgets.has(target)) {
          stop(target);
          start(target, "data-");
        } else if (waiting.has(target) && attributeName === "data-loading" && target.getAttribute(attributeName) === "eager") {
          wake(target, "data-");
        }
        continue;
      }
      for (const node of removedNodes) hostsIn(node).forEach(stop);
      for (const node of addedNodes) hostsIn(node).forEach((host) => arrive(host, "data-"));
    }
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: FIELDS.map((f) => `data-${f}`),
  });
}
