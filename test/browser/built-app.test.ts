// The production build of the web app served by the Gevinst server itself, in Chromium: under the
// server's Content-Security-Policy the app runs with no violation (no inline script or style it
// depends on), and an admin administers an account on the Brugere page (disable, re-enable,
// reset password), accessible to axe-core.
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, chromiumAvailable, login, newPage, screenshot, startStack } from './harness.ts';
import type { Stack } from './harness.ts';
import { DEMO } from './seed.ts';

const run = chromiumAvailable() || process.env.CI === 'true';

let stack: Stack;

function collectViolations(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (/Content Security Policy/i.test(m.text())) found.push(m.text());
  });
  page.on('pageerror', (e) => found.push(`page error: ${e.message}`));
  return found;
}

describe.runIf(run)('the built app under the server’s headers', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    stack = await startStack({ web: 'server' });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('runs without a CSP violation on the login, round and proposal pages', async () => {
    const { context, page } = await newPage(stack);
    const violations = collectViolations(page);
    const res = await page.goto(stack.baseUrl + '/');
    expect(res?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await login(stack, page, DEMO.finance.email, DEMO.finance.password);
    await page.getByRole('link', { name: 'Budget 2027' }).first().click();
    await page.getByTestId('committee-table').waitFor();
    await page.locator('[data-testid="proposal-table"] tbody tr a').first().click();
    await page.locator('#h-economy').waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });

  it('an admin disables, re-enables and resets an account on the Brugere page', async () => {
    const { context, page } = await newPage(stack);
    const violations = collectViolations(page);
    page.on('dialog', (d) => void d.accept());
    await login(stack, page, DEMO.admin.email, DEMO.admin.password);
    await page.getByRole('link', { name: 'Brugere' }).click();
    const row = page.locator('tbody tr').filter({ hasText: DEMO.reader.email });
    await row.waitFor();
    await row.getByRole('button', { name: 'Spær' }).click();
    await expect.poll(() => row.innerText()).toContain('Spærret');
    await screenshot(page, '20-users-disabled');
    await row.getByRole('button', { name: 'Genåbn' }).click();
    await expect.poll(() => row.innerText()).toContain('Aktiv');
    await row.getByRole('button', { name: 'Nulstil adgangskode' }).click();
    await expect
      .poll(() => page.getByRole('status').first().innerText())
      .toMatch(/Midlertidig adgangskode for/);
    expect(violations).toEqual([]);
    await context.close();

    // axe-core is injected as a script, which the CSP rightly refuses: checked in a context that
    // bypasses it.
    const checker = await stack.browser.newContext({ bypassCSP: true, locale: 'da-DK' });
    const checked = await checker.newPage();
    await login(stack, checked, DEMO.admin.email, DEMO.admin.password);
    await checked.getByRole('link', { name: 'Brugere' }).click();
    await checked.locator('tbody tr').first().waitFor();
    expect(await axe(checked)).toEqual([]);
    await checker.close();

    // The reader's old password no longer works.
    const reader = await newPage(stack);
    await reader.page.goto(stack.baseUrl + '/');
    await reader.page.getByLabel('E-mail').fill(DEMO.reader.email);
    await reader.page.getByLabel('Adgangskode').fill(DEMO.reader.password);
    await reader.page.getByRole('button', { name: 'Log ind' }).click();
    await reader.page.getByRole('alert').first().waitFor();
    await reader.context.close();
  });
});
