import type { DeepStrings } from '../zh-CN';
import type { entryZhCN } from './entry.zh-CN';

export const entryEn: DeepStrings<typeof entryZhCN> = {
  title: 'Entry form',
  untitled: 'Untitled project',
  eyebrow: 'Entry {{code}}',
  open: 'Fill in the entry',
  view: 'View the entry',
  backToHome: 'Back to my entries',
  required: 'required',
  optional: 'optional',
  counter: '{{count}} / {{max}} characters',
  sections: {
    project: 'Project',
    content: 'Problem and solution',
    progress: 'Stage and financing',
    questions: 'Questions from the organizer',
  },
  fields: {
    title: 'Project title',
    track: 'Track',
    trackHint: 'The track was chosen at registration and cannot be changed here.',
    field: 'Industry field',
    fieldHint: 'For example: new materials, biomedicine, digital economy',
    summary: 'Summary',
    summaryHint: 'One paragraph: what the project does, for whom, and which problem it solves.',
    problem: 'The problem',
    solution: 'The solution',
    stage: 'Stage',
    financing: 'Financing so far',
    financingHint: 'Investment or grants received so far (leave blank if none).',
    numberHint: 'From {{min}} to {{max}}',
    numberMin: 'At least {{min}}',
    numberMax: 'At most {{max}}',
  },
  stages: {
    idea: 'Idea',
    prototype: 'Prototype or product',
    revenue: 'Generating revenue',
  },
  save: {
    saved: 'Saved',
    saving: 'Saving…',
    offline: 'Offline — changes kept on this device, they will sync when you are back online',
    invalid: 'Not saved: correct the fields marked in red; everything else is saved',
    error:
      'Not saved: the save failed ({{reason}}). Check the network and reload the page; your text is still on this page, copy it first if you want to keep it.',
    readOnly: 'Read-only',
  },
  conflict: {
    title: 'This entry was changed elsewhere (another tab or device)',
    body: 'Saving is paused so that the other changes are not overwritten. Your unsaved text is still shown below: copy it first if you want to keep it.',
    reload: 'Reload the latest version',
  },
  readOnly: {
    submitted: 'The entry has been submitted and is read-only. To change it, reopen it below before the deadline.',
    withdrawn: 'The entry has been withdrawn and can no longer change.',
    disqualified: 'The entry has been disqualified and can no longer change.',
    deadline: 'The deadline passed on {{date}} (Beijing time); the entry can no longer change.',
  },
  notFound: {
    title: 'Entry not found or no access',
    body: 'This entry does not exist, or your account may not see it. Open your entries from "My entries".',
  },
  offlineEmpty: 'You are offline and this device has no copy of this entry yet. Open it again when you are online.',
};
