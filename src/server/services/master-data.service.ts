// Master data and the p/l index: read by every internal role, edited by admin (master data) and
// finance (p/l index). Both are data the finance staff maintain, never constants in code.
import { InvalidInput } from '../../core/errors.ts';
import type { Db } from '../../store/db.ts';
import { appendAudit } from '../../store/repositories/audit.repository.ts';
import * as md from '../../store/repositories/master-data.repository.ts';
import type { PriceIndexEntry } from '../../store/types.ts';
import { type Actor, FINANCE, requireInternal, requireRole } from './access.ts';
import { type MasterDataDoc, isMasterDataDoc, loadMasterData } from './master-data.ts';

export class MasterDataService {
  constructor(private readonly db: Db) {}

  async get(actor: Actor): Promise<MasterDataDoc> {
    requireInternal(actor);
    return (await loadMasterData(this.db)).data;
  }

  async put(actor: Actor, doc: unknown): Promise<MasterDataDoc> {
    const user = requireRole(actor, ['admin'], 'ændre stamdata');
    if (!isMasterDataDoc(doc)) {
      throw new InvalidInput(
        'Stamdata skal have listerne "committees" og "administrations" (hver post med "id", "name" og "variants"; en forvaltning også "committee").',
      );
    }
    await this.db.transaction(async (tx) => {
      const before = (await loadMasterData(tx)).data;
      await md.putMasterData(tx, doc);
      await appendAudit(tx, {
        userId: user.id,
        action: 'master-data.save',
        entity: 'master-data',
        entityId: null,
        before,
        after: doc,
      });
    });
    return (await loadMasterData(this.db)).data;
  }

  async priceIndex(actor: Actor): Promise<PriceIndexEntry[]> {
    requireInternal(actor);
    return md.getPriceIndex(this.db);
  }

  async putPriceIndex(actor: Actor, entries: unknown): Promise<PriceIndexEntry[]> {
    const user = requireRole(actor, FINANCE, 'ændre p/l-indekset');
    if (!Array.isArray(entries))
      throw new InvalidInput('Feltet "entries" skal være en liste.', { field: 'entries' });
    const list: PriceIndexEntry[] = entries.map((e: unknown, i) => {
      const o = (e ?? {}) as Record<string, unknown>;
      const index = typeof o.index === 'number' ? String(o.index) : o.index;
      if (
        !Number.isInteger(o.year) ||
        typeof index !== 'string' ||
        !/^\d{1,8}(\.\d{1,6})?$/.test(index) ||
        Number(index) <= 0
      ) {
        throw new InvalidInput(
          `Post ${i + 1} i p/l-indekset skal have et årstal og et positivt indekstal som "104.8".`,
          { field: `entries[${i}]` },
        );
      }
      return { year: o.year as number, index };
    });
    await this.db.transaction(async (tx) => {
      const before = await md.getPriceIndex(tx);
      await md.replacePriceIndex(tx, list);
      await appendAudit(tx, {
        userId: user.id,
        action: 'price-index.save',
        entity: 'price-index',
        entityId: null,
        before,
        after: list,
      });
    });
    return md.getPriceIndex(this.db);
  }
}
