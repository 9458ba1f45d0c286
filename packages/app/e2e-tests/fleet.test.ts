import path from 'node:path';
import { expect, test } from './portalProblems';

const screenshots = path.resolve(__dirname, '../../../e2e-screenshots');

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  const sidebar = page.getByRole('navigation', { name: 'sidebar nav' });
  await expect(
    sidebar.getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();
});

test('a sovereign cluster page shows its provider, mesh, owner and workloads', async ({
  page,
  portalProblems,
}) => {
  await page.goto('/catalog/default/sovereigncluster/ionos-fra-prod');
  await expect(
    page.getByRole('heading', { name: 'IONOS Frankfurt production' }),
  ).toBeVisible();
  await expect(page.getByText('SovereignCluster').first()).toBeVisible();

  // The relations graph: hosted by IONOS, part of the eu-core mesh, depended on by workloads.
  const graph = page
    .locator('svg')
    .filter({ hasText: 'IONOS Frankfurt production' })
    .first();
  for (const neighbour of [
    'IONOS Cloud',
    'EU core mesh',
    'platform-team',
    'Payments API',
    'Checkout web',
  ]) {
    await expect(graph.getByText(neighbour, { exact: true })).toBeVisible();
  }
  await page.screenshot({ path: `${screenshots}/cluster.png`, fullPage: true });
  expect(portalProblems).toEqual([]);
});

test('a cloud provider page shows the provider and the clusters it hosts', async ({
  page,
  portalProblems,
}) => {
  await page.goto('/catalog/default/cloudprovider/rhein-main-dc');
  await expect(
    page.getByRole('heading', { name: 'Rhein-Main private data centre' }),
  ).toBeVisible();
  const graph = page
    .locator('svg')
    .filter({ hasText: 'rhein-main-dc' })
    .first();
  await expect(
    graph.getByText('Munich factory edge', { exact: true }),
  ).toBeVisible();
  await page.screenshot({
    path: `${screenshots}/provider.png`,
    fullPage: true,
  });
  expect(portalProblems).toEqual([]);
});

test('the catalog lists the fleet, and a workload opens its Kubernetes tab', async ({
  page,
  portalProblems,
}) => {
  await page.goto('/?filters[kind]=sovereigncluster');
  await expect(page.getByText(/All Sovereign ?Clusters \(15\)/i)).toBeVisible();
  await page.screenshot({ path: `${screenshots}/fleet.png`, fullPage: true });

  await page.goto('/catalog/default/component/payments-api');
  await page.getByText('Kubernetes', { exact: true }).click();
  await expect(page).toHaveURL(/\/kubernetes$/);
  await expect(page.getByText(/error/i)).toHaveCount(0);
  await page.screenshot({
    path: `${screenshots}/kubernetes-tab.png`,
    fullPage: true,
  });
  expect(portalProblems).toEqual([]);
});
