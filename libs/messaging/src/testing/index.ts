// The test kit of libs/messaging (import from '@bcd/messaging/testing'; nothing in production does).
export * from './mock-cluster.js';
export * from './scripted-publisher.js';
export * from './until.js';
