// Embedded widgets' lifecycle (<cto-match>, [data-cto-match]): mount on entering the page, destroy on
// leaving it, mount again on a changed attribute; only the added and removed nodes are looked at.
// See the README's "The <cto-match> custom element, and the lifecycle of every embed".
import { mount } from "./cto-match.js";

const FIELDS = ["headcount", "tech", "stage", "software", "needs", "lang", "mode", "led", "did", "theme", "url-state", "remember"];
const widgets = new WeakMap();

function start(el, prefix, base) {
  if (widgets.has(el) || !el.isConnected) return;
  const widget = mount(el, base, prefix);
  if (widget) widgets.set(el, widget);
}

function stop(el) {
  widgets.get(el)?.destroy();
  widgets.delete(el);
}

/** Each [data-cto-match] in `node` (the node itself included). */
function hostsIn(node) {
  if (!(node instanceof Element)) return [];
  const inside = [...node.querySelectorAll("[data-cto-match]")];
  return node.matches("[data-cto-match]") ? [node, ...inside] : inside;
}

export function embed(base) {
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
      start(this, "", base);
    }

    disconnectedCallback() {
      stop(this);
    }

    attributeChangedCallback(name, before, after) {
      if (before === after || !widgets.has(this)) return;
      stop(this);
      start(this, "", base);
    }
  }
  if (!customElements.get("cto-match")) customElements.define("cto-match", CtoMatchElement);

  for (const host of document.querySelectorAll("[data-cto-match]")) start(host, "data-", base);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === "attributes") {
        if (widgets.has(mutation.target)) {
          stop(mutation.target);
          start(mutation.target, "data-", base);
        }
        continue;
      }
      for (const node of mutation.removedNodes) hostsIn(node).forEach(stop);
      for (const node of mutation.addedNodes) hostsIn(node).forEach((host) => start(host, "data-", base));
    }
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: FIELDS.map((f) => `data-${f}`),
  });
}
