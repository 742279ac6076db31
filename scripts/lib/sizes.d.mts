// Types for sizes.mjs, so bench/size.bench.ts can import it under `tsc --noEmit`.
export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}
export interface SizeGroup {
  name: string;
  files: FileSize[];
  raw: number;
  gzip: number;
}
export const CONTENT_BUDGET_GZIP: number;
export function fileSize(dir: string, rel: string): FileSize;
export function importsOf(
  dir: string,
  rel: string,
): { static: string[]; dynamic: string[]; eager: string[]; lazy: string[]; unresolvedDynamic: number };
export function closure(
  dir: string,
  entries: string[],
  options?: { followEagerDynamic?: boolean },
): string[] & { lazy: string[] };
/** The start-up group, and the files the content script loads later, on first need (not counted). */
export function contentStartup(dir: string): SizeGroup & { lazy: FileSize[] };
export function entryGroups(dir: string): SizeGroup[];
