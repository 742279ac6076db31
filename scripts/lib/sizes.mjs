// Measures what each entry of a built extension loads: the content script's start-up chunks,
// the worker, the popup and the options page — raw bytes and gzip bytes per file.
// Shared by scripts/check-size.mjs (the budget in `npm test`) and bench/size.bench.ts.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { parseAst } from 'vite';

/** DESIGN §6: everything a mail page loads before the first guard is shown. */
export const CONTENT_BUDGET_GZIP = 20 * 1024;

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Size of one built file: raw bytes and gzip (level 9, as a server or store would serve it). */
export function fileSize(dir, rel) {
  const bytes = readFileSync(path.join(dir, rel));
  return { file: rel, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * Walks an ESTree AST and collects import specifiers: static ones and `import()` ones. An
 * `import()` is *eager* when it runs as the script runs: every function around it is invoked
 * right where it is written (`(() => { import(…) })()`, as crxjs's content-script loader does).
 * Anything else — inside a callback, a method, a function called later — loads on first need.
 */
function collectImports(node, found, eager = true) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) collectImports(child, found, eager);
    return;
  }
  switch (node.type) {
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportNamedDeclaration':
      if (node.source && typeof node.source.value === 'string') found.static.push(node.source.value);
      break;
    case 'ImportExpression': {
      const spec = literalSpecifier(node.source);
      const list = eager ? found.dynamic : found.lazy;
      if (spec) list.push(spec);
      else if (eager) found.unresolved.push(node.start);
      break;
    }
    case 'CallExpression': {
      // An immediately invoked function keeps the eagerness of where it is written.
      const callee = unwrap(node.callee);
      if (isFunction(callee)) {
        collectImports(callee.body, found, eager);
        collectImports(node.arguments, found, eager);
        return;
      }
      break;
    }
    default:
      if (isFunction(node)) {
        collectImports(node.body, found, false);
        return;
      }
  }
  for (const key of Object.keys(node)) {
    if (key !== 'type' && key !== 'start' && key !== 'end') collectImports(node[key], found, eager);
  }
}

const isFunction = (node) =>
  node?.type === 'FunctionExpression' ||
  node?.type === 'ArrowFunctionExpression' ||
  node?.type === 'FunctionDeclaration';
const unwrap = (node) => (node?.type === 'ParenthesizedExpression' ? unwrap(node.expression) : node);

/**
 * `"./x.js"`, `` `./x.js` ``, or a call with one literal path — crxjs's
 * `chrome.runtime.getURL("assets/x.js")`, Red Cup's `extensionFileUrl("assets/x.js")` — which is
 * rooted at the extension.
 */
function literalSpecifier(source) {
  if (!source) return null;
  if (source.type === 'Literal' && typeof source.value === 'string') return source.value;
  if (source.type === 'TemplateLiteral' && source.expressions.length === 0) return source.quasis[0].value.cooked;
  if (source.type === 'CallExpression' && source.arguments.length === 1) {
    const inner = literalSpecifier(source.arguments[0]);
    return inner === null ? null : `/${inner.replace(/^\//, '')}`;
  }
  return null;
}

/** Imports of one built JS file, as paths relative to `dir`. */
export function importsOf(dir, rel) {
  const code = readFileSync(path.join(dir, rel), 'utf8');
  const found = { static: [], dynamic: [], lazy: [], unresolved: [] };
  collectImports(parseAst(code), found);
  const resolve = (spec) => {
    if (spec.startsWith('/')) return spec.slice(1);
    if (spec.startsWith('./') || spec.startsWith('../'))
      return path.posix.normalize(path.posix.join(path.posix.dirname(rel), spec));
    throw new Error(`${rel} imports "${spec}", which a built extension cannot load`);
  };
  return {
    static: found.static.map(resolve),
    dynamic: [...found.dynamic, ...found.lazy].map(resolve),
    eager: found.dynamic.map(resolve),
    lazy: found.lazy.map(resolve),
    unresolvedDynamic: found.unresolved.length,
  };
}

/**
 * The files loaded by starting `entries`: each entry's static imports recursively and, when
 * `followEagerDynamic`, the `import()`s that run as soon as a file runs (crxjs's content-script
 * loader `import()`s the real chunk that way). `import()`s made later, on first need, are lazy
 * and not counted; `lazy` lists them.
 */
export function closure(dir, entries, { followEagerDynamic = false } = {}) {
  const seen = new Set();
  const lazy = new Set();
  const queue = [...entries];
  while (queue.length) {
    const rel = queue.shift();
    if (seen.has(rel)) continue;
    if (!existsSync(path.join(dir, rel))) throw new Error(`${rel} is referenced but missing from ${dir}`);
    seen.add(rel);
    if (!rel.endsWith('.js') && !rel.endsWith('.mjs')) continue;
    const imports = importsOf(dir, rel);
    queue.push(...imports.static);
    if (!followEagerDynamic) continue;
    // An eager import() whose target cannot be read would make the budget count too little.
    if (imports.unresolvedDynamic > 0) {
      throw new Error(
        `${rel} import()s something that is not a literal path as it starts: cannot tell what it loads at start-up`,
      );
    }
    queue.push(...imports.eager);
    for (const file of imports.lazy) lazy.add(file);
  }
  const files = [...seen];
  files.lazy = [...lazy].filter((f) => !seen.has(f)).sort();
  return files;
}

function group(name, dir, files) {
  const sizes = files.map((f) => fileSize(dir, f));
  return {
    name,
    files: sizes,
    raw: sizes.reduce((s, f) => s + f.raw, 0),
    gzip: sizes.reduce((s, f) => s + f.gzip, 0),
  };
}

/**
 * What a mail page loads from Red Cup at start-up (the budgeted set): the manifest's content
 * scripts and stylesheets, what they import statically, and what they `import()` as they start.
 * `lazy` is what they load later, on first need (the panel, the delivery code): not counted.
 */
export function contentStartup(dir) {
  const m = readJson(path.join(dir, 'manifest.json'));
  const listed = [...new Set((m.content_scripts ?? []).flatMap((cs) => cs.js ?? []))];
  const css = [...new Set((m.content_scripts ?? []).flatMap((cs) => cs.css ?? []))];
  const files = closure(dir, listed, { followEagerDynamic: true });
  return {
    ...group('content script (start-up)', dir, [...files, ...css]),
    lazy: files.lazy.map((f) => fileSize(dir, f)),
  };
}

/** Scripts and stylesheets an extension HTML page loads (Vite writes root-absolute URLs). */
function pageFiles(dir, htmlRel) {
  const html = readFileSync(path.join(dir, htmlRel), 'utf8');
  const refs = [];
  for (const match of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const tag = match[0];
    const attr = (name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i'))?.[1];
    const url =
      match[1].toLowerCase() === 'script'
        ? attr('src')
        : /stylesheet|modulepreload/i.test(attr('rel') ?? '')
          ? attr('href')
          : undefined;
    if (!url || /^[a-z]+:/i.test(url)) continue;
    refs.push(
      url.startsWith('/') ? url.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(htmlRel), url)),
    );
  }
  return [htmlRel, ...closure(dir, refs).filter((f) => f !== htmlRel)];
}

/** Every built entry of an extension folder: content start-up, worker, popup, options. */
export function entryGroups(dir) {
  const m = readJson(path.join(dir, 'manifest.json'));
  const groups = [contentStartup(dir)];
  const worker = m.background?.service_worker ? [m.background.service_worker] : (m.background?.scripts ?? []);
  if (worker.length) groups.push(group('worker', dir, closure(dir, worker)));
  if (m.action?.default_popup) groups.push(group('popup', dir, pageFiles(dir, m.action.default_popup)));
  const options = m.options_ui?.page ?? m.options_page;
  if (options) groups.push(group('options', dir, pageFiles(dir, options)));
  return groups;
}
