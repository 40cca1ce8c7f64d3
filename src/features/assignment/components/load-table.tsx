import { useTranslation } from 'react-i18next';
import { numericCell, Table } from '@/components/ui/table';
import type { AssignRoundResult } from '../api/assign-round';
import type { JudgeOption } from '../api/assignment-setup';
import type { Labels } from '../hooks/use-labels';
import styles from './assignment.module.css';

/** Judge uid → how many pairs the assignment adds or removes for them. */
function changes(result: AssignRoundResult) {
  const added = new Map<string, number>();
  const removed = new Map<string, number>();
  for (const p of result.added) added.set(p.judgeUid, (added.get(p.judgeUid) ?? 0) + 1);
  for (const p of result.removed) removed.set(p.judgeUid, (removed.get(p.judgeUid) ?? 0) + 1);
  return { added, removed };
}

/** Each judge's proposed load as a bar (the longest = the highest load) and what changes for them. */
export function LoadTable({
  result,
  judges,
  labels,
}: {
  result: AssignRoundResult;
  judges: JudgeOption[];
  labels: Labels;
}) {
  const { t } = useTranslation();
  const { added, removed } = changes(result);
  const known = judges.map((j) => j.uid);
  const others = [...Object.keys(result.loads), ...added.keys(), ...removed.keys()].filter(
    (uid) => !known.includes(uid),
  );
  // The server lists every judge of some pool, 0 included: a chosen judge left without entries shows.
  const uids = [...known, ...new Set(others)].filter(
    (uid) => uid in result.loads || added.has(uid) || removed.has(uid),
  );
  const top = Math.max(1, ...uids.map((uid) => result.loads[uid] ?? 0));
  return (
    <Table aria-label={t('assignment.loads.title')}>
      <thead>
        <tr>
          <th scope="col">{t('assignment.loads.judge')}</th>
          <th scope="col" className={styles.loadColumn}>
            {t('assignment.loads.load')}
          </th>
          <th scope="col" className={numericCell}>
            {t('assignment.loads.change')}
          </th>
        </tr>
      </thead>
      <tbody>
        {uids.map((uid) => {
          const load = result.loads[uid] ?? 0;
          const plus = added.get(uid) ?? 0;
          const minus = removed.get(uid) ?? 0;
          return (
            <tr key={uid} data-testid="load-row" data-judge={uid}>
              <th scope="row" className={styles.judgeCell}>
                {labels.judge(uid)}
              </th>
              <td>
                <span className={styles.loadCell}>
                  <span className={styles.loadNumber} data-testid="load-value">
                    {load}
                  </span>
                  <span className={styles.loadTrack} aria-hidden="true">
                    <span className={styles.loadFill} style={{ width: `${(load / top) * 100}%` }} />
                  </span>
                </span>
              </td>
              <td className={numericCell}>
                <span className={styles.change}>
                  {plus > 0 && <span className={styles.plus}>+{plus}</span>}
                  {minus > 0 && <span className={styles.minus}>−{minus}</span>}
                  {plus === 0 && minus === 0 && <span className={styles.muted}>0</span>}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
