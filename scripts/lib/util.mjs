// Small helpers shared by the project scripts (setup, build, start, test, bench, screenshot).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root, whatever the current directory is. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of a repository file. */
export const rootPath = (...parts) => path.join(ROOT, ...parts);

/** A project-local binary from node_modules/.bin. */
export const bin = (name) => rootPath('node_modules', '.bin', name);

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (text) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);
export const bold = paint('1');
export const red = paint('31');
export const green = paint('32');
export const dim = paint('2');

/** A step heading, easy to find in a long CI log. */
export function heading(text) {
  console.log(`\n${bold(`━━ ${text} ━━`)}`);
}

/**
 * Runs a command with inherited stdio and resolves to its exit code (never rejects on a
 * non-zero exit; a spawn failure resolves to 127 with a message).
 */
export function run(command, args = [], { env = {}, cwd = ROOT, stdio = 'inherit' } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio, env: { ...process.env, ...env } });
    child.on('error', (error) => {
      console.error(red(`cannot run ${command}: ${error.message}`));
      resolve(127);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Like `run`, but throws a `StepError` naming the command when it exits non-zero. */
export async function mustRun(command, args = [], options = {}) {
  const code = await run(command, args, options);
  if (code !== 0) {
    throw new StepError(`${path.basename(command)} ${args.join(' ')} exited with code ${code}`);
  }
}

/** A failure already explained to the user: the caller prints its message and exits. */
export class StepError extends Error {}

/** Runs `main` as a CLI: a StepError prints one red line, anything else its stack; exit 1. */
export function cli(main) {
  main().then(
    (code) => process.exit(typeof code === 'number' ? code : 0),
    (error) => {
      if (error instanceof StepError) console.error(red(`✗ ${error.message}`));
      else console.error(error);
      process.exit(1);
    },
  );
}

/** True when this module was started directly (`node scripts/x.mjs`), not imported. */
export function isMain(importMetaUrl) {
  return process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(importMetaUrl);
}

/** `1234` → `1.21 KB`. */
export function kb(bytes) {
  return `${(bytes / 1024).toFixed(2)} KB`;
}

/** A plain text table: `rows` are arrays of cells; numeric-looking cells align right. */
export function table(header, rows) {
  const all = [header, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i]?.length ?? 0)));
  const numeric = /^[\d.,]+( ?[%a-zA-Zµ]+)?$/;
  const line = (row) =>
    row
      .map((cell, i) => (numeric.test(cell) && i > 0 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(all[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}
