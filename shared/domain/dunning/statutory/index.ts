export * from './costs';
export * from './interest';
export * from './rates';
export * from './receipt';
export * from './statutory-interest';
