import path from 'node:path';
import { Page } from '@playwright/test';
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

/** A card on the entity page by its title. */
const card = (page: Page, title: string) =>
  page
    .locator('.MuiCard-root')
    .filter({ has: page.getByText(title, { exact: true }) })
    .last();

// The demo backend starts the demo cluster (sovereignCloud.demo.liveCluster in app-config.yaml):
// a Kubernetes test server with fixtures and, with Prometheus installed, a local Prometheus.
test('the demo cluster shows observed storage, observability and network', async ({
  page,
  portalProblems,
}) => {
  await page.goto('/catalog/default/sovereigncluster/demo-live');
  await expect(
    page.getByRole('heading', { name: /Demo live cluster/ }),
  ).toBeVisible();

  const storage = card(page, 'Storage');
  await storage.scrollIntoViewIfNeeded();
  await expect(storage.getByText('observed', { exact: true })).toBeVisible();
  await expect(storage.getByText(/Collected .* from/)).toBeVisible();
  await expect(storage.getByText('HEALTH_OK').first()).toBeVisible();
  await expect(storage.getByText('ceph-block').first()).toBeVisible();
  await expect(storage.getByText(/degraded/i).first()).toBeVisible();
  await storage.screenshot({ path: `${screenshots}/live-storage.png` });

  const observability = card(page, 'Observability');
  await observability.scrollIntoViewIfNeeded();
  await expect(
    observability.getByText('observed', { exact: true }),
  ).toBeVisible();
  await expect(observability.getByText(/from Prometheus/i)).toBeVisible();
  // The always-firing rule of the demo Prometheus.
  await expect(observability.getByText('Watchdog').first()).toBeVisible();
  await observability.screenshot({
    path: `${screenshots}/live-observability.png`,
  });

  const network = card(page, 'Network');
  await network.scrollIntoViewIfNeeded();
  await expect(network.getByText('observed', { exact: true })).toBeVisible();
  await expect(network.getByLabel('Encryption', { exact: true })).toContainText(
    'WireGuard',
  );
  // Readiness of the mesh links comes from the demo cluster's Prometheus.
  await expect(
    network.getByText('demo-eu ↔ eu-west-1: ready', { exact: false }),
  ).toBeVisible();
  await expect(
    network.getByText('demo-eu ↔ eu-north-1: not ready', { exact: false }),
  ).toBeVisible();
  await expect(network.getByText('fsn1').first()).toBeVisible();
  await network.screenshot({ path: `${screenshots}/live-network.png` });

  await expect(
    page.getByText('No live source configured', { exact: true }),
  ).toHaveCount(0);
  expect(portalProblems).toEqual([]);
});

test('a cluster without a live source says so on each card, with its declared facts', async ({
  page,
  portalProblems,
}) => {
  await page.goto('/catalog/default/sovereigncluster/ionos-fra-prod');
  await expect(
    page.getByRole('heading', { name: 'IONOS Frankfurt production' }),
  ).toBeVisible();
  for (const title of ['Storage', 'Observability', 'Network']) {
    const live = card(page, title);
    await live.scrollIntoViewIfNeeded();
    await expect(
      live.getByText('No live source configured', { exact: true }),
    ).toBeVisible();
    await expect(live.getByText('Declared facts only')).toBeVisible();
  }
  await expect(page.getByText('Could not read')).toHaveCount(0);
  // The three cards together, clipped out of the whole page (boxes measured at the top).
  await page.evaluate(() => window.scrollTo(0, 0));
  const boxes = await Promise.all(
    ['Storage', 'Observability', 'Network'].map(async title => {
      const box = await card(page, title).boundingBox();
      if (!box) throw new Error(`the ${title} card has no box`);
      return box;
    }),
  );
  const left = Math.min(...boxes.map(b => b.x));
  const top = Math.min(...boxes.map(b => b.y));
  await page.screenshot({
    path: `${screenshots}/live-not-configured.png`,
    fullPage: true,
    clip: {
      x: left,
      y: top,
      width: Math.max(...boxes.map(b => b.x + b.width)) - left,
      height: Math.max(...boxes.map(b => b.y + b.height)) - top,
    },
  });
  expect(portalProblems).toEqual([]);
});
