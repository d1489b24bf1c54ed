// The peer of the server benchmarks: Fastify with one JSON route and nothing else (no database,
// no session, no schema), in its own process, so "what this machine does at all" is measured beside
// Gevinst in the same run.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
const body = { status: 'ok', items: Array.from({ length: 20 }, (_, i) => ({ id: i, name: `Forslag ${i}` })) };
app.get('/json', () => body);
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`listening ${address}`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
