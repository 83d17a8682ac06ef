// The doubles live with the host pieces they test (@bcd/service-host/testing); re-exported for the platform's tests.
export { stubEventStore } from '@bcd/service-host/testing';
