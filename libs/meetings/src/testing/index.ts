export * from './document-text.js';
