// For host pages: fits every <iframe data-cto-match-frame> to the widget inside it, and re-dispatches
// the widget's results as `ctomatch:result` events on the iframe element (bubbling, the detail frozen),
// just as the script embed does. Include with <script type="module" src=".../frame-host.js"></script>.
const freeze = (value) => {
  if (value && typeof value === "object") Object.values(value).forEach(freeze);
  return Object.freeze(value);
};

window.addEventListener("message", (event) => {
  const frame = [...document.querySelectorAll("iframe[data-cto-match-frame]")].find((f) => f.contentWindow === event.source);
  const data = event.data;
  if (!frame || typeof data !== "object" || data === null) return;
  // A frame with nothing in it yet (height 0) keeps its size: the widget's place is never taken away.
  if (data.type === "ctomatch:height" && Number.isFinite(data.height) && data.height > 0) {
    frame.style.height = `${Math.min(data.height, 20000)}px`;
  } else if (data.type === "ctomatch:result") {
    const detail = freeze(data.detail);
    // And under its colon-free alias, as the widget itself sends it.
    for (const name of ["ctomatch:result", "ctomatch-result"]) frame.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
});
