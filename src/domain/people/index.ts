export * from './acceptance';
export * from './eligibility';
export * from './invitation-plan';
export * from './invitation-request';
export * from './member-removal';
