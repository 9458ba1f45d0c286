import { z } from 'zod';
import { PlacementInputError } from './PlacementInputError';
import {
  ParsedPlacementWorkload,
  parsePlacementWorkload,
  placementWorkloadSchema,
} from './workloadSchema';

// RFC 1123 label: names of namespaces, Services, volumes.
const dnsLabel = z
  .string()
  .max(63)
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, {
    message: 'must be a lowercase RFC 1123 label (a-z, 0-9, -)',
  });
// RFC 1035 label: a Service name must start with a letter.
const serviceName = z
  .string()
  .max(63)
  .regex(/^[a-z]([-a-z0-9]*[a-z0-9])?$/, {
    message: 'must be a lowercase RFC 1035 label starting with a letter',
  });
const portName = z
  .string()
  .max(15)
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, {
    message: 'must be a lowercase IANA service name of at most 15 characters',
  })
  .refine(v => /[a-z]/.test(v), { message: 'must contain a letter' });
const port = z.number().int().min(1).max(65535);
const envName = z.string().regex(/^[-._a-zA-Z][-._a-zA-Z0-9]*$/, {
  message: 'must be a C identifier-like environment variable name',
});

/** Names that almost always hold a secret; their value must come from a Secret. */
const SECRET_LIKE_ENV =
  /PASS(WORD|WD)?|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL/i;

const envVar = z
  .object({
    name: envName,
    /** Plain configuration only; anything secret goes through `secretRef`. */
    value: z.string().optional(),
    secretRef: z
      .object({
        name: z
          .string()
          .max(253)
          .regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, {
            message: 'must be a Secret name (RFC 1123 subdomain)',
          }),
        key: z.string().regex(/^[-._a-zA-Z0-9]+$/, {
          message: 'must be a Secret data key',
        }),
      })
      .optional(),
  })
  .superRefine((env, ctx) => {
    if ((env.value === undefined) === (env.secretRef === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'needs exactly one of value or secretRef',
        path: ['value'],
      });
    } else if (env.value !== undefined && SECRET_LIKE_ENV.test(env.name)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${env.name}" looks like a secret: reference a Secret with secretRef instead of an inline value`,
        path: ['value'],
      });
    }
  });

const quantity = z
  .object({
    cpuMilli: z.number().int().min(1).optional(),
    memoryMiB: z.number().int().min(1).optional(),
  })
  .optional();

/** What a volume's storage class must offer on every cluster. */
const storageRequirement = z.object({
  /** Minimum copies of each block. */
  replication: z.number().int().min(1).optional(),
  encrypted: z.boolean().optional(),
});

const volume = z.object({
  name: dnsLabel,
  sizeGiB: z.number().positive(),
  mountPath: z.string().regex(/^\//, { message: 'must be an absolute path' }),
  accessMode: z
    .enum(['ReadWriteOnce', 'ReadWriteOncePod', 'ReadWriteMany'])
    .optional(),
  storage: storageRequirement.optional(),
});

const template = z.object({
  image: z
    .string()
    .min(1)
    .regex(/^[^\s]+$/, { message: 'must not contain whitespace' })
    .refine(v => /[:@]/.test(v.split('/').pop() ?? ''), {
      message: 'must pin a tag or digest (name:tag or name@sha256:…)',
    }),
  command: z.array(z.string()).optional(),
  args: z.array(z.string()).optional(),
  ports: z
    .array(
      z.object({
        name: portName,
        containerPort: port,
        /** Port of the Service; defaults to `containerPort`. */
        servicePort: port.optional(),
        protocol: z.enum(['TCP', 'UDP', 'SCTP']).optional(),
      }),
    )
    .optional(),
  env: z.array(envVar).optional(),
  /** Limits; requests come from the workload's `resources` (what placement estimated). */
  limits: quantity,
  /** Namespaces allowed to reach the declared ports; default: the workload's own. */
  ingressFromNamespaces: z.array(dnsLabel).optional(),
});

/**
 * A workload the suite can place and deploy: the planner's workload plus its
 * namespace and a pod template (image, ports, env by Secret reference,
 * limits, mounted volumes with storage requirements).
 * @public
 */
export const deployableWorkloadSchema = placementWorkloadSchema.extend({
  name: serviceName,
  namespace: dnsLabel,
  volumes: z.array(volume).optional(),
  template,
});

/** @public */
export type DeployableWorkload = z.input<typeof deployableWorkloadSchema>;
/** @public */
export type ParsedDeployableWorkload = z.output<
  typeof deployableWorkloadSchema
> &
  ParsedPlacementWorkload;

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`,
    'workload',
  );
}

/**
 * Validates a deployable workload; throws `PlacementInputError` naming the
 * field. Also runs the planner's own checks.
 * @public
 */
export function parseDeployableWorkload(
  value: unknown,
): ParsedDeployableWorkload {
  const result = deployableWorkloadSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new PlacementInputError(pathText(issue.path), issue.message);
  }
  const workload = result.data;
  const names = new Set<string>();
  workload.template.ports?.forEach((p, i) => {
    if (names.has(p.name)) {
      throw new PlacementInputError(
        `workload.template.ports[${i}].name`,
        `"${p.name}" is used by another port`,
      );
    }
    names.add(p.name);
  });
  const volumes = new Set<string>();
  workload.volumes?.forEach((v, i) => {
    if (volumes.has(v.name)) {
      throw new PlacementInputError(
        `workload.volumes[${i}].name`,
        `"${v.name}" is used by another volume`,
      );
    }
    volumes.add(v.name);
  });
  parsePlacementWorkload(value);
  return workload as ParsedDeployableWorkload;
}
