// `gevinst organisation add --slug SLUG --name NAVN` and `gevinst organisation list`: the
// municipalities of an installation. A new organisation starts with the shipped master data and p/l
// index; its first admin is made with `gevinst user add --organisation SLUG …`.
import { Conflict, InvalidInput } from '../../core/errors.ts';
import { openDatabase, optionsFromEnv } from '../../store/open.ts';
import * as orgs from '../../store/repositories/organisations.repository.ts';
import { EXIT, type Command } from '../command.ts';
import { option } from './options.ts';

export const organisationCommand: Command = {
  name: 'organisation',
  summary: 'Opret og vis organisationer (kommuner) i installationen',
  usage: [
    'Brug: gevinst organisation add --slug KORTNAVN --name NAVN',
    '      gevinst organisation list',
    '',
    'KORTNAVN er små bogstaver, tal og bindestreg (fx "aarhus"). Den nye organisation starter med de',
    'medfølgende stamdata og p/l-indeks; opret dens første administrator med',
    '"gevinst user add --organisation KORTNAVN --role admin …".',
  ].join('\n'),
  run: async (args, io) => {
    const db = await openDatabase(optionsFromEnv());
    try {
      if (args[0] === 'list') {
        for (const o of await orgs.listOrganisations(db)) io.out(`${o.slug}\t${o.name}`);
        return EXIT.ok;
      }
      if (args[0] !== 'add')
        throw new InvalidInput('Skriv "gevinst organisation add …" eller "gevinst organisation list".');
      const slug = option(args, '--slug');
      const name = option(args, '--name');
      if (!slug || !name) throw new InvalidInput('--slug og --name skal angives.');
      if (!/^[a-z0-9-]{1,50}$/.test(slug))
        throw new InvalidInput('--slug må kun have små bogstaver, tal og bindestreg (højst 50 tegn).', {
          field: 'slug',
        });
      if (await orgs.findOrganisationBySlug(db, slug))
        throw new Conflict(`Organisationen "${slug}" findes allerede.`);
      await orgs.insertOrganisation(db, { slug, name });
      io.out(`Organisation oprettet: ${slug} (${name}).`);
      return EXIT.ok;
    } finally {
      await db.close();
    }
  },
};
