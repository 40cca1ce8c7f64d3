export { SubmissionPanel, type SubmissionPanelProps } from './submission-panel';
