// Drives code-server's browser workbench with headless Chromium (playwright-core): runs an
// extensionTestsPath module in the remote (Node) extension host, or opens a report for a screenshot.
import { chromium } from 'playwright-core';
import * as util from 'node:util';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Extension host messages about the marketplace and connections that this offline machine always produces. */
const NOISE = /open-vsx|marketplace|connection token|Creating a socket|getaddrinfo|ENOTFOUND/i;

/** A URI the workbench resolves on the code-server machine. */
export const remoteUri = (base, file) => `vscode-remote://${new URL(base).host}${encodeURI(file)}`;

/** The workbench URL of a folder, with launch `payload` entries ([name, value] pairs). */
const workbenchUrl = (base, folder, payload) => `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

async function withPage(fn) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    return await fn(await context.newPage());
  } finally {
    await browser.close();
  }
}

/**
 * Opens the workbench on `folder` with the extension tests at `testsPath` (and the extension under
 * development at `developmentPath`) and resolves with the extension host's exit code once the tests end.
 */
export function runTests({ url, folder, developmentPath, testsPath, timeoutMs, log }) {
  return withPage(async (page) => {
    page.on('pageerror', (e) => log(`[page error] ${String(e).slice(0, 300)}`));
    const exited = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationLog', (type, args) => {
        const message = util.format(...(args ?? []));
        if (!NOISE.test(message)) log(message, type);
      });
      void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
    });
    const payload = [['extensionDevelopmentPath', remoteUri(url, developmentPath)], ['extensionTestsPath', remoteUri(url, testsPath)], ['skipWelcome', 'true']];
    await page.goto(workbenchUrl(url, folder, payload));
    let timer;
    const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    return code;
  });
}

/**
 * Opens `file` of `folder` with the extension under development, shows the Problems panel and the
 * Outline view once both list what `expect` names, and saves a PNG of the workbench.
 */
export function screenshot({ url, folder, developmentPath, file, expect, png, log }) {
  return withPage(async (page) => {
    const payload = [['extensionDevelopmentPath', remoteUri(url, developmentPath)], ['openFile', remoteUri(url, file)], ['skipWelcome', 'true']];
    await page.goto(workbenchUrl(url, folder, payload));
    await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 120_000 });
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Shift+M');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: expect.problem });
    await problem.first().waitFor({ timeout: 60_000 });
    await runCommand(page, 'Explorer: Focus on Outline View');
    await page.locator('.outline-pane .monaco-list-row', { hasText: expect.outline }).first().waitFor({ timeout: 60_000 });
    await page.locator('.pane-header[aria-label^="Explorer Section"]').first().click(); // folds the file list: room for the outline
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.locator('.statusbar-item', { hasText: expect.status }).first().waitFor({ timeout: 60_000 });
    log(`Problems panel: ${(await problem.first().innerText()).replace(/\s+/g, ' ')}`);
    await page.screenshot({ path: png });
  });
}

/** Runs a command by its palette title. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}
