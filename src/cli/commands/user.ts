// `gevinst user …`: local accounts on the command line, e.g. the first admin, and the same account
// administration an admin has in the browser (disable, role, password reset, end sessions), each
// audited (with no user: the command line has the database and is trusted). A password comes from
// stdin (piped) or a prompt; never from the command line, where it would end in the shell history.
import { createInterface } from 'node:readline';
import { InvalidInput } from '../../core/errors.ts';
import { AccountService } from '../../server/services/accounts.service.ts';
import { AuthService } from '../../server/services/auth.service.ts';
import type { Db } from '../../store/db.ts';
import { openDatabase, optionsFromEnv } from '../../store/open.ts';
import type { Account } from '../../store/repositories/users.repository.ts';
import { ROLES } from '../../store/types.ts';
import { EXIT, type CliIo, type Command } from '../command.ts';
import { NotFound } from '../../core/errors.ts';
import { findOrganisationBySlug } from '../../store/repositories/organisations.repository.ts';
import { option } from './options.ts';

async function readPassword(prompt = 'Adgangskode: '): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  // Hide typed characters: echo nothing but the prompt.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
    if (s.startsWith(prompt)) process.stderr.write(s);
  };
  const answer = await new Promise<string>((resolve) => rl.question(prompt, resolve));
  rl.close();
  process.stderr.write('\n');
  return answer;
}

function describe(a: Account): string {
  const role = `${a.role}${a.administration ? ` (${a.administration})` : ''}`;
  const state = a.disabled ? 'SPÆRRET' : 'aktiv';
  return `${a.email.padEnd(32)} ${role.padEnd(18)} ${state.padEnd(8)} ${a.sessions} sessioner${a.oidc ? ', OIDC' : ''}`;
}

const USAGE = [
  'Brug: gevinst user add --email E-MAIL --role ROLLE [--administration FORVALTNING] [--name NAVN] [--organisation KORTNAVN]',
  '       gevinst user list',
  '       gevinst user disable --email E-MAIL      spær kontoen (kan ikke logge ind; sessioner afsluttes)',
  '       gevinst user enable --email E-MAIL       genåbn en spærret konto',
  '       gevinst user role --email E-MAIL --role ROLLE [--administration FORVALTNING]',
  '       gevinst user reset-password --email E-MAIL [--generate]',
  '       gevinst user end-sessions --email E-MAIL',
  '',
  `Roller: ${ROLES.join(', ')}. En forfatter skal have --administration (fx BUF).`,
  'Adgangskoden (mindst 10 tegn, ikke let at gætte) læses fra stdin eller spørges om; den står',
  'aldrig på kommandolinjen. reset-password --generate danner en midlertidig adgangskode og viser',
  'den én gang. Alle ændringer skrives i revisionssporet. Den sidste aktive administrator kan',
  'hverken spærres eller miste rollen.',
  'En ny bruger hører til organisationen KORTNAVN (standard: den første, "kk"; se "gevinst organisation list").',
  'Databasen er den samme som serverens (GEVINST_DATA_DIR eller DATABASE_URL).',
].join('\n');

type Action = (db: Db, args: string[], io: CliIo) => Promise<number>;

function requiredEmail(args: string[]): string {
  const email = option(args, '--email');
  if (!email) throw new InvalidInput('--email skal angives.');
  return email;
}

const ACTIONS: Record<string, Action> = {
  add: async (db, args, io) => {
    const email = requiredEmail(args);
    const role = option(args, '--role');
    if (!role) throw new InvalidInput('--email og --role skal angives.');
    const slug = option(args, '--organisation') ?? 'kk';
    const organisation = await findOrganisationBySlug(db, slug);
    if (!organisation)
      throw new NotFound(`Organisationen "${slug}" findes ikke (se "gevinst organisation list").`);
    const password = await readPassword();
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
  },
  list: async (db, _args, io) => {
    const accounts = await new AccountService(db).list('cli');
    io.out(accounts.length === 0 ? 'Ingen brugere.' : accounts.map(describe).join('\n'));
    return EXIT.ok;
  },
  disable: async (db, args, io) => {
    const s = new AccountService(db);
    const a = await s.setDisabled('cli', await s.idByEmail(requiredEmail(args)), true);
    io.out(`Spærret: ${a.email}. Kontoens sessioner er afsluttet.`);
    return EXIT.ok;
  },
  enable: async (db, args, io) => {
    const s = new AccountService(db);
    const a = await s.setDisabled('cli', await s.idByEmail(requiredEmail(args)), false);
    io.out(`Genåbnet: ${a.email}.`);
    return EXIT.ok;
  },
  role: async (db, args, io) => {
    const s = new AccountService(db);
    const role = option(args, '--role');
    if (!role) throw new InvalidInput('--role skal angives.');
    const a = await s.setRole('cli', await s.idByEmail(requiredEmail(args)), {
      role,
      administration: option(args, '--administration'),
    });
    io.out(`Rolle ændret: ${a.email} er nu ${a.role}${a.administration ? ` (${a.administration})` : ''}.`);
    return EXIT.ok;
  },
  'reset-password': async (db, args, io) => {
    const s = new AccountService(db);
    const id = await s.idByEmail(requiredEmail(args));
    const password = args.includes('--generate') ? null : await readPassword('Ny adgangskode: ');
    const { account, temporaryPassword } = await s.resetPassword('cli', id, password);
    io.out(`Adgangskoden er nulstillet for ${account.email}; alle sessioner er afsluttet.`);
    if (temporaryPassword) io.out(`Midlertidig adgangskode (vises kun nu): ${temporaryPassword}`);
    return EXIT.ok;
  },
  'end-sessions': async (db, args, io) => {
    const s = new AccountService(db);
    const email = requiredEmail(args);
    const { ended } = await s.endSessions('cli', await s.idByEmail(email));
    io.out(`${ended} session${ended === 1 ? '' : 'er'} afsluttet for ${email}.`);
    return EXIT.ok;
  },
};

export const userCommand: Command = {
  name: 'user',
  usage: USAGE,
  run: async (args, io) => {
    const action = ACTIONS[args[0] ?? ''];
    if (!action)
      throw new InvalidInput(
        `Skriv "gevinst user ${Object.keys(ACTIONS).join('|')} …" (se "gevinst user --help").`,
      );
    const db = await openDatabase(optionsFromEnv());
    try {
      return await action(db, args.slice(1), io);
    } finally {
      await db.close();
    }
  },
};
