// ESLint flat config: typescript-eslint's recommended rules (not type-aware, to stay fast) and
// the import rules of DESIGN §4, one set per folder of src/:
//
//   src/core        pure TypeScript: no browser API, no DOM, no Node built-ins, no storage or UI
//                   library, nothing from outside src/core, no import().
//   src/content     never imports the worker or the pages; no luxon or preact at start-up
//                   (only a lazily loaded src/content/panel/** may use them). Provider DOM
//                   knowledge (selector strings) only in src/content/providers/<name>/, and one
//                   provider never imports another.
//   src/background  never imports the content script or the pages.
//   src/core, src/content  never import the holiday library (date-holidays): worker only.
//   src/pages       never imports the worker or the content script.
//   everywhere      webextension-polyfill only in src/platform/** (the one browser API module),
//                   and no `chrome` / `browser` globals in src/ outside it.
//
// The folder bans cover static imports, re-exports and `import()` with a literal path.
import js from '@eslint/js';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const TESTS = ['**/*.test.ts', '**/*.test.tsx', 'src/**/test-support/**', 'src/**/testing/**'];
const IMPORTS = '@typescript-eslint/no-restricted-imports';
const PROVIDERS = ['gmail', 'outlook'];

/** A restricted folder, by its import paths (relative and from anywhere). */
const folder = (name, message) => ({
  group: [`**/${name}`, `**/${name}/**`, `../${name}`, `../${name}/**`, `./${name}`, `./${name}/**`],
  message,
});

const POLYFILL = {
  name: 'webextension-polyfill',
  message: 'Browser APIs go through src/platform/ (DESIGN §4): import webextension-polyfill only there.',
};

/** The import rule's options: the polyfill ban everywhere outside src/platform, plus a folder's own bans. */
const restrict = ({ paths = [], patterns = [] } = {}) => ['error', { paths: [POLYFILL, ...paths], patterns }];

/** `import('…/<name>/…')` with a literal path, for each banned folder (no-restricted-imports misses import()). */
const dynamicBans = (bans) =>
  bans.map(({ name, message }) => ({
    selector: `ImportExpression[source.value=/(^|[^\\w-])${name}([^\\w-]|$)/]`,
    message,
  }));

/** The rules of one folder: static and dynamic import bans, and the selectors ban where it applies. */
const folderRules = ({ paths = [], bans = [], patterns = [], syntax = [] }) => ({
  [IMPORTS]: restrict({ paths, patterns: [...bans.map((b) => folder(b.name, b.message)), ...patterns] }),
  'no-restricted-syntax': ['error', ...dynamicBans(bans), ...syntax],
});

// ── The holiday library (issue 15.3) ────────────────────────────────────────────────────────
const HOLIDAY_MESSAGE =
  'The holiday library is worker-only (issue 15.3; ~240 KB gzip): src/background/holidays/ expands a choice into dates, src/core/holiday-choice.ts takes the dates.';
const HOLIDAY_PACKAGES = ['date-holidays', 'date-holidays-parser'];
const HOLIDAY_PATHS = HOLIDAY_PACKAGES.map((name) => ({ name, message: HOLIDAY_MESSAGE }));
const HOLIDAY_PATTERNS = [{ group: HOLIDAY_PACKAGES.map((name) => `${name}/*`), message: HOLIDAY_MESSAGE }];
const HOLIDAY_DYNAMIC = {
  selector: 'ImportExpression[source.value=/^date-holidays(-parser)?(\\/|$)/]',
  message: HOLIDAY_MESSAGE,
};

// ── src/core ────────────────────────────────────────────────────────────────────────────────
const CORE_MESSAGE =
  'src/core is pure TypeScript shared by every part (DESIGN §3, §4): it imports nothing from outside src/core.';
const CORE_PATHS = ['idb', 'preact', '@preact/signals'].map((name) => ({ name, message: CORE_MESSAGE }));
const CORE_FOLDERS = ['background', 'content', 'pages', 'platform', 'messaging'].flatMap(
  (name) => folder(name, '').group,
);
const NODE_BUILTINS = {
  group: ['node:*'],
  message: 'src/core runs in the browser too: no Node built-ins (tests may use them).',
};
/** `..` one level more than a file's depth inside src/core leaves src/core. */
const coreDepth = (depth) => ({
  files: [`src/core/${'*/'.repeat(depth)}*.{ts,tsx,mts}`],
  rules: {
    [IMPORTS]: restrict({
      paths: [...CORE_PATHS, ...HOLIDAY_PATHS],
      patterns: [
        ...HOLIDAY_PATTERNS,
        {
          group: ['@webext-core/*', 'preact/*', 'idb/*', ...CORE_FOLDERS, `${'../'.repeat(depth + 1)}*`],
          message: CORE_MESSAGE,
        },
        NODE_BUILTINS,
      ],
    }),
    'no-restricted-syntax': [
      'error',
      {
        selector: 'ImportExpression',
        message: 'src/core is loaded statically; lazy loading is for its callers to decide.',
      },
    ],
  },
});
/** Globals only a browser has (DOM, window, storage, network), plus the extension namespaces. */
const BROWSER_ONLY = Object.keys(globals.browser).filter(
  (name) => !(name in globals.node) && !(name in globals.builtin),
);
const CORE_GLOBALS = [
  ...new Set([
    ...BROWSER_ONLY,
    'chrome',
    'browser',
    'fetch',
    'localStorage',
    'sessionStorage',
    'navigator',
    'WebSocket',
  ]),
].map((name) => ({
  name,
  message: `src/core is pure TypeScript: no browser globals (${name}). Pass what it needs in.`,
}));
/** DOM types (`HTMLElement`, `MutationObserver`, …): core takes plain data, never DOM objects. */
const CORE_DOM_TYPES = Object.fromEntries(
  BROWSER_ONLY.filter((name) => /^[A-Z]/.test(name)).map((name) => [
    name,
    `src/core is pure TypeScript: no DOM types (${name}).`,
  ]),
);

// ── src/content ─────────────────────────────────────────────────────────────────────────────
const CONTENT_MESSAGE = 'The content script meets the worker and the pages only through src/messaging (DESIGN §4).';
const CONTENT_STARTUP_MESSAGE =
  'No luxon or preact in the content script at start-up (DESIGN §4, §6: 20 KB gzip budget): load them in src/content/panel/** through import().';
const CONTENT_BANS = [
  { name: 'background', message: CONTENT_MESSAGE },
  { name: 'pages', message: CONTENT_MESSAGE },
];
const STARTUP_PATHS = ['luxon', 'preact'].map((name) => ({
  name,
  message: CONTENT_STARTUP_MESSAGE,
  allowTypeImports: true,
}));
const STARTUP_PATTERNS = [
  { group: ['preact/*', '@preact/*'], message: CONTENT_STARTUP_MESSAGE, allowTypeImports: true },
];
// Everywhere in the content script, its lazily loaded panel too: no holiday library.
const CONTENT_PATHS = [...STARTUP_PATHS, ...HOLIDAY_PATHS];
const CONTENT_PATTERNS = [...STARTUP_PATTERNS, ...HOLIDAY_PATTERNS];
const DOM_QUERY =
  'querySelector|querySelectorAll|closest|matches|getElementById|getElementsByClassName|getElementsByTagName|getElementsByName';
const SELECTORS_IN_PROVIDERS = {
  selector: `CallExpression[callee.property.name=/^(${DOM_QUERY})$/][arguments.0.type=/^(Literal|TemplateLiteral)$/]`,
  message: 'Provider DOM knowledge (selectors) lives only in src/content/providers/<name>/ (DESIGN §4).',
};

const EXTENSION_GLOBALS = ['chrome', 'browser'].map((name) => ({
  name,
  message: `Browser APIs go through src/platform/ (DESIGN §4): import what you need from there instead of the ${name} global.`,
}));

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.cache/**',
      'bench/results/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  // Extension code runs in browsers; tooling, tests and benchmarks run in Node (Playwright and
  // Puppeteer callbacks evaluated in pages use browser globals too).
  { files: ['src/**'], languageOptions: { globals: { ...globals.browser, ...globals.webextensions } } },
  {
    files: [
      'scripts/**',
      'e2e/**',
      'bench/**',
      '*.config.{js,ts,mjs}',
      'manifest.config.ts',
      'manifest.config.test.ts',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser, chrome: 'readonly' } },
  },

  // ── Import rules (DESIGN §4) ─────────────────────────────────────────────────────────────
  { files: TS, rules: { [IMPORTS]: restrict() } },
  {
    files: ['src/**'],
    ignores: ['src/platform/**', ...TESTS],
    rules: { 'no-restricted-globals': ['error', ...EXTENSION_GLOBALS] },
  },
  { files: ['src/platform/**'], rules: { [IMPORTS]: 'off' } },

  ...[0, 1, 2, 3, 4, 5].map(coreDepth),
  // Core's tests may read fixtures with Node built-ins; everything else stays as above.
  ...[0, 1, 2, 3, 4, 5].map((depth) => {
    const config = coreDepth(depth);
    const [level, options] = config.rules[IMPORTS];
    return {
      files: [`src/core/${'*/'.repeat(depth)}*.test.{ts,tsx}`],
      rules: { [IMPORTS]: [level, { ...options, patterns: options.patterns.filter((p) => p !== NODE_BUILTINS) }] },
    };
  }),
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-globals': ['error', ...CORE_GLOBALS],
      '@typescript-eslint/no-restricted-types': ['error', { types: CORE_DOM_TYPES }],
    },
  },

  {
    files: ['src/content/**'],
    rules: folderRules({
      paths: CONTENT_PATHS,
      bans: CONTENT_BANS,
      patterns: CONTENT_PATTERNS,
      syntax: [SELECTORS_IN_PROVIDERS, HOLIDAY_DYNAMIC],
    }),
  },
  // Tests query their DOM fixtures freely.
  {
    files: ['src/content/**/*.test.{ts,tsx}'],
    rules: folderRules({
      paths: CONTENT_PATHS,
      bans: CONTENT_BANS,
      patterns: CONTENT_PATTERNS,
      syntax: [HOLIDAY_DYNAMIC],
    }),
  },
  {
    files: ['src/content/panel/**'],
    rules: folderRules({
      paths: HOLIDAY_PATHS,
      bans: CONTENT_BANS,
      patterns: HOLIDAY_PATTERNS,
      syntax: [HOLIDAY_DYNAMIC],
    }),
  },
  ...PROVIDERS.map((name) => ({
    files: [`src/content/providers/${name}/**`],
    rules: folderRules({
      paths: CONTENT_PATHS,
      patterns: CONTENT_PATTERNS,
      syntax: [HOLIDAY_DYNAMIC],
      bans: [
        ...CONTENT_BANS,
        // The guard uses the adapters; an adapter using the guard would make a cycle (issue 14.3).
        {
          name: 'guard',
          message: 'Provider code never imports the guard: input helpers live in src/content/dom/ (DESIGN §4).',
        },
        { name: 'panel', message: "Provider code never imports the guard's panel (DESIGN §4)." },
        ...PROVIDERS.filter((other) => other !== name).map((other) => ({
          name: other,
          message: `The ${name} adapter never depends on the ${other} adapter: shared code goes outside providers/<name>/ (DESIGN §4).`,
        })),
      ],
    }),
  })),

  {
    files: ['src/background/**'],
    rules: folderRules({
      bans: [
        { name: 'content', message: 'The worker meets the content script only through src/messaging (DESIGN §4).' },
        { name: 'pages', message: 'The worker meets the pages only through src/messaging (DESIGN §4).' },
      ],
    }),
  },
  {
    files: ['src/pages/**'],
    rules: folderRules({
      bans: [
        { name: 'background', message: 'The pages meet the worker only through src/messaging (DESIGN §4).' },
        { name: 'content', message: 'The pages meet the content script only through src/messaging (DESIGN §4).' },
      ],
    }),
  },
);
