// What a CLI command is. Each command lives in its own file under commands/ and is listed, with
// its one-line summary and a loader, in commands/index.ts; main.ts only dispatches and maps errors
// to exit codes. A command's module (and so its dependencies: exceljs, fastify, PGlite …) is
// loaded only when that command runs, which keeps `gevinst --help` as fast as a bare node.

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface Command {
  name: string;
  /** Full usage text for `gevinst NAME --help`, in Danish. */
  usage: string;
  /** Returns the exit code. Throw GevinstError for user mistakes; main prints its message. */
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** A command as `gevinst --help` lists it, before its module is loaded. */
export interface CommandEntry {
  name: string;
  /** One line for `gevinst --help`, in Danish. */
  summary: string;
  load: () => Promise<Command>;
}

/** Exit codes shared by all commands (see docs/cli.md). */
export const EXIT = { ok: 0, findings: 1, unreadable: 2, internal: 3 } as const;
