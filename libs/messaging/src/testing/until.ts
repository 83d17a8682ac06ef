/** Resolves once `predicate` holds (checked every 10 ms); fails after `ms`, saying what was awaited. */
export async function until(predicate: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`Not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What `read` returns once it holds at least `expected` items: on a PostgreSQL database shared with other test files,
 * a gap-safe read of the store stops before another file's transaction still in flight, so a read right after an
 * append may see fewer events than were appended.
 */
export async function once<T>(read: () => Promise<readonly T[]>, expected: number, what: string): Promise<T[]> {
  let items: readonly T[] = [];
  await until(async () => (items = await read()).length >= expected, `${expected} ${what}`);
  return [...items];
}
