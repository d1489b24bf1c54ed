// The process entry of `gevinst`: bin/gevinst.js runs the compiled form of this file
// (dist/node/run.js); tests and development run it from source with `node --import tsx`.
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
