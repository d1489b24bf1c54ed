// The pool, scenarios, snapshots and the risk picture in Chromium against the real server: a
// finance officer sets the pool, runs and compares two scenarios, adopts one, records a
// conditional co-financing and its outcome and sees the ledger and balances update, takes a
// snapshot; the proposal page and the editor show the risk picture (a Web Worker), live as the
// author types. axe-core on every new page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, chromiumAvailable, login, newPage, screenshot, startStack } from './harness.ts';
import type { Stack } from './harness.ts';
import { DEMO } from './seed.ts';

const run = chromiumAvailable() || process.env.CI === 'true';

let stack: Stack;

async function expectAccessible(page: Page, name: string): Promise<void> {
  const violations = await axe(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

const cell = async (page: Page, selector: string) =>
  (await page.locator(selector).first().innerText()).trim();

describe.runIf(run)('pool, scenarios and snapshots in Chromium', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    stack = await startStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('a finance officer sets the pool, compares two scenarios, adopts one and records a co-financing', async () => {
    const { context, page } = await newPage(stack);
    await login(stack, page, DEMO.finance.email, DEMO.finance.password);
    await page.getByRole('link', { name: 'Testrunde 2027' }).click();
    await page.getByRole('link', { name: 'Investeringspulje' }).click();
    await page.getByRole('heading', { name: /Investeringspuljen – Testrunde 2027/ }).waitFor();
    await page.getByTestId('pool-year-0').fill('2027');
    await page.getByTestId('pool-amount-0').fill('6.000.000');
    await page.getByRole('button', { name: 'Gem puljen' }).click();
    const pool2027 = '[data-testid^="balance-years-"] tr[data-year="2027"] td[data-col="balance"]';
    await page.locator(pool2027).waitFor();
    expect(await cell(page, pool2027)).toBe('6.000.000');
    await expectAccessible(page, 'pool');

    await page.getByRole('link', { name: 'Scenarier' }).click();
    await page.getByTestId('scenario-pool').waitFor();
    expect(await page.getByTestId('scenario-pool').inputValue()).toBe('6.000.000');
    await page.getByRole('button', { name: 'Beregn' }).click();
    await page.getByTestId('scenario-result').waitFor();
    expect(await cell(page, '[data-testid="scenario-selected"]')).toBe('Forslag 1, Forslag 3, Forslag 4');
    expect(await cell(page, '[data-testid="scenario-investment"]')).toBe('5.200.000 kr.');
    await page.getByTestId('scenario-name').fill('Hele puljen');
    await page.getByRole('button', { name: 'Gem scenariet' }).click();
    await page.locator('[data-scenario="Hele puljen"]').waitFor();

    await page.getByText('Forslag', { exact: true }).click(); // open the pins
    await page.getByTestId('pin-Forslag 1').selectOption('out');
    await page.getByRole('button', { name: 'Beregn' }).click();
    await page.getByText('Forslag 2, Forslag 3, Forslag 4').waitFor();
    await page.getByTestId('scenario-name').fill('Uden Forslag 1');
    await page.getByRole('button', { name: 'Gem scenariet' }).click();
    await page.locator('[data-scenario="Uden Forslag 1"]').waitFor();
    await page.getByRole('button', { name: 'Sammenlign' }).click();
    await page.getByTestId('comparison').waitFor();
    expect(await cell(page, '[data-testid="only-a"]')).toBe('Forslag 1');
    expect(await cell(page, '[data-testid="only-b"]')).toBe('Forslag 2');
    await screenshot(page, '20-scenarios');
    await expectAccessible(page, 'scenarios');
    await page
      .locator('[data-scenario="Hele puljen"]')
      .getByRole('button', { name: 'Vedtag som rundens beslutning' })
      .click();
    await page.locator('[data-scenario="Hele puljen"]', { hasText: 'Vedtaget' }).waitFor();

    await page.getByRole('link', { name: 'Investeringspulje' }).click();
    await page.getByTestId('pool-proposals').waitFor();
    const refs = await page.locator('[data-testid="pool-proposals"] tbody th').allInnerTexts();
    expect(refs).toEqual(['Forslag 1', 'Forslag 3']);
    expect(await cell(page, pool2027)).toBe('1.200.000');

    await page.getByTestId('source-name').fill('Klimapuljen');
    await page.getByRole('button', { name: 'Tilføj kilde' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Klimapuljen (Anden pulje)' }).waitFor();
    await page.getByTestId('entry-kind').selectOption('betinget');
    await page.getByTestId('entry-source').selectOption({ label: 'Klimapuljen' });
    await page.getByTestId('entry-proposal').selectOption({ label: 'Forslag 1' });
    await page.getByTestId('entry-year').fill('2027');
    await page.getByTestId('entry-amount').fill('1.000.000');
    await page.getByTestId('entry-replaces').selectOption({ label: 'Investeringspuljen' });
    await page.getByRole('button', { name: 'Bogfør' }).click();
    const outcome = '[data-testid="conditional"] td[data-col="outcome"]';
    await page.locator(outcome).waitFor();
    expect(await cell(page, outcome)).toBe('Afventer svar');
    // Both outcomes: the investment pool bears 1.700.000 if the climate pool pays, 2.700.000 if not.
    const row = await cell(page, '[data-testid="conditional"] tbody tr');
    expect(row).toContain('Investeringspuljen 1.700.000; Klimapuljen 1.000.000');
    expect(row).toContain('Investeringspuljen 2.700.000');
    expect(
      await cell(
        page,
        '[data-testid^="balance-yearsIfGranted-"] tr[data-year="2027"] td[data-col="balance"]',
      ),
    ).toBe('2.200.000');
    await screenshot(page, '21-pool');
    await expectAccessible(page, 'pool with a conditional grant');
    await page.getByRole('button', { name: 'Registrér: bevilget' }).click();
    await page.locator(outcome, { hasText: 'Bevilget' }).waitFor();
    expect(await cell(page, pool2027)).toBe('2.200.000');
    // A wrong entry is voided with a reason, never deleted: Forslag 3's 2027 grant (entry 3, 2.300.000).
    await page.getByRole('button', { name: 'Annullér #3' }).click();
    await page.getByTestId('void-reason-3').fill('Bogført på forkert år');
    await page.getByRole('button', { name: 'Annullér', exact: true }).click();
    await page.locator('[data-testid="entries"]', { hasText: 'Bogført på forkert år' }).waitFor();
    expect(await cell(page, pool2027)).toBe('4.500.000');

    await page.getByRole('link', { name: 'Øjebliksbilleder' }).click();
    await page.getByTestId('snapshot-label').fill('Udvalgsbehandling');
    await page.getByRole('button', { name: 'Tag øjebliksbillede' }).click();
    await page.getByTestId('snapshots').getByRole('rowheader', { name: 'Udvalgsbehandling' }).waitFor();
    await screenshot(page, '22-snapshots');
    await expectAccessible(page, 'snapshots');
    await context.close();
  });

  it('the risk picture shows on the proposal page and follows the author in the editor', async () => {
    const { context, page } = await newPage(stack);
    await login(stack, page, DEMO.author.email, DEMO.author.password);
    await page.getByRole('link', { name: 'Testrunde 2027' }).click();
    await page.getByTestId('committee-table').waitFor();
    const own = page
      .locator('[data-testid="proposal-table"] tbody tr', {
        hasText: DEMO.author.administrationCommitteeName,
      })
      .filter({ has: page.getByText('Kladde') });
    await own.first().getByRole('link').click();
    await page.getByTestId('risk-npv').waitFor();
    expect(await cell(page, '[data-testid="risk-level"]')).toBe('lav');
    expect(await cell(page, '[data-testid="risk-payback"]')).toMatch(/^\d{1,3}(,\d)? %$/);
    await screenshot(page, '23-risk-picture');
    await expectAccessible(page, 'proposal with risk picture');

    await page.getByRole('link', { name: 'Redigér' }).click();
    await page.getByTestId('risk-npv').waitFor();
    const npvText = () =>
      page.evaluate(() => document.querySelector('[data-testid="risk-npv"]')?.textContent ?? '');
    const before = await npvText();
    const input = page
      .locator('[data-grid="economy"] tbody tr[data-line]')
      .first()
      .locator('input.cell')
      .last();
    await input.fill('-9.000');
    await page.waitForFunction(
      (b) => document.querySelector('[data-testid="risk-npv"]')?.textContent?.trim() !== b,
      before,
      { timeout: 15_000 },
    );
    expect(await npvText()).not.toBe(before);

    // A three-point estimate on the line: low and high under it, checked as typed, in the risk
    // picture at once, and kept by the save.
    const firstLine = page.locator('[data-grid="economy"] tbody tr[data-line]').first();
    await firstLine.getByRole('button', { name: /^Angiv usikkerhed/ }).click();
    const low = page.locator('tr[data-estimate="low"] input.cell').last();
    const high = page.locator('tr[data-estimate="high"] input.cell').last();
    await low.fill('-1.000');
    await page.getByText('må ikke være større end det sandsynlige beløb (-9.000.000 kr.)').first().waitFor();
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.getByText('Ret de markerede celler, før du gemmer.').waitFor();
    await low.fill('-12.000');
    await high.fill('-5.000');
    await page.getByText('1 linje(r) med trepunktsestimat.').waitFor({ timeout: 15_000 });
    await screenshot(page, '24-editor-estimate');
    await expectAccessible(page, 'editor with a three-point estimate');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    // Saved: the proposal page's risk picture counts the estimate, and the editor shows it again.
    await page.getByRole('link', { name: 'Redigér' }).waitFor();
    await page.getByText('1 linje(r) med trepunktsestimat.').waitFor({ timeout: 15_000 });
    await page.getByRole('link', { name: 'Redigér' }).click();
    await page.locator('tr[data-estimate="low"]').waitFor();
    expect(await page.locator('tr[data-estimate="low"] input.cell').last().inputValue()).toBe('-12.000');
    expect(await page.locator('tr[data-estimate="high"] input.cell').last().inputValue()).toBe('-5.000');
    await context.close();
  });
});
