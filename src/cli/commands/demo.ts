// `gevinst demo` (what `npm start` runs): the server with demo data loaded on first start.
import { portFromEnv, serveForever } from '../../server/start.ts';
import { EXIT, type Command } from '../command.ts';

export const demoCommand: Command = {
  name: 'demo',
  usage: [
    'Brug: gevinst demo',
    '',
    'Som "gevinst serve --demo": starter serveren på PORT (standard 3000) og indlæser budgetrunden',
    '"Budget 2027" med 10 forslag og demo-logins, første gang databasen er tom. Udskriver adressen og logins.',
  ].join('\n'),
  run: async (_args, io) => {
    await serveForever({ port: portFromEnv(), host: process.env.HOST ?? '0.0.0.0', demo: true, log: io.out });
    return EXIT.ok;
  },
};
