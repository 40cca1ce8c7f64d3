import { httpsCallable } from 'firebase/functions';
import type { CompetitionTemplate } from '@/domain/settings';
import { functions } from '@/lib/firebase/functions';

export interface CreateCompetitionRequest {
  template: CompetitionTemplate;
  title: string;
  titleEn?: string;
  /** The competition to copy (template 'copy'): the caller must organize it. */
  copyFrom?: string;
}

/**
 * Creates a competition through the createCompetition function (the rules
 * keep creation to functions); the caller becomes its owner and organizer.
 * Throws the callable's error: read it with `toSettingsError`.
 */
export async function createCompetition(request: CreateCompetitionRequest): Promise<string> {
  const call = httpsCallable<CreateCompetitionRequest, { competitionId: string }>(functions, 'createCompetition');
  const { data } = await call(request);
  return data.competitionId;
}
