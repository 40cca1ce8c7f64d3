import type { TFunction } from 'i18next';
import type { Competition, CompetitionStatus } from '@/domain/model';
import type { SettingsSection, StatusRefusal } from '@/domain/settings';
import type { Language } from '@/i18n/languages';
import { namesOf } from './names';

type Named = Pick<Competition, 'rounds' | 'tracks'>;

/** What a step does, said before the organizer confirms it. */
export function stepEffect(
  t: TFunction,
  language: Language,
  c: Named,
  from: CompetitionStatus,
  to: CompetitionStatus,
  forward: boolean,
): string {
  const { round } = namesOf(c, language);
  const [first, second] = [c.rounds[0]?.id, c.rounds[1]?.id];
  if (forward) {
    if (to === 'review') return t('setup.status.effect.review', { round: round(first) });
    if (to === 'final') return t('setup.status.effect.final', { previous: round(first), round: round(second) });
    if (to === 'closed') return t('setup.status.effect.closed');
    return t('setup.status.effect.registration');
  }
  if (to === 'draft') return t('setup.status.back.draft');
  if (to === 'registration') return t('setup.status.back.registration', { round: round(first) });
  // Back from closed reopens the last round the competition had open.
  if (to === 'review' && from === 'final')
    return t('setup.status.back.review', { round: round(second), previous: round(first) });
  return t('setup.status.back.final', { round: round(to === 'review' ? first : second) });
}

const FIX: Partial<Record<StatusRefusal['code'], SettingsSection>> = {
  'no-title': 'basics',
  'no-tracks': 'tracks',
  'no-submission-window': 'schedule',
  'no-round': 'rounds',
  'no-final-round': 'rounds',
  'rubric-empty': 'rubric',
};

const CODES = new Set<string>([
  'same-status',
  'not-one-step',
  'no-title',
  'no-tracks',
  'no-submission-window',
  'no-round',
  'no-final-round',
  'rubric-empty',
]);

/** A refused step's reasons, read from the error details (anything malformed is left out). */
export function readRefusals(details: Record<string, unknown>): StatusRefusal[] {
  const list = Array.isArray(details.refusals) ? (details.refusals as unknown[]) : [];
  return list.filter(
    (r): r is StatusRefusal => !!r && typeof r === 'object' && typeof (r as { code?: unknown }).code === 'string',
  );
}

/** One reason in words, and the section where the organizer fixes it. */
export function refusalOfStep(
  t: TFunction,
  language: Language,
  c: Named,
  r: StatusRefusal,
): { text: string; fix: SettingsSection | null } {
  const fix = FIX[r.code] ?? null;
  if (!CODES.has(r.code)) return { text: t('setup.status.refusals.unknown', { code: r.code }), fix };
  if (r.code === 'rubric-empty')
    return { text: t('setup.status.refusals.rubric-empty', { round: namesOf(c, language).round(r.roundId) }), fix };
  if (r.code === 'not-one-step')
    return {
      text: t('setup.status.refusals.not-one-step', {
        from: t(`competition.status.${r.from}`),
        to: t(`competition.status.${r.to}`),
      }),
      fix,
    };
  return { text: t(`setup.status.refusals.${r.code}`), fix };
}
