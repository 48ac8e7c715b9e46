export * from './campaigns';
export * from './meetings';
export * from './nominations';
export * from './review';
export * from './councils';
export * from './results';
