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

test('upgrading an example cluster on the demo management cluster shows the change on its page', async ({
  page,
  portalProblems,
}) => {
  test.setTimeout(180_000);
  // On a fresh start the catalog may still be reading the templates.
  await expect(async () => {
    await page.goto('/create/templates/default/upgrade-sovereign-cluster');
    await expect(
      page.getByRole('textbox', { name: 'Kubernetes version' }),
    ).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 90_000 });

  // hetzner-hel-dr runs v1.32.8 on mgmt-fra: one minor up.
  const cluster = page.getByRole('textbox', { name: 'Cluster', exact: true });
  await cluster.click();
  await cluster.fill('hel');
  await page
    .getByRole('option', { name: /hetzner-hel-dr|Helsinki/i })
    .first()
    .click();
  await page
    .getByRole('textbox', { name: 'Kubernetes version' })
    .fill('v1.33.4');
  // The entity does not record it; the demo rendered the ClusterClass default.
  await page
    .getByRole('textbox', { name: 'Control-plane machine type' })
    .fill('cx33');
  await page.getByRole('button', { name: 'Review' }).click();
  await expect(page.getByText('v1.33.4').first()).toBeVisible();
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/create\/tasks\//);

  const output = page.getByTestId('text-output-box');
  await expect(output.getByText(/v1\.32\.8 → v1\.33\.4/).first()).toBeVisible({
    timeout: 90_000,
  });
  await expect(
    output.getByText(/spec\.topology\.version/).first(),
  ).toBeVisible();
  await page.screenshot({
    path: `${screenshots}/day2-upgrade-task.png`,
    fullPage: true,
  });

  await page.goto('/catalog/default/sovereigncluster/hetzner-hel-dr');
  const changes = page
    .locator('.MuiCard-root')
    .filter({ has: page.getByText('Changes', { exact: true }) });
  await expect(changes.getByText(/v1\.32\.8 → v1\.33\.4/).first()).toBeVisible({
    timeout: 30_000,
  });
  await expect(changes.getByText(/No drift/i).first()).toBeVisible();
  await changes.last().screenshot({
    path: `${screenshots}/day2-changes-card.png`,
  });
  expect(portalProblems).toEqual([]);
});
