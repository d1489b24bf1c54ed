import type { Command } from '../command.ts';
import { exportCommand } from './export.ts';

/** Every command of `gevinst`, in the order `--help` lists them. */
export const commands: Command[] = [exportCommand];
