import type { SqlExecutor } from '../sql-executor.js';

/** A view of an executor that a second store can use without closing it (tests open two stores on one database). */
export function sharedExecutor(executor: SqlExecutor): SqlExecutor {
  return {
    driver: executor.driver,
    query: (sql, params, options) => executor.query(sql, params, options),
    transaction: (work) => executor.transaction(work),
    notify: (channel, payload) => executor.notify(channel, payload),
    listen: (channel, handler) => executor.listen(channel, handler),
    close: async () => undefined,
  };
}
