// When cto-match's WebAssembly traps (a bug: release builds abort on the first panic, so the instance
// is lost), every widget on the page is replaced by a short message in its own language, instead of
// controls that no longer answer. Only the widget's own traps count: other errors of the host page are
// none of its business.
const MESSAGES = {
  en: "This widget stopped working. Reload the page to try again.",
  fr: "Ce widget a rencontré un problème. Rechargez la page pour réessayer.",
};

const ours = (error) => error instanceof WebAssembly.RuntimeError && String(error.stack).includes("cto-match");

function showCrash() {
  const hosts = document.querySelectorAll("#cto-match, [data-cto-match]");
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
