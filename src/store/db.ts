// The one database interface every repository talks to. Two adapters implement it: PGlite
// (embedded PostgreSQL in a directory, the default) and a PostgreSQL server through `pg`.
// Repositories write plain PostgreSQL with $1 parameters; both adapters run the same SQL.

export interface QueryResult<T> {
  rows: T[];
  /** Rows changed by INSERT/UPDATE/DELETE (0 when the driver does not say). */
  affected: number;
}

export interface Queryable {
  query: <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<QueryResult<T>>;
}

/** The handle inside a transaction: queries plus scripts (migrations run inside one). */
export interface Tx extends Queryable {
  exec: (sql: string) => Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Cheap round trip to tell whether the database answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
