// `gevinst serve`: the HTTP server (see docs/server.md).
import { serveForever, portFromEnv } from '../../server/start.ts';
import { EXIT, type Command } from '../command.ts';

export const serveCommand: Command = {
  name: 'serve',
  usage: [
    'Brug: gevinst serve [--demo] [--host ADRESSE]',
    '',
    'Starter Gevinst-serveren på PORT (standard 3000). Databasen er PGlite i GEVINST_DATA_DIR',
    '(standard ./data) eller PostgreSQL, når DATABASE_URL er sat. Skemaet oprettes og opdateres ved start.',
    '',
    '  --demo          indlæs demodata ("Budget 2027" og demo-logins), hvis databasen er tom',
    '  --host ADRESSE  lyt på ADRESSE (standard 0.0.0.0, alle netkort; HOST virker også)',
  ].join('\n'),
  run: async (args, io) => {
    const hostAt = args.indexOf('--host');
    const host = hostAt >= 0 ? (args[hostAt + 1] ?? '0.0.0.0') : (process.env.HOST ?? '0.0.0.0');
    await serveForever({ port: portFromEnv(), host, demo: args.includes('--demo'), log: io.out });
    return EXIT.ok;
  },
};
