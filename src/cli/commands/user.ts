// `gevinst user add --email … --role … [--administration …] [--name …]`: a local account, e.g. the
// first admin. The password comes from stdin (piped) or a prompt; never from the command line,
// where it would end in the shell history.
import { createInterface } from 'node:readline';
import { InvalidInput } from '../../core/errors.ts';
import { AuthService } from '../../server/services/auth.service.ts';
import { openDatabase, optionsFromEnv } from '../../store/open.ts';
import { ROLES } from '../../store/types.ts';
import { EXIT, type Command } from '../command.ts';
import { NotFound } from '../../core/errors.ts';
import { findOrganisationBySlug } from '../../store/repositories/organisations.repository.ts';
import { option } from './options.ts';

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  // Hide typed characters: echo nothing but the prompt.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
    if (s.startsWith('Adgangskode')) process.stderr.write(s);
  };
  const answer = await new Promise<string>((resolve) => rl.question('Adgangskode: ', resolve));
  rl.close();
  process.stderr.write('\n');
  return answer;
}

export const userCommand: Command = {
  name: 'user',
  summary: 'Opret brugere (fx den første administrator)',
  usage: [
    'Brug: gevinst user add --email E-MAIL --role ROLLE [--administration FORVALTNING] [--name NAVN] [--organisation KORTNAVN]',
    '',
    `Roller: ${ROLES.join(', ')}. En forfatter skal have --administration (fx BUF).`,
    'Adgangskoden (mindst 10 tegn) læses fra stdin eller spørges om; den står aldrig på kommandolinjen.',
    'Brugeren hører til organisationen KORTNAVN (standard: den første, "kk"; se "gevinst organisation list").',
    'Databasen er den samme som serverens (GEVINST_DATA_DIR eller DATABASE_URL).',
  ].join('\n'),
  run: async (args, io) => {
    if (args[0] !== 'add') throw new InvalidInput('Skriv "gevinst user add --email … --role …".');
    const email = option(args, '--email');
    const role = option(args, '--role');
    if (!email || !role) throw new InvalidInput('--email og --role skal angives.');
    const password = await readPassword();
    const db = await openDatabase(optionsFromEnv());
    try {
      const slug = option(args, '--organisation') ?? 'kk';
      const organisation = await findOrganisationBySlug(db, slug);
      if (!organisation)
        throw new NotFound(`Organisationen "${slug}" findes ikke (se "gevinst organisation list").`);
      const user = await new AuthService(db).addUser('cli', {
        organisationId: organisation.id,
        email,
        role,
        administration: option(args, '--administration'),
        name: option(args, '--name'),
        password,
      });
      io.out(
        `Bruger oprettet: ${user.email} (${user.role}${user.administration ? `, ${user.administration}` : ''}).`,
      );
      return EXIT.ok;
    } finally {
      await db.close();
    }
  },
};
