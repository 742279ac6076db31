// Types for util.mjs, for the TypeScript benchmarks that share its table printer.
export const ROOT: string;
export function rootPath(...parts: string[]): string;
export function bin(name: string): string;
export function bold(text: string): string;
export function red(text: string): string;
export function green(text: string): string;
export function dim(text: string): string;
export function heading(text: string): void;
export function run(
  command: string,
  args?: string[],
  options?: { env?: Record<string, string>; cwd?: string; stdio?: 'inherit' | 'ignore' | 'pipe' },
): Promise<number>;
export function mustRun(command: string, args?: string[], options?: Parameters<typeof run>[2]): Promise<void>;
export class StepError extends Error {}
export function cli(main: () => Promise<number | void>): void;
export function isMain(importMetaUrl: string): boolean;
export function kb(bytes: number): string;
export function table(header: string[], rows: (string | number)[][]): string;
