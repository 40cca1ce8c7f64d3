import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { AssignProblem } from '../api/assign-error';
import type { Labels } from '../hooks/use-labels';
import styles from './assignment.module.css';

/** How many reasons show before "show all": one per entry can be dozens. */
const FIRST = 8;

/** The engine's reasons an assignment is impossible, in the interface language. */
export function ProblemList({ problems, labels }: { problems: AssignProblem[]; labels: Labels }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const text = (p: AssignProblem): string => {
    switch (p.code) {
      case 'too-few-judges':
        return t('assignment.problems.tooFewJudges', {
          entry: labels.entry(p.entryId, p.entryCode),
          allowed: p.allowed,
          needed: p.needed,
        });
      case 'too-many-locked':
        return t('assignment.problems.tooManyLocked', {
          entry: labels.entry(p.entryId, p.entryCode),
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
  const shown = all ? problems : problems.slice(0, FIRST);
  return (
    <>
      <ul className={styles.problems} data-testid="assign-problems">
        {shown.map((p, i) => (
          <li key={i}>{text(p)}</li>
        ))}
      </ul>
      {shown.length < problems.length && (
        <div>
          <Button variant="secondary" onClick={() => setAll(true)}>
            {t('assignment.problems.showAll', { count: problems.length })}
          </Button>
        </div>
      )}
    </>
  );
}
