// Trunk post_build step (run by tools/post-build.mjs, before tools/sri.mjs hashes the files): gives the
// wasm's imports and exports short names, in the wasm and in the wasm-bindgen glue alike.
//
// wasm-bindgen names each import after the JS function and a hash (`__wbg_addEventListener_f2d27251…`):
// about 130 names that no compressor can shorten, written twice (the wasm's import section and the
// glue's import object); its closure exports carry long mangled names too. Renamed `a`, `b`, … they
// cost less (measured in BENCHMARKS.md, issue 14). Only names change: the wasm's code, the glue's
// functions and its public API (`mount`, `mount_page`, `Widget`) stay as they were. Every import must be
// found exactly once in the glue, and every export the glue calls must exist, so a wasm-bindgen that
// writes its glue differently fails the build instead of shipping a broken page.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const MODULE = "./cto-match_bg.js";

/** `a` … `z`, `A` … `Z`, then `aa`, `ab`, …: valid JS identifiers, none a keyword. */
function shortName(index) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let name = "";
  let n = index;
  do {
    name += letters[n % letters.length];
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return name;
}

function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function writeU32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

const utf8 = new TextEncoder();
const name = (text) => [...writeU32(utf8.encode(text).length), ...utf8.encode(text)];

/** The import section rewritten with short names, and the old name → new name map. */
function renameImports(section) {
  const renames = new Map();
  let [count, at] = readU32(section, 0);
  const out = [...writeU32(count)];
  const readName = () => {
    let length;
    [length, at] = readU32(section, at);
    const text = new TextDecoder().decode(section.subarray(at, at + length));
    at += length;
    return text;
  };
  for (let i = 0; i < count; i++) {
    const module = readName();
    const field = readName();
    const start = at;
    const kind = section[at++];
    // Skip the import's description: a function's type, or a table, memory or global's shape.
    if (kind === 0) [, at] = readU32(section, at);
    else if (kind === 1 || kind === 2) {
      if (kind === 1) at++; // the table's reference type
      const flags = section[at++];
      [, at] = readU32(section, at);
      if (flags & 1) [, at] = readU32(section, at);
    } else if (kind === 3) at += 2;
    else throw new Error(`tools/short-imports.mjs: import kind ${kind} is not handled`);
    let newField = field;
    if (module === MODULE) {
      newField = shortName(renames.size);
      renames.set(field, newField);
    }
    out.push(...name(module === MODULE ? "a" : module), ...name(newField), ...section.subarray(start, at));
  }
  return [Uint8Array.from(out), renames];
}

/** The export section with short names for `renamed` exports (the others keep theirs), and the map. */
function renameExports(section, renamed) {
  const renames = new Map();
  let [count, at] = readU32(section, 0);
  const out = [...writeU32(count)];
  for (let i = 0; i < count; i++) {
    let length;
    [length, at] = readU32(section, at);
    const field = new TextDecoder().decode(section.subarray(at, at + length));
    at += length;
    const start = at;
    at++; // the export's kind
    [, at] = readU32(section, at);
    let newField = field;
    if (renamed(field)) {
      newField = shortName(renames.size);
      renames.set(field, newField);
    }
    out.push(...name(newField), ...section.subarray(start, at));
  }
  return [Uint8Array.from(out), renames];
}

export async function shortImports(dir) {
  const wasmPath = join(dir, "cto-match_bg.wasm");
  const gluePath = join(dir, "cto-match.js");
  const wasm = await readFile(wasmPath);
  const parts = [wasm.subarray(0, 8)];
  let glue = await readFile(gluePath, "utf8");
  // The exports the glue calls as `wasm.name`; the others (`memory`, those no JS reads) keep their names.
  const called = (field) => /^\w+$/.test(field) && field !== "memory" && new RegExp(`\\bwasm\\.${field}\\b`).test(glue);
  let renames;
  let exportRenames = new Map();
  for (let at = 8; at < wasm.length; ) {
    const id = wasm[at];
    const [size, body] = readU32(wasm, at + 1);
    if (id === 2 || id === 7) {
      let section;
      if (id === 2) [section, renames] = renameImports(wasm.subarray(body, body + size));
      else [section, exportRenames] = renameExports(wasm.subarray(body, body + size), called);
      parts.push(Uint8Array.of(id, ...writeU32(section.length)), section);
    } else {
      parts.push(wasm.subarray(at, body + size));
    }
    at = body + size;
  }
  if (!renames) throw new Error("tools/short-imports.mjs: the wasm has no import section");

  const replaceOnce = (from, to) => {
    const found = glue.split(from).length - 1;
    if (found !== 1) throw new Error(`tools/short-imports.mjs: ${JSON.stringify(from)} found ${found} times in the glue`);
    glue = glue.replace(from, to);
  };
  for (const [from, to] of renames) replaceOnce(`\n        ${from}: `, `\n        ${to}: `);
  replaceOnce(`"${MODULE}": import0`, `"a": import0`);
  for (const [from, to] of exportRenames) glue = glue.replace(new RegExp(`\\bwasm\\.${from}\\b`, "g"), `wasm.${to}`);
  // Whatever the glue calls must still be there.
  const exported = new Set(WebAssembly.Module.exports(new WebAssembly.Module(Buffer.concat(parts))).map((e) => e.name));
  for (const [, field] of glue.matchAll(/\bwasm\.(\w+)/g)) {
    if (!exported.has(field)) throw new Error(`tools/short-imports.mjs: the glue calls wasm.${field}, which the wasm does not export`);
  }
  await writeFile(gluePath, glue);
  await writeFile(wasmPath, Buffer.concat(parts));
}
