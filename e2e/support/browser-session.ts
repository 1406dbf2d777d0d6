// The set-up every browser test file shares: a test server, a Chromium and one page in a fresh
// context, started before the file's tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../test/support/app-server';
import { launchBrowser } from './browser';

export interface BrowserSession {
  readonly server: TestServer;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
}

/** Registers the hooks; the fields are set once the file's `beforeAll` hooks have run. */
export function useBrowserSession(options: { locale?: string } = {}): BrowserSession {
  const session = {} as { server: TestServer; browser: Browser; context: BrowserContext; page: Page };
  beforeAll(async () => {
    session.server = await startTestServer();
    session.browser = await launchBrowser();
    session.context = await session.browser.newContext({ locale: options.locale ?? 'en-GB', viewport: { width: 1280, height: 900 } });
    session.page = await session.context.newPage();
  });
  afterAll(async () => {
    await session.context?.close();
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
