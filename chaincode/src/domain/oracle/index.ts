export * from './feed';
export * from './report';
export * from './round';
export * from './reading';
export * from './sanctions-list';
