import fs from 'node:fs';
import path from 'node:path';
import {
  createProviderCatalogue,
  defaultCloudProviders,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { planCluster } from '../../../planning/planCluster';
import {
  GitHttpServer,
  startGitHttpServer,
} from '../../../provisioning/testing/gitHttpServer';
import {
  CLUSTER_REF,
  GITOPS_AUTHOR,
  Harness,
  startHarness,
} from './__testUtils__/changeTestHarness';
import { createClusterUpgradeAction } from './upgrade';
import { hetznerRequest } from '../plan.examples';

// Real clones and pushes over HTTP: slow on a loaded machine.
jest.setTimeout(60_000);

// A canary: it must never show up in an error or an output.
const TOKEN = 'canary-gitops-token-9d41b7c2e0';
const CLUSTER_FILE = 'clusters/hetzner-eu-prod/cluster.yaml';

/** The cluster's files as `sovereign-cloud:cluster:provision` committed them. */
const provisionedFiles = () =>
  planCluster(hetznerRequest, {
    catalogue: createProviderCatalogue(defaultCloudProviders()),
    basePath: 'clusters/hetzner-eu-prod',
  }).files;

describe('sovereign-cloud:cluster:upgrade in gitops mode', () => {
  let h: Harness | undefined;
  let git: GitHttpServer | undefined;

  afterEach(async () => {
    await h?.stop();
    await git?.close();
    h = undefined;
    git = undefined;
  });

  async function start(options: { token?: string; configured?: boolean }) {
    git = await startGitHttpServer({
      token: TOKEN,
      initialFiles: { 'README.md': '# fleet\n', ...provisionedFiles() },
    });
    h = await startHarness({
      gitops: { url: git.url, token: TOKEN, ...options },
    });
    return { git, h };
  }

  it('dry run and planOnly: the diff to the repository, no commit, nothing recorded', async () => {
    const { git: server, h: harness } = await start({});
    const commits = await server.commitCount();
    const services = harness.services();
    const { error, outputs } = await harness.run(
      createClusterUpgradeAction(services),
      { kubernetesVersion: 'v1.34.1' },
      { isDryRun: true },
    );
    expect(error).toBeUndefined();
    expect(outputs.summary).toBe('Kubernetes v1.33.4 → v1.34.1');
    const cluster = outputs.diff.find((d: any) => d.kind === 'Cluster');
    expect(cluster).toMatchObject({
      action: 'update',
      name: 'hetzner-eu-prod',
    });
    expect(cluster.fields).toEqual([
      {
        path: 'spec.topology.version',
        change: 'changed',
        before: 'v1.33.4',
        after: 'v1.34.1',
        // Git has no field managers.
        managers: [],
      },
    ]);
    // The entity file in the repository declares the version too.
    expect(
      outputs.diff.find((d: any) => d.kind === 'SovereignCluster'),
    ).toMatchObject({
      action: 'update',
      fields: [
        expect.objectContaining({
          path: 'spec.distribution.version',
          before: '1.33.4',
          after: '1.34.1',
        }),
      ],
    });
    expect(
      outputs.diff
        .filter((d: any) => !['Cluster', 'SovereignCluster'].includes(d.kind))
        .every((d: any) => d.action === 'unchanged'),
    ).toBe(true);
    expect(outputs.diffSummary).toContain('spec.topology.version');
    expect(outputs.commit).toBeUndefined();
    // An upgrade leaves the posture as it is, GitOps exit evidence included.
    expect(outputs.posture.after).toEqual(outputs.posture.before);

    const planOnly = await harness.run(createClusterUpgradeAction(services), {
      kubernetesVersion: 'v1.34.1',
      planOnly: true,
    });
    expect(planOnly.error).toBeUndefined();
    expect(planOnly.outputs.diff).toEqual(outputs.diff);

    expect(await server.commitCount()).toBe(commits);
    expect((await server.tree())[CLUSTER_FILE]).toContain('version: v1.33.4');
    expect(harness.records.changes.size).toBe(0);
    expect(services.auditor.createEvent).not.toHaveBeenCalled();
    // The management cluster is not part of a gitops change.
    expect(harness.liveCluster().spec.topology.version).toBe('v1.33.4');
  });

  it('commits the upgrade once, records it and the new request; a re-run commits nothing', async () => {
    const { git: server, h: harness } = await start({});
    const commits = await server.commitCount();
    const services = harness.services();
    const { error, outputs } = await harness.run(
      createClusterUpgradeAction(services),
      { kubernetesVersion: 'v1.34.1' },
    );
    expect(error).toBeUndefined();
    expect(await server.commitCount()).toBe(commits + 1);
    expect(outputs.commit).toBe(await server.head());
    expect(await server.headAuthor()).toEqual({
      author: `${GITOPS_AUTHOR.name} <${GITOPS_AUTHOR.email}>`,
      committer: `${GITOPS_AUTHOR.name} <${GITOPS_AUTHOR.email}>`,
    });
    const tree = await server.tree();
    expect(tree[CLUSTER_FILE]).toContain('version: v1.34.1');
    expect(tree['README.md']).toBe('# fleet\n');
    expect(outputs.files).toContain(CLUSTER_FILE);
    expect(outputs.applied).toBeUndefined();
    expect(
      harness.records.changes.get(
        'change-task:sovereign-cloud:cluster:upgrade',
      ),
    ).toMatchObject({
      cluster: CLUSTER_REF,
      kind: 'upgrade',
      status: 'applied',
      mode: 'gitops',
      summary: 'Kubernetes v1.33.4 → v1.34.1',
    });
    expect(services.auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'cluster-change',
        meta: expect.objectContaining({
          mode: 'gitops',
          directory: 'clusters/hetzner-eu-prod',
        }),
      }),
    );
    // The next change starts from the upgraded request, in the same record.
    const record = harness.records.records.at(-1)!;
    expect(record).toMatchObject({
      id: 'provision-task',
      requestedAt: '2026-11-01T00:00:00Z',
      mode: 'gitops',
      entity: harness.entity,
    });
    expect(record.request).toMatchObject({ kubernetesVersion: 'v1.34.1' });
    // The management cluster was not touched.
    expect(harness.liveCluster().spec.topology.version).toBe('v1.33.4');

    // The same upgrade again, in a new task: nothing left to commit.
    harness.checkpoints.clear();
    const head = await server.head();
    const again = await harness.run(
      createClusterUpgradeAction(harness.services()),
      { kubernetesVersion: 'v1.34.1' },
      { taskId: 'second-task' },
    );
    expect(again.error).toBeUndefined();
    expect(again.outputs.summary).toBe('Kubernetes v1.34.1 already declared');
    expect(again.outputs.diff.every((d: any) => d.action === 'unchanged')).toBe(
      true,
    );
    expect(again.outputs.diff.map((d: any) => d.name)).toEqual(
      outputs.diff.map((d: any) => d.name),
    );
    expect(again.outputs.commit).toBeUndefined();
    expect(await server.head()).toBe(head);
    expect(await server.commitCount()).toBe(commits + 1);
  });

  it('fails on refused credentials without the token in the error', async () => {
    const wrong = `${TOKEN}-wrong`;
    git = await startGitHttpServer({
      token: TOKEN,
      initialFiles: provisionedFiles(),
    });
    h = await startHarness({ gitops: { url: git.url, token: wrong } });
    const commits = await git.commitCount();
    const { error, outputs } = await h.run(
      createClusterUpgradeAction(h.services()),
      { kubernetesVersion: 'v1.34.1' },
    );
    expect(error?.message).toContain('refused the credentials (HTTP 401)');
    expect(error?.message).toContain('clusters/hetzner-eu-prod');
    expect(error?.message).not.toContain(TOKEN);
    expect(error?.stack ?? '').not.toContain(TOKEN);
    expect(JSON.stringify(outputs)).not.toContain(TOKEN);
    expect(await git.commitCount()).toBe(commits);
    expect(h.records.changes.size).toBe(0);
  });

  it('without a configured repository: writes the files into the workspace, diffed against nothing known', async () => {
    const { git: server, h: harness } = await start({ configured: false });
    const commits = await server.commitCount();
    const { error, outputs } = await harness.run(
      createClusterUpgradeAction(harness.services()),
      { kubernetesVersion: 'v1.34.1' },
    );
    expect(error).toBeUndefined();
    expect(outputs.summary).toContain('Kubernetes v1.33.4 → v1.34.1');
    expect(outputs.summary).toContain('diffed against nothing known');
    expect(new Set(outputs.diff.map((d: any) => d.action))).toEqual(
      new Set(['create']),
    );
    expect(outputs.files).toContain(CLUSTER_FILE);
    expect(
      fs.readFileSync(path.join(harness.workspace, CLUSTER_FILE), 'utf8'),
    ).toContain('version: v1.34.1');
    expect(outputs.commit).toBeUndefined();
    expect(await server.commitCount()).toBe(commits);
    expect(
      harness.records.changes.get(
        'change-task:sovereign-cloud:cluster:upgrade',
      ),
    ).toMatchObject({ status: 'applied', mode: 'gitops' });
  });

  it('refuses a repository without the cluster files: that would create it', async () => {
    git = await startGitHttpServer({
      token: TOKEN,
      initialFiles: { 'README.md': '# fleet\n' },
    });
    h = await startHarness({ gitops: { url: git.url, token: TOKEN } });
    const commits = await git.commitCount();
    const { error } = await h.run(createClusterUpgradeAction(h.services()), {
      kubernetesVersion: 'v1.34.1',
    });
    expect(error?.message).toContain(
      'has no files under clusters/hetzner-eu-prod/',
    );
    expect(await git.commitCount()).toBe(commits);
  });
});
