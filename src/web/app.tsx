// The app shell: skip link, header with role-aware navigation, and the page for the route.
import { da } from './i18n/da.ts';
import { href, navigate, useRoute } from './lib/router.ts';
import { can, useSession } from './lib/session.tsx';
import { Loading } from './components/status.tsx';
import { PageErrorBoundary } from './components/error-boundary.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { RoundsPage } from './pages/rounds-page.tsx';
import { RoundPage } from './pages/round-page.tsx';
import { ProposalPage } from './pages/proposal-page.tsx';
import { EditorPage } from './pages/editor-page.tsx';
import { ImportPage } from './pages/import-page.tsx';
import { SearchPage } from './pages/search-page.tsx';
import { RoundSettingsPage } from './pages/round-settings-page.tsx';
import { AccountPage } from './pages/account-page.tsx';
import { OrganisationPage } from './pages/organisation-page.tsx';
import { PublicPage } from './pages/public-page.tsx';
import { UsersPage } from './pages/users-page.tsx';
import { PoolPage } from './pages/pool-page.tsx';
import { ScenariosPage } from './pages/scenarios-page.tsx';
import { SnapshotsPage } from './pages/snapshots-page.tsx';
import { FollowUpPage } from './pages/follow-up-page.tsx';
import { FollowUpEntryPage } from './pages/follow-up-entry-page.tsx';
import { FollowUpOverviewPage } from './pages/follow-up-overview-page.tsx';
import { DuePage } from './pages/due-page.tsx';
import { daFollowUp } from './i18n/da-followup.ts';

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
    if (valid) return <PublicPage roundId={n(second)} proposalId={n(segments[3])} />;
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
        <PageErrorBoundary key={route.path}>{page}</PageErrorBoundary>
      </main>
    </>
  );
}
