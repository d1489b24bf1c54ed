// The app shell: skip link, header with role-aware navigation, and the page for the route.
import { Suspense, lazy } from 'react';
import { da } from './i18n/da.ts';
import { href, navigate, useRoute } from './lib/router.ts';
import { can, useSession } from './lib/session.tsx';
import { Loading } from './components/status.tsx';
import { PageErrorBoundary } from './components/error-boundary.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { RoundsPage } from './pages/rounds-page.tsx';
import { RoundPage } from './pages/round-page.tsx';
import { daFollowUp } from './i18n/da-followup.ts';

// The pages a first visit does not need load when first opened (a chunk each, by Vite), so the
// login, the rounds list and the round page start without the editor, the validation, the
// follow-up, the pool and their libraries (measured in bench/web.bench.ts).
const ProposalPage = lazy(() =>
  import('./pages/proposal-page.tsx').then((m) => ({ default: m.ProposalPage })),
);
const EditorPage = lazy(() => import('./pages/editor-page.tsx').then((m) => ({ default: m.EditorPage })));
const ImportPage = lazy(() => import('./pages/import-page.tsx').then((m) => ({ default: m.ImportPage })));
const SearchPage = lazy(() => import('./pages/search-page.tsx').then((m) => ({ default: m.SearchPage })));
const RoundSettingsPage = lazy(() =>
  import('./pages/round-settings-page.tsx').then((m) => ({ default: m.RoundSettingsPage })),
);
const AccountPage = lazy(() => import('./pages/account-page.tsx').then((m) => ({ default: m.AccountPage })));
const OrganisationPage = lazy(() =>
  import('./pages/organisation-page.tsx').then((m) => ({ default: m.OrganisationPage })),
);
const PublicPage = lazy(() => import('./pages/public-page.tsx').then((m) => ({ default: m.PublicPage })));
const UsersPage = lazy(() => import('./pages/users-page.tsx').then((m) => ({ default: m.UsersPage })));
const PoolPage = lazy(() => import('./pages/pool-page.tsx').then((m) => ({ default: m.PoolPage })));
const ScenariosPage = lazy(() =>
  import('./pages/scenarios-page.tsx').then((m) => ({ default: m.ScenariosPage })),
);
const SnapshotsPage = lazy(() =>
  import('./pages/snapshots-page.tsx').then((m) => ({ default: m.SnapshotsPage })),
);
const FollowUpPage = lazy(() =>
  import('./pages/follow-up-page.tsx').then((m) => ({ default: m.FollowUpPage })),
);
const FollowUpEntryPage = lazy(() =>
  import('./pages/follow-up-entry-page.tsx').then((m) => ({ default: m.FollowUpEntryPage })),
);
const FollowUpOverviewPage = lazy(() =>
  import('./pages/follow-up-overview-page.tsx').then((m) => ({ default: m.FollowUpOverviewPage })),
);
const DuePage = lazy(() => import('./pages/due-page.tsx').then((m) => ({ default: m.DuePage })));

export function App() {
  const { user, checking, logout } = useSession();
  const route = useRoute();
  const [first, second, third] = route.segments;
  if (checking) return <Loading />;
  // The public pages need no login (and show the same to someone logged in).
  if (first === 'offentlig') {
    const segments = route.segments;
    const n = (v: string | undefined) => (v !== undefined && /^\d{1,9}$/.test(v) ? Number(v) : null);
    const valid =
      segments.length === 1 ||
      (segments.length === 2 && n(second) !== null) ||
      (segments.length === 4 && n(second) !== null && third === 'forslag' && n(segments[3]) !== null);
    if (valid)
      return (
        <Suspense fallback={<Loading />}>
          <PublicPage roundId={n(second)} proposalId={n(segments[3])} />
        </Suspense>
      );
  }
  if (!user) return <LoginPage />;
  const id = second === undefined ? NaN : Number(second);

  // Each address names its page and who may use it: a page a role may not use is not offered in
  // the menu, and its address shows "Ingen adgang"; an unknown address shows "Siden findes ikke".
  const isId = (v: string | undefined) => v !== undefined && /^\d{1,9}$/.test(v);
  let page;
  const noAccess = (
    <div className="notice" role="alert">
      <h1>{da.errors.noAccessTitle}</h1>
      <p>{da.errors.noAccess((da.roles[user.role] ?? user.role).toLowerCase())}</p>
    </div>
  );
  if (first === undefined && second === undefined) page = <RoundsPage />;
  else if (first === 'runder' && isId(second) && third === 'nyt' && route.segments.length === 3)
    page = can.createProposal(user.role) ? <EditorPage roundId={id} proposalId={null} /> : noAccess;
  else if (first === 'runder' && isId(second) && route.segments.length === 2)
    page = <RoundPage roundId={id} />;
  else if (first === 'runder' && isId(second) && third === 'pulje' && route.segments.length === 3)
    page = <PoolPage roundId={id} />;
  else if (first === 'runder' && isId(second) && third === 'scenarier' && route.segments.length === 3)
    page = <ScenariosPage roundId={id} />;
  else if (first === 'runder' && isId(second) && third === 'oejebliksbilleder' && route.segments.length === 3)
    page = <SnapshotsPage roundId={id} />;
  else if (first === 'runder' && isId(second) && third === 'indstillinger' && route.segments.length === 3)
    page = can.runRound(user.role) ? <RoundSettingsPage roundId={id} /> : noAccess;
  else if (first === 'konto' && route.segments.length === 1) page = <AccountPage />;
  else if (first === 'organisation' && route.segments.length === 1) page = <OrganisationPage />;
  else if (first === 'forslag' && isId(second) && third === 'rediger' && route.segments.length === 3)
    page = can.createProposal(user.role) ? <EditorPage roundId={null} proposalId={id} /> : noAccess;
  else if (first === 'forslag' && isId(second) && route.segments.length === 2)
    page = <ProposalPage proposalId={id} />;
  else if (first === 'forslag' && isId(second) && third === 'opfoelgning' && route.segments.length === 3)
    page = <FollowUpPage proposalId={id} />;
  else if (
    first === 'forslag' &&
    isId(second) &&
    third === 'opfoelgning' &&
    route.segments[3] === 'indtast' &&
    route.segments.length === 4
  )
    page = can.createProposal(user.role) ? <FollowUpEntryPage proposalId={id} /> : noAccess;
  else if (first === 'runder' && isId(second) && third === 'opfoelgning' && route.segments.length === 3)
    page = <FollowUpOverviewPage roundId={id} />;
  else if (first === 'opfoelgning' && route.segments.length === 1)
    page = <FollowUpOverviewPage roundId={null} />;
  else if (first === 'opfoelgning' && second === 'frister' && route.segments.length === 2) page = <DuePage />;
  else if (first === 'importer' && route.segments.length === 1)
    page = can.import(user.role) ? (
      <ImportPage initialRound={Number(route.query.get('runde')) || null} />
    ) : (
      noAccess
    );
  else if (first === 'brugere' && route.segments.length === 1)
    page = can.administer(user.role) ? <UsersPage /> : noAccess;
  else if (first === 'soeg' && route.segments.length === 1)
    // Keyed by the query: Back to an earlier search shows its words in the field again.
    page = <SearchPage key={route.query.get('q') ?? ''} query={route.query} />;
  else
    page = (
      <div className="notice" role="alert">
        <h1>{da.errors.notFoundTitle}</h1>
        <p>{da.errors.notFoundText}</p>
      </div>
    );

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
            {navItem('/opfoelgning', daFollowUp.nav, first === 'opfoelgning')}
            {can.import(user.role) && navItem('/importer', da.nav.import, first === 'importer')}
            {can.administer(user.role) && navItem('/brugere', da.nav.users, first === 'brugere')}
            {navItem('/organisation', da.organisation.nav, first === 'organisation')}
            {navItem('/konto', da.nav.account, first === 'konto')}
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
        <PageErrorBoundary key={route.path}>
          <Suspense fallback={<Loading />}>{page}</Suspense>
        </PageErrorBoundary>
      </main>
    </>
  );
}
