// Links between a round's pages: the catalog, the investment pool, scenarios and snapshots.
import { daPool } from '../i18n/da-pool.ts';
import { href } from '../lib/router.ts';

export type RoundTab = 'round' | 'pool' | 'scenarios' | 'snapshots';

const PATHS: Record<RoundTab, string> = {
  round: '',
  pool: '/pulje',
  scenarios: '/scenarier',
  snapshots: '/oejebliksbilleder',
};

export function RoundTabs({ roundId, current }: { roundId: number; current: RoundTab }) {
  return (
    <nav aria-label={daPool.tabs.label} className="round-tabs">
      <ul className="inline">
        {(Object.keys(PATHS) as RoundTab[]).map((tab) => (
          <li key={tab}>
            <a
              href={href(`/runder/${roundId}${PATHS[tab]}`)}
              aria-current={tab === current ? 'page' : undefined}
            >
              {daPool.tabs[tab]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
