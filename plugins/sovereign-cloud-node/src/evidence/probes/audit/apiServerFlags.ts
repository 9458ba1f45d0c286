import { KubernetesObject } from '../../../kubernetes/types';

/** The audit settings of one kube-apiserver pod. */
export interface ApiServerAudit {
  pod: string;
  node?: string;
  policyFile?: string;
  logPath?: string;
  webhookConfigFile?: string;
}

interface PodObject extends KubernetesObject {
  spec?: {
    nodeName?: string;
    containers?: Array<{ name?: string; command?: string[]; args?: string[] }>;
  };
}

/** The value of `--name=value` or `--name value`. */
function flag(args: string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith(`${name}=`)) return args[i].slice(name.length + 1);
    if (args[i] === name && i + 1 < args.length) return args[i + 1];
  }
  return undefined;
}

/** Reads the audit flags from a kube-apiserver (static) pod's command line. */
export function apiServerAudit(pod: KubernetesObject): ApiServerAudit {
  const { metadata, spec } = pod as PodObject;
  const containers = spec?.containers ?? [];
  const container =
    containers.find(c => c.name === 'kube-apiserver') ?? containers[0];
  const args = [...(container?.command ?? []), ...(container?.args ?? [])];
  const value = (name: string) => flag(args, name)?.trim() || undefined;
  const policyFile = value('--audit-policy-file');
  const logPath = value('--audit-log-path');
  const webhookConfigFile = value('--audit-webhook-config-file');
  return {
    pod: `${metadata.namespace ?? 'kube-system'}/${metadata.name}`,
    ...(spec?.nodeName ? { node: spec.nodeName } : {}),
    ...(policyFile ? { policyFile } : {}),
    ...(logPath ? { logPath } : {}),
    ...(webhookConfigFile ? { webhookConfigFile } : {}),
  };
}

/** Without a policy the API server records no audit events at all. */
export function audits(audit: ApiServerAudit): boolean {
  return Boolean(
    audit.policyFile && (audit.logPath || audit.webhookConfigFile),
  );
}
