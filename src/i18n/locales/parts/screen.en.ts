import type { DeepStrings } from '../zh-CN';
import type { screenZhCN } from './screen.zh-CN';

export const screenEn: DeepStrings<typeof screenZhCN> = {
  title: 'Big screen',
  documentTitle: '{{title}} · Big screen',
  connecting: 'Connecting the big screen…',
  unknown: {
    title: 'This screen link is unknown or was revoked',
    body: 'The link does not exist, or the organizer made a new screen link. Copy the current screen link from the stage control and open it again.',
  },
  failed: {
    title: 'The big screen cannot connect',
    body: 'Check the network and try again; if it still shows nothing, make a new screen link on the stage control.',
    retry: 'Try again',
  },
  offline: 'Connection lost, reconnecting; this is the last picture received.',
  notStarted: 'The roadshow will begin shortly',
  onStage: 'On stage',
  teamCode: 'Entry {{code}}',
  segment: {
    pitch: 'Pitch',
    qa: 'Questions',
  },
  timer: {
    label: '{{segment}}: time left',
    ready: 'Not started',
    running: 'Running',
    paused: 'Paused',
    lastMinute: 'Last minute',
    over: "Time's up",
  },
  scoring: 'The judges are scoring',
  revealed: 'The scores',
  judge: 'Judge {{number}}',
  judgeScores: "The judges' scores",
  struck: {
    high: ' (highest, struck out)',
    low: ' (lowest, struck out)',
  },
  trimmedNote: 'The highest and the lowest are struck out; the rest are averaged',
  finalScore: 'Final score',
  missing_one: '{{count}} judge did not submit; scored on the sheets submitted',
  missing_other: '{{count}} judges did not submit; scored on the sheets submitted',
  leaderboard: {
    title: 'Standings so far',
    rank: 'Rank',
    team: 'Team',
    score: 'Score',
    rankN: 'Rank {{rank}}',
    more_one: '{{count}} more team',
    more_other: '{{count}} more teams',
  },
};
