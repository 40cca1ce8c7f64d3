import type { DeepStrings } from '../zh-CN';
import type { registrationZhCN } from './registration.zh-CN';

export const registrationEn: DeepStrings<typeof registrationZhCN> = {
  title: 'Register your team',
  back: 'Back to the competition',
  intro:
    "Fill in your team's details and register. Once registered you can fill in your entry and upload your pitch deck, and change them until the deadline.",
  signUpSubtitle: 'Create an account to register your team. You come back to the registration form afterwards.',
  windowHeading: 'Registration window',
  track: {
    legend: 'Track',
    company: 'Entered as a company: its name and unified social credit code are required',
    noCompany: 'Open to individuals and teams, no company needed',
  },
  team: {
    heading: 'Your team',
    teamName: 'Team name',
    companyName: 'Company name',
    companyNameHint: 'As on the business licence',
    creditCode: 'Unified social credit code (统一社会信用代码)',
    creditCodeHint: '18 digits or capital letters, printed on the business licence',
  },
  contact: {
    heading: 'Contact person',
    name: 'Contact name',
    phone: 'Mobile number',
    phoneHint: 'A mainland China mobile number, 11 digits',
    email: 'Email',
    emailHint: 'Competition notices go to this address',
  },
  members: {
    heading: 'Team members',
    hint: 'At least 1, at most {{max}}.',
    member: 'Member {{n}}',
    name: 'Name',
    role: 'Role (optional)',
    rolePlaceholder: 'e.g. lead, engineering',
    add: 'Add a member',
    remove: 'Remove',
    removeLabel: 'Remove member {{n}}',
    full: 'You have reached the limit of {{max}} members.',
  },
  submit: 'Register',
  submitting: 'Registering…',
  fixErrors: 'Fields to correct: {{count}}. See the messages in red.',
  deadline: 'Registration closes {{date}} (Beijing time)',
  state: {
    alreadyTeam: 'Your team is already registered',
    alreadyTeamBody: 'An account registers one team. You can go on filling in and submitting your entry.',
    goToEntry: 'Go to my entry',
    otherRoleTitle: 'This account cannot register a team',
    otherRole:
      'Your role in this competition: {{role}}. A team registers with an account of its own: sign out, then sign up with another email address to register.',
    goToCompetition: 'Open the competition',
    closedTitle: 'Registration has closed',
    closed: 'Registration for this competition closed on {{date}} (Beijing time).',
    notYetTitle: 'Registration has not opened yet',
    notYet: 'Registration opens on {{date}} (Beijing time). Please come back then.',
    unavailableTitle: 'Not taking registrations',
    unavailable:
      'This competition is not taking registrations right now. See the competition page or contact the organizers.',
  },
  errors: {
    closed: 'Registration closed on {{date}} (Beijing time): your team was not registered.',
    closedNoDate: 'Registration has closed: your team was not registered.',
    notYet: 'Registration has not opened yet: register once it opens. What you typed is still in the form.',
    unavailable: 'This competition is not taking registrations right now.',
    otherRole:
      'This account is already a judge or organizer of this competition and cannot register a team. Sign out and sign up with another email address to register.',
    invalid: 'The server did not accept some of the details: correct the fields marked below and register again.',
    signedOut: 'Your session has expired: sign in again, then register.',
    notFound: 'This competition cannot be found; it may no longer be public. Go back to the list of competitions.',
    network:
      'Your team was not registered: the connection dropped or the server could not be reached. Check your connection and press "Register" again; nothing you typed is lost.',
    unknown:
      'Your team was not registered. Please press "Register" again in a moment; what you typed is still in the form.',
  },
};
