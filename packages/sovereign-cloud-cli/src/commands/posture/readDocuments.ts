import { resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { CliInputError } from '../../errors';
import { CliIo } from '../../io';

/**
 * One value read from a file: a YAML document, or an item of a document
 * that is a list (`- apiVersion: …`, or `{ items: [...] }` as the catalog
 * API returns). Numbers count from 1.
 */
export interface SourceDocument {
  file: string;
  document: number;
  item?: number;
  value: unknown;
}

/** `clusters.yaml, document 1, item 4`. */
export function locationOf(source: SourceDocument): string {
  const item = source.item === undefined ? '' : `, item ${source.item}`;
  return `${source.file}, document ${source.document}${item}`;
}

function itemsOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (
    typeof value === 'object' &&
    value !== null &&
    !('kind' in value) &&
    Array.isArray((value as { items?: unknown }).items)
  ) {
    return (value as { items: unknown[] }).items;
  }
  return undefined;
}

/**
 * Parses YAML (any number of documents) or JSON. A file that cannot be read
 * or parsed is an input error naming the file and the document.
 */
export function parseDocuments(file: string, text: string): SourceDocument[] {
  const out: SourceDocument[] = [];
  const documents = parseAllDocuments(text);
  const list = Array.isArray(documents) ? documents : [];
  list.forEach((doc, i) => {
    const document = i + 1;
    if (doc.errors.length > 0) {
      // The first line says what and where (`… at line 4, column 1:`).
      const reason = doc.errors[0].message.split('\n')[0].replace(/:$/, '');
      throw new CliInputError(
        `${file}, document ${document}: not valid YAML or JSON: ${reason}`,
      );
    }
    const value = doc.toJS();
    // Empty documents (a trailing `---`, comments only) hold nothing.
    if (value === null || value === undefined) return;
    const items = itemsOf(value);
    if (items) {
      items.forEach((item, j) =>
        out.push({ file, document, item: j + 1, value: item }),
      );
    } else {
      out.push({ file, document, value });
    }
  });
  return out;
}

/** Reads and parses the files, in the order given. */
export async function readDocuments(
  files: readonly string[],
  io: CliIo,
): Promise<SourceDocument[]> {
  const out: SourceDocument[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await io.readFile(resolve(io.cwd, file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException)?.code;
      const reason =
        code === 'ENOENT' ? 'no such file' : (error as Error)?.message;
      throw new CliInputError(`${file}: cannot read the file: ${reason}`);
    }
    out.push(...parseDocuments(file, text));
  }
  return out;
}
