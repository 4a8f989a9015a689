// The gii-lens command line: shares the dataset and core with the extension.
import { loadDataset } from '../dataset';
import { DatasetError } from '../dataset/validate';
import { listEntities } from './entities';

export interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

const USAGE = `usage:
  gii-lens entities [--json]        list every person, organization, place, figure and the event
`;

function entitiesCommand(args: string[], io: Io): number {
  const unknown = args.filter((a) => a !== '--json');
  if (unknown.length > 0) {
    io.stderr.write(`gii-lens entities: unknown argument ${unknown[0]}\n${USAGE}`);
    return 2;
  }
  const entities = listEntities(loadDataset());
  if (args.includes('--json')) {
    for (const e of entities) io.stdout.write(`${JSON.stringify(e)}\n`);
  } else {
    for (const e of entities) io.stdout.write(`${e.kind.padEnd(13)} ${e.id.padEnd(44)} ${e.name}\n`);
  }
  return 0;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'entities':
        return entitiesCommand(args, io);
      case undefined:
      case '-h':
      case '--help':
        io.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.stderr.write(`gii-lens: unknown command ${command}\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof DatasetError) {
      io.stderr.write(`gii-lens: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
