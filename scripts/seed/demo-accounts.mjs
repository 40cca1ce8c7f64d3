// The demo logins printed by `npm run dev` and listed on the sign-in page in
// dev. Every account's password is the same.
export const DEMO_PASSWORD = 'demo1234';
export const DEMO_JUDGE_COUNT = 7;
export const DEMO_TEAM_COUNT = 76;

export const DEMO_LOGINS = {
  password: DEMO_PASSWORD,
  organizer: 'organizer@demo.local',
  judges: Array.from({ length: DEMO_JUDGE_COUNT }, (_, i) => `judge${i + 1}@demo.local`),
  teams: Array.from({ length: DEMO_TEAM_COUNT }, (_, i) => `team${i + 1}@demo.local`),
};
