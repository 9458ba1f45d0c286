import {
  AuditLoggingMode,
  isEuEeaCountry,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesObject } from '../../kubernetes/types';
import { ApiServerAudit, apiServerAudit, audits } from './audit/apiServerFlags';
import { EvidenceProbe, ProbeContext } from './EvidenceProbe';
import { count, observed } from './observe';

// kubeadm, RKE2 and Cluster API label the static pod `component`; Talos `k8s-app`.
const SELECTORS = ['component=kube-apiserver', 'k8s-app=kube-apiserver'];

async function apiServerPods(
  context: ProbeContext,
): Promise<KubernetesObject[]> {
  const { client, signal } = context;
  const lists = await Promise.all(
    SELECTORS.map(labelSelector =>
      client.list('v1', 'Pod', {
        namespace: 'kube-system',
        labelSelector,
        signal,
      }),
    ),
  );
  const byName = new Map<string, KubernetesObject>();
  for (const pod of lists.flatMap(l => l.items)) {
    byName.set(pod.metadata.name ?? '', pod);
  }
  return [...byName.values()];
}

/** Whether every node running an API server is in the EU/EEA; undefined when not evidenced. */
async function apiServersInEu(
  context: ProbeContext,
  pods: ApiServerAudit[],
): Promise<boolean | undefined> {
  try {
    const nodes = await context.nodes();
    const countries = pods.map(
      p => nodes.find(n => n.name === p.node)?.country,
    );
    if (countries.some(c => c === undefined)) return undefined;
    return countries.every(c => isEuEeaCountry(c!));
  } catch {
    // The nodes probe reports its own failure.
    return undefined;
  }
}

/**
 * kube-apiserver pods in kube-system (`--audit-policy-file`,
 * `--audit-log-path`, `--audit-webhook-config-file`) → `auditLogging`.
 * Audited by every API server into files on control-plane nodes in the
 * EU/EEA: `customer-eu`; by some only: `incomplete`; by none: `none`.
 * Webhook-only sinks and managed control planes (no such pods) leave the
 * evidence as declared.
 */
export const auditLoggingProbe: EvidenceProbe = {
  name: 'audit-logging',
  async run(context) {
    const pods = (await apiServerPods(context)).map(apiServerAudit);
    if (pods.length === 0) {
      return {
        status: 'skipped',
        observed: {},
        reason:
          'no kube-apiserver pods in kube-system (managed control plane?); audit logging stays as declared',
      };
    }
    const auditing = pods.filter(audits);
    const source = pods.map(p => p.pod).join(', ');
    const describe = (p: ApiServerAudit) =>
      `${p.pod}: ${
        audits(p)
          ? [p.logPath && `log ${p.logPath}`, p.webhookConfigFile && 'webhook']
              .filter(Boolean)
              .join(' + ')
          : 'no audit policy or backend'
      }`;
    const detail = pods.map(describe).join('; ');

    let mode: AuditLoggingMode | undefined;
    let note: string | undefined;
    if (auditing.length === 0) {
      mode = 'none';
    } else if (auditing.length < pods.length) {
      mode = 'incomplete';
      note = `${count(
        pods.length - auditing.length,
        'API server',
      )} without audit logging`;
    } else if (auditing.every(p => p.logPath)) {
      const inEu = await apiServersInEu(context, auditing);
      if (inEu === true) {
        mode = 'customer-eu';
        note = auditing.some(p => p.webhookConfigFile)
          ? 'audit log files on EU/EEA control-plane nodes; the webhook sink is not visible'
          : 'audit log files on EU/EEA control-plane nodes';
      } else {
        note = `audit logs are written, but the control-plane nodes are ${
          inEu === false ? 'not all in the EU/EEA' : 'not located'
        }`;
      }
    } else {
      note = 'audit events go to a webhook whose sink is not visible';
    }

    if (!mode) {
      return {
        status: 'ok',
        observed: {},
        detail: `${note}; ${detail}`,
      };
    }
    return {
      status: 'ok',
      observed: { auditLogging: observed(mode, source, note) },
      detail: `${mode}${note ? ` (${note})` : ''}; ${detail}`,
    };
  },
};
