import type { DeepStrings } from '../zh-CN';
import type { rubricEditorZhCN } from './rubricEditor.zh-CN';

export const rubricEditorEn: DeepStrings<typeof rubricEditorZhCN> = {
  title: 'Rubric',
  intro: 'Each round has its own rubric. Weights become shares of the total; they need not add up to 100.',
  round: 'Round',
  noRounds: 'There are no rounds yet. Add one under “Rounds” first.',
  checking: 'Checking whether this round has score sheets…',
  lockUnknown:
    'Could not check whether this round has score sheets. You can keep editing; the server checks again when you save.',
  locked:
    'This round already has score sheets, so its rubric can no longer change: judges have scored against these criteria, and a change would leave their scores without a basis. Read only.',
  empty: 'This round has no criteria yet. Add at least one before the round can open for review.',
  add: 'Add a criterion',
  criterion: {
    heading: 'Criterion {{n}}',
    name: 'Name',
    nameEn: 'English name',
    weight: 'Weight',
    max: 'Maximum',
    step: 'Step',
    description: 'Description',
    descriptionEn: 'English description',
    share: '{{share}}% of the total',
    noShare: 'Share to come',
    preview: 'Judges see: out of {{max}}, in steps of {{step}}',
    previewPending: 'Once the maximum and step are filled in, this shows how judges score',
  },
  levels: {
    summary_one: 'Level guide · {{count}} band',
    summary_other: 'Level guide · {{count}} bands',
    hint: 'Each band gives a score range and what it looks like, for judges to compare against.',
    heading: 'Band {{n}}',
    min: 'Lowest score',
    max: 'Highest score',
    text: 'Description',
    textEn: 'English description',
    add: 'Add a band',
    remove: 'Remove',
    removeLabel: 'Remove band {{n}}',
  },
  total: 'Weights total {{total}}',
  totalNot100: 'Weights total {{total}}. They need not add up to 100: scores use each criterion’s share.',
  rows: {
    moveUp: 'Up',
    moveDown: 'Down',
    remove: 'Remove',
    moveUpLabel: 'Move {{name}} up',
    moveDownLabel: 'Move {{name}} down',
    removeLabel: 'Remove {{name}}',
  },
  save: {
    submit: 'Save the rubric',
    saving: 'Saving…',
    saved: 'Saved',
    discard: 'Discard unsaved changes',
    unsaved: 'Unsaved changes',
    invalid: 'Some fields need changes: follow the notes in red, then save again.',
    serverFields: 'The server did not accept some fields: follow the notes in red, then save again.',
  },
  errors: {
    locked:
      'This round already has score sheets, so its rubric can no longer change: judges have scored against these criteria, and a change would leave their scores without a basis.',
    network: 'No connection: nothing was saved. Check the network, then press Save again.',
    permission: 'You may not change this competition’s settings. Ask its owner for help.',
    notFound: 'This competition or round no longer exists. Reload the page and try again.',
    refused: 'The server refused this save ({{reason}}). Reload the page and try again.',
    unknown: 'Saving failed. Please try again in a moment.',
  },
  warnings: {
    rubricEmpty: '{{round}} has no criteria yet; the round cannot open for review until it has.',
  },
};
