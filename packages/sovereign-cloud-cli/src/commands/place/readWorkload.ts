import { CliInputError } from '../../errors';
import { CliIo } from '../../io';
import { locationOf, readDocuments } from '../posture/readDocuments';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads one workload file: a bare workload, or the place action's input
 * (`{ workload }`), as YAML or JSON. The planner validates the fields.
 */
export async function readWorkload(file: string, io: CliIo): Promise<unknown> {
  const documents = await readDocuments([file], io);
  if (documents.length !== 1 || documents[0].item !== undefined) {
    throw new CliInputError(
      `${file}: expected one workload (an object), found ${
        documents.length === 0
          ? 'none'
          : `${documents.length} documents or list items`
      }`,
    );
  }
  const value = documents[0].value;
  if (!isRecord(value)) {
    throw new CliInputError(
      `${locationOf(documents[0])}: expected a workload object`,
    );
  }
  if (!('workload' in value)) return value;
  const extra = Object.keys(value).filter(k => k !== 'workload');
  if (extra.length) {
    throw new CliInputError(
      `${file}: ${extra.join(', ')}: unknown beside workload`,
    );
  }
  return value.workload;
}
