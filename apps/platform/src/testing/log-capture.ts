// Lives in @bcd/service-host/testing (its logger tests use it too); re-exported for the platform's tests.
export { LogCapture } from '@bcd/service-host/testing';
