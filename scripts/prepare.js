// `prepare` (run by `npm ci` and `npm install`): builds dist/ when the build tools are installed.
// A production install (`npm ci --omit=dev`) has no esbuild, Vite or tsx: then the dist/ that was
// built before (and copied with the code) is used, and a missing one is an error that says what
// to do. Plain JavaScript because tsx itself is a development dependency.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url);

function installed(name) {
  try {
    require.resolve(`${name}/package.json`, { paths: [root.pathname] });
    return true;
  } catch {
    return false;
  }
}

if (['esbuild', 'vite', 'tsx'].every(installed)) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exit(r.status ?? 1);
}
const built = ['dist/node/run.js', 'dist/web/index.html'].every((f) => existsSync(new URL(f, root)));
if (built) {
  console.log('Udviklingsværktøjerne er ikke installeret (--omit=dev): bruger den byggede dist/.');
} else {
  console.error(
    'Gevinst er ikke bygget, og byggeværktøjerne mangler (installeret med --omit=dev). ' +
      'Byg med "npm ci && npm run build" og kopier dist/ med, se docs/server.md.',
  );
  process.exit(1);
}
