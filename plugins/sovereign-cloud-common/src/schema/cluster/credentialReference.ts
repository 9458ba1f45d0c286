import { z } from 'zod';
import { CredentialReference } from '../../entities/SovereignCluster';
import { exactlyOneOf } from '../fieldGroups';
import { configKey, dnsLabel, dnsSubdomain, secretDataKey } from '../formats';

const secretKeyReferenceSchema = z
  .strictObject({
    name: dnsSubdomain,
    namespace: dnsLabel,
    key: secretDataKey,
  })
  .describe('A key of a Kubernetes Secret.');

const oneSource = exactlyOneOf(['configKey', 'secretRef']);

/** A reference to a credential, never the credential itself. */
export const credentialReferenceSchema = z
  .strictObject({
    configKey: configKey.optional(),
    secretRef: secretKeyReferenceSchema.optional(),
  })
  // A type guard, so that the inferred type says "one or the other" too.
  .refine(
    (value): value is CredentialReference => oneSource.holds(value),
    oneSource.params,
  )
  .meta({
    description:
      'Where a credential lives: a key of the Backstage app-config or a key of a Kubernetes Secret. The credential itself never appears in an entity.',
    ...oneSource.jsonSchema,
  });
