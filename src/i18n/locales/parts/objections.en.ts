import type { DeepStrings } from '../zh-CN';
import type { objectionsZhCN } from './objections.zh-CN';

export const objectionsEn: DeepStrings<typeof objectionsZhCN> = {
  title: 'Objections',
  nav: 'Objections',
  intro:
    'During the public notice period, teams may object to the latest published version. Answer each one (upheld or dismissed, with a reason); the team sees your answer.',
  filter: {
    label: 'Filter by status',
    open: 'Awaiting answer',
    answered: 'Answered',
    all: 'All',
  },
  empty: {
    open: 'No objection is waiting for an answer.',
    answered: 'No objection has been answered yet.',
    all: 'No team has raised an objection.',
  },
  status: {
    open: 'Awaiting answer',
    upheld: 'Upheld',
    dismissed: 'Dismissed',
  },
  card: {
    entries: 'Entry {{codes}}',
    noEntries: '(this team has no entry)',
    version: 'Version',
    versionValue: '{{version}}',
    raisedAt: 'Raised',
    reason: 'Reason',
    answered: '{{decision}} · answered {{at}}',
    correctionHint:
      'An upheld objection is put right by publishing a correction (a new version, with its reason) on the publish page.',
    correctionLink: 'Go to the publish page',
  },
  answerForm: {
    decision: 'Decision',
    uphold: 'Upheld',
    dismiss: 'Dismissed',
    decisionRequired: 'Choose whether the objection is upheld',
    answer: 'Reason for the answer (the team sees it)',
    answerHint: 'At most {{max}} characters. An answer cannot be changed once sent.',
    answerRequired: 'Give the reason for your answer',
    send: 'Send the answer',
    sending: 'Sending…',
  },
  errors: {
    alreadyAnswered: 'Another organizer has already answered this objection. Reload the page to see their answer.',
    invalid: 'The answer was not accepted. Check the decision and the reason, then try again.',
    network: 'No connection: the answer was not sent. Check your network and try again.',
    permission: 'Only organizers of this competition can answer objections.',
    notFound: 'This objection cannot be found; it may have been removed. Reload the page.',
    unknown: 'The answer could not be sent. Try again in a moment.',
  },
};
