// Password hashing: argon2id through @node-rs/argon2 (prebuilt binaries from npm, no compiler).
import { hash, verify } from '@node-rs/argon2';
import { InvalidInput } from '../../core/errors.ts';

export const MIN_PASSWORD_LENGTH = 10;

export function checkPasswordStrength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new InvalidInput(`Adgangskoden skal være mindst ${MIN_PASSWORD_LENGTH} tegn.`, {
      field: 'password',
    });
  }
  if (password.length > 1000) throw new InvalidInput('Adgangskoden er for lang.', { field: 'password' });
}

export function hashPassword(password: string): Promise<string> {
  // The library's default algorithm is Argon2id (its `Algorithm` is an ambient const enum, which
  // verbatimModuleSyntax cannot import); the password test checks the "$argon2id$" prefix.
  return hash(password);
}

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
