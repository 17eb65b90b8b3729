// For host pages: fits every <iframe data-cto-match-frame> to the widget inside it, and re-dispatches
// the widget's results as `ctomatch:result` events on the iframe element (bubbling), just as the
// script embed does. Include with <script type="module" src=".../frame-host.js"></script>.
window.addEventListener("message", (event) => {
  const frame = [...document.querySelectorAll("iframe[data-cto-match-frame]")].find(
    (f) => f.contentWindow === event.source,
  );
  const data = event.data;
  if (!frame || typeof data !== "object" || data === null) return;
  if (data.type === "ctomatch:height" && Number.isFinite(data.height) && data.height >= 0) {
    frame.style.height = `${Math.min(data.height, 20000)}px`;
  } else if (data.type === "ctomatch:result") {
    frame.dispatchEvent(new CustomEvent("ctomatch:result", { detail: data.detail, bubbles: true, composed: true }));
  }
});
