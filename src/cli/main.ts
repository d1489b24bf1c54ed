// The `gevinst` command: dispatch to a command, map domain errors to one Danish line and an exit
// code. A user mistake never prints a stack trace.

import { isGevinstError } from '../core/errors.ts';
import { EXIT, type CliIo } from './command.ts';
import { commands } from './commands/index.ts';

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
};

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  return [
    'Gevinst – investerings- og effektiviseringsforslag',
    '',
    'Brug: gevinst KOMMANDO [ARGUMENTER] [--json]',
    '',
    'Kommandoer:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Skriv "gevinst KOMMANDO --help" for hjælp til en kommando.',
  ].join('\n');
}

export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? EXIT.unreadable : EXIT.ok;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.err(`Ukendt kommando "${name}". Skriv "gevinst --help" for en liste.`);
    return EXIT.unreadable;
  }
  try {
    const command = await entry.load();
    if (args.includes('--help') || args.includes('-h')) {
      io.out(command.usage);
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (e) {
    if (isGevinstError(e)) {
      io.err(`Fejl: ${e.message}`);
      return EXIT.unreadable;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.err(`Intern fejl i Gevinst: ${detail}. Meld venligst fejlen til udviklerne.`);
    if (process.env.GEVINST_DEBUG) io.err(e instanceof Error ? (e.stack ?? '') : '');
    return EXIT.internal;
  }
}
