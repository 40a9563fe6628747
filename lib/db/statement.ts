import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db } from './client';
import { rowsOf } from './rows';

const dialect = new PgDialect();

type Prepared = { execute: (values?: Record<string, unknown>) => Promise<unknown> };

/**
 * A raw SQL statement for a hot path, built once per process instead of per request, with `sql.placeholder(name)`
 * for its values. On PostgreSQL it runs as a named prepared statement (each pooled connection parses and plans it
 * once). Set `DATABASE_PREPARE=false` behind a pooler that cannot keep prepared statements (see the README); it
 * then runs as an ordinary parameterised query. PGlite runs it as one either way.
 */
export function statement<Row>(name: string, build: () => SQL): (db: Db, values: Record<string, unknown>) => Promise<Row[]> {
  const perDb = new WeakMap<Db, Prepared>();
  return async (db, values) => {
    let prepared = perDb.get(db);
    if (!prepared) {
      const prepare = process.env.DATABASE_PREPARE !== 'false';
      prepared = db._.session.prepareQuery(dialect.sqlToQuery(build()), undefined, prepare ? name : undefined, false) as Prepared;
      perDb.set(db, prepared);
    }
    return rowsOf<Row>(await prepared.execute(values));
  };
}
