// A query of a read model is one function of a scoped SQL client: its handler runs it in one
// transaction as `bcd_reader` under the request's row-level security scope (ReadModelDatabase.read).
import { Inject, type Type } from '@nestjs/common';
import { QueryHandler, type Query, type QueryResult } from '@nestjs/cqrs';
import type { ScopedSqlClient } from '@bcd/auth';
import { ReadModelDatabase } from './read-model-database.js';

/** The @QueryHandler of `query`, answering it with `read` under the request's scope. */
export function readModelQueryHandler<Q extends Query<unknown>>(query: Type<Q>, read: (tx: ScopedSqlClient, query: Q) => Promise<QueryResult<Q>>): Type<{ execute(query: Q): Promise<QueryResult<Q>> }> {
  @QueryHandler(query)
  class ReadModelQueryHandler {
    constructor(@Inject(ReadModelDatabase) private readonly db: ReadModelDatabase) {}

    execute(asked: Q): Promise<QueryResult<Q>> {
      return this.db.read((tx) => read(tx, asked));
    }
  }
  Object.defineProperty(ReadModelQueryHandler, 'name', { value: `${query.name}Handler` });
  return ReadModelQueryHandler;
}
