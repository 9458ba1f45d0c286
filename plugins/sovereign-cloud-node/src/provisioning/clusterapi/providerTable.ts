import { INFRASTRUCTURE_PROVIDERS } from './providers';

/**
 * The provider table of the README, as Markdown, from the one data table
 * (a test keeps the README in step with it).
 * @public
 */
export function providerTableMarkdown(): string {
  const rows = Object.values(INFRASTRUCTURE_PROVIDERS).map(p => {
    const api =
      p.engine === 'cluster-api'
        ? `contract ${p.contract}; \`${p.clusterApiVersion}\` Cluster; \`${p.infrastructureApiVersion}\``
        : `no Cluster API; Crossplane \`${p.infrastructureApiVersion}\``;
    return `| ${p.title} | ${p.release} | ${api} | ${p.managementCluster.join(
      '; ',
    )} | ${p.verification} |`;
  });
  return [
    '| Provider | Provider release | Cluster API contract / API versions | Management cluster needs | Checked |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
