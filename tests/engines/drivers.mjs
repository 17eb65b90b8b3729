// The three browser engines a visitor uses, behind one small interface, so the same visitor-facing
// tests run in each:
// - Chromium (Debian's chromium), over the DevTools protocol, with puppeteer-core;
// - Firefox (Debian's firefox-esr), over WebDriver BiDi, with puppeteer-core;
// - WebKit (WebKitGTK's MiniBrowser), over classic WebDriver (Debian's webkit2gtk-driver), with
//   selenium-webdriver. MiniBrowser has no headless mode: the suite runs under `xvfb-run`.
// None of them is downloaded: Playwright's patched engines cannot be, and these are the packaged ones.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import puppeteer from "puppeteer-core";
import { Builder, Key } from "selenium-webdriver";
import { CHROMIUM_ARGS } from "../e2e/harness.mjs";

export const ENGINES = (process.env.CTO_MATCH_ENGINES ?? "chromium,firefox,webkit").split(",");

const TIMEOUT = 15_000;

/**
 * Functions the tests run in the page. A `scope` names where a widget lives: null for the page itself,
 * a selector for a host element (its shadow root), or "frame <selector>" for an iframe's document.
 */
export const HELPERS = `({
  root(scope) {
    if (!scope) return document;
    if (scope.startsWith("frame ")) return document.querySelector(scope.slice(6))?.contentDocument ?? null;
    return document.querySelector(scope)?.shadowRoot ?? null;
  },
  find(scope, selector) {
    return this.root(scope)?.querySelector(selector) ?? null;
  },
  text(scope, selector) {
    return this.find(scope, selector)?.textContent ?? null;
  },
  outcome(scope) {
    return this.find(scope, ".result-panel")?.getAttribute("data-cto-type") ?? null;
  },
  control(scope, label) {
    const labels = [...(this.root(scope)?.querySelectorAll("label") ?? [])];
    return labels.find((l) => l.textContent.trim() === label)?.control ?? null;
  },
  value(scope, label) {
    return this.control(scope, label)?.value ?? null;
  },
  checked(scope, label) {
    return this.control(scope, label)?.checked ?? null;
  },
  reveal(selector) {
    document.querySelector(selector).scrollIntoView();
    return true;
  },
  focused() {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.id || active?.tagName || null;
  },
})`;

/**
 * A tab, the same in every engine. Functions passed to `eval`, `waitFor`, `click` and `type` run in
 * the page, with JSON arguments; the last three take a function that returns the element to act on
 * (which may sit in a shadow root or an iframe's document).
 */
class Tab {
  /** Runs `fn` (a function, or a function's source) in the page with JSON `args`; resolves with its JSON result. */
  eval(fn, ...args) {
    return this.run(`(${fn})(...${JSON.stringify(args)})`);
  }

  /** Runs one of the page helpers below (HELPERS). */
  call(helper, ...args) {
    return this.eval(`(...a) => (${HELPERS}).${helper}(...a)`, ...args);
  }

  /** A real click on the element `fn` returns (puppeteer's handles and selenium's elements both click). */
  async click(fn, ...args) {
    await (await this.element(fn, args)).click();
  }

  /** Clicks the control that `label` names, in `scope`. */
  check(scope, label) {
    return this.click(`(s, l) => (${HELPERS}).control(s, l)`, scope, label);
  }

  /** Types `text` into the field that `label` names, in `scope`, key by key. */
  fill(scope, label, text) {
    return this.type(`(s, l) => (${HELPERS}).control(s, l)`, text, scope, label);
  }

  /**
   * A PNG (base64) of the viewport, with the rectangle, in the image's pixels, of the element `fn`
   * returns, scrolled into view first. (An element's own screenshot comes out black in WebKitGTK.)
   */
  async screenshot(fn, ...args) {
    // Measured once the scroll has been painted, and again after the shot: a layout still settling
    // (WebKitGTK, now and then) would crop the wrong place, so the shot is taken again until it holds.
    const measure = () =>
      this.eval(
        `async (...a) => {
          const element = (${fn})(...a);
          element.scrollIntoView({ block: "center" });
          await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
          const { x, y, width, height } = element.getBoundingClientRect();
          return { x: x * devicePixelRatio, y: y * devicePixelRatio, width: width * devicePixelRatio, height: height * devicePixelRatio };
        }`,
        ...args,
      );
    for (let tries = 0; ; tries++) {
      const rect = await measure();
      const png = await this.viewport();
      if (JSON.stringify(await measure()) === JSON.stringify(rect) || tries === 5) return { png, rect };
    }
  }

  /** Resolves with `fn`'s first truthy value, polling; fails naming `what` after the timeout. */
  async waitFor(what, fn, ...args) {
    const end = Date.now() + TIMEOUT;
    for (;;) {
      const value = await this.eval(fn, ...args).catch(() => undefined);
      if (value) return value;
      if (Date.now() > end) throw new Error(`${this.engine}: timed out waiting for ${what}`);
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
}

class PuppeteerTab extends Tab {
  constructor(engine, context, page) {
    super();
    Object.assign(this, { engine, context, page, problems: [] });
    page.on("console", (msg) => {
      if (msg.type() === "error" || msg.type() === "warn") this.problems.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on("pageerror", (err) => this.problems.push(`pageerror: ${err.message}`));
  }
  goto(url) {
    return this.page.goto(url);
  }
  run(expression) {
    return this.page.evaluate(expression);
  }
  async element(fn, args) {
    const handle = await this.page.evaluateHandle(`(${fn})(...${JSON.stringify(args)})`);
    const element = handle.asElement();
    if (!element) throw new Error(`${this.engine}: no element from ${fn}`);
    return element;
  }
  async type(fn, text, ...args) {
    await (await this.element(fn, args)).type(text);
  }
  async press(...keys) {
    for (const key of keys) await this.page.keyboard.press(key);
  }
  viewport() {
    return this.page.screenshot({ encoding: "base64" });
  }
  close() {
    return this.context.close();
  }
}

const SELENIUM_KEYS = { Tab: Key.TAB, ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP, Enter: Key.ENTER };

class SeleniumTab extends Tab {
  constructor(engine, driver) {
    super();
    // Classic WebDriver reports no console messages: the host pages' own recorder (record.js) does.
    Object.assign(this, { engine, driver, problems: [] });
  }
  goto(url) {
    return this.driver.get(url);
  }
  run(expression) {
    return this.driver.executeScript(`return ${expression}`);
  }
  async element(fn, args) {
    const element = await this.eval(fn, ...args);
    if (!element) throw new Error(`${this.engine}: no element from ${fn}`);
    return element;
  }
  async type(fn, text, ...args) {
    await (await this.element(fn, args)).sendKeys(text);
  }
  async press(...keys) {
    await this.driver.actions().sendKeys(...keys.map((key) => SELENIUM_KEYS[key] ?? key)).perform();
  }
  viewport() {
    return this.driver.takeScreenshot();
  }
  // One window per engine: a new tab starts from a blank page.
  close() {
    return this.driver.get("about:blank");
  }
}

const freePort = () =>
  new Promise((ok, fail) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
    server.on("error", fail);
  });

/** Starts `engine`; returns `{ open(url) → Tab, close() }`. */
export async function start(engine) {
  if (engine === "chromium" || engine === "firefox") {
    const browser = await puppeteer.launch(
      engine === "chromium"
        ? { browser: "chrome", executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS }
        : {
            browser: "firefox",
            executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
            headless: true,
            // No update checks, telemetry or captive-portal probes: nothing leaves 127.0.0.1.
            extraPrefsFirefox: { "network.captive-portal-service.enabled": false, "network.connectivity-service.enabled": false },
          },
    );
    return {
      async open(url) {
        const context = await browser.createBrowserContext();
        const tab = new PuppeteerTab(engine, context, await context.newPage());
        await tab.goto(url);
        return tab;
      },
      close: () => browser.close(),
    };
  }
  if (engine === "webkit") {
    const port = await freePort();
    const driverProcess = spawn(process.env.WEBKIT_DRIVER ?? "WebKitWebDriver", [`--port=${port}`], { stdio: "ignore" });
    for (let tries = 0; !(await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false)); tries++) {
      if (tries > 100) throw new Error("WebKitWebDriver did not start");
      await new Promise((ok) => setTimeout(ok, 50));
    }
    const driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: "MiniBrowser",
        "webkitgtk:browserOptions": {
          binary: process.env.WEBKIT_BROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
          args: ["--automation"],
        },
      })
      .build();
    return {
      async open(url) {
        const tab = new SeleniumTab(engine, driver);
        await tab.goto(url);
        return tab;
      },
      async close() {
        await driver.quit().catch(() => {});
        driverProcess.kill();
      },
    };
  }
  throw new Error(`unknown engine ${engine}: chromium, firefox or webkit`);
}
