// Runs inside frame.html (a deferred classic script, so it runs in a sandboxed frame too): tells the
// parent page the widget's height and relays each result, so the host can fit the iframe to its
// content (frame-host.js, or the README's snippet, applies it).
const post = (message) => {
  if (window.parent !== window) window.parent.postMessage(message, "*");
};

let last = -1;
new ResizeObserver(() => {
  // The body's own height, not the viewport's: measuring the viewport would grow the frame forever.
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height !== last) {
    last = height;
    post({ type: "ctomatch:height", height });
  }
}).observe(document.body);

document.addEventListener("ctomatch:result", (event) => post({ type: "ctomatch:result", detail: event.detail }));
