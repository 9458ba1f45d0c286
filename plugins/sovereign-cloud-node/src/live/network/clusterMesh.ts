import type { MeshMember } from '@sovereign-cloud/plugin-sovereign-cloud-common';

/**
 * Keys of the `cilium-clustermesh` / `cilium-kvstoremesh` Secrets that are
 * TLS files (`<cluster>.etcd-client.crt`, `common-etcd-client-ca.crt`,
 * `local-etcd-client.key`…), not remote clusters. Every other key is the name
 * of a cluster and holds its etcd configuration (Cilium Helm chart,
 * `clustermesh-config`).
 */
const TLS_FILE = /\.(crt|key|pem)$/;

/** Cluster names among a ClusterMesh Secret's keys; values are never looked at. */
export function clusterNamesOfMeshSecret(keys: string[]): string[] {
  return keys.filter(k => !TLS_FILE.test(k)).sort();
}

/**
 * The mesh's members as configured: this cluster (`cluster-name` in
 * `cilium-config`) and every cluster its agents or KVStoreMesh connect to.
 * Readiness is unknown here.
 */
export function meshMembers(options: {
  localName?: string;
  clustermeshKeys?: string[];
  kvstoremeshKeys?: string[];
}): MeshMember[] {
  const members: MeshMember[] = [];
  if (options.localName) {
    members.push({
      name: options.localName,
      source: 'kube-system/cilium-config (cluster-name)',
      local: true,
    });
  }
  const seen = new Set(options.localName ? [options.localName] : []);
  const add = (keys: string[] | undefined, secret: string) => {
    for (const name of clusterNamesOfMeshSecret(keys ?? [])) {
      if (seen.has(name)) continue;
      seen.add(name);
      members.push({ name, source: `kube-system/${secret} (Secret keys)` });
    }
  };
  add(options.clustermeshKeys, 'cilium-clustermesh');
  add(options.kvstoremeshKeys, 'cilium-kvstoremesh');
  return members;
}
