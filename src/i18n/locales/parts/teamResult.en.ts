import type { DeepStrings } from '../zh-CN';
import type { teamResultZhCN } from './teamResult.zh-CN';

export const teamResultEn: DeepStrings<typeof teamResultZhCN> = {
  title: 'Results',
  nav: 'Results',
  stateNotice: 'Under public notice',
  stateFinal: 'Final',
  version: '{{round}} · version {{version}} · published {{at}}',
  updated: 'Updated on {{at}} because: {{reason}}',
  underNotice:
    'Under public notice until {{until}} (Beijing time). If you disagree with the results, you can raise an objection below until then.',
  noticeOver: 'The public notice ended on {{until}}: these results are final.',
  final: 'These results are final.',
  rank: 'Rank {{rank}}',
  rankOf: 'Rank {{rank}} of {{of}}',
  score: 'Score {{score}}',
  noAward: 'No award',
  unranked: 'Too few valid score sheets: this entry was not ranked.',
  absent: 'This entry is not in the published results.',
  feedback: "Judges' comments",
  feedbackError: 'The comments cannot be read right now.',
  comment: 'Comment {{n}}',
  criterion: '{{name}}: ',
  objection: {
    title: 'Objections',
    intro:
      'If you think the results are wrong, raise an objection with the organizers during the notice period. One objection per version can await an answer at a time.',
    reason: 'Reason for the objection',
    hint: 'Say exactly what you think is wrong (at most {{max}} characters); the organizers answer each objection.',
    reasonRequired: 'Give the reason for your objection',
    send: 'Raise the objection',
    sending: 'Sending…',
    raised: "Objection sent. The organizers' answer will appear here.",
    openAlready: "Your objection to this version is awaiting the organizers' answer.",
    raisedOn: 'On version {{version}} · raised {{at}}',
    answer: "The organizers' answer ({{at}}):",
    status: {
      open: 'Awaiting answer',
      upheld: 'Upheld',
      dismissed: 'Dismissed',
    },
    errors: {
      alreadyOpen:
        'Your team already has an objection to this version awaiting an answer. Wait for the organizers to answer it.',
      noticeOver: 'The public notice period is over: objections can no longer be raised.',
      superseded: 'The results were updated to a new version. Read the new version before deciding to object.',
      network: 'No connection: the objection was not sent. Check your network and try again.',
      permission: 'Only teams of this competition can raise objections.',
      unknown: 'The objection could not be sent. Try again in a moment.',
    },
  },
};
