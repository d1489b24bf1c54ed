// The password policy: at least 10 characters, at most 1000, and not easy to guess. "Easy" is
// judged by zxcvbn-ts (a well-kept port of Dropbox's estimator) with its common-password list,
// keyboard patterns, repeats and sequences, plus the user's own e-mail and name and words of the
// organisation: a score below 3 (fewer than about 10^8 guesses) is refused. The dictionaries are
// loaded on the first check, never at server start.
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { InvalidInput } from '../../core/errors.ts';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 1000;
const MIN_SCORE = 3;
const ORGANISATION_WORDS = ['gevinst', 'kobenhavn', 'københavn', 'kommune', 'kk', 'budget', 'demo'];

let estimator: Promise<ZxcvbnFactory> | null = null;

function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
    ]);
    return new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  })();
  return estimator;
}

const WHY: Record<string, string> = {
  simpleRepeat: 'den gentager det samme tegn',
  extendedRepeat: 'den gentager det samme stykke',
  sequences: 'den er en række som "abcd" eller "1234"',
  recentYears: 'den bygger på et årstal',
  dates: 'den bygger på en dato',
  topTen: 'den er blandt de mest brugte adgangskoder',
  topHundred: 'den er blandt de mest brugte adgangskoder',
  common: 'den er en almindelig adgangskode',
  similarToCommon: 'den ligner en almindelig adgangskode',
  wordByItself: 'den er ét ord',
  namesByThemselves: 'den er et navn',
  commonNames: 'den er et almindeligt navn',
  userInputs: 'den indeholder din e-mail, dit navn eller et ord fra Gevinst',
  straightRow: 'den er en række taster på tastaturet',
  keyPattern: 'den er et mønster på tastaturet',
  pwned: 'den er kendt fra læk af adgangskoder',
};

/** Throws InvalidInput (field "password") with a Danish reason when the password is too weak. */
export async function checkPasswordPolicy(
  password: string,
  context: { email?: string | null; name?: string | null } = {},
): Promise<void> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new InvalidInput(`Adgangskoden skal være mindst ${MIN_PASSWORD_LENGTH} tegn.`, {
      field: 'password',
    });
  }
  if (password.length > MAX_PASSWORD_LENGTH)
    throw new InvalidInput('Adgangskoden er for lang.', { field: 'password' });
  const own = [context.email, context.email?.split('@')[0], ...(context.name?.split(/\s+/) ?? [])].filter(
    (w): w is string => typeof w === 'string' && w.length >= 3,
  );
  // The estimator's work grows with length; the first 100 characters decide anyway.
  const result = (await loadEstimator()).check(password.slice(0, 100), [...ORGANISATION_WORDS, ...own]);
  if (result.score < MIN_SCORE) {
    const why = result.feedback.warning ? WHY[result.feedback.warning] : undefined;
    throw new InvalidInput(
      `Adgangskoden er for let at gætte${why ? `: ${why}` : ''}. Brug fx en sætning af fire-fem ord.`,
      { field: 'password' },
    );
  }
}
