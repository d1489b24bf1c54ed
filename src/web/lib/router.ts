// A minimal hash router: the app is served as one index.html, so hash routes need no server
// rewrite rules and survive a reload. useRoute() re-renders on navigation.
//
// A page with unsaved work sets a leave guard: a change of address (a link, the address bar,
// history) is then confirmed first, and refused without re-rendering anything, so the page and
// its state stay as they were.
import { useEffect, useSyncExternalStore } from 'react';

export interface Route {
  /** Path segments after "#/", decoded. */
  segments: string[];
  query: URLSearchParams;
  path: string;
}

const listeners = new Set<() => void>();
let accepted = typeof window === 'undefined' ? '' : window.location.hash;
let guard: (() => string | null) | null = null;

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    const next = window.location.hash;
    if (next === accepted) return;
    const question = guard?.() ?? null;
    if (question !== null && !window.confirm(question)) {
      // Put the address back without a history entry and without a re-render.
      window.history.replaceState(window.history.state, '', accepted || '#/');
      return;
    }
    accepted = next;
    for (const l of listeners) l();
  });
}

function subscribe(cb: () => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

function snapshot(): string {
  return accepted;
}

/**
 * While `question` gives a text, leaving the page (another address, reload, closing the tab) asks
 * first. The text is shown by the address change; browsers show their own for reload and close.
 */
export function useLeaveGuard(question: () => string | null): void {
  useEffect(() => {
    guard = question;
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (question() !== null) e.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      if (guard === question) guard = null;
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [question]);
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?');
  let segments: string[];
  try {
    segments = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    // A malformed escape ("#/forslag/%") is an address that does not exist, not a crash.
    segments = ['siden-findes-ikke'];
  }
  return { segments, query: new URLSearchParams(queryPart), path: '/' + segments.join('/') };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, snapshot, () => '');
  return parseHash(hash);
}

export function href(path: string): string {
  return '#' + (path.startsWith('/') ? path : '/' + path);
}

/** Navigates (through the leave guard). */
export function navigate(path: string): void {
  window.location.hash = href(path).slice(1);
}

/** Navigates without asking (after a save: nothing is left unsaved). */
export function navigateNow(path: string): void {
  guard = null;
  navigate(path);
}
