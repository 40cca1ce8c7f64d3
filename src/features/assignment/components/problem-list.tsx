import { useTranslation } from 'react-i18next';
import type { AssignProblem } from '../api/assign-error';
import { useEntryList } from '../hooks/use-entry-list';
import type { Labels } from '../hooks/use-labels';
import { groupProblems, type ProblemLine } from '../lib/group-problems';
import { FoldedList } from './folded-list';

/** How many reasons show before "show all". */
const FIRST = 8;

/** The engine's reasons an assignment is impossible, in the interface language, alike ones said once. */
export function ProblemList({ problems, labels }: { problems: AssignProblem[]; labels: Labels }) {
  const { t } = useTranslation();
  const entries = useEntryList(labels);
  const text = (p: ProblemLine): string => {
    switch (p.code) {
      case 'too-few-judges':
        return t('assignment.problems.tooFewJudges', {
          entries: entries(p.entries),
          allowed: p.allowed,
          needed: p.needed,
        });
      case 'too-many-locked':
        return t('assignment.problems.tooManyLocked', {
          entries: entries(p.entries),
          locked: p.locked,
          needed: p.needed,
        });
      case 'empty-pool':
        return t('assignment.problems.emptyPool', { track: labels.track(p.trackId) });
      case 'unknown-judge':
        return t('assignment.problems.unknownJudge', { judge: labels.judge(p.judgeUid) });
      case 'engine':
        return t('assignment.problems.engine', { text: p.text });
    }
  };
  const items = groupProblems(problems).map(text);
  return (
    <FoldedList
      items={items}
      first={FIRST}
      testId="assign-problems"
      showAllLabel={t('assignment.problems.showAll', { count: items.length })}
    />
  );
}
