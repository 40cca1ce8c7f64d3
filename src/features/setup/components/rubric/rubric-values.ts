import type { z } from 'zod';
import type { Criterion, CriterionLevel } from '@/domain/model';
import { nextId, type settingsSchemas } from '@/domain/settings';

type RubricSchema = ReturnType<typeof settingsSchemas>['rubric'];
/** What the form holds (the schema's input). */
export type RubricFormValues = z.input<RubricSchema>;
/** What a save sends (the schema's output: trimmed texts). */
export type RubricValues = z.output<RubricSchema>;

/** A new criterion at the end of the list: weight 10, scored 0–10 in whole points, until the organizer says otherwise. */
export const newCriterion = (taken: readonly { id: string }[]): Criterion => ({
  id: nextId(
    'c',
    taken.map((c) => c.id),
  ),
  name: '',
  nameEn: '',
  weight: 10,
  max: 10,
  step: 1,
  description: '',
  descriptionEn: '',
  levels: [],
});

/** A new band below the lowest one so far (or the whole scale when it is the first). */
export function newLevel(levels: readonly CriterionLevel[], max: number): CriterionLevel {
  const top = Number.isFinite(max) && max > 0 ? max : 10;
  const lowest = levels.reduce<number | null>((low, l) => (low === null || l.min < low ? l.min : low), null);
  return { min: 0, max: lowest === null ? top : Math.max(0, lowest), text: '', textEn: '' };
}
