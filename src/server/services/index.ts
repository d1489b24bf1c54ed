// The services of one running server, built around one database.
import type { Db } from '../../store/db.ts';
import type { OidcLogin } from '../auth/oidc.ts';
import type { LoginThrottle } from '../auth/login-throttle.ts';
import { AccountService } from './accounts.service.ts';
import { AuthService } from './auth.service.ts';
import { CatalogService } from './catalog.service.ts';
import { ExportService } from './export.service.ts';
import { FollowUpService } from './follow-up.service.ts';
import { ImportService } from './import.service.ts';
import { MasterDataService } from './master-data.service.ts';
import { PoolService } from './pool.service.ts';
import { ProposalService } from './proposals.service.ts';
import { PublicService } from './public.service.ts';
import { SearchService } from './search.service.ts';
import { SnapshotService } from './snapshot.service.ts';

export interface Services {
  db: Db;
  auth: AuthService;
  accounts: AccountService;
  proposals: ProposalService;
  catalog: CatalogService;
  exports: ExportService;
  followUp: FollowUpService;
  imports: ImportService;
  masterData: MasterDataService;
  public: PublicService;
  search: SearchService;
  pool: PoolService;
  snapshots: SnapshotService;
  /** OpenID Connect login, when configured. */
  oidc: OidcLogin | null;
}

export interface ServiceOptions {
  /** Test hook: called after each proposal an import has stored (inside its transaction). */
  afterEachImported?: ((n: number) => void) | null;
  oidc?: OidcLogin | null;
  /** GEVINST_SESSION_IDLE_MINUTES (default 60). */
  sessionIdleMinutes?: number;
  /** Login throttle (tests pass one with a fake clock). */
  throttle?: LoginThrottle;
  /** The clock of the follow-up's due dates (tests pass a fixed day). */
  clock?: () => Date;
}

export function createServices(db: Db, options: ServiceOptions = {}): Services {
  const catalog = new CatalogService(db);
  const proposals = new ProposalService(db);
  return {
    db,
    auth: new AuthService(db, {
      ...(options.sessionIdleMinutes ? { sessionIdleMinutes: options.sessionIdleMinutes } : {}),
      ...(options.throttle ? { throttle: options.throttle } : {}),
    }),
    accounts: new AccountService(db),
    proposals,
    catalog,
    exports: new ExportService(db, proposals),
    followUp: new FollowUpService(db, options.clock),
    imports: new ImportService(db, options.afterEachImported ?? null),
    masterData: new MasterDataService(db),
    public: new PublicService(db, catalog),
    search: new SearchService(db),
    pool: new PoolService(db, catalog),
    snapshots: new SnapshotService(db),
    oidc: options.oidc ?? null,
  };
}
