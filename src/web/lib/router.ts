// A minimal hash router: the app is served as one index.html, so hash routes need no server
// rewrite rules and survive a reload. useRoute() re-renders on navigation.
import { useSyncExternalStore } from 'react';

export interface Route {
  /** Path segments after "#/", decoded. */
  segments: string[];
  query: URLSearchParams;
  path: string;
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

function snapshot(): string {
  return window.location.hash;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?');
  const segments = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  return { segments, query: new URLSearchParams(queryPart), path: '/' + segments.join('/') };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, snapshot, () => '');
  return parseHash(hash);
}

export function href(path: string): string {
  return '#' + (path.startsWith('/') ? path : '/' + path);
}

export function navigate(path: string): void {
  window.location.hash = href(path).slice(1);
}
