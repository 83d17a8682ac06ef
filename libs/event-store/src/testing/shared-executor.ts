import type { SqlExecutor } from '../sql-executor.js';

/** A view of an executor that a second store can use without closing it (tests open two stores on one database). */
export function sharedExecutor(executor: SqlExecutor): SqlExecutor {
  return {
    driver: executor.driver,
    query: (sql, params) => executor.query(sql, params),
    transaction: (work) => executor.transaction(work),
    listen: (channel, handler) => executor.listen(channel, handler),
    close: async () => undefined,
  };
}
