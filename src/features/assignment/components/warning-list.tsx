import { useTranslation } from 'react-i18next';
import type { AssignWarning } from '../api/assign-warnings';
import { useEntryList } from '../hooks/use-entry-list';
import type { Labels } from '../hooks/use-labels';
import { groupWarnings, type WarningLine } from '../lib/group-warnings';
import { FoldedList } from './folded-list';

/** How many warnings show before "show all". */
const FIRST = 3;

/**
 * What the organizer should know about a plan (submitted sheets it removes
 * or keeps although forbidden), in the interface language with the judge's
 * name, a judge's alike warnings said once with their entries.
 */
export function WarningList({ warnings, labels }: { warnings: AssignWarning[]; labels: Labels }) {
  const { t } = useTranslation();
  const entries = useEntryList(labels);
  const text = (w: WarningLine): string => {
    if (w.code === 'other') return t('assignment.warning.other', { text: w.text });
    const about = { judge: labels.judge(w.judgeUid), entries: entries(w.entries), count: w.entries.length };
    switch (w.code) {
      case 'locked-out-of-pool':
        return t('assignment.warning.outOfPool', { ...about, track: labels.track(w.trackId) });
      case 'locked-not-competing':
        return t('assignment.warning.notCompeting', about);
      case 'locked-forbidden':
        return w.reason === 'conflict'
          ? t('assignment.warning.conflict', about)
          : t('assignment.warning.organization', about);
    }
  };
  const items = groupWarnings(warnings).map(text);
  return (
    <FoldedList
      items={items}
      first={FIRST}
      testId="assign-warnings"
      showAllLabel={t('assignment.showAllWarnings', { count: items.length })}
    />
  );
}
