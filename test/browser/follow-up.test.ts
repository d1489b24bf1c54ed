// The follow-up in Chromium on the demo a new user starts with: the organisation's follow-up
// overview with a chart per committee, a proposal's planned against realised with its targets
// (one overdue), the entry form typed like the economy editor (Danish numbers, keyboard), a target
// met with evidence, the finance centre's confirmation, the due list, a reader kept out of the
// entry form, and the workbook download; axe-core on every page, screenshots kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_USERS } from '../../src/demo/budget-2027.ts';
import {
  axe,
  chromiumAvailable,
  horizontalOverflow,
  login,
  newPage,
  screenshot,
  startStack,
} from './harness.ts';
import type { Stack } from './harness.ts';

const run = chromiumAvailable() || process.env.CI === 'true';
let stack: Stack;

const demo = (email: string) => {
  const u = DEMO_USERS.find((x) => x.email === email);
  if (!u) throw new Error(email);
  return u;
};

async function expectAccessible(page: Page, name: string): Promise<void> {
  expect(await axe(page), name).toEqual([]);
}

/** The cells of a year's row in the follow-up table. */
async function yearRow(page: Page, year: number): Promise<string[]> {
  return page.locator(`[data-testid="fu-years"] tr[data-year="${year}"] > *`).allInnerTexts();
}

describe.runIf(run)('follow-up in Chromium', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    stack = await startStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  let followUpUrl = '';

  it('an author finds the follow-up, sees planned against realised and an overdue target', async () => {
    const { context, page } = await newPage(stack);
    const suf = demo('suf@gevinst.demo');
    await login(stack, page, suf.email, suf.password);
    await page.getByRole('link', { name: 'Opfølgning', exact: true }).click();
    await page.getByRole('heading', { name: 'Opfølgning: Alle budgetrunder' }).waitFor();
    await page.getByTestId('ov-totals').waitFor();
    await screenshot(page, 'fu-01-overview');
    await expectAccessible(page, 'overview');

    await page.getByRole('link', { name: 'Forslag 1 Digital visitation i ældreplejen' }).click();
    await page.getByTestId('fu-years').waitFor();
    followUpUrl = page.url();
    expect(await yearRow(page, 2025)).toEqual([
      '2025',
      '-600',
      '-450',
      '150',
      'bagud',
      '1.500',
      '1.650',
      expect.stringContaining('af cfoe@gevinst.demo'),
      expect.stringContaining('Systemet kom i drift'),
    ]);
    const overdue = page.locator('[data-testid="fu-targets"] tr[data-target="0"]');
    expect(await overdue.innerText()).toContain('overskredet');
    expect(await page.locator('figure.chart').count()).toBe(1);
    await screenshot(page, 'fu-02-proposal');
    await expectAccessible(page, 'proposal follow-up');
    await context.close();
  });

  it('the author enters 2027 with the keyboard, Danish numbers; the table shows realised and deviation', async () => {
    const { context, page } = await newPage(stack);
    const suf = demo('suf@gevinst.demo');
    await login(stack, page, suf.email, suf.password);
    await page.goto(followUpUrl);
    await page.getByRole('link', { name: 'Indtast realiserede tal' }).click();
    await page.getByRole('heading', { name: /Indtast realiserede tal/ }).waitFor();
    await expectAccessible(page, 'entry');

    // The area's own cell for 2027: arrow right from 2026, then type a Danish number.
    const cell2026 = page.getByRole('textbox', { name: 'Realiseret i alt: Varige ændringer, Service, 2026' });
    await cell2026.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    const cell2027 = page.getByRole('textbox', { name: 'Realiseret i alt: Varige ændringer, Service, 2027' });
    expect(await cell2027.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.type('-1.400');
    // A wrong entry is marked and named, never guessed; the save is refused until it is fixed.
    const line = page.getByRole('textbox', { name: '↳ Færre visitationsbesøg, 2028' });
    await line.fill('12 34');
    await page.getByRole('button', { name: 'Gem realiserede tal' }).click();
    await page.getByText('Ret de markerede felter, før du gemmer.').waitFor();
    await screenshot(page, 'fu-03-entry-error');
    await line.fill('');
    await page.getByLabel('Note til 2027').fill('Første halvår målt.');
    await screenshot(page, 'fu-04-entry');
    await page.getByRole('button', { name: 'Gem realiserede tal' }).click();
    await page.getByTestId('fu-years').waitFor();
    expect((await yearRow(page, 2027)).slice(0, 5)).toEqual(['2027', '-1.500', '-1.400', '100', 'på sporet']);

    // The overdue target is met, with the evidence.
    const row = page.locator('[data-testid="fu-targets"] tr[data-target="0"]');
    await row.getByRole('button', { name: 'Registrér som opfyldt' }).click();
    await page
      .getByLabel('Dokumentation (hvad viser, at målet er nået?)')
      .fill('Sagsbehandlingstiden er 9 dage (måling juni 2026).');
    await page.getByRole('button', { name: 'Gem som opfyldt' }).click();
    await row.getByText('opfyldt', { exact: true }).waitFor();
    expect(await row.innerText()).toContain('Sagsbehandlingstiden er 9 dage');
    await screenshot(page, 'fu-05-target-met');
    await context.close();
  });

  it('the finance centre confirms a year; the due list; a reader cannot enter; the workbook downloads', async () => {
    const { context, page } = await newPage(stack);
    const cfoe = demo('cfoe@gevinst.demo');
    await login(stack, page, cfoe.email, cfoe.password);
    await page.goto(followUpUrl);
    await page.getByRole('button', { name: 'Bekræft 2026' }).click();
    await page.getByText('2026 er bekræftet.').waitFor();
    expect((await yearRow(page, 2026))[7]).toContain('af cfoe@gevinst.demo');

    await page.goto(stack.baseUrl + '/#/opfoelgning/frister');
    await page.getByRole('heading', { name: 'Frister for opfølgning' }).waitFor();
    await page.getByTestId('due-list').first().waitFor();
    await screenshot(page, 'fu-06-due');
    await expectAccessible(page, 'due list');

    await page.goto(stack.baseUrl + '/#/runder/2/opfoelgning');
    await page.getByRole('heading', { name: 'Opfølgning: Budget 2025' }).waitFor();
    expect(await page.locator('figure.chart').count()).toBe(2);
    await screenshot(page, 'fu-07-round-overview');
    await expectAccessible(page, 'round overview');
    const href = await page.getByRole('link', { name: /Excel/ }).getAttribute('href');
    const file = await page.request.get(new URL(href ?? '', stack.baseUrl).toString());
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('spreadsheetml');
    await context.close();

    const reader = await newPage(stack);
    const laeser = demo('laeser@gevinst.demo');
    await login(stack, reader.page, laeser.email, laeser.password);
    await reader.page.goto(`${followUpUrl}/indtast`);
    await reader.page.getByRole('heading', { name: 'Ingen adgang' }).waitFor();
    await reader.page.goto(followUpUrl);
    await reader.page.getByTestId('fu-years').waitFor();
    expect(await reader.page.getByRole('link', { name: 'Indtast realiserede tal' }).count()).toBe(0);
    expect(await reader.page.getByRole('button', { name: /Bekræft/ }).count()).toBe(0);
    await reader.context.close();
  });

  it('at 390 px (a phone) no follow-up page scrolls sideways', async () => {
    const context = await stack.browser.newContext({
      locale: 'da-DK',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const suf = demo('suf@gevinst.demo');
    await login(stack, page, suf.email, suf.password);
    for (const [address, ready] of [
      [`${stack.baseUrl}/#/opfoelgning`, 'ov-totals'],
      [followUpUrl, 'fu-years'],
      [`${followUpUrl}/indtast`, null],
      [`${stack.baseUrl}/#/opfoelgning/frister`, 'due-list'],
    ] as const) {
      await page.goto(address);
      if (ready) await page.getByTestId(ready).first().waitFor();
      else await page.locator('[data-grid="realised"]').waitFor();
      expect(await horizontalOverflow(page), address).toEqual([]);
    }
    await screenshot(page, 'fu-08-phone-due');
    await context.close();
  });

  it('the tolerance left blank in the settings is refused by its label, never saved as 0', async () => {
    const { context, page } = await newPage(stack);
    const admin = demo('admin@gevinst.demo');
    await login(stack, page, admin.email, admin.password);
    await page.goto(`${stack.baseUrl}/#/organisation`);
    const kroner = page.getByLabel(
      'Opfølgning: tolerance for afvigelse (1.000 kr.; den største af de to gælder)',
    );
    const before = await kroner.inputValue();
    expect(before).not.toBe('');
    await kroner.fill('');
    await page.getByRole('button', { name: 'Gem indstillingerne' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Opfølgning: tolerance for afvigelse (1.000 kr.; den største af de to gælder):' })
      .waitFor();
    await page.reload();
    expect(await kroner.inputValue()).toBe(before);
    await context.close();
  });
});
