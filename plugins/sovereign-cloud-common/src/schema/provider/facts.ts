import { z } from 'zod';
import { VERIFICATION_LEVELS } from '../../entities/vocabulary';
import { atLeastOneOf } from '../fieldGroups';
import { commitHash, httpUrl, isoDate, repositorySlug } from '../formats';
import { rule } from '../rules';
import { text } from '../text';

const namesSomething = atLeastOneOf(['citation', 'url', 'repo']);

const factSourceSchema = z
  .strictObject({
    citation: text()
      .meta({ examples: ['IONOS-GTC', 'sovereignty-model §3.3'] })
      .optional(),
    url: httpUrl.optional(),
    repo: repositorySlug.optional(),
    path: text().optional(),
    commit: commitHash.optional(),
    title: text().optional(),
    retrieved: isoDate.optional(),
  })
  .refine(namesSomething.holds, namesSomething.params)
  .meta({
    description:
      'Where a fact comes from: a citation, a URL or a repository (at least one).',
    ...namesSomething.jsonSchema,
  });

/** `verification`, `sources` and `note`: what every fact carries. */
export const provenanceFields = {
  verification: z.enum(VERIFICATION_LEVELS),
  sources: z.array(factSourceSchema).min(1),
  note: text().optional(),
};

/**
 * An unknown value (null) cannot have been verified. (`value` is optional
 * here only so that the rule fits facts of any value type.)
 */
export const unknownIsUnverified = rule<{
  value?: unknown;
  verification: string;
}>((fact, ctx) => {
  if (fact.value === null && fact.verification !== 'unverified') {
    ctx.report(
      ['verification'],
      `must be unverified when value is null (unknown), got ${JSON.stringify(
        fact.verification,
      )}`,
    );
  }
});

/** A fact: a value (null = unknown) with its verification and sources. */
export function factSchema<Value extends z.ZodType>(
  value: Value,
  description: string,
) {
  return z
    .strictObject({ value: value.nullable(), ...provenanceFields })
    .check(unknownIsUnverified)
    .describe(description);
}
