export * from './apply-section';
export * from './ids';
export * from './presets';
export * from './section-schemas';
export * from './settings-warnings';
export * from './status-steps';
