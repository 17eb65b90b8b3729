// When the widget's wasm traps (release builds abort on panic), each widget on the page shows a short
// message in its own language instead of dead controls. The host page's own errors are left alone.
const MESSAGES = {
  en: "This widget stopped working. Reload the page to try again.",
  fr: "Ce widget a rencontré un problème. Rechargez la page pour réessayer.",
};

const ours = (error) => error instanceof WebAssembly.RuntimeError && String(error.stack).includes("cto-match");

function showCrash() {
  const hosts = document.querySelectorAll("#cto-match, [data-cto-match], cto-match");
  const roots = [...hosts].flatMap((host) => [...(host.shadowRoot ?? host).querySelectorAll(".cto-match:not(.cto-match--crashed)")]);
  for (const root of roots) {
    const lang = Object.hasOwn(MESSAGES, root.lang) ? root.lang : "en";
    const box = document.createElement("div");
    box.className = "cto-match cto-match--crashed";
    box.lang = lang;
    const message = document.createElement("p");
    message.setAttribute("role", "alert");
    message.textContent = MESSAGES[lang];
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
