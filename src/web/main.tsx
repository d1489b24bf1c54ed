import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { SessionProvider } from './lib/session.tsx';
import { watchScrollRegions } from './lib/scroll-regions.ts';

const root = document.getElementById('root');
if (root) {
  watchScrollRegions(document.body);
  createRoot(root).render(
    <StrictMode>
      <SessionProvider>
        <App />
      </SessionProvider>
    </StrictMode>,
  );
}
