import { createBrowserRouter, type RouteObject } from 'react-router';
import { Spinner } from '@/components/ui/spinner';
import { withOrganizerStrings } from '@/i18n/organizer-strings';

// Data-mode routes, each loaded lazily so a page's code (and the Firebase
// features it uses) downloads only when it is visited. The organizers' pages
// (and the invitation page, which speaks of organizers' invitations) also
// bring their Chinese strings, which the app does not bundle.
export const routes: RouteObject[] = [
  {
    id: 'root',
    path: '/',
    lazy: () => import('./routes/root'),
    hydrateFallbackElement: <Spinner fullPage />,
    children: [
      {
        lazy: () => import('./routes/guest-layout'),
        children: [
          { path: 'sign-in', lazy: () => import('./routes/sign-in') },
          { path: 'sign-up', lazy: () => import('./routes/sign-up') },
          { path: 'reset-password', lazy: () => import('./routes/reset-password') },
        ],
      },
      {
        // Public: open competitions, for anyone, signed in or not.
        path: 'explore',
        lazy: () => import('./routes/explore-layout'),
        children: [
          { index: true, lazy: () => import('./routes/explore') },
          { path: ':cid', lazy: () => import('./routes/explore-competition') },
          { path: ':cid/register', lazy: () => import('./routes/explore-register') },
        ],
      },
      {
        lazy: () => import('./routes/signed-in-layout'),
        children: [
          {
            lazy: () => import('./routes/shell-layout'),
            children: [
              { index: true, lazy: () => import('./routes/home') },
              { path: 'competitions', lazy: () => import('./routes/competitions') },
              { path: 'competitions/new', lazy: () => withOrganizerStrings(import('./routes/competition-new')) },
            ],
          },
          {
            path: 'c/:cid',
            lazy: () => import('./routes/competition-layout'),
            children: [
              { index: true, lazy: () => import('./routes/competition-index') },
              { path: 'organizer', lazy: () => withOrganizerStrings(import('./routes/organizer-home')) },
              { path: 'organizer/results', lazy: () => withOrganizerStrings(import('./routes/organizer-results')) },
              {
                path: 'organizer/assignment',
                lazy: () => withOrganizerStrings(import('./routes/organizer-assignment')),
              },
              { path: 'organizer/settings', lazy: () => withOrganizerStrings(import('./routes/organizer-settings')) },
              { path: 'organizer/people', lazy: () => withOrganizerStrings(import('./routes/organizer-people')) },
              { path: 'organizer/entries', lazy: () => withOrganizerStrings(import('./routes/organizer-entries')) },
              { path: 'organizer/entries/:eid', lazy: () => withOrganizerStrings(import('./routes/organizer-entry')) },
              { path: 'organizer/dashboard', lazy: () => withOrganizerStrings(import('./routes/organizer-dashboard')) },
              { path: 'organizer/fairness', lazy: () => withOrganizerStrings(import('./routes/organizer-fairness')) },
              { path: 'organizer/publish', lazy: () => withOrganizerStrings(import('./routes/organizer-publish')) },
              {
                path: 'organizer/objections',
                lazy: () => withOrganizerStrings(import('./routes/organizer-objections')),
              },
              { path: 'organizer/advance', lazy: () => withOrganizerStrings(import('./routes/organizer-advance')) },
              { path: 'organizer/audit', lazy: () => withOrganizerStrings(import('./routes/organizer-audit')) },
              { path: 'organizer/stage', lazy: () => withOrganizerStrings(import('./routes/organizer-stage')) },
              { path: 'judge', lazy: () => import('./routes/judge-home') },
              { path: 'judge/rounds/:rid/entries/:eid', lazy: () => import('./routes/judge-entry') },
              { path: 'judge/stage/:rid', lazy: () => import('./routes/judge-stage') },
              { path: 'team', lazy: () => import('./routes/team-home') },
              { path: 'team/entries/:eid', lazy: () => import('./routes/team-entry') },
              { path: 'team/entries/:eid/receipt', lazy: () => import('./routes/team-receipt') },
              { path: '*', lazy: () => import('./routes/inner-not-found') },
            ],
          },
        ],
      },
      {
        // An invitation link works signed out too: it says what it is for and
        // leads to sign-in or sign-up with the invited email.
        path: 'invite/:cid/:token',
        lazy: () => withOrganizerStrings(import('./routes/invite')),
      },
      // The big screen of a roadshow: no sign-in; its token is its only key.
      { path: 'screen/:token', lazy: () => import('./routes/screen') },
      { path: '*', lazy: () => import('./routes/not-found') },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
