// An organisation's master data, p/l index and settings: read by every internal role of the
// organisation, edited by admin (master data, settings) and finance (p/l index). All three are data
// the finance staff maintain, never constants in code.
import { InvalidInput } from '../../core/errors.ts';
import type { OrganisationSettings } from '../../core/process/organisation.ts';
import type { MasterDataInput, OrganisationRef } from '../../core/schema/api.ts';
import type { Db } from '../../store/db.ts';
import { appendAudit } from '../../store/repositories/audit.repository.ts';
import * as md from '../../store/repositories/master-data.repository.ts';
import * as orgs from '../../store/repositories/organisations.repository.ts';
import type { PriceIndexEntry } from '../../store/types.ts';
import { type Actor, FINANCE, requireInternal, requireRole } from './access.ts';
import { type MasterDataDoc, loadContext, loadMasterData, normaliseMasterData } from './master-data.ts';

export class MasterDataService {
  constructor(private readonly db: Db) {}

  async get(actor: Actor): Promise<MasterDataDoc> {
    const user = requireInternal(actor);
    return (await loadMasterData(this.db, user.organisationId)).data;
  }

  async put(actor: Actor, doc: MasterDataInput): Promise<MasterDataDoc> {
    const user = requireRole(actor, ['admin'], 'ændre stamdata');
    const org = user.organisationId;
    const normalised = normaliseMasterData(doc);
    if (normalised === null) throw new InvalidInput('Stamdata har ikke den forventede form.');
    const ids = new Set(normalised.committees.map((c) => c.id));
    const orphan = normalised.administrations.find((a) => !ids.has(a.committee));
    if (orphan) {
      throw new InvalidInput(
        `Forvaltningen "${orphan.name}" hører til udvalget "${orphan.committee}", som ikke står i listen over udvalg.`,
        { field: 'administrations' },
      );
    }
    await this.db.transaction(async (tx) => {
      const before = (await loadMasterData(tx, org)).data;
      await md.putMasterData(tx, org, normalised);
      await appendAudit(tx, {
        organisationId: org,
        userId: user.id,
        action: 'master-data.save',
        entity: 'master-data',
        entityId: null,
        before,
        after: normalised,
      });
    });
    return (await loadMasterData(this.db, org)).data;
  }

  async priceIndex(actor: Actor): Promise<PriceIndexEntry[]> {
    const user = requireInternal(actor);
    return md.getPriceIndex(this.db, user.organisationId);
  }

  async putPriceIndex(actor: Actor, list: PriceIndexEntry[]): Promise<PriceIndexEntry[]> {
    const user = requireRole(actor, FINANCE, 'ændre p/l-indekset');
    const org = user.organisationId;
    const years = list.map((e) => e.year);
    const dup = years.find((y, i) => years.indexOf(y) !== i);
    if (dup !== undefined)
      throw new InvalidInput(`Året ${dup} står to gange i p/l-indekset.`, { field: 'entries' });
    await this.db.transaction(async (tx) => {
      const before = await md.getPriceIndex(tx, org);
      await md.replacePriceIndex(tx, org, list);
      await appendAudit(tx, {
        organisationId: org,
        userId: user.id,
        action: 'price-index.save',
        entity: 'price-index',
        entityId: null,
        before,
        after: list,
      });
    });
    return md.getPriceIndex(this.db, org);
  }

  async organisation(actor: Actor): Promise<OrganisationRef & { settings: OrganisationSettings }> {
    const user = requireInternal(actor);
    const { organisation } = await loadContext(this.db, user.organisationId);
    return organisation;
  }

  async putSettings(
    actor: Actor,
    settings: OrganisationSettings,
  ): Promise<OrganisationRef & { settings: OrganisationSettings }> {
    const user = requireRole(actor, ['admin'], 'ændre organisationens indstillinger');
    const org = user.organisationId;
    await this.db.transaction(async (tx) => {
      const before = await orgs.getOrganisation(tx, org);
      await orgs.setSettings(tx, org, settings);
      await appendAudit(tx, {
        organisationId: org,
        userId: user.id,
        action: 'organisation.settings',
        entity: 'organisation',
        entityId: org,
        before: before?.settings,
        after: settings,
      });
    });
    return this.organisation(actor);
  }
}
