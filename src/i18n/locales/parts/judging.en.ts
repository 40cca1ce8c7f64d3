import type { DeepStrings } from '../zh-CN';
import type { judgingZhCN } from './judging.zh-CN';

export const judgingEn: DeepStrings<typeof judgingZhCN> = {
  title: 'My reviews',
  noOpenRound: 'No judging round is open. When one opens, the entries assigned to you are listed here.',
  blindNote: "Blind review: team names and organizations are hidden. Score on the entry's content only.",
  kind: {
    online: "Read each entry's materials online and score it, criterion by criterion.",
    roadshow: 'Score each entry in the hall, right after its pitch.',
  },
  progress: '{{submitted}} / {{total}} scored',
  progressLabel: '{{round}}: scoring progress',
  empty: 'No entries are assigned to you in this round yet. They appear here once the organizers assign them.',
  list: 'Entries of {{round}}',
  filters: {
    label: 'Filter entries',
    search: 'Search by code or title',
    searchPlaceholder: 'e.g. E-012 or solar',
    status: 'Sheet status',
    track: 'Track',
    allStatuses: 'All ({{count}})',
    statusOption: '{{status}} ({{count}})',
    allTracks: 'All tracks',
    clear: 'Clear filters',
  },
  count_one: '{{count}} entry',
  count_other: '{{count}} entries',
  range_one: '{{from}}–{{to}} of {{count}} entry',
  range_other: '{{from}}–{{to}} of {{count}} entries',
  noMatch: 'No entry matches these filters.',
  stillLoading_one: '{{count}} entry is still loading; the filters include it once it arrives.',
  stillLoading_other: '{{count}} entries are still loading; the filters include them once they arrive.',
  loadFailed_one: '{{count}} entry could not be loaded. Check your connection and retry.',
  loadFailed_other: '{{count}} entries could not be loaded. Check your connection and retry.',
  row: {
    loading: 'Loading the entry…',
    failed: 'The entry could not be loaded',
    unavailable: 'No longer assigned to you',
    open: 'Open scoring',
    reopened: 'The organizers reopened this sheet: {{reason}}',
  },
  pager: {
    label: 'Pages',
    previous: 'Previous',
    next: 'Next',
    page: 'Page {{page}} of {{pages}}',
  },
};
