// Takes the README's screenshots of the real release build (run `bash .ci/test` or `trunk build
// --release --offline` first): node tests/e2e/screenshots.mjs
import { join } from "node:path";
import { launch, openPage, ROOT, serve } from "./harness.mjs";

const SHOTS = [
  { file: "screenshot.png", width: 1280, height: 1000, fragment: "headcount=45&tech=6&stage=scaling&needs=hire-team,scalability,investors" },
  { file: "screenshot-fr-320.png", width: 320, height: 900, fragment: "headcount=8&stage=mvp&needs=first-version,product&lang=fr" },
];

const server = await serve();
const browser = await launch();
try {
  for (const shot of SHOTS) {
    const { page, context } = await openPage(browser, { viewport: { width: shot.width, height: shot.height } });
    await page.goto(`${server.origin}/#${shot.fragment}`);
    await page.locator(".result-panel[data-cto-type]").waitFor();
    await page.screenshot({ path: join(ROOT, "docs", shot.file) });
    console.log(`docs/${shot.file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
