// Password hashing: argon2id through @node-rs/argon2 (prebuilt binaries from npm, no compiler).
// The policy (length, guessability) is password-policy.ts.
import { hash, verify } from '@node-rs/argon2';

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
