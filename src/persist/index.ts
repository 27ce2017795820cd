/** Persistence of the account in IndexedDB: snapshots, schema migrations, autosave. */
export * from './autosave';
export * from './migrations';
export * from './store';
export * from './validate';
export * from './terminal-home';
