// Draws the preview cards a shared link shows (og:image, twitter:image): 1200×630 PNGs in Chromium, from
// web/cards.json (the text tables' words, held there by a native test) and style/tokens.css (the light
// theme's colours, read from the file rather than copied). A tool, not shipped: it writes web/cards/,
// which is committed, and tools/post-build.mjs copies to dist/cards/. Run it after a name or a tagline
// changes: `node tools/cards.mjs`.
//   site-<lang>.png: the standalone page's title and a line, for index.html;
//   <outcome>-<lang>.png: an outcome's name and tagline, for the result pages (dist/r/).
// Flat colours, no gradient, and an indexed PNG (256 colours, made here) keep each card under 60 KB.
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { deflateSync, inflateSync } from "node:zlib";
import { launch } from "../tests/e2e/harness.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const OUT = join(ROOT, "web", "cards");
const WIDTH = 1200;
const HEIGHT = 630;

/** `--cto-color-<name>`'s light value in style/tokens.css (the first of `light-dark(light, dark)`). */
function tokens(css) {
  const colour = (name) => {
    const found = css.match(new RegExp(`--cto-color-${name}:\\s*light-dark\\((#[0-9a-f]{6})`, "i"));
    if (!found) throw new Error(`tools/cards.mjs: --cto-color-${name} not found in style/tokens.css`);
    return found[1];
  };
  const font = css.match(/--cto-font:\s*([^;]+);/)?.[1] ?? "sans-serif";
  return {
    font,
    bg: colour("bg"),
    surface: colour("surface"),
    text: colour("text"),
    muted: colour("muted"),
    accent: colour("accent"),
    hacker: colour("hacker"),
    stabilizer: colour("stabilizer"),
    industrializer: colour("industrializer"),
    none: colour("muted"),
  };
}

const escape = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
/** Escaped, a hyphenated word kept on one line ("a-t-elle" broken after "a-" reads badly). */
const words = (s) => escape(s).replace(/\S*-\S*/gu, (w) => `<span style="white-space:nowrap">${w}</span>`);

/**
 * Chromium's screenshot (8-bit RGB) as an indexed PNG of at most 256 colours: the most frequent ones
 * (the flat colours and most of the text's anti-aliasing), every other pixel mapped to the nearest.
 * One byte a pixel instead of three: the card weighs about a third.
 */
function indexed(png) {
  const chunks = [];
  for (let p = 8; p < png.length; ) {
    const length = png.readUInt32BE(p);
    chunks.push([png.toString("ascii", p + 4, p + 8), png.subarray(p + 8, p + 8 + length)]);
    p += 12 + length;
  }
  const header = chunks.find(([type]) => type === "IHDR")[1];
  const [width, height, depth, type, interlace] = [header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9], header[12]];
  if (depth !== 8 || (type !== 2 && type !== 6) || interlace) return png;
  const bpp = type === 2 ? 3 : 4;
  const raw = inflateSync(Buffer.concat(chunks.filter(([t]) => t === "IDAT").map(([, d]) => d)));
  const stride = width * bpp;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? pixels[y * stride + x - bpp] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? pixels[(y - 1) * stride + x - bpp] : 0;
      const paeth = () => {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      };
      const predicted = [0, a, b, (a + b) >> 1, filter === 4 ? paeth() : 0][filter];
      pixels[y * stride + x] = (row[x] + predicted) & 0xff;
    }
  }
  const colourAt = (i) => (pixels[i * bpp] << 16) | (pixels[i * bpp + 1] << 8) | pixels[i * bpp + 2];
  const counts = new Map();
  for (let i = 0; i < width * height; i++) counts.set(colourAt(i), (counts.get(colourAt(i)) ?? 0) + 1);
  const palette = [...counts].sort((x, y) => y[1] - x[1]).slice(0, 256).map(([rgb]) => rgb);
  const channels = (rgb) => [rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff];
  const index = new Map(palette.map((rgb, i) => [rgb, i]));
  const nearest = (rgb) => {
    const [r, g, b] = channels(rgb);
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach((entry, i) => {
      const [pr, pg, pb] = channels(entry);
      const distance = (r - pr) ** 2 + (g - pg) ** 2 + (b - pb) ** 2;
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    });
    index.set(rgb, best);
    return best;
  };
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const rgb = colourAt(y * width + x);
      rows[y * (width + 1) + 1 + x] = index.get(rgb) ?? nearest(rgb);
    }
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([
    png.subarray(0, 8),
    chunk("IHDR", ihdr),
    chunk("PLTE", Buffer.from(palette.flatMap(channels))),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One card: a coloured edge, "cto-match" small, a heading in `colour`, a line under it. */
function card(t, { lang, colour, heading, line, size = 84, stripes = false }) {
  const stripe = (c) => `<span style="flex:1;background:${c}"></span>`;
  const bottom = stripes
    ? `<div style="position:absolute;left:0;right:0;bottom:0;height:24px;display:flex">${[t.hacker, t.stabilizer, t.industrializer].map(stripe).join("")}</div>`
    : "";
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: ${WIDTH}px; height: ${HEIGHT}px; overflow: hidden; }
    body { position: relative; background: ${t.bg}; color: ${t.text}; font-family: ${t.font}; }
    main { position: absolute; inset: 0 0 0 32px; padding: 64px 80px 72px 72px; display: flex; flex-direction: column; }
    .brand { font-size: 36px; font-weight: 700; color: ${t.accent}; letter-spacing: 0.02em; }
    h1 { margin: auto 0 28px; line-height: 1.08; font-weight: 800; color: ${colour}; text-wrap: balance; }
    p { margin: 0 0 auto; font-size: 44px; line-height: 1.3; text-wrap: pretty; }
  </style></head><body>
    <div style="position:absolute;left:0;top:0;bottom:0;width:32px;background:${colour}"></div>
    <main><div class="brand">cto-match</div><h1 style="font-size:${size}px">${words(heading)}</h1><p>${escape(line)}</p></main>${bottom}
  </body></html>`;
}

/** The page's title without its leading "cto-match: ", which the card says on its own. */
const question = (title) => title.replace(/^cto-match\s*:\s*/u, "").replace(/^./u, (c) => c.toUpperCase());

async function main() {
  const texts = JSON.parse(await readFile(join(ROOT, "web", "cards.json"), "utf8"));
  const t = tokens(await readFile(join(ROOT, "style", "tokens.css"), "utf8"));
  const cards = [];
  for (const [lang, said] of Object.entries(texts)) {
    cards.push([`site-${lang}`, card(t, { lang, colour: t.accent, heading: question(said.title), line: said.description, size: 72, stripes: true })]);
    for (const [outcome, { name, tagline }] of Object.entries(said.outcomes)) {
      cards.push([`${outcome}-${lang}`, card(t, { lang, colour: t[outcome], heading: name, line: tagline })]);
    }
  }
  await mkdir(OUT, { recursive: true });
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1 });
    for (const [name, html] of cards) {
      await page.setContent(html);
      await page.evaluate(() => document.fonts.ready);
      const overflow = await page.evaluate(() => {
        const main = document.querySelector("main");
        return main.scrollHeight > main.clientHeight || main.scrollWidth > main.clientWidth;
      });
      if (overflow) throw new Error(`tools/cards.mjs: ${name}'s text does not fit the card`);
      const file = join(OUT, `${name}.png`);
      await writeFile(file, indexed(await page.screenshot({ type: "png" })));
      console.log(`${name}.png ${((await stat(file)).size / 1024).toFixed(1)} KB`);
    }
  } finally {
    await browser.close();
  }
}

await main();
