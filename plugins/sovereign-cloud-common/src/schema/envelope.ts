import { z } from 'zod';
import {
  annotationKey,
  entityName,
  entityNamespace,
  entityTag,
  linkUrl,
  metadataLabelKey,
  metadataLabelValue,
} from './formats';
import {
  NO_INLINE_SECRETS_DEFINITION,
  noInlineSecretsDefinition,
} from './inlineSecrets';
import { JsonSchema, toJsonSchema } from './jsonSchema';
import { text, textMatching } from './text';

/*
 * The entity envelope, mirroring Backstage's Entity/EntityMeta schemas (and
 * the field formats its FieldFormatEntityPolicy enforces) so that our
 * validator is never looser than the catalog's own checks. Metadata and
 * catalog status are open-ended, so their unknown fields pass.
 */

const anyText = () => text('a string', { allowEmpty: true });

const link = z.looseObject({
  url: linkUrl,
  title: text().optional(),
  icon: text().optional(),
  type: text().optional(),
});

const metadataSchema = z.looseObject({
  name: entityName,
  namespace: entityNamespace.optional(),
  title: text().optional(),
  description: anyText().optional(),
  labels: z.record(metadataLabelKey, metadataLabelValue).optional(),
  annotations: z.record(annotationKey, anyText()).optional(),
  tags: z.array(entityTag).optional(),
  links: z.array(link).optional(),
  uid: text().optional(),
  etag: text().optional(),
});

const relation = z.strictObject({
  type: textMatching('a relation type of letters and digits', /^\w+$/),
  targetRef: text(),
  target: z
    .strictObject({ kind: text(), namespace: text(), name: text() })
    .optional(),
});

const statusItem = z.looseObject({
  type: text(),
  level: z.enum(['info', 'warning', 'error']),
  message: anyText(),
  error: z
    .looseObject({
      name: text(),
      message: anyText(),
      code: anyText().optional(),
      stack: anyText().optional(),
    })
    .optional(),
});

const catalogStatus = z.looseObject({
  items: z.array(statusItem).optional(),
});

export interface EntityFormat<Spec extends z.ZodType = z.ZodType> {
  apiVersion: string;
  kind: string;
  /** `$id` of the JSON Schema, e.g. `SovereignClusterV1alpha1`. */
  schemaId: string;
  description: string;
  spec: Spec;
  examples: readonly unknown[];
}

/** The whole entity: envelope plus the kind's spec. */
export function entitySchema<Spec extends z.ZodType>(
  format: EntityFormat<Spec>,
) {
  return z.strictObject({
    apiVersion: z.literal(format.apiVersion),
    kind: z.literal(format.kind),
    metadata: metadataSchema,
    spec: format.spec,
    relations: z.array(relation).optional(),
    status: catalogStatus.optional(),
  });
}

/**
 * A draft-07 kind schema in the style of Backstage's own
 * (`allOf: [{ $ref: 'Entity' }, ...]`), usable with `entityKindSchemaValidator`.
 * The envelope is Backstage's `Entity`; the spec is generated from its zod schema.
 */
export function kindJsonSchema(format: EntityFormat): JsonSchema {
  const noInlineSecrets = {
    $ref: `#/definitions/${NO_INLINE_SECRETS_DEFINITION}`,
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema',
    $id: format.schemaId,
    description: format.description,
    examples: format.examples,
    definitions: {
      [NO_INLINE_SECRETS_DEFINITION]: noInlineSecretsDefinition(),
    },
    allOf: [
      { $ref: 'Entity' },
      {
        type: 'object',
        required: ['spec'],
        properties: {
          // `enum` (not `const`) so that Backstage's entityKindSchemaValidator
          // can tell "another kind/apiVersion" apart from "an invalid entity".
          apiVersion: { enum: [format.apiVersion] },
          kind: { enum: [format.kind] },
          metadata: noInlineSecrets,
          spec: { allOf: [toJsonSchema(format.spec), noInlineSecrets] },
        },
      },
    ],
  };
}
