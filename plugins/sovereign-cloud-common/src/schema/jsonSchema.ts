import { z } from 'zod';

/** A JSON Schema (draft-07) fragment. */
export type JsonSchema = { [keyword: string]: unknown };

/**
 * The draft-07 JSON Schema of a zod schema, for embedding in a kind schema:
 * the shape of what authors write (`io: 'input'`), every reused part inlined.
 * Refinements have no JSON Schema form; the validators check those.
 */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _draft, ...fragment } = z.toJSONSchema(schema, {
    target: 'draft-07',
    io: 'input',
    reused: 'inline',
  });
  return fragment;
}
