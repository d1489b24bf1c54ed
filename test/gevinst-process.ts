// `gevinst serve` (or `demo`) as a process of its own, for tests and benchmarks: resolves once the
// server prints its address. `args` start with how to run gevinst (the build's bin/gevinst.js, a
// built run.js, or GEVINST_FROM_SOURCE).
import { type ChildProcess, spawn } from 'node:child_process';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** The exit code, or the signal that ended the process. */
  exited: Promise<NodeJS.Signals | number | null>;
  stop: () => Promise<NodeJS.Signals | number | null>;
}

export async function startServerProcess(
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 60_000,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), timeoutMs);
    let found = false;
    // Read on after the address (a full pipe would stall the server), keeping nothing.
    const onData = (d: Buffer) => {
      if (found) return;
      out += d.toString();
      const m = /kører på (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        found = true;
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`server exited: ${out}`)));
  });
  return {
    child,
    url,
    exited,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
