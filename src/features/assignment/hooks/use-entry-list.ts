import { useTranslation } from 'react-i18next';
import type { Labels } from './use-labels';

/** Entry codes named in one line; the rest are counted. */
const CODES = 6;

/** Says a few entries in one line of a reason or warning: "A-1、A-2 及另外 3 个项目". */
export function useEntryList(labels: Labels): (list: { entryId: string; entryCode?: string }[]) => string {
  const { t } = useTranslation();
  return (list) => {
    const codes = list
      .slice(0, CODES)
      .map((e) => labels.entry(e.entryId, e.entryCode))
      .join(t('assignment.problems.listSeparator'));
    return list.length > CODES ? t('assignment.problems.entriesMore', { codes, count: list.length - CODES }) : codes;
  };
}
