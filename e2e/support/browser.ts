// A real Chromium for browser tests: CHROMIUM_PATH, else the system's Chromium, else the one
// shipped inside the @sparticuz/chromium npm package, so `npm ci` is all a machine needs.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

async function chromiumExecutable(): Promise<{ path: string; args: string[] }> {
  if (process.env.CHROMIUM_PATH) return { path: process.env.CHROMIUM_PATH, args: QUIET_FLAGS };
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return { path: candidate, args: QUIET_FLAGS };
  }
  const packaged = (await import('@sparticuz/chromium')).default;
  const path = await packaged.executablePath();
  // Keep the package's flags that make its build run headless, without its single-process mode.
  const args = packaged.args.filter((flag) => !/single-process|--headless/.test(flag));
  return { path, args: [...new Set([...args, ...QUIET_FLAGS])] };
}

export async function launchBrowser(): Promise<Browser> {
  const { path, args } = await chromiumExecutable();
  return chromium.launch({ executablePath: path, args, headless: true });
}
