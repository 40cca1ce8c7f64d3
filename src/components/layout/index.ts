export * from './app-shell';
export * from './auth-layout';
export * from './language-switcher';
export * from './user-menu';
export * from './document-title';
