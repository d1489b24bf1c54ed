// Search in Chromium against the real server with the demo data (issue 16): a part of a compound
// word is found and marked in <mark>, the filters (choices from the server) narrow and are kept in
// the address, a search that finds nothing says so in Danish, another organisation finds none of
// Copenhagen's proposals, and axe-core finds nothing on the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EKSEMPELBY_USERS } from '../../src/demo/eksempelby.ts';
import { axe, chromiumAvailable, login, newPage, screenshot, startStack } from './harness.ts';
import type { Stack } from './harness.ts';
import { DEMO } from './seed.ts';

const run = chromiumAvailable() || process.env.CI === 'true';

let stack: Stack;

async function expectAccessible(page: Page, name: string): Promise<void> {
  const violations = await axe(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

const status = (page: Page) => page.getByTestId('search-count').innerText();
const marks = (page: Page) => page.locator('ul.results mark').allInnerTexts();

async function searchFor(page: Page, words: string): Promise<void> {
  await page.getByLabel('Søgeord').fill(words);
  await page.getByRole('button', { name: 'Søg' }).click();
  await page.waitForURL(new RegExp(`q=${encodeURIComponent(words)}`));
  await page.getByTestId('search-count').waitFor();
}

describe.runIf(run)('search in Chromium', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    stack = await startStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('finds parts of compound words, marks them, filters, and says when nothing is found', async () => {
    const { context, page } = await newPage(stack);
    await login(stack, page, DEMO.reader.email, DEMO.reader.password);
    await page.getByRole('link', { name: 'Søg' }).click();
    await page.getByRole('heading', { name: 'Søg i forslag' }).waitFor();

    // "bygning" is only part of a word in the demo data: "administrationsbygninger".
    await searchFor(page, 'bygning');
    const results = page.locator('ul.results li');
    const rengoering = results.filter({ hasText: 'administrationsbygninger' });
    await rengoering.first().waitFor();
    expect(
      (await rengoering.first().locator('a mark').allInnerTexts()).map((m) => m.toLowerCase()),
    ).toContain('bygning');
    expect(await rengoering.first().innerText()).toContain('fundet som del af et ord');

    // The kind filter: its choices come from the server; choosing one searches again at once.
    await page.getByLabel('Type').selectOption({ label: 'Effektiviseringsforslag' });
    await page.waitForURL(/kind=effektivisering/);
    await expect.poll(async () => (await results.allInnerTexts()).length).toBeGreaterThan(0);
    for (const text of await results.allInnerTexts()) expect(text).toContain('Effektiviseringsforslag');
    await page.getByLabel('Budgetrunde').selectOption({ label: 'Budget 2027' });
    await page.waitForURL(/roundId=\d+/);
    await rengoering.first().waitFor();

    // With the filter kept: the ventilation proposal is an investment, so nothing is found …
    await searchFor(page, 'ventilation');
    await expect
      .poll(() => status(page))
      .toMatch(/^Ingen forslag fundet for »ventilation« med de valgte filtre/);
    expect(await results.count()).toBe(0);
    await expectAccessible(page, 'search without hits');
    // … and without it, "ventilation" finds "ventilationsanlæg", marked in title and text.
    await page.getByLabel('Type').selectOption({ label: 'Alle typer' });
    await page.waitForURL((url) => !url.hash.includes('kind='));
    const hit = results.filter({ hasText: 'Energioptimering af skolernes ventilationsanlæg' });
    await hit.first().waitFor();
    expect(await hit.first().locator('a mark').allInnerTexts()).toEqual(['ventilation']);
    expect((await marks(page)).map((m) => m.toLowerCase())).toContain('ventilation');
    await screenshot(page, '20-search-compound');
    await expectAccessible(page, 'search with hits');

    // The search is in the address: a reload shows the same answer.
    await page.reload();
    await hit.first().waitFor();
    expect(await page.getByLabel('Søgeord').inputValue()).toBe('ventilation');
    expect(await page.getByLabel('Budgetrunde').locator('option:checked').innerText()).toBe('Budget 2027');
    await context.close();
  });

  it('another organisation finds none of Copenhagen’s proposals', async () => {
    const { context, page } = await newPage(stack);
    await login(stack, page, EKSEMPELBY_USERS[0]!.email, EKSEMPELBY_USERS[0]!.password);
    await page.getByRole('link', { name: 'Søg' }).click();
    await searchFor(page, 'ventilation');
    expect(await status(page)).toMatch(/^Ingen forslag fundet for »ventilation«\. Prøv/);
    // Its own compound words are found: "skole" in "landsbyskoler".
    await searchFor(page, 'skole');
    await page.locator('ul.results li', { hasText: 'landsbyskoler' }).first().waitFor();
    await context.close();
  });
});
