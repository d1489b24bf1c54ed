// What a CLI command is. Each command lives in its own file under commands/ and is listed in
// commands/index.ts; main.ts only dispatches and maps errors to exit codes.

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface Command {
  name: string;
  /** One line for `gevinst --help`, in Danish. */
  summary: string;
  /** Full usage text for `gevinst NAME --help`, in Danish. */
  usage: string;
  /** Returns the exit code. Throw GevinstError for user mistakes; main prints its message. */
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** Exit codes shared by all commands (see docs/cli.md). */
export const EXIT = { ok: 0, findings: 1, unreadable: 2, internal: 3 } as const;
