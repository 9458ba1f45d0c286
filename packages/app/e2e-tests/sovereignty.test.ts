import path from 'node:path';
import { expect, test } from './portalProblems';

const screenshots = path.resolve(__dirname, '../../../e2e-screenshots');

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(
    page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();
});

test('a sovereign cluster shows its posture card on the overview and a Sovereignty tab', async ({
  page,
  portalProblems,
}) => {
  await page.goto('/catalog/default/sovereigncluster/ionos-fra-prod');
  await expect(page.getByText('Sovereignty posture')).toBeVisible();
  await expect(page.getByLabel('Score', { exact: true })).toContainText(
    '/ 100',
  );
  await expect(
    page.getByText(/The lowest criterion sets the level: SEAL-\d is set by/),
  ).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Score per objective' }),
  ).toBeVisible();
  await page.screenshot({
    path: `${screenshots}/posture-card.png`,
    fullPage: true,
  });

  await page.getByText('Sovereignty', { exact: true }).click();
  await expect(page).toHaveURL(/\/sovereignty$/);
  await expect(page.getByText('Criteria', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Re-assess now' }).click();
  await expect(
    page.getByRole('button', { name: 'Re-assess now' }),
  ).toBeEnabled();
  await expect(page.getByText(/Re-assessment failed/)).toHaveCount(0);
  await page.screenshot({ path: `${screenshots}/sovereignty-tab.png` });
  await page.getByText('Criteria', { exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${screenshots}/sovereignty-criteria.png` });
  expect(portalProblems).toEqual([]);
});

test('a mesh shows its members and what losing each provider leaves', async ({
  page,
  portalProblems,
}) => {
  await page.goto('/catalog/default/resource/eu-core');
  await expect(
    page.getByRole('table', { name: 'Member clusters' }),
  ).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Continuity after losing a provider' }),
  ).toBeVisible();
  await page.screenshot({
    path: `${screenshots}/mesh-posture.png`,
    fullPage: true,
  });
  expect(portalProblems).toEqual([]);
});

test('the sovereign fleet page lists the clusters and filters them in the URL', async ({
  page,
  portalProblems,
}) => {
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: /Sovereign fl/ })
    .click();
  await expect(page).toHaveURL(/\/sovereign-fleet$/);
  const table = page.getByRole('table', { name: 'Sovereign clusters' });
  // The 14 example clusters, the live demo cluster and the header row; the
  // provisioning test may have added its cluster (Provisioning) before.
  await expect(table.getByRole('row').nth(15)).toBeVisible();
  expect(await table.getByRole('row').count()).toBeLessThanOrEqual(17);

  await page.getByRole('combobox', { name: 'Provider' }).click();
  await page.getByRole('option', { name: /^ionos \(\d+\)$/ }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/provider=ionos/);
  // ionos-fra-prod, ionos-txl-dev and the demo cluster's IONOS nodes, and the header row.
  await expect(table.getByRole('row')).toHaveCount(4);
  await page.screenshot({
    path: `${screenshots}/sovereign-fleet.png`,
    fullPage: true,
  });

  await table.getByRole('link', { name: 'IONOS Frankfurt production' }).click();
  await expect(page).toHaveURL(
    /\/catalog\/default\/sovereigncluster\/ionos-fra-prod/,
  );
  expect(portalProblems).toEqual([]);
});
