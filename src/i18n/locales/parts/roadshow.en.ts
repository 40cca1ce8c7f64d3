import type { DeepStrings } from '../zh-CN';
import type { roadshowZhCN } from './roadshow.zh-CN';

export const roadshowEn: DeepStrings<typeof roadshowZhCN> = {
  title: 'Roadshow scoring',
  home: {
    body: 'This round is scored live at the roadshow: open the stage page and your phone follows the team on stage, showing the sheet when scoring opens.',
    open: 'Go to the stage',
  },
  notFound: {
    title: 'Roadshow round not found',
    body: 'The link may be wrong, or this round is not a roadshow round. Go back to your judging home, or ask the organizer for a new QR code.',
    home: 'Back to judging',
  },
  phone: {
    eyebrow: '{{round}} · {{code}}',
    offline: "You're offline: your scores are kept on this phone and sent when the connection is back.",
    offlineEmpty: "You're offline and this phone has no copy of this team yet. It will show once you're back online.",
    notYours: "You don't judge this team (not assigned, or recused). Wait for the next team.",
    pitching: 'The team is pitching. When the organizer opens scoring, the sheet appears here by itself.',
    submitted: 'Submitted. Waiting for the organizer to reveal the scores; the next team will come up here by itself.',
    scoringClosed: 'Scoring is closed: you can score only the team on stage while the organizer has scoring open.',
    segment: {
      pitch: 'Pitch',
      qa: 'Questions',
    },
    waiting: {
      'not-started': {
        title: 'Waiting for the roadshow to start',
        body: 'The first team will appear here by itself. Keep this page open.',
      },
      between: {
        title: 'Waiting for the next team',
        body: 'The next team will appear here by itself.',
      },
      revealed: {
        title: 'Scores revealed',
        body: "This team's score is on the big screen. The next team will appear here by itself.",
      },
      done: {
        title: 'The roadshow is over',
        body: 'Every team has pitched. Thank you for judging.',
      },
    },
  },
};
