// Organisations (municipalities) and their settings. Settings are stored as given and read through
// core's schema, so a setting added later gets its default in organisations that never set it.
import { type Organisation, organisationSettingsSchema } from '../../core/process/organisation.ts';
import type { Queryable } from '../db.ts';

interface Row {
  id: number;
  slug: string;
  name: string;
  settings: unknown;
}

const toOrganisation = (r: Row): Organisation => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  settings: organisationSettingsSchema.parse(r.settings ?? {}),
});

export async function getOrganisation(q: Queryable, id: number): Promise<Organisation | null> {
  const { rows } = await q.query<Row>('SELECT id, slug, name, settings FROM organisations WHERE id = $1', [
    id,
  ]);
  return rows[0] ? toOrganisation(rows[0]) : null;
}

export async function findOrganisationBySlug(q: Queryable, slug: string): Promise<Organisation | null> {
  const { rows } = await q.query<Row>('SELECT id, slug, name, settings FROM organisations WHERE slug = $1', [
    slug,
  ]);
  return rows[0] ? toOrganisation(rows[0]) : null;
}

export async function listOrganisations(q: Queryable): Promise<Organisation[]> {
  const { rows } = await q.query<Row>('SELECT id, slug, name, settings FROM organisations ORDER BY id');
  return rows.map(toOrganisation);
}

export async function insertOrganisation(q: Queryable, o: { slug: string; name: string }): Promise<number> {
  const { rows } = await q.query<{ id: number }>(
    'INSERT INTO organisations (slug, name) VALUES ($1, $2) RETURNING id',
    [o.slug, o.name],
  );
  return (rows[0] as { id: number }).id;
}

export async function setSettings(q: Queryable, id: number, settings: unknown): Promise<void> {
  await q.query('UPDATE organisations SET settings = $2 WHERE id = $1', [id, JSON.stringify(settings)]);
}
