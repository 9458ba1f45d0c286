import { makeValidator, parseEntityRef } from '@backstage/catalog-model';
import { describeValue } from '../describeValue';
import { conforms, text, textWhere } from '../text';

/* Entity metadata and references, checked as the catalog itself checks them. */

const backstage = makeValidator();

/** The metadata fields that Backstage's FieldFormatEntityPolicy checks. */
export const entityName = textWhere(
  "an entity name of letters, digits, '-', '_' and '.' (at most 63 characters)",
  value => backstage.isValidEntityName(value),
);
export const entityNamespace = textWhere(
  "a namespace of lowercase letters, digits and '-' (at most 63 characters)",
  value => backstage.isValidNamespace(value),
);
export const entityTag = textWhere(
  "a tag of lowercase letters, digits, ':', '+' and '#' separated by '-' (at most 63 characters)",
  value => backstage.isValidTag(value),
);
export const annotationKey = textWhere(
  'an annotation key like example.com/name',
  value => backstage.isValidAnnotationKey(value),
);
export const metadataLabelKey = textWhere(
  'a label key like example.com/name',
  value => backstage.isValidLabelKey(value),
);
export const metadataLabelValue = textWhere(
  "a label value (letters, digits, '-', '_' and '.', at most 63 characters)",
  value => backstage.isValidLabelValue(value),
  { allowEmpty: true },
);

/**
 * A reference to another catalog entity of an expected kind, in the usual
 * `[kind:][namespace/]name` form, e.g. `cloudprovider:ionos` or just `ionos`.
 */
export function entityRef(kind: string, alternatives: readonly string[] = []) {
  const kinds = [kind, ...alternatives];
  const expected = `a reference to a ${kinds.join(
    ' or ',
  )} entity like [${kind.toLocaleLowerCase('en-US')}:][namespace/]name`;
  const wanted = kinds.map(k => k.toLocaleLowerCase('en-US'));
  return text(expected).check(
    conforms(value => {
      let parsed;
      try {
        parsed = parseEntityRef(value, {
          defaultKind: kind,
          defaultNamespace: 'default',
        });
      } catch {
        return `must be ${expected}, got ${describeValue(value)}`;
      }
      if (!wanted.includes(parsed.kind.toLocaleLowerCase('en-US'))) {
        return `must reference a ${kinds.join(
          ' or ',
        )} entity, got kind ${JSON.stringify(parsed.kind)}`;
      }
      if (
        !backstage.isValidNamespace(parsed.namespace) ||
        !backstage.isValidEntityName(parsed.name)
      ) {
        return `must be ${expected}, got ${describeValue(value)}`;
      }
      return undefined;
    }),
  );
}
