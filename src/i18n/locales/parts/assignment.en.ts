import type { DeepStrings } from '../zh-CN';
import type { assignmentZhCN } from './assignment.zh-CN';

export const assignmentEn: DeepStrings<typeof assignmentZhCN> = {
  title: 'Judge assignment',
  nav: 'Assign judges',
  backToOverview: 'Back to overview',
  intro:
    "Choose the round, the strategy and each track's judges, preview the assignment, and commit it once it looks right. Judges who already submitted a sheet keep their entries.",
  noRounds: 'This competition has no review rounds yet.',
  closed: 'This round is closed: its assignment can no longer change.',
  noJudges: 'This competition has no judges yet. Invite judges first, then assign them.',
  round: 'Round',
  settings: 'Settings',
  strategy: {
    legend: 'Strategy',
    engine: 'Automatic assignment',
    engineHint:
      'k judges per entry: no conflict of interest, the most even load, the most expertise matches, the fewest changes when run again.',
    everyJudge: 'Every judge scores every entry',
    everyJudgeHint: 'Usual for a roadshow: the chosen judges score every finalist of the round.',
  },
  sameJudges: 'Same judges for all tracks',
  allTracks: 'All tracks',
  track: {
    entries_one: '{{count}} competing entry',
    entries_other: '{{count}} competing entries',
    k: 'Judges per entry (k)',
    kHint: 'A whole number from 1 to 20',
    kInvalid: 'Enter a whole number from 1 to 20.',
    judges: 'Judges',
    chosen: '{{count}} of {{total}} chosen',
    selectAll: 'Select all',
    selectNone: 'Select none',
    noneChosen: 'No judge chosen yet.',
  },
  judge: {
    noOrganization: 'No organization given',
    tags: 'Expertise',
  },
  preview: {
    button: 'Preview',
    pending: 'Computing the assignment…',
    title: 'Proposed assignment',
    committedTitle: 'Committed assignment',
    hint: 'This is a preview: nothing is saved until you commit it.',
    stale: 'The settings changed since this preview. Preview again before committing.',
    fixK: 'Correct k first.',
  },
  stats: {
    note: '"Moved": the judge is still chosen but the entry goes to another judge (balance or expertise); "Dropped": the judge is no longer chosen, or the entry no longer competes.',
    pairs: 'Judge–entry pairs',
    load: 'Entries per judge',
    loadRange: '{{min}}–{{max}}',
    spread: 'spread {{spread}}',
    tagMatches: 'Expertise matches',
    tagMatchesValue: '{{count}} / {{pairs}}',
    kept: 'Kept',
    moved: 'Moved',
    dropped: 'Dropped',
    added: 'Added',
    removed: 'Removed',
  },
  loads: {
    title: 'Load per judge',
    judge: 'Judge',
    load: 'Entries',
    change: 'Change',
    bar: '{{name}}: {{count}} entries',
    unknown: 'Judge ({{uid}})',
  },
  pairs: {
    added: 'Pairs to add',
    removed: 'Pairs to remove',
    entry: 'Entry',
    judge: 'Judge',
    none: 'None',
    more: 'Show {{count}} more',
    count_one: '{{count}} pair',
    count_other: '{{count}} pairs',
  },
  showAllWarnings: 'Show all {{count}}',
  warnings: 'Please note',
  warning: {
    outOfPool_one:
      '{{judge}} submitted a sheet for {{entries}} but is not among the judges chosen for {{track}}: the assignment is removed, the submitted sheet stays.',
    outOfPool_other:
      '{{judge}} submitted sheets for {{entries}} but is not among the judges chosen for {{track}}: the assignments are removed, the submitted sheets stay.',
    notCompeting_one:
      '{{judge}} submitted a sheet for {{entries}}, which no longer competes: the assignment is removed, the submitted sheet stays.',
    notCompeting_other:
      '{{judge}} submitted sheets for {{entries}}, which no longer compete: the assignments are removed, the submitted sheets stay.',
    conflict_one:
      '{{judge}} declared a conflict with {{entries}} but already submitted a sheet for it: the assignment is kept and the sheet counts.',
    conflict_other:
      '{{judge}} declared a conflict with {{entries}} but already submitted sheets for them: the assignments are kept and the sheets count.',
    organization_one:
      '{{judge}} is from the same organization as {{entries}} but already submitted a sheet for it: the assignment is kept and the sheet counts.',
    organization_other:
      '{{judge}} is from the same organization as {{entries}} but already submitted sheets for them: the assignments are kept and the sheets count.',
    other: 'Assignment engine: {{text}}',
  },
  commit: {
    button: 'Commit…',
    confirmTitle: 'Commit this assignment?',
    confirmBody:
      '{{added}} pairs will be added and {{removed}} removed; draft sheets of removed pairs are deleted. Submitted sheets are not affected.',
    confirm: 'Yes, commit',
    cancel: 'Cancel',
    pending: 'Writing the assignment; keep this page open…',
    done: 'Assignment committed',
    doneBody:
      '{{time}}: {{pairs}} judge–entry pairs, {{added}} added, {{removed}} removed. Judges see them when they reload their home page.',
    again: 'Preview again',
  },
  errors: {
    previewTitle: 'Preview failed',
    commitTitle: 'Commit failed',
    impossible: 'The round cannot be assigned with these settings; nothing was changed. Reasons:',
    refused:
      "This round's assignment cannot change now (it may be closed); nothing was changed. Reload the page to see the round's status.",
    impossibleHint: 'Choose more judges, lower k, or resolve the conflicts, then preview again.',
    invalid: 'The server refused the request; nothing was changed. Reload the page and try again.',
    permission:
      "Only the competition's organizers can assign judges; nothing was changed. Check the account you are signed in with.",
    notFound: 'The competition or round was not found; nothing was changed. Reload the page.',
    network: 'The network failed; nothing was changed. Check the connection and try again.',
    unknown: 'The server failed; nothing was changed. Try again later, and contact support if it keeps failing.',
  },
  problems: {
    tooFewJudges:
      '{{entries}}: {{needed}} judges are needed per entry, but only {{allowed}} of the chosen judges have no conflict with it. Choose more judges or lower k.',
    tooManyLocked:
      '{{entries}}: {{locked}} judges already submitted a sheet, more than the {{needed}} needed per entry. Set k to at least {{locked}}.',
    entriesMore_one: '{{codes}} and {{count}} more entry',
    entriesMore_other: '{{codes}} and {{count}} more entries',
    listSeparator: ', ',
    emptyPool: '{{track}}: no judge chosen. Choose at least one.',
    unknownJudge: '{{judge}} is not a judge of this competition. Reload the page and choose again.',
    engine: 'Assignment engine: {{text}}',
    showAll: 'Show all {{count}} reasons',
  },
};
