// A Vue 3 app with the widget (render functions, so no template compiler is needed): a prop drives an
// attribute, and `onCtomatchResult` listens to the colon-free `ctomatch-result` event. Built with Vite by
// tests/e2e/package.test.mjs.
import { createApp, h, ref } from "vue";
import { define } from "cto-match/define";

// Vite bundles this script: the package's files are served from their own folder.
define({ base: "/cto-match/" });

createApp({
  setup() {
    const headcount = ref(12);
    const type = ref(null);
    return () =>
      h("section", [
        h("button", { id: "grow", type: "button", onClick: () => (headcount.value += 100) }, "We grew"),
        h("cto-match", { headcount: headcount.value, onCtomatchResult: (event) => (type.value = event.detail.type) }),
        h("p", { id: "summary" }, type.value ? `Best fit: ${type.value}` : "…"),
      ]);
  },
}).mount("#app");
