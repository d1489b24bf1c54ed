// Reading `--name value` options: a missing value is a Danish error, never a silent default.
import { InvalidInput } from '../../core/errors.ts';

export function option(args: string[], name: string): string | null {
  const at = args.indexOf(name);
  if (at < 0) return null;
  const v = args[at + 1];
  if (v === undefined || v.startsWith('--')) throw new InvalidInput(`${name} mangler en værdi.`);
  return v;
}
