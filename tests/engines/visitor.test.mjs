// What a visitor does, in the three engines (drivers.mjs): a shared link, typing and clicking, the
// keyboard alone, the script embed in a shadow root, the <cto-match> custom element, the iframe embed,
// and the result event a host page hears. The full suite (tests/e2e) runs in Chromium; these are the
// paths where engines differ in what they do with the same page.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { DIST, EXAMPLES, serve } from "../e2e/harness.mjs";
import { ENGINES, HELPERS, start } from "./drivers.mjs";

// Classic WebDriver (WebKit) hears no console messages, so host pages made here record their own.
const RECORD = `window.problems = []; window.heard = [];
for (const level of ["error", "warn"]) {
  const original = console[level];
  console[level] = (...args) => { window.problems.push(level + ": " + args.join(" ")); original.apply(console, args); };
}
addEventListener("error", (e) => window.problems.push("error: " + e.message));
addEventListener("unhandledrejection", (e) => window.problems.push("rejection: " + e.reason));
document.addEventListener("ctomatch:result", (e) => window.heard.push({ from: e.target.id, type: e.detail.type, headcount: e.detail.profile.headcount }));`;

// The plain snippet in an article, with no CSS from the host: the loader, a classic script in the
// head, defines <cto-match> before the body is parsed, so the placeholder holds the widget's place from
// the first layout. first.js runs as the parser reaches the end of the body, before any wasm.
const ARTICLE = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>article</title>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <script src="/host/record.js"></script><script src="/dist/loader.js"></script></head>
    <body><h1>An article</h1><p>${"Some words before the widget. ".repeat(20)}</p>
    <cto-match id="el" lang="${lang}"></cto-match><p id="after">The text after the widget.</p>
    <script src="/host/first.js"></script></body></html>`;

const PAGES = {
  "/host/first.js": "window.firstTop = document.getElementById('after').getBoundingClientRect().top + scrollY;",
  "/host/article-en.html": ARTICLE("en"),
  "/host/article-fr.html": ARTICLE("fr"),
  "/host/record.js": RECORD,
  "/host/element.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>element</title>
    <script src="/host/record.js"></script><script type="module" src="/dist/loader.js"></script></head>
    <body><main id="app"><cto-match id="el" headcount="3" needs="first-version"></cto-match></main></body></html>`,
};

let server;
before(async () => {
  server = await serve({ "/examples/": EXAMPLES, "/dist/": DIST, "/": DIST }, { pages: PAGES });
});
after(() => server?.close());

for (const engine of ENGINES) {
  describe(engine, () => {
    let browser;
    before(async () => {
      browser = await start(engine);
    });
    after(() => browser?.close());

    const open = (path) => browser.open(`${server.origin}${path}`);
    const outcome = (tab, scope, type) =>
      tab.waitFor(`${scope ?? "the page"} to show ${type}`, `(s, t) => (${HELPERS}).outcome(s) === t`, scope, type);

    test("with the plain snippet and no CSS from the host, the text after a widget moves by at most a tenth of the viewport", async () => {
      for (const lang of ["en", "fr"]) {
        const tab = await open(`/host/article-${lang}.html`);
        await tab.waitFor("the widget", () => !!document.querySelector("#el").shadowRoot?.querySelector(".profile-form"));
        await tab.waitFor("its stylesheets", () => [...document.querySelector("#el").shadowRoot.querySelectorAll("link")].every((l) => l.sheet));
        await tab.eval(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
        const { first, now, viewport, width } = await tab.eval(() => ({
          first: window.firstTop,
          now: document.getElementById("after").getBoundingClientRect().top + scrollY,
          viewport: innerHeight,
          width: innerWidth,
        }));
        const moved = Math.abs(now - first);
        console.log(`${engine}, ${lang}, ${width}×${viewport}: the text after the widget moved ${Math.round(moved)} px when it mounted`);
        assert.ok(typeof first === "number" && first > 0, "measured before the widget mounted");
        assert.ok(moved <= viewport * 0.1, `${lang}: moved ${Math.round(moved)} px (viewport ${viewport} px)`);
        assert.deepEqual(tab.problems, []);
        await tab.close();
      }
    });

    test("a shared link shows its result, the form filled in, in either language", async () => {
      const tab = await open("/#headcount=45&tech=6&stage=scaling&needs=hire-team,scalability");
      await outcome(tab, null, "stabilizer");
      assert.equal(await tab.call("text", null, ".result-panel__name"), "The stabilizer");
      assert.equal(await tab.call("value", null, "People in the company"), "45");
      assert.equal(await tab.call("value", null, "People in the tech team (optional)"), "6");
      assert.equal(await tab.call("checked", null, "Scaling"), true);
      assert.equal(await tab.call("checked", null, "Recruit a tech team"), true);
      assert.match(await tab.call("text", null, ".reasons"), /45 people: 10 to 50, the typology's stabilizer/);
      assert.deepEqual(tab.problems, []);

      await tab.goto(`${server.origin}/#headcount=120&needs=investors&lang=fr`);
      await outcome(tab, null, "industrializer");
      assert.equal(await tab.call("text", null, ".result-panel__name"), "L’industrialisateur");
      assert.equal(await tab.eval(() => document.querySelector(".cto-match").lang), "fr");
      await tab.close();
    });

    test("typing and clicking change the result and keep the link up to date", async () => {
      const tab = await open("/");
      await tab.waitFor("the empty form", `() => !!(${HELPERS}).control(null, "People in the company")`);
      await tab.fill(null, "People in the company", "45");
      await outcome(tab, null, "stabilizer");
      for (const need of ["Investors and board", "Company-wide processes", "Lead change"]) await tab.check(null, need);
      await outcome(tab, null, "industrializer");
      assert.equal(await tab.call("checked", null, "Lead change"), true);
      await tab.waitFor("the link to follow", () => location.hash === "#headcount=45&needs=processes,investors,change");
      assert.deepEqual(tab.problems, []);
      await tab.close();
    });

    // Each engine draws <meter> with its own pseudo-elements (WebKit and Blink ::-webkit-meter-*,
    // Gecko ::-moz-meter-bar); the stylesheet colours each, and this reads the pixels drawn.
    test("the leading score bar is drawn in the type's colour", async () => {
      const tab = await open("/#headcount=300&stage=scaling");
      await outcome(tab, null, "industrializer");
      const meter = () => document.querySelector(".score-bars__item--leading .score-bars__meter");
      const shot = await tab.screenshot(meter);
      const [drawn, expected] = await tab.eval(
        async ({ png, rect }) => {
          const image = new Image();
          image.src = `data:image/png;base64,${png}`;
          await image.decode();
          const canvas = document.createElement("canvas");
          canvas.width = image.width;
          canvas.height = image.height;
          const context = canvas.getContext("2d");
          context.drawImage(image, 0, 0);
          // Past the rounded end, halfway down the bar.
          const [x, y] = [Math.round(rect.x + rect.height * 2), Math.round(rect.y + rect.height / 2)];
          const pixel = [...context.getImageData(x, y, 1, 1).data].slice(0, 3);
          const probe = document.createElement("span");
          probe.style.color = "var(--type-color)";
          document.querySelector(".score-bars__item--leading").append(probe);
          const colour = getComputedStyle(probe).color.match(/\d+/g).slice(0, 3).map(Number);
          probe.remove();
          return [pixel, colour];
        },
        shot,
      );
      const distance = Math.max(...drawn.map((c, i) => Math.abs(c - expected[i])));
      assert.ok(distance <= 12, `${engine} drew rgb(${drawn}) for the type's rgb(${expected})`);
      await tab.close();
    });

    test("the keyboard alone", async () => {
      const tab = await open("/");
      await tab.waitFor("the empty form", `() => !!(${HELPERS}).control(null, "People in the company")`);
      const focused = () => tab.call("focused");
      // Tab past the language buttons to the headcount field.
      for (let i = 0; i < 12 && !(await focused())?.endsWith("-headcount"); i++) await tab.press("Tab");
      assert.match(await focused(), /-headcount$/);
      await tab.press("9");
      await outcome(tab, null, "hacker");
      await tab.press("Tab", "6", "Tab", "ArrowDown", "ArrowDown", "ArrowDown");
      assert.equal(await tab.call("checked", null, "Launched"), true, "arrows move through the stages");
      await tab.press("Tab");
      assert.match(await focused(), /-org-unsure$/);
      await tab.press("Tab");
      assert.match(await focused(), /-software-unsure$/);
      await tab.press("Tab");
      assert.match(await focused(), /-cto-unsure$/);
      // Past the first four needs to "Recruit a tech team", the first of the second group.
      await tab.press("Tab", "Tab", "Tab", "Tab", "Tab", " ");
      assert.equal(await tab.call("checked", null, "Recruit a tech team"), true);
      await outcome(tab, null, "stabilizer");
      // The outcome was the stabilizer before the tick too: wait for the link rather than read it at once.
      await tab.waitFor("the link to follow", () => location.hash === "#headcount=9&tech=6&stage=launched&needs=hire-team");
      await tab.close();
    });

    test("the script embed renders in each host's shadow root and the host hears each result", async () => {
      const tab = await open("/examples/blog.html");
      await outcome(tab, "#small-startup", "hacker");
      assert.equal(await tab.eval(() => document.querySelector("#small-startup .cto-match")), null, "nothing in the host's own DOM");
      assert.equal(await tab.call("checked", "#small-startup", "Product and UX design"), true);
      // The second widget is lazy and further down: a reader scrolls to it.
      await tab.call("reveal", "#growing-company");
      await tab.waitFor("the French widget", `() => (${HELPERS}).find("#growing-company", ".cto-match")?.lang === "fr"`);
      await tab.fill("#growing-company", "Effectif de la structure", "300");
      await outcome(tab, "#growing-company", "industrializer");
      assert.equal(await tab.call("outcome", "#small-startup"), "hacker", "the other widget is left alone");
      await tab.waitFor("the host to hear the result", () => /growing-company: industrializer/.test(document.querySelector("#last-result").textContent));
      assert.equal(await tab.eval(() => location.hash), "", "the host's URL is left alone");
      await tab.close();
    });

    test("the custom element follows its attributes, el.result, and mounts again when put back", async () => {
      const tab = await open("/host/element.html");
      await outcome(tab, "#el", "hacker");
      await tab.waitFor("el.result", () => document.querySelector("#el").result?.type === "hacker");
      await tab.eval(() => document.querySelector("#el").setAttribute("headcount", "300"));
      await outcome(tab, "#el", "industrializer");
      await tab.waitFor("el.result to follow", () => document.querySelector("#el").result?.profile.headcount === 300);
      await tab.eval(() => {
        const el = document.querySelector("#el");
        el.remove();
        el.setAttribute("headcount", "30");
        document.querySelector("#app").append(el);
      });
      await outcome(tab, "#el", "stabilizer");
      const heard = await tab.eval(() => window.heard);
      assert.deepEqual(heard.map((h) => [h.from, h.type]).filter(([, type]) => type), [
        ["el", "hacker"],
        ["el", "industrializer"],
        ["el", "stabilizer"],
      ]);
      assert.deepEqual(await tab.eval(() => window.problems), []);
      await tab.close();
    });

    test("the iframe embed fits its height and relays its results to the host", async () => {
      const tab = await open("/examples/iframe.html");
      await outcome(tab, "frame #framed", "stabilizer");
      await tab.waitFor("the frame to fit its content", () => {
        const frame = document.querySelector("#framed");
        const content = frame.contentDocument.documentElement.scrollHeight;
        return frame.getBoundingClientRect().height >= 400 && Math.abs(frame.getBoundingClientRect().height - content) < 40;
      });
      await tab.waitFor("the first result relayed", () => /framed: stabilizer/.test(document.querySelector("#last-result").textContent));
      await tab.eval(() => {
        document.querySelector("#framed").contentWindow.location.hash = "headcount=300&lang=en";
      });
      await outcome(tab, "frame #framed", "industrializer");
      await tab.waitFor("the new result relayed", () => /framed: industrializer/.test(document.querySelector("#last-result").textContent));
      await tab.close();
    });
  });
}
