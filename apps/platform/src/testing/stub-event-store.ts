// The doubles live with the host pieces they test (@bcd/service-host); re-exported for the platform's tests.
export { stubEventStore } from '@bcd/service-host';
