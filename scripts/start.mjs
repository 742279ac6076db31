// `npm start`: set-up, build both targets and their zips, then
//  - with a display (DISPLAY or WAYLAND_DISPLAY): opens Debian's Chromium with the extension
//    loaded, on the simulated Gmail page served at https://mail.google.com/ and on the options
//    page. The browser profile is kept in .cache/start-profile (your demo profiles stay between
//    runs; `npm start -- --fresh` starts clean). Close the browser window to stop.
//  - without one: says where the builds and zips are and how to load them, and exits 0.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, rootPath, cli, heading, bold, dim, StepError } from './lib/util.mjs';
import { setup } from './setup.mjs';
import { build } from './build.mjs';

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function howToLoad(outputs, why = 'No display here (DISPLAY / WAYLAND_DISPLAY unset), so no browser was opened.') {
  const rel = (p) => path.relative(ROOT, p) || '.';
  const chrome = outputs.find((o) => o.target === 'chrome');
  const firefox = outputs.find((o) => o.target === 'firefox');
  console.log(`
${bold('Red Cup is built.')}
  Chrome build:   ${rel(chrome.dir)}/   store zip: ${rel(chrome.zip)}
  Firefox build:  ${rel(firefox.dir)}/  store zip: ${rel(firefox.zip)}

${bold('Load it in Chrome or Chromium')}
  1. Open chrome://extensions and switch on "Developer mode" (top right).
  2. Click "Load unpacked" and choose ${path.join(ROOT, 'dist', 'chrome')}

${bold('Load it in Firefox (142 or later)')}
  1. Open about:debugging#/runtime/this-firefox
  2. Click "Load Temporary Add-on…" and choose ${path.join(ROOT, 'dist', 'firefox', 'manifest.json')}
     (a temporary add-on stays until Firefox restarts)

Then open Gmail (mail.google.com) or Outlook on the web; the options page opens on first install.
${dim(why)}`);
}

async function openDemo() {
  const {
    launchWithExtension,
    serviceWorkerOf,
    extensionIdOf,
    extensionPages,
    routeAllMailSites,
    waitForContentScript,
    MAIL_SITES,
  } = await import('../e2e/support/browser.mjs');
  const profile = rootPath('.cache', 'start-profile');
  if (process.argv.includes('--fresh')) rmSync(profile, { recursive: true, force: true });
  mkdirSync(profile, { recursive: true });

  heading('opening Chromium');
  const context = await launchWithExtension(profile, { headless: false, viewport: null });
  await routeAllMailSites(context);
  const worker = await serviceWorkerOf(context);
  const id = extensionIdOf(worker);
  const { options } = extensionPages();

  const [first] = context.pages();
  const gmail = first ?? (await context.newPage());
  await gmail.goto(MAIL_SITES['mail.google.com'].start);
  const optionsUrl = `chrome-extension://${id}/${options}`;
  if (!context.pages().some((p) => p.url().startsWith(optionsUrl))) {
    await (await context.newPage()).goto(optionsUrl);
  }
  await gmail.bringToFront();
  const ran = await waitForContentScript(gmail, { timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  if (!ran) console.warn('warning: the content script did not run on the simulated Gmail page');
  console.log(`Chromium is open with Red Cup (${id}):
  simulated Gmail at ${MAIL_SITES['mail.google.com'].start}  (served locally, not the real Gmail)
  options page at ${optionsUrl}
  simulated Outlook at ${MAIL_SITES['outlook.office.com'].start}
${dim('Browser profile: .cache/start-profile (npm start -- --fresh to start clean). Close the browser to stop.')}`);
  await new Promise((resolve) => context.on('close', resolve));
}

cli(async () => {
  process.chdir(ROOT);
  heading('setup');
  await setup({ browsers: hasDisplay ? ['chromium'] : [] });
  heading('build');
  const outputs = await build();
  if (!hasDisplay) {
    howToLoad(outputs);
    return 0;
  }
  try {
    await openDemo();
  } catch (error) {
    // A display that cannot be reached, or a browser that would not start: the builds are fine.
    howToLoad(
      outputs,
      `Chromium could not be opened on display ${process.env.DISPLAY || process.env.WAYLAND_DISPLAY}.`,
    );
    throw new StepError(`opening Chromium failed: ${error.message.split('\n')[0]}`);
  }
  return 0;
});
