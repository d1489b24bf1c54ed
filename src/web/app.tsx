// The app shell: skip link, header with role-aware navigation, and the page for the route.
import { da } from './i18n/da.ts';
import { href, navigate, useRoute } from './lib/router.ts';
import { can, useSession } from './lib/session.tsx';
import { Loading } from './components/status.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { RoundsPage } from './pages/rounds-page.tsx';
import { RoundPage } from './pages/round-page.tsx';
import { ProposalPage } from './pages/proposal-page.tsx';
import { EditorPage } from './pages/editor-page.tsx';
import { ImportPage } from './pages/import-page.tsx';
import { SearchPage } from './pages/search-page.tsx';
import { PublicPage } from './pages/public-page.tsx';
import { PoolPage } from './pages/pool-page.tsx';
import { ScenariosPage } from './pages/scenarios-page.tsx';
import { SnapshotsPage } from './pages/snapshots-page.tsx';

export function App() {
  const { user, checking, logout } = useSession();
  const route = useRoute();
  const [first, second, third] = route.segments;
  if (checking) return <Loading />;
  if (!user && first === 'offentlig')
    return <PublicPage roundId={second === undefined ? null : Number(second)} />;
  if (!user) return <LoginPage />;
  const id = second === undefined ? NaN : Number(second);

  let page;
  if (first === 'runder' && Number.isInteger(id) && third === 'nyt')
    page = <EditorPage roundId={id} proposalId={null} />;
  else if (first === 'runder' && Number.isInteger(id) && third === 'pulje') page = <PoolPage roundId={id} />;
  else if (first === 'runder' && Number.isInteger(id) && third === 'scenarier')
    page = <ScenariosPage roundId={id} />;
  else if (first === 'runder' && Number.isInteger(id) && third === 'oejebliksbilleder')
    page = <SnapshotsPage roundId={id} />;
  else if (first === 'runder' && Number.isInteger(id)) page = <RoundPage roundId={id} />;
  else if (first === 'forslag' && Number.isInteger(id) && third === 'rediger')
    page = <EditorPage roundId={null} proposalId={id} />;
  else if (first === 'forslag' && Number.isInteger(id)) page = <ProposalPage proposalId={id} />;
  else if (first === 'importer' && can.import(user.role))
    page = <ImportPage initialRound={Number(route.query.get('runde')) || null} />;
  else if (first === 'soeg') page = <SearchPage query={route.query.get('q') ?? ''} />;
  else page = <RoundsPage />;

  const navItem = (path: string, label: string, active: boolean) => (
    <li>
      <a href={href(path)} aria-current={active ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );

  return (
    <>
      <a
        className="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {da.skipToContent}
      </a>
      <header className="top">
        <a className="brand" href={href('/')}>
          {da.appName} <span>{da.appTagline}</span>
        </a>
        <nav aria-label={da.nav.label}>
          <ul>
            {navItem('/', da.nav.rounds, first === undefined || first === 'runder')}
            {navItem('/soeg', da.nav.search, first === 'soeg')}
            {can.import(user.role) && navItem('/importer', da.nav.import, first === 'importer')}
          </ul>
        </nav>
        <div className="who">
          <span>{da.nav.loggedInAs(user.name ?? user.email, da.roles[user.role] ?? user.role)}</span>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              void logout().then(() => navigate('/'));
            }}
          >
            {da.nav.logout}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {page}
      </main>
    </>
  );
}
