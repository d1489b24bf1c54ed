// Every command of `gevinst`, in the order `--help` lists them. Each module is imported only when
// its command runs (dynamic import): `--help` must not load exceljs, fastify or PGlite.
import type { CommandEntry } from '../command.ts';

export const commands: CommandEntry[] = [
  {
    name: 'import',
    summary: 'Læs et katalog eller forslag (PDF, Word eller tekst) og vis, hvad Gevinst forstod',
    load: async () => (await import('./import.ts')).importCommand,
  },
  {
    name: 'validate',
    summary: 'Kontroller et dokument mod alle regler (summer, katalog, tilbagebetalingstid …)',
    load: async () => (await import('./validate.ts')).validateCommand,
  },
  {
    name: 'export',
    summary: 'Dan katalog som DOCX/PDF, Excel, Kvantum-CSV eller åbne data (CSV/JSON)',
    load: async () => (await import('./export.ts')).exportCommand,
  },
  {
    name: 'serve',
    summary: 'Start webserveren (PORT, GEVINST_DATA_DIR eller DATABASE_URL)',
    load: async () => (await import('./serve.ts')).serveCommand,
  },
  {
    name: 'demo',
    summary: 'Start webserveren med demodata ("Budget 2027") – det, npm start kører',
    load: async () => (await import('./demo.ts')).demoCommand,
  },
  {
    name: 'user',
    summary: 'Brugere: opret, vis, spær/genåbn, skift rolle, nulstil adgangskode, afslut sessioner',
    load: async () => (await import('./user.ts')).userCommand,
  },
  {
    name: 'organisation',
    summary: 'Organisationer (kommuner) i installationen: opret og vis',
    load: async () => (await import('./organisation.ts')).organisationCommand,
  },
  {
    name: 'scenario',
    summary: 'Vælg de forslag, investeringspuljen skal finansiere (optimalt, under puljens rammer)',
    load: async () => (await import('./scenario.ts')).scenarioCommand,
  },
  {
    name: 'calc',
    summary:
      'Beregn alle afledte tal for forslag i en JSON-fil (totaler, investering, tilbagebetalingstid, katalog)',
    load: async () => (await import('./calc.ts')).calcCommand,
  },
];
