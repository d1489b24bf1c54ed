import type { Command } from '../command.ts';

/** Every command of `gevinst`, in the order `--help` lists them. */
export const commands: Command[] = [];
