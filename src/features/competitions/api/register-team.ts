import { httpsCallable } from 'firebase/functions';
import type { TeamRegistrationInput } from '@/domain/registration';
import { functions } from '@/lib/firebase/functions';

/** What `registerTeam` answers: the caller's entry, new or the one they already had. */
export interface RegisteredTeam {
  entryId: string;
  /** The entry's number, e.g. `E-017`. */
  code: string;
  /** False when the caller had registered before (a double click, a second tab). */
  created: boolean;
}

const callRegisterTeam = httpsCallable<{ competitionId: string; registration: TeamRegistrationInput }, RegisteredTeam>(
  functions,
  'registerTeam',
);

/**
 * Registers the signed-in user's team (callable `registerTeam`, see
 * functions/src/register-team.ts). Idempotent on the server: calling it twice
 * returns the same entry. Errors are the SDK's; `toRegisterError` reads them.
 */
export async function registerTeam(
  competitionId: string,
  registration: TeamRegistrationInput,
): Promise<RegisteredTeam> {
  const result = await callRegisterTeam({ competitionId, registration });
  return result.data;
}
