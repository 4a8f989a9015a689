// The gii-lens command line: shares the dataset and core with the extension.
import { loadDataset } from '../dataset';
import { DatasetError } from '../dataset/validate';
import { listEntities } from './entities';
import { ScanError, formatJson, formatTable, scanFile } from './scan';

export interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

const USAGE = `usage:
  gii-lens entities [--json]        list every person, organization, place, figure and the event
  gii-lens scan [--json] [--all] FILE...
                                    what the extension would highlight in each saved page (.html, .htm) or text
                                    file; --all also on pages judged unrelated; --json one JSON line per file
`;

async function scanCommand(args: string[], io: Io): Promise<number> {
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--json' && f !== '--all');
  if (unknown.length > 0 || files.length === 0) {
    io.stderr.write(
      `gii-lens scan: ${unknown.length > 0 ? `unknown option ${unknown[0]}` : 'no file given'}\n${USAGE}`,
    );
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      const result = await scanFile(file, flags.has('--all'));
      io.stdout.write(`${flags.has('--json') ? formatJson(result) : formatTable(result)}\n`);
    } catch (e) {
      // One bad file does not stop the others.
      if (!(e instanceof ScanError)) throw e;
      io.stderr.write(`gii-lens scan: ${e.message}\n`);
      failed++;
    }
  }
  return failed > 0 ? 1 : 0;
}

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
      case 'scan':
        return await scanCommand(args, io);
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
