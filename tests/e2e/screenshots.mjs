// Takes the README's screenshots of the real release build (run `bash .ci/test` or `trunk build
// --release --offline` first): node tests/e2e/screenshots.mjs
import { join } from "node:path";
import { launch, openPage, ROOT, serve } from "./harness.mjs";

const SCALING = "headcount=45&tech=6&stage=scaling&software=product&needs=hire-team,scalability,investors";
const SHOTS = [
  { file: "screenshot.png", width: 1280, height: 1000, fragment: SCALING },
  { file: "screenshot-fr-320.png", width: 320, height: 900, fragment: "headcount=8&stage=mvp&needs=first-version,product&lang=fr" },
  // A phone while answering: the compact result stays in view at the bottom of the screen.
  { file: "screenshot-390.png", width: 390, height: 844, fragment: "headcount=45&tech=6&stage=scaling&needs=hire-team" },
  { file: "route.png", width: 1280, height: 1000, fragment: "headcount=60&tech=12&stage=scaling&needs=hire-team", element: ".route" },
  { file: "job-ad.png", width: 1280, height: 1000, fragment: `${SCALING}&lang=fr`, element: ".job-draft", open: ".job-draft .deeper__summary" },
  // The compact layout an embed gets (frame.html uses it), in an article's 740 px column.
  { file: "compact.png", width: 740, height: 1650, path: "/frame.html", fragment: "headcount=45&tech=6&stage=scaling&needs=hire-team,scalability", full: true },
  // The site owner's configurator.
  { file: "configure.png", width: 1280, height: 1400, path: "/configure.html", ready: "textarea" },
];

const server = await serve();
const browser = await launch();
try {
  for (const shot of SHOTS) {
    const { page, context } = await openPage(browser, { viewport: { width: shot.width, height: shot.height } });
    await page.goto(`${server.origin}${shot.path ?? "/"}${shot.fragment ? `#${shot.fragment}` : ""}`);
    await page.locator(shot.ready ?? ".result-panel[data-cto-type]").first().waitFor();
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    if (shot.open) await page.locator(shot.open).click();
    const target = shot.element ? page.locator(shot.element) : page;
    await target.screenshot({ path: join(ROOT, "docs", shot.file) });
    console.log(`docs/${shot.file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
