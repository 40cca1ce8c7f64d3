export type { CompetitionAccess } from './api/competition-access';
export { CompetitionChooser } from './components/competition-chooser';
export { NoCompetition } from './components/no-competition';
export { OpenCompetitions } from './components/open-competitions';
export { PublicCompetition } from './components/public-competition';
export type { Viewer } from './components/register-action';
export { useCompetitionAccess } from './hooks/use-competition-access';
export { useHomeMemberships } from './hooks/use-home-memberships';
export { TeamRegistration } from './components/registration/team-registration';
