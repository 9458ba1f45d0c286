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

/** Picks a provider in the exit drill's select by the name it carries in the URL. */
async function leaveProvider(page: Page, name: string, title: RegExp) {
  await page.getByRole('combobox', { name: 'Provider to leave' }).click();
  await page.getByRole('option', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`provider=${name}$`));
  await expect(page.getByText(`Leaving ${name}`, { exact: true })).toBeVisible({
    timeout: 60_000,
  });
}

/** The row of one workload in the exit drill's table. */
const workloadRow = (page: Page, title: string) =>
  page
    .getByRole('table', { name: 'Workloads' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: title }) });

test('the exit drill shows what cannot leave the private data centre, and what moves off Hetzner', async ({
  page,
  portalProblems,
}) => {
  await page.goto('/sovereign-exit-drill');
  await leaveProvider(page, 'rhein-main-dc', /Rhein-Main/);

  // Retail POS sync keeps its data in Austria: no cluster outside the private DC may hold it.
  const retail = workloadRow(page, 'Retail POS sync');
  await expect(retail.getByText('cannot move', { exact: true })).toBeVisible();
  await expect(retail.getByText('storage', { exact: true })).toBeVisible();
  await expect(retail).toContainText('DataResidency');

  const posture = page.getByLabel('Fleet posture');
  await expect(
    posture.getByText(/^Average score .* → .* clusters$/),
  ).toBeVisible();
  await expect(
    posture.getByText(/^Providers before: .*rhein-main-dc/),
  ).toBeVisible();
  await expect(posture.getByText(/^Providers after: /)).not.toContainText(
    'rhein-main-dc',
  );
  await page.screenshot({
    path: `${screenshots}/exit-drill.png`,
    fullPage: true,
  });

  await leaveProvider(page, 'hetzner', /^Hetzner/);
  const payments = workloadRow(page, 'Payments API');
  await expect(payments.getByText('moves', { exact: true })).toBeVisible();
  await expect(payments).toContainText(/\d+ replicas move/);
  // Before it ran on hetzner-fsn-prod; after, nowhere on Hetzner.
  await expect(payments.getByRole('cell').nth(2)).toContainText(
    'hetzner-fsn-prod',
  );
  await expect(payments.getByRole('cell').nth(3)).not.toContainText('hetzner');
  await page.screenshot({
    path: `${screenshots}/exit-drill-hetzner.png`,
    fullPage: true,
  });
  expect(portalProblems).toEqual([]);
});

test('a component page shows the clusters it runs on, their providers and countries', async ({
  page,
  portalProblems,
}) => {
  await page.goto('/catalog/default/component/payments-api');
  await expect(
    page.getByRole('heading', { name: /Payments API/ }),
  ).toBeVisible();
  const card = page
    .locator('.MuiCard-root')
    .filter({ has: page.getByText('Where it runs', { exact: true }) })
    .last();
  await card.scrollIntoViewIfNeeded();
  const clusters = card.getByRole('table', { name: 'Clusters' });
  await expect(clusters).toBeVisible({ timeout: 60_000 });
  for (const [cluster, country] of [
    ['ionos-fra-prod', 'DE'],
    ['scaleway-par-prod', 'FR'],
    ['hetzner-fsn-prod', 'DE'],
  ]) {
    const row = clusters
      .getByRole('row')
      .filter({ has: page.locator(`a[href$="/sovereigncluster/${cluster}"]`) });
    await expect(row).toBeVisible();
    await expect(row.getByRole('cell').nth(2)).toContainText(country);
  }
  await expect(card.getByText(/^6 replicas on 3 clusters at /)).toBeVisible();
  await expect(card.getByText('Allowed jurisdictions: EU')).toBeVisible();
  await card.screenshot({ path: `${screenshots}/placement-card.png` });
  expect(portalProblems).toEqual([]);
});

test('the Entry points card shows the clusters behind an entry, their live health and each provider loss', async ({
  page,
  portalProblems,
}) => {
  await page.goto('/catalog/default/component/storefront-demo');
  await expect(
    page.getByRole('heading', { name: /Storefront \(demo\)/ }),
  ).toBeVisible();
  const card = page
    .locator('.MuiCard-root')
    .filter({ has: page.getByText('Entry points', { exact: true }) })
    .last();
  await card.scrollIntoViewIfNeeded();
  const entry = card.getByLabel('Entry shop.example.eu');
  await expect(entry).toBeVisible({ timeout: 60_000 });
  const clusters = card.getByRole('table', {
    name: 'Clusters behind the entry',
  });
  // The demo live cluster is observed: one IONOS node is not ready.
  const live = clusters
    .getByRole('row')
    .filter({ has: page.locator('a[href$="/sovereigncluster/demo-live"]') });
  await expect(live).toContainText('degraded');
  await expect(live).toContainText(/\d+ of \d+ nodes not ready/);
  const scaleway = clusters.getByRole('row').filter({
    has: page.locator('a[href$="/sovereigncluster/scaleway-par-prod"]'),
  });
  await expect(scaleway).toContainText('unknown');
  const losses = card.getByRole('table', { name: 'Provider exit' });
  await expect(
    losses.getByRole('row').filter({ hasText: /^hetzner/ }),
  ).toContainText('degrades');
  await card.screenshot({ path: `${screenshots}/edge-card.png` });

  // An entry whose DNS runs at one provider only: a finding, and the exit drill cannot move it.
  await page.goto('/catalog/default/component/payments-api');
  const payments = page
    .locator('.MuiCard-root')
    .filter({ has: page.getByText('Entry points', { exact: true }) })
    .last();
  await payments.scrollIntoViewIfNeeded();
  await expect(payments.getByText(/EDGE-ENTRY/)).toBeVisible({
    timeout: 60_000,
  });
  await page.goto('/sovereign-exit-drill');
  await leaveProvider(page, 'ionos', /^IONOS/);
  const row = workloadRow(page, 'Payments API');
  await expect(row.getByText('cannot move', { exact: true })).toBeVisible();
  await expect(row).toContainText(
    'its only entry pay.example.eu is answered by IONOS Cloud DNS, which runs only at ionos',
  );
  await page.screenshot({
    path: `${screenshots}/exit-drill-ionos-edge.png`,
    fullPage: true,
  });
  expect(portalProblems).toEqual([]);
});

test('the deploy template previews where the workload would run', async ({
  page,
  portalProblems,
}) => {
  await page.goto('/create');
  const template = page
    .locator('.MuiCard-root')
    .filter({ hasText: 'Deploy a sovereign workload' });
  await expect(template).toBeVisible();
  await template.getByRole('button', { name: /choose/i }).click();
  await expect(page).toHaveURL(
    /\/create\/templates\/default\/deploy-sovereign-workload/,
  );

  // Step 1: the workload; replicas (3), requests, scheduling and EU-only keep their defaults.
  await page
    .getByRole('textbox', { name: 'Name', exact: true })
    .first()
    .fill('shop-web');
  await page.getByRole('textbox', { name: 'Namespace' }).fill('shop');
  await page
    .getByRole('textbox', { name: 'Image' })
    .fill('registry.example.eu/shop/web:1.2.3');
  // The workload names where its data may live.
  // The innermost block holding the list's heading and its button (ancestors come first).
  const residency = page
    .locator('div')
    .filter({
      has: page.getByRole('heading', { name: 'Data residency', exact: true }),
    })
    .filter({ has: page.getByRole('button', { name: 'Add Item' }) })
    .last();
  await residency.getByRole('button', { name: 'Add Item' }).click();
  await residency.getByRole('textbox').last().fill('EU');
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 2: delivery through Karmada (the default).
  await expect(page.getByText('Delivery').first()).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 3: no global entry (the edge is optional).
  await expect(page.getByRole('heading', { name: 'Edge' })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 4: the planner's answer, computed in the browser over the catalog's clusters.
  const chosen = page.getByRole('table', { name: 'Clusters chosen' });
  await expect(chosen).toBeVisible({ timeout: 60_000 });
  const rows = chosen.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  // Divided: the replicas over the chosen clusters add up to the request (3 by default).
  const replicas = await rows.evaluateAll(trs =>
    trs.map(tr => Number(tr.querySelectorAll('td')[2]?.textContent)),
  );
  expect(replicas.reduce((sum, r) => sum + r, 0)).toBe(3);
  // Every other cluster of the fleet (15 in the catalog) is listed as not chosen, with why.
  const notChosen = page
    .getByRole('table', { name: 'Clusters not chosen' })
    .locator('tbody tr');
  expect((await rows.count()) + (await notChosen.count())).toBe(15);
  for (const reason of await notChosen.evaluateAll(trs =>
    trs.map(tr => tr.querySelectorAll('td')[2]?.textContent ?? ''),
  )) {
    expect(reason).not.toBe('');
  }
  await expect(page.getByText(/The workload is not complete yet/)).toHaveCount(
    0,
  );
  await page.screenshot({
    path: `${screenshots}/placement-preview.png`,
    fullPage: true,
  });
  expect(portalProblems).toEqual([]);
});
