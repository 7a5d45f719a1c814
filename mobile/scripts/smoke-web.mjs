// Smoke test of the web export: serves dist/, opens it in Debian's Chromium (never a downloaded
// browser), checks that the login screen renders without console errors, saves a screenshot.
//   npm run export:web && npm run smoke:web
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { DIST, serveDist } from './serve-dist.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const TIMEOUT_MS = 30_000;

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/index.html is missing: run `npm run export:web` first');
  process.exit(1);
}

const server = await serveDist();
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});

const failures = [];
try {
  const page = await browser.newPage({ viewport: { width: 412, height: 860 }, locale: 'pt-BR' });
  page.setDefaultTimeout(TIMEOUT_MS);
  page.on('console', (message) => {
    if (message.type() === 'error') failures.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));

  await page.goto(url);
  await page.getByRole('heading', { name: 'Entrar' }).waitFor();
  await page.getByLabel('E-mail').waitFor();
  await page.getByLabel('Senha').waitFor();
  await page.getByRole('button', { name: 'Entrar' }).waitFor();

  mkdirSync(ARTIFACTS, { recursive: true });
  const screenshot = join(ARTIFACTS, 'web-login.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`screenshot: ${screenshot}`);
} catch (error) {
  failures.push(String(error));
} finally {
  await browser.close();
  server.close();
}

for (const failure of failures) console.error(failure);
console.log(failures.length ? '0 passed, 1 failed' : '1 passed, 0 failed');
process.exit(failures.length ? 1 : 0);
