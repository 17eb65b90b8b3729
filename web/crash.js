// When the widget's wasm traps (release builds abort on panic), each widget on the page shows a short
// message in its own language instead of dead controls. The host page's own errors are left alone.
import { textsFor } from "./embed.js";

const ours = (error) => error instanceof WebAssembly.RuntimeError && String(error.stack).includes("cto-match");

function showCrash() {
  const hosts = document.querySelectorAll("[data-cto-match-page], [data-cto-match], cto-match");
  const roots = [...hosts].flatMap((host) => [...(host.shadowRoot ?? host).querySelectorAll(".cto-match:not(.cto-match--crashed)")]);
  for (const root of roots) {
    const box = document.createElement("div");
    box.className = "cto-match cto-match--crashed";
    box.lang = root.lang;
    const message = document.createElement("p");
    message.setAttribute("role", "alert");
    message.textContent = textsFor(root.lang).crashed;
    box.append(message);
    root.replaceWith(box);
  }
}

/** Listens for the widget's traps, wherever they surface: an event handler, or a promise. */
export function watchForCrash() {
  const onError = (error) => {
    if (!ours(error)) return;
    console.error("cto-match crashed:", error);
    showCrash();
  };
  addEventListener("error", (event) => onError(event.error));
  addEventListener("unhandledrejection", (event) => onError(event.reason));
}
