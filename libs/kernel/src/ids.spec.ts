import { isUuid, isUuidV7, nameBasedId, newId } from './ids.js';

describe('ids', () => {
  it('makes UUIDv7s', () => {
    const id = newId();
    expect(isUuid(id)).toBe(true);
    expect(isUuidV7(id)).toBe(true);
    expect(id[14]).toBe('7');
  });

  it('sorts ids made later after ids made earlier, within and across milliseconds', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5000; i++) ids.push(newId());
    await new Promise((resolve) => setTimeout(resolve, 3));
    for (let i = 0; i < 100; i++) ids.push(newId());

    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('tells UUIDs from other strings', () => {
    expect(isUuid('0190b6d4-6c5e-7a1b-8c3d-4e5f60718293')).toBe(true);
    expect(isUuid('0190B6D4-6C5E-7A1B-8C3D-4E5F60718293')).toBe(true);
    expect(isUuid('f47ac10b-58cc-4372-a567-0e02b2c3d479')).toBe(true);
    expect(isUuidV7('f47ac10b-58cc-4372-a567-0e02b2c3d479')).toBe(false);
    for (const bad of ['', 'not-a-uuid', '0190b6d46c5e7a1b8c3d4e5f60718293', '{0190b6d4-6c5e-7a1b-8c3d-4e5f60718293}', 42, null]) {
      expect(isUuid(bad)).toBe(false);
      expect(isUuidV7(bad)).toBe(false);
    }
  });
});

describe('nameBasedId', () => {
  it('gives the same id for the same names, another for other names, and never mixes the parts up', () => {
    const id = nameBasedId('reporting-obligation', 'thanh-hoa', 'member-report', 'agency:1', 'annual:2018');
    expect(id).toBe(nameBasedId('reporting-obligation', 'thanh-hoa', 'member-report', 'agency:1', 'annual:2018'));
    expect(isUuid(id)).toBe(true);
    expect(id).not.toBe(nameBasedId('reporting-obligation', 'thanh-hoa', 'member-report', 'agency:2', 'annual:2018'));
    expect(nameBasedId('a-b', 'c')).not.toBe(nameBasedId('a', 'b-c'));
  });
});
