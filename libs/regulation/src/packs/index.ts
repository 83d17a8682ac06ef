import { NotFound } from '@bcd/kernel';
import type { RulePack } from '../rule-pack.schema.js';
import { binhDinh2021 } from './binh-dinh-2021.js';
import { kienGiang2008 } from './kien-giang-2008.js';
import { phuTho2022 } from './phu-tho-2022.js';
import { thanhHoa2014 } from './thanh-hoa-2014.js';
import { thanhHoa2018 } from './thanh-hoa-2018.js';

export { binhDinh2021, kienGiang2008, phuTho2022, thanhHoa2014, thanhHoa2018 };

// Frozen: a caller that wants to change a pack (configurePack, a custom pack) works on a copy.
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The five seed regulations (shared/seeds), in date order. */
export const BUILT_IN_PACKS: readonly RulePack[] = deepFreeze([kienGiang2008, thanhHoa2014, thanhHoa2018, binhDinh2021, phuTho2022]);

/** A built-in pack by id; NotFound otherwise. */
export function builtInPack(id: string): RulePack {
  const pack = BUILT_IN_PACKS.find((p) => p.id === id);
  if (!pack) throw new NotFound('Rule pack', id);
  return pack;
}
