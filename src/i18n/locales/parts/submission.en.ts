import type { DeepStrings } from '../zh-CN';
import type { submissionZhCN } from './submission.zh-CN';

export const submissionEn: DeepStrings<typeof submissionZhCN> = {
  title: 'Submit your entry',
  deadline: 'Submission deadline: {{date}} (Beijing time)',
  fields: {
    title: 'Project title',
    field: 'Industry field',
    summary: 'Summary',
    problem: 'The problem',
    solution: 'The solution',
    stage: 'Stage',
    financing: 'Financing so far',
    deck: 'Business plan or pitch deck (PDF)',
    unknown: 'Other ({{field}})',
  },
  draft: {
    missingTitle_one: '{{count}} thing is still missing before you can submit:',
    missingTitle_other: '{{count}} things are still missing before you can submit:',
    missingHint: 'Select an item to go to the place where it is filled in.',
    ready: 'Everything required is filled in: you can submit.',
    submit: 'Submit entry',
    saving: 'Saving your latest changes…',
    submitting: 'Submitting…',
    afterSubmit: 'After submitting you can still reopen the entry before the deadline, but you must submit it again.',
    notSaved:
      'Your latest changes have not reached the server yet, so the entry cannot be submitted now. Check your connection, wait until the form says “Saved”, then select “Submit entry” again.',
  },
  submitted: {
    status: 'Submitted on {{date}} (Beijing time).',
    receipt: 'View and print the receipt',
    reopen: 'Reopen to edit',
    reopening: 'Reopening…',
    reopenHint:
      'Reopening turns the entry back into a draft: when you are done you must submit it again before the deadline ({{date}}, Beijing time), or it will not be reviewed.',
    withdraw: 'Withdraw entry',
    withdrawing: 'Withdrawing…',
    withdrawConfirmTitle: 'Withdraw this entry?',
    withdrawConfirmBody:
      'A withdrawn entry is not reviewed. Until the deadline ({{date}}, Beijing time) you can reopen it, edit it and submit it again; after the deadline it cannot be restored.',
    withdrawConfirm: 'Yes, withdraw',
    cancel: 'Cancel',
  },
  withdrawn: {
    status: 'This entry has been withdrawn and will not be reviewed.',
    hint: 'Until the deadline ({{date}}, Beijing time) you can reopen it, edit it and submit it again.',
  },
  closed: {
    title: 'Submission is closed',
    body: 'The submission deadline, {{date}} (Beijing time), has passed: the entry can no longer be edited, submitted or withdrawn.',
    notSubmitted: 'This entry was not submitted before the deadline and will not be reviewed.',
  },
  disqualified: {
    title: 'This entry has been disqualified',
    body: 'The organizers have disqualified this entry: it can no longer be edited or submitted. Contact the organizers if you have questions.',
  },
  errors: {
    incomplete: 'The server found that the entry is not complete yet. Add the following, then submit again:',
    windowClosed:
      'The submission deadline, {{date}} (Beijing time), has passed: the server refused this change and the entry can no longer be changed.',
    windowClosedNoDate: 'Submission is closed: the server refused this change and the entry can no longer be changed.',
    invalid: 'Some answers are not accepted. Correct the following, then submit again:',
    problem: '{{field}}: {{message}}',
    network: 'Connection problem: the action did not complete. Check your network and try again.',
    permission:
      'You may not change this entry. Make sure you are signed in with the account that registered it, or sign in again and retry.',
    notFound: 'This entry cannot be found; it may have been deleted. Go back to “My entries”.',
    state:
      "The entry's status has changed (perhaps in another window). Reload the page to see its current status, then try again.",
    disqualified:
      'This entry has been disqualified and can no longer be changed. Contact the organizers if you have questions.',
    generic: 'The action did not complete. Try again later; if it keeps failing, contact the organizers.',
  },
  receipt: {
    eyebrow: 'Submission receipt',
    title: 'Entry submission receipt',
    competition: 'Competition',
    code: 'Entry number',
    projectTitle: 'Project title',
    track: 'Track',
    team: 'Team name',
    status: 'Status',
    submittedAt: 'Submitted on',
    submittedAtValue: "{{date}} (Beijing time, by the server's clock)",
    deadline: 'Submission deadline',
    deadlineValue: '{{date}} (Beijing time)',
    openNote:
      'Until the deadline you can still reopen the entry on its page to edit it, but you must then submit it again.',
    closedNote: 'Submission is closed: the entry can no longer change.',
    note: 'Keep this receipt. Quote the entry number when you contact the organizers.',
    print: 'Print receipt',
    back: 'Back to the entry',
    notYetTitle: 'No receipt yet',
    notYetBody: 'This entry is currently “{{status}}”. Once it is submitted, its receipt appears here.',
    noAccessTitle: 'Entry not found, or no access',
    noAccessBody:
      'This entry does not exist, or your account may not see it. Check the link, or go back to “My entries”.',
    teamHome: 'Back to my entries',
  },
};
