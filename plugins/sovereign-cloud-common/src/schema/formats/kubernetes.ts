import { KubernetesValidatorFunctions } from '@backstage/catalog-model';
import { textMatching, textWhere } from '../text';

/* Names, keys and versions as Kubernetes and Cluster API define them. */

/** RFC 1123 label, as used by Kubernetes namespaces and Cluster API object names. */
export const dnsLabel = textMatching(
  "a lowercase name of letters, digits and '-' (at most 63 characters)",
  /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/,
);

const DNS_SUBDOMAIN =
  /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;

/** RFC 1123 subdomain, as used by Kubernetes Secret names. */
export const dnsSubdomain = textWhere(
  "a lowercase Kubernetes object name of letters, digits, '-' and '.' (at most 253 characters)",
  value => value.length <= 253,
  { pattern: DNS_SUBDOMAIN },
);

/** A key inside a Kubernetes Secret or ConfigMap. */
export const secretDataKey = textWhere(
  "a Secret key of letters, digits, '-', '_' and '.'",
  value => value.length <= 253,
  { pattern: /^[-._a-zA-Z0-9]+$/ },
);

/** `1.33`, `v1.33.4`, `1.31.2+k3s1`. */
export const kubernetesVersion = textMatching(
  'a Kubernetes version like 1.33 or v1.33.4',
  /^v?(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:\.(?:0|[1-9]\d*))?(?:[-+][0-9A-Za-z.+-]+)?$/,
);

/** Kubernetes label (and taint) keys: `[prefix/]name`. */
export const labelKey = textWhere(
  'a Kubernetes label key like node-role or example.com/tier',
  value => KubernetesValidatorFunctions.isValidLabelKey(value),
);

/** Kubernetes label (and taint) values; empty is allowed. */
export const labelValue = textWhere(
  "a Kubernetes label value (letters, digits, '-', '_' and '.', at most 63 characters)",
  value => KubernetesValidatorFunctions.isValidLabelValue(value),
  { allowEmpty: true },
);

/** Extended resource names such as `nvidia.com/gpu`. */
export const resourceName = textWhere(
  'a Kubernetes resource name like nvidia.com/gpu',
  value => KubernetesValidatorFunctions.isValidLabelKey(value),
);

/** Kubernetes `group/version` such as `infrastructure.cluster.x-k8s.io/v1beta1`. */
export const kubernetesApiVersion = textWhere(
  'a Kubernetes API version like infrastructure.cluster.x-k8s.io/v1beta1',
  value =>
    KubernetesValidatorFunctions.isValidApiVersion(value) &&
    /\/v\d+/.test(value),
);

/** Kubernetes kind such as `HetznerCluster`. */
export const kubernetesKind = textWhere(
  'a Kubernetes kind like HetznerCluster',
  value => KubernetesValidatorFunctions.isValidKind(value),
);

/** A Cluster API contract such as `v1beta1`. */
export const clusterApiContract = textWhere(
  'a Cluster API contract like v1beta1',
  value => /^v\d+(?:(?:alpha|beta)\d+)?$/.test(value),
  { pattern: /^v\d/ },
);
