// Types for browser.mjs (plain JavaScript so Node scripts can use it directly).
import type { BrowserContext, BrowserType, Page, Worker } from '@playwright/test';

type LaunchOptions = NonNullable<Parameters<BrowserType['launchPersistentContext']>[1]>;

export const ROOT: string;
export const DIST: string;
export const CHROMIUM: string;
export const MAIL_SITES: Record<string, { site: string; start: string }>;
export const MAIL_HOSTS: string[];
export function chromiumArgs(dist?: string): string[];
export function launchWithExtension(
  userDataDir: string,
  options?: { dist?: string } & Omit<LaunchOptions, 'executablePath' | 'args'>,
): Promise<BrowserContext>;
export function serviceWorkerOf(context: BrowserContext): Promise<Worker>;
export function extensionIdOf(worker: Worker): string;
export function extensionPages(dist?: string): { popup: string; options: string };
export function readSite(name: string): string;
export const SITE_ASSET_PREFIX: string;
export function routeMailPage(
  context: BrowserContext,
  host: string,
  html: string | ((url: URL) => string),
  assets?: string | null,
): Promise<void>;
export function routeAllMailSites(context: BrowserContext): Promise<void>;
export function callWorker(page: Page, type: string, data?: unknown): Promise<unknown>;
export function isContentScriptWorld(context: { origin: string; auxData?: unknown }, extensionId?: string): boolean;
export function waitForContentScript(page: Page, options?: { timeout?: number }): Promise<void>;
export function hasContentScript(page: Page): Promise<boolean>;
export function openShadowRootsInCopy(dist: string): void;
