// Reading a section out of a competition (the form's starting values) and
// writing a saved section back into it (the function's update), so both
// sides agree on what each section holds.
import { criterionIdsByRound, type Competition, type Round } from '../model';
import type { SectionValues, SettingsContext, SettingsSection } from './section-schemas';

export type CompetitionSettings = Omit<Competition, 'id' | 'createdAt' | 'updatedAt'>;

/** What a section's checks need from the competition it belongs to. */
export const settingsContext = (c: Pick<Competition, 'tracks' | 'rounds'>): SettingsContext => ({
  trackIds: c.tracks.map((t) => t.id),
  roundIds: c.rounds.map((r) => r.id),
});

/** The current values of a section, as its form starts from them. `roundId` picks the rubric's round. */
export function sectionValues<S extends SettingsSection>(
  c: CompetitionSettings,
  section: S,
  roundId?: string,
): SectionValues<S> {
  const values: { [K in SettingsSection]: () => SectionValues<K> } = {
    basics: () => ({
      title: c.title,
      titleEn: c.titleEn,
      organizerName: c.organizerName,
      organizerNameEn: c.organizerNameEn,
      description: c.description,
      descriptionEn: c.descriptionEn,
      rulesText: c.rulesText,
      rulesTextEn: c.rulesTextEn,
      visibility: c.visibility,
    }),
    schedule: () => ({ submissionOpensAt: c.submissionOpensAt, submissionDeadline: c.submissionDeadline }),
    tracks: () => ({ tracks: c.tracks.map((t) => ({ ...t })) }),
    rounds: () => ({
      rounds: c.rounds.map(({ id, name, nameEn, kind, opensAt, closesAt, judgesPerEntry }) => ({
        id,
        name,
        nameEn,
        kind,
        opensAt,
        closesAt,
        judgesPerEntry,
      })),
    }),
    rubric: () => {
      const round = c.rounds.find((r) => r.id === roundId) ?? c.rounds[0];
      return { roundId: round?.id ?? '', criteria: (round?.rubric.criteria ?? []).map((k) => ({ ...k })) };
    },
    entryForm: () => ({ questions: c.entryForm.questions.map((q) => ({ ...q })) }),
    scoring: () => ({ aggregation: { ...c.aggregation }, blind: c.blind, feedbackToTeams: c.feedbackToTeams }),
    awards: () => ({ scope: c.ranking.scope, awards: c.awards.map((a) => ({ ...a })) }),
  };
  return values[section]() as SectionValues<S>;
}

/**
 * The competition's fields a saved section changes (already parsed by its
 * schema), with the mirrors the rules read (roundCriterionIds,
 * openRoundIds) kept in step. A round keeps its status and rubric when the
 * rounds section is saved; a new round starts pending with an empty rubric.
 */
export function applySection<S extends SettingsSection>(
  c: CompetitionSettings,
  section: S,
  values: SectionValues<S>,
): Partial<CompetitionSettings> {
  switch (section) {
    case 'basics':
    case 'schedule':
      return { ...(values as SectionValues<'basics'> | SectionValues<'schedule'>) };
    case 'tracks':
      return { tracks: (values as SectionValues<'tracks'>).tracks };
    case 'rounds': {
      const byId = new Map(c.rounds.map((r) => [r.id, r]));
      const rounds: Round[] = (values as SectionValues<'rounds'>).rounds.map((r) => ({
        ...r,
        status: byId.get(r.id)?.status ?? 'pending',
        rubric: byId.get(r.id)?.rubric ?? { criteria: [] },
      }));
      return withRoundMirrors(rounds);
    }
    case 'rubric': {
      const { roundId, criteria } = values as SectionValues<'rubric'>;
      return withRoundMirrors(c.rounds.map((r) => (r.id === roundId ? { ...r, rubric: { criteria } } : r)));
    }
    case 'entryForm':
      return { entryForm: { questions: (values as SectionValues<'entryForm'>).questions } };
    case 'scoring':
      return { ...(values as SectionValues<'scoring'>) };
    case 'awards': {
      const { scope, awards } = values as SectionValues<'awards'>;
      return { ranking: { scope }, awards };
    }
  }
  throw new Error(`Unknown settings section: ${String(section)}`);
}

/** Rounds with the mirrors the rules read derived from them. */
export function withRoundMirrors(
  rounds: Round[],
): Pick<CompetitionSettings, 'rounds' | 'roundCriterionIds' | 'openRoundIds'> {
  return {
    rounds,
    roundCriterionIds: criterionIdsByRound(rounds),
    openRoundIds: rounds.filter((r) => r.status === 'open').map((r) => r.id),
  };
}
