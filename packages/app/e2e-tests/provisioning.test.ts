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

test('the cluster template picks a provider and its locations and previews the posture', async ({
  page,
  portalProblems,
}) => {
  await page.goto('/create');
  const card = page
    .locator('.MuiCard-root')
    .filter({ hasText: 'Provision a sovereign cluster' });
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: /choose/i }).click();
  await expect(page).toHaveURL(
    /\/create\/templates\/default\/provision-sovereign-cluster/,
  );

  // Step 1: name, owner, and the provider and locations from the provider catalogue.
  await page
    .getByRole('textbox', { name: 'Name', exact: true })
    .fill('hetzner-fsn-apps');
  const owner = page.getByRole('textbox', { name: 'Owner' });
  await owner.click();
  await owner.fill('platform');
  await page
    .getByRole('option', { name: /platform-team/ })
    .first()
    .click();

  await page.getByRole('combobox', { name: 'Provider' }).click();
  await page.getByRole('option', { name: 'Hetzner', exact: true }).click();
  await expect(
    page.getByText('Provisioned through Cluster API (CAPH)'),
  ).toBeVisible();
  await expect(
    page.getByRole('checkbox', {
      name: 'ash · Ashburn, VA (US) outside EU/EEA',
    }),
  ).toBeVisible();
  await page
    .getByRole('checkbox', { name: 'fsn1 · Falkenstein (DE) EU/EEA' })
    .check();
  await page.screenshot({
    path: `${screenshots}/provision-template-placement.png`,
    fullPage: true,
  });

  // Machines, network and storage, policy: the template's defaults.
  for (const heading of [
    'Control plane',
    'Network',
    'Policy',
    'Posture preview',
  ]) {
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(
      page.getByRole('heading', { name: heading, exact: true }),
    ).toBeVisible();
  }

  // The posture the request would have, computed in the browser.
  await expect(page.getByText('SEAL-2', { exact: true })).toBeVisible();
  await expect(page.getByText('provisional', { exact: true })).toBeVisible();
  await expect(
    page.getByText(
      'SC-2.01 Exposure of infrastructure providers to extraterritorial law',
    ),
  ).toBeVisible();
  await page.screenshot({
    path: `${screenshots}/provision-template.png`,
    fullPage: true,
  });

  // SEAL-2 meets the template's default minimum, so the review is reachable.
  await page.getByRole('button', { name: 'Review' }).click();
  await expect(page.getByText('hetzner-fsn-apps').first()).toBeVisible();

  // Running it has no side effects outside the task's workspace: the plan, then the GitOps files
  // written there (no publish step), then the summary in the log.
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/create\/tasks\//);
  // The template's output texts: the posture first, the plan behind its button.
  const output = page.getByTestId('text-output-box');
  await expect(
    output.getByText(
      'SC-2.01 Exposure of infrastructure providers to extraterritorial law',
    ),
  ).toBeVisible({ timeout: 60_000 });
  await expect(
    output.getByText('(provisional), score 16.4 / 100'),
  ).toBeVisible();
  await page.screenshot({
    path: `${screenshots}/provision-task.png`,
    fullPage: true,
  });
  await page.getByRole('button', { name: 'Plan', exact: true }).click();
  await expect(output.getByText('Management-cluster objects:')).toBeVisible();
  await expect(
    output.getByText('clusters/hetzner-fsn-apps/catalog-info.yaml'),
  ).toBeVisible();
  expect(portalProblems).toEqual([]);
});
