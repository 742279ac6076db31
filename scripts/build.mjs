// Builds both browser targets with Vite + crxjs and packs each into a store zip:
//   dist/chrome   dist/red-cup-chrome-<version>.zip    (background.service_worker)
//   dist/firefox  dist/red-cup-firefox-<version>.zip   (background.scripts + gecko settings)
// Then checks each built manifest against DESIGN §7 and fails the build when it is wrong.
//
//   node scripts/build.mjs [chrome|firefox]...   (default: both)
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, rootPath, bin, mustRun, StepError, cli, isMain, kb, dim } from './lib/util.mjs';
import { listFiles, writeZip } from './lib/zip.mjs';

export const TARGETS = ['chrome', 'firefox'];

/** DESIGN §7: the only API permissions and hosts Red Cup may ask for. */
export const ALLOWED_PERMISSIONS = ['storage', 'alarms', 'notifications'];
export const MAIL_HOSTS = ['mail.google.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com'];
const ALLOWED_HOST_PATTERNS = MAIL_HOSTS.map((host) => `https://${host}/*`);
const MIN_GECKO = 142;

export const distDir = (target) => rootPath('dist', target);

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/**
 * The README's paragraph that starts with **Permissions.** names, in backticks, the API
 * permissions Red Cup asks for, and the hosts it may access: exactly what manifest.json asks for,
 * so the README never promises less (or more) than the build.
 */
export function readmeProblems() {
  const manifest = readJson(rootPath('manifest.json'));
  const asked = manifest.permissions ?? [];
  const readme = readFileSync(rootPath('README.md'), 'utf8');
  const paragraph = readme.split(/\n\s*\n/).find((p) => p.trimStart().startsWith('**Permissions.**'));
  if (!paragraph) return ['README.md has no paragraph starting with **Permissions.** (what the extension asks for)'];
  const problems = [];
  for (const p of ALLOWED_PERMISSIONS) {
    const named = paragraph.includes(`\`${p}\``);
    if (named && !asked.includes(p))
      problems.push(`README.md names the \`${p}\` permission, but manifest.json does not ask for it`);
    if (!named && asked.includes(p))
      problems.push(`manifest.json asks for "${p}", but README.md's Permissions paragraph does not say so`);
  }
  for (const p of asked)
    if (!ALLOWED_PERMISSIONS.includes(p))
      problems.push(`manifest.json asks for "${p}", which DESIGN §7 does not allow`);
  const hosts = (manifest.host_permissions ?? []).map((h) => new URL(h.replace('*', 'x')).host);
  for (const host of hosts) {
    if (!paragraph.includes(`\`${host}\``))
      problems.push(`README.md's Permissions paragraph does not name the host ${host}`);
  }
  return problems;
}

/** Problems with one built manifest; an empty list means it is fine. */
export function manifestProblems(target, dir = distDir(target)) {
  const problems = [];
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) return [`${path.relative(ROOT, file)} was not written`];
  const m = readJson(file);
  const where = `dist/${target}/manifest.json`;
  const exists = (rel) => existsSync(path.join(dir, rel.replace(/^\//, '')));

  if (m.manifest_version !== 3) problems.push(`${where}: manifest_version is ${m.manifest_version}, expected 3`);

  if (target === 'chrome') {
    if (typeof m.background?.service_worker !== 'string') {
      problems.push(`${where}: background.service_worker is missing`);
    } else if (!exists(m.background.service_worker)) {
      problems.push(`${where}: background.service_worker ${m.background.service_worker} does not exist`);
    }
    if (m.background?.scripts) problems.push(`${where}: background.scripts must not be in the Chrome build`);
    if (m.browser_specific_settings)
      problems.push(`${where}: browser_specific_settings must not be in the Chrome build`);
  } else {
    const scripts = m.background?.scripts;
    if (!Array.isArray(scripts) || scripts.length === 0) {
      problems.push(`${where}: background.scripts is missing (Firefox refuses a service-worker-only manifest)`);
    } else {
      for (const s of scripts) if (!exists(s)) problems.push(`${where}: background script ${s} does not exist`);
    }
    if (m.background?.service_worker)
      problems.push(`${where}: background.service_worker must not be in the Firefox build`);
    const gecko = m.browser_specific_settings?.gecko;
    if (!gecko?.id) problems.push(`${where}: browser_specific_settings.gecko.id is missing`);
    const major = Number.parseInt(String(gecko?.strict_min_version ?? ''), 10);
    if (!(major >= MIN_GECKO)) {
      problems.push(
        `${where}: browser_specific_settings.gecko.strict_min_version is ${gecko?.strict_min_version ?? 'missing'}, must be ≥ ${MIN_GECKO}`,
      );
    }
  }

  for (const key of ['permissions', 'optional_permissions']) {
    for (const p of m[key] ?? []) {
      if (!ALLOWED_PERMISSIONS.includes(p)) {
        problems.push(`${where}: ${key} has "${p}"; allowed: ${ALLOWED_PERMISSIONS.join(', ')} (DESIGN §7)`);
      }
    }
  }
  for (const key of ['host_permissions', 'optional_host_permissions']) {
    for (const h of m[key] ?? []) {
      if (!ALLOWED_HOST_PATTERNS.includes(h)) {
        problems.push(`${where}: ${key} has "${h}"; only the four mail hosts are allowed (DESIGN §7)`);
      }
    }
  }
  const hosts = m.host_permissions ?? [];
  for (const h of ALLOWED_HOST_PATTERNS) {
    if (!hosts.includes(h))
      problems.push(`${where}: host_permissions lacks "${h}" (the content script runs on all four mail hosts)`);
  }
  for (const [i, cs] of (m.content_scripts ?? []).entries()) {
    for (const h of cs.matches ?? []) {
      if (!ALLOWED_HOST_PATTERNS.includes(h)) problems.push(`${where}: content_scripts[${i}] matches "${h}"`);
    }
    for (const js of cs.js ?? []) if (!exists(js)) problems.push(`${where}: content script ${js} does not exist`);
  }
  for (const [i, war] of (m.web_accessible_resources ?? []).entries()) {
    for (const h of war.matches ?? []) {
      if (!ALLOWED_HOST_PATTERNS.includes(h)) problems.push(`${where}: web_accessible_resources[${i}] matches "${h}"`);
    }
    // Only the content script's lazily loaded modules, and on Chrome only at a per-session
    // origin, so a page cannot learn the extension's id from them (scripts/lib/content-scripts.ts).
    for (const r of war.resources ?? []) {
      if (!/^assets\/content\/[\w-]+\.js$/.test(r))
        problems.push(`${where}: web_accessible_resources[${i}] exposes "${r}", which is not a content-script module`);
      else if (!exists(r)) problems.push(`${where}: web-accessible ${r} does not exist`);
    }
    if (target === 'chrome' && war.use_dynamic_url !== true) {
      problems.push(
        `${where}: web_accessible_resources[${i}] lacks use_dynamic_url: true (the page could read the extension id from its URLs)`,
      );
    }
  }
  if (m.externally_connectable) problems.push(`${where}: externally_connectable must be absent (DESIGN §7)`);
  if (m.content_security_policy) problems.push(`${where}: content_security_policy must stay the default (DESIGN §7)`);

  const pages = [m.action?.default_popup, m.options_ui?.page, ...Object.values(m.icons ?? {})].filter(Boolean);
  for (const page of pages) if (!exists(page)) problems.push(`${where}: ${page} does not exist`);

  // The crxjs dev server writes a dist that loads code from localhost: never ship or test that.
  for (const rel of listFiles(dir)) {
    if (!/\.(js|html|json)$/.test(rel)) continue;
    if (/\b(localhost|127\.0\.0\.1):\d+/.test(readFileSync(path.join(dir, rel), 'utf8'))) {
      problems.push(`dist/${target}/${rel} refers to a local dev server: this is dev-server output, not a build`);
    }
  }
  return problems;
}

async function viteBuild(target) {
  console.log(dim(`vite build (${target}) → dist/${target}`));
  await mustRun(bin('vite'), ['build', '--logLevel', process.env.RED_CUP_VERBOSE ? 'info' : 'warn'], {
    env: { RED_CUP_TARGET: target },
  });
}

/** Builds, verifies and zips the given targets; returns what was produced. */
export async function build(targets = TARGETS) {
  const started = Date.now();
  const version = readJson(rootPath('manifest.json')).version;
  const pkgVersion = readJson(rootPath('package.json')).version;
  if (pkgVersion !== version) {
    console.warn(
      `warning: package.json version ${pkgVersion} differs from manifest.json version ${version}; the zips use ${version}`,
    );
  }
  const readme = readmeProblems();
  if (readme.length) throw new StepError(`the README and the manifest disagree:\n  - ${readme.join('\n  - ')}`);
  const outputs = [];
  for (const target of targets) {
    await viteBuild(target);
    const problems = manifestProblems(target);
    if (problems.length) {
      throw new StepError(`the ${target} build is not acceptable:\n  - ${problems.join('\n  - ')}`);
    }
    const dir = distDir(target);
    const zip = rootPath('dist', `red-cup-${target}-${version}.zip`);
    rmSync(zip, { force: true });
    const files = listFiles(dir).filter((f) => !f.split('/').some((part) => part.startsWith('.')));
    const size = writeZip(dir, zip, files);
    outputs.push({ target, dir, zip, files: files.length, zipBytes: size });
  }
  for (const o of outputs) {
    console.log(
      `${o.target.padEnd(8)} ${path.relative(ROOT, o.dir)}/ (${o.files} files)  ${path.relative(ROOT, o.zip)} (${kb(o.zipBytes)})`,
    );
  }
  console.log(dim(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`));
  return outputs;
}

if (isMain(import.meta.url)) {
  cli(async () => {
    const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
    const unknown = asked.filter((t) => !TARGETS.includes(t));
    if (unknown.length) throw new StepError(`unknown target ${unknown.join(', ')} (known: ${TARGETS.join(', ')})`);
    await build(asked.length ? asked : TARGETS);
  });
}
