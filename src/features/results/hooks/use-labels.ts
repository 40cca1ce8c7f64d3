import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competition, Entry } from '@/domain/model';
import { pickLocalized, type Language } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';

export interface AwardLabel {
  label: string;
  /** 0 for the group's highest tier, 1 for the next… (for highlighting). */
  tier: number;
}

/** Display text for what the engine reports by id, in the current language. */
export interface PreviewLabels {
  language: Language;
  /** A score or total, 2 decimals. */
  score: (value: number) => string;
  /**
   * Two values side by side, with enough decimals (2 to 6) to tell them
   * apart when they differ: the engine separates values 1e-9 apart.
   */
  pair: (a: number, b: number) => [string, string];
  code: (entryId: string) => string;
  track: (trackId: string | null) => string;
  criterion: (criterionId: string) => string;
  award: (tierId: string | null, track: string | null) => AwardLabel | null;
  judge: (judgeId: string) => string;
}

export function useLabels(
  competition: Competition,
  entries: readonly Entry[],
  judgeNumbers: ReadonlyMap<string, number>,
  judgeNames: Readonly<Record<string, string>>,
): PreviewLabels {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useMemo(() => new Map(entries.map((e) => [e.id, e.code || e.id])), [entries]);

  const fixed = (digits: number) =>
    new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const two = fixed(2);

  return {
    language,
    score: (value) => two.format(value),
    pair: (a, b) => {
      for (let digits = 2; digits < 6; digits++) {
        const f = fixed(digits);
        if (a === b || f.format(a) !== f.format(b)) return [f.format(a), f.format(b)];
      }
      const f = fixed(6);
      return [f.format(a), f.format(b)];
    },
    code: (entryId) => codes.get(entryId) ?? entryId,
    track: (trackId) => {
      if (trackId === null) return t('results.overallGroup');
      const track = competition.tracks.find((tr) => tr.id === trackId);
      return track ? pickLocalized(language, track.name, track.nameEn) : trackId;
    },
    criterion: (criterionId) => {
      // Rounds may share criterion ids; any of them names it.
      const c = competition.rounds.flatMap((r) => r.rubric.criteria).find((x) => x.id === criterionId);
      return c ? pickLocalized(language, c.name, c.nameEn) : criterionId;
    },
    award: (tierId, track) => {
      if (tierId === null) return null;
      // Under overall scope the export carries no track: tiers match by id.
      const tiers =
        competition.ranking.scope === 'overall'
          ? competition.awards
          : competition.awards.filter((a) => a.track === track);
      const tier = tiers.findIndex((a) => a.id === tierId);
      const award = tiers[tier];
      if (!award) return { label: tierId, tier: 0 };
      return { label: pickLocalized(language, award.label, award.labelEn), tier };
    },
    judge: (judgeId) => {
      const n = judgeNumbers.get(judgeId);
      if (n === undefined) return judgeId;
      const name = judgeNames[judgeId];
      return name ? t('results.judgeNamed', { n, name }) : t('results.judgeN', { n });
    },
  };
}
