import { z } from 'zod';
import {
  ADMISSION_ENGINES,
  ADMISSION_MODES,
  AUDIT_LOGGING_MODES,
  IMAGE_SIGNERS,
  OPERATOR_ROLES,
  SECRETS_ENCRYPTION_MODES,
  VOLUME_KEY_CUSTODIES,
} from '../../entities/vocabulary';
import { countryCode, registryHost } from '../formats';
import { rule } from '../rules';
import { positiveInteger, text } from '../text';
import { keyOf, uniqueBy } from '../uniqueness';

const keyManagement = z.strictObject({
  secretsEncryption: z.enum(SECRETS_ENCRYPTION_MODES),
  volumeKeys: z.enum(VOLUME_KEY_CUSTODIES).optional(),
  kms: z
    .strictObject({ operator: text(), country: countryCode.optional() })
    .optional(),
});

const operator = z.strictObject({
  name: text(),
  role: z.enum(OPERATOR_ROLES),
  country: countryCode.optional(),
  hasAdminAccess: z.boolean().optional(),
});

const imageRegistry = z.strictObject({
  host: registryHost,
  operator: text().optional(),
  country: countryCode.optional(),
  mirror: z.boolean().optional(),
});

const admissionPolicies = z
  .strictObject({
    engine: z.enum(ADMISSION_ENGINES),
    mode: z.enum(ADMISSION_MODES),
    imageSignatures: z.enum(IMAGE_SIGNERS).optional(),
    vulnerabilityGate: z.boolean().optional(),
  })
  .check(
    rule(({ engine, mode }, ctx) => {
      if (engine === 'none' && mode !== 'none') {
        ctx.report(
          ['mode'],
          `must be none when engine is none, got ${JSON.stringify(mode)}`,
        );
      }
    }),
  );

const auditLogging = z.strictObject({
  mode: z.enum(AUDIT_LOGGING_MODES),
  destination: text().optional(),
  retentionDays: positiveInteger().optional(),
});

export const sovereigntySchema = z
  .strictObject({
    keyManagement: keyManagement.optional(),
    operators: z.array(operator).optional(),
    imageRegistries: z
      .array(imageRegistry)
      .check(uniqueBy(item => keyOf(item, 'host'), ['host']))
      .optional(),
    admissionPolicies: admissionPolicies.optional(),
    auditLogging: auditLogging.optional(),
  })
  .describe(
    'Sovereignty facts declared by the operator. They are shown as declared; a mismatch with what is observed is a finding.',
  );
