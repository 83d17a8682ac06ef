/** What the host gives the projections context. */
export interface ProjectionsModuleOptions {
  /** Where generated keys are kept (`memory://` in tests: nothing is written). */
  dataDir: string;
  /**
   * AUDIT_SIGNING_KEY: the Ed25519 signer key of the transparency logs, `PRIVATE+KEY+<log name>+<key id>+<base64>`
   * (`npx bcd-audit keygen <log name>`). Tenant T's log has the origin `<log name>/T/events` and is signed under
   * that name. Unset: a key named `bcd.local` is generated on first start and kept in `<dataDir>/audit-signing-key`.
   */
  auditSigningKey?: string;
}

export const PROJECTIONS_OPTIONS = Symbol('bcd.ProjectionsOptions');
