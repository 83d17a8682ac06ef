// A tenant state as a snapshot keeps it (JSON): everything but what is derived from the rest (each adoption's pack
// with the tenant's decisions filled in). The version names the fold: a snapshot made by another version of the
// folds is never read (bump it whenever a fold changes what it keeps, then rebuild the projection). Pure.
import { restoredAdoption, storedAdoption, type StoredAdoption } from './regulation.js';
import type { TenantState } from './tenant-state.js';

/** The version of the folds and of this shape. */
export const TENANT_STATE_VERSION = 3;

export interface StoredTenantState extends Omit<TenantState, 'adoptions'> {
  adoptions: StoredAdoption[];
}

export function storeTenantState(state: TenantState): StoredTenantState {
  return { ...state, adoptions: state.adoptions.map(storedAdoption) };
}

export function restoreTenantState(stored: StoredTenantState): TenantState {
  return { ...stored, adoptions: stored.adoptions.map(restoredAdoption) };
}
