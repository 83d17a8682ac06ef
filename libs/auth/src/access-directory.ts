import type { PlatformRole, TenantRole } from './roles.js';

/** What the guard needs to know about a user of our own directory, read on every request. */
export interface DirectoryUser {
  userId: string;
  username: string;
  disabled: boolean;
  platformRoles: PlatformRole[];
  /** Tenant code → roles, for active tenants only (roles in a merged tenant give no access). */
  tenantRoles: Record<string, TenantRole[]>;
}

/** A tenant code as the guard resolves it: current, or merged into another (old codes still resolve for auditors). */
export interface DirectoryTenant {
  tenantId: string;
  status: 'active' | 'merged';
  /** For a merged tenant: the active tenant it now lives in (following merges of merges). */
  successor?: string;
  /** Every tenant merged into this one, directly or through another merge: their history is readable here. */
  predecessors: string[];
  /** Its name as last recorded ('Tỉnh Thanh Hóa'): documents the platform issues print it. */
  name?: string;
}

/**
 * The port the guard reads identities and tenants through. The identity context (libs/tenancy)
 * implements it on its read model; the guard calls it on every authenticated request, so that a
 * disabled user or a revoked role stops working at once.
 */
export interface AccessDirectory {
  findUser(userId: string): Promise<DirectoryUser | undefined>;
  findTenant(code: string): Promise<DirectoryTenant | undefined>;
  /** The codes of every active tenant (for the processes that run per province). */
  activeTenants(): Promise<string[]>;
}

/** DI token of the AccessDirectory (a registered symbol: auth does not know who implements it). */
export const ACCESS_DIRECTORY = Symbol.for('bcd.AccessDirectory');
