// Vite config for the web app. The app lives in src/web and builds to dist/web (`npm run build`,
// run by `npm ci`), which the HTTP server serves under `npm start` (docs/web.md). In development the API on :3000 is proxied
// so the browser sees one origin and session cookies just work.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    // The app's own modules under src/web/api/*.ts share the /api prefix; only the rest is the server.
    proxy: {
      '^/api/(?!.*\\.tsx?(\\?|$))': {
        target: process.env.GEVINST_API ?? 'http://127.0.0.1:3000',
        changeOrigin: false,
      },
    },
  },
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: true },
});
