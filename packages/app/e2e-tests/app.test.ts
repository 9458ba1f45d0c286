import path from 'node:path';
import { expect, test } from './portalProblems';

const screenshots = path.resolve(__dirname, '../../../e2e-screenshots');

test('a guest signs in, browses the catalog and opens an entity page', async ({
  page,
  portalProblems,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();

  const sidebar = page.getByRole('navigation', { name: 'sidebar nav' });
  await expect(
    sidebar.getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();

  const repository = page.getByRole('link', {
    name: /sovereign cloud for backstage/i,
  });
  await expect(repository).toBeVisible();
  await page.screenshot({ path: `${screenshots}/catalog.png`, fullPage: true });

  await repository.click();
  await expect(page).toHaveURL(
    /\/catalog\/default\/component\/sovereign-cloud-backstage/,
  );
  await expect(page.getByText('About', { exact: true })).toBeVisible();
  await expect(
    page.getByText(/Backstage plugin suite and demo portal/),
  ).toBeVisible();
  await page.screenshot({ path: `${screenshots}/entity.png`, fullPage: true });

  expect(portalProblems).toEqual([]);
});
