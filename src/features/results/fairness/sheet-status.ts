import type { SheetStatus } from '@/domain/model';

/** A sheet status's label key. */
export const statusKey = {
  submitted: 'fairness.actions.statusSubmitted',
  draft: 'fairness.actions.statusDraft',
  recused: 'fairness.actions.statusRecused',
} as const satisfies Record<SheetStatus, string>;
