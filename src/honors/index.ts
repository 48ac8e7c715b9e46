export * from './campaigns';
export * from './meetings';
