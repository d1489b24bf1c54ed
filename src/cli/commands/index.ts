import type { Command } from '../command.ts';
import { calcCommand } from './calc.ts';
import { demoCommand } from './demo.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { organisationCommand } from './organisation.ts';
import { serveCommand } from './serve.ts';
import { userCommand } from './user.ts';
import { validateCommand } from './validate.ts';

/** Every command of `gevinst`, in the order `--help` lists them. */
export const commands: Command[] = [
  importCommand,
  validateCommand,
  exportCommand,
  serveCommand,
  demoCommand,
  userCommand,
  organisationCommand,
  calcCommand,
];
