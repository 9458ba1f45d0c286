import { z } from 'zod';
import {
  FAILURE_DOMAIN_LEVELS,
  STORAGE_BACKENDS,
} from '../../entities/vocabulary';
import { dnsSubdomain } from '../formats';
import { rule } from '../rules';
import { positiveInteger, text } from '../text';
import { itself, keyOf, uniqueBy } from '../uniqueness';

const storageClass = z.strictObject({
  name: dnsSubdomain,
  default: z
    .boolean()
    .describe('True for the default StorageClass.')
    .optional(),
  replication: positiveInteger().optional(),
  failureDomain: z.enum(FAILURE_DOMAIN_LEVELS).optional(),
  encrypted: z.boolean().optional(),
  provisioner: text()
    .meta({ examples: ['rook-ceph.rbd.csi.ceph.com'] })
    .optional(),
});

// Kubernetes picks one default StorageClass; two make PVCs ambiguous.
const oneDefault = rule<z.infer<typeof storageClass>[]>((classes, ctx) => {
  const defaults = classes.flatMap((c, index) =>
    c.default === true ? [index] : [],
  );
  for (const index of defaults.slice(1)) {
    ctx.report(
      [index, 'default'],
      pathOf =>
        `only one storage class can be the default, ${pathOf([
          defaults[0],
        ])} already is`,
    );
  }
});

export const storageSchema = z
  .strictObject({
    backend: z.enum(STORAGE_BACKENDS),
    replication: positiveInteger()
      .describe('Copies of each block of data.')
      .optional(),
    failureDomain: z.enum(FAILURE_DOMAIN_LEVELS).optional(),
    failureDomains: z.array(text()).check(uniqueBy(itself)).optional(),
    classes: z
      .array(storageClass)
      .check(
        uniqueBy(item => keyOf(item, 'name'), ['name']),
        oneDefault,
      )
      .optional(),
  })
  .describe(
    'Persistent storage: backend, replication and failure domains, storage classes.',
  );
