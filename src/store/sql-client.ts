/** The little each back end must provide: parameterised queries, a script runner and transactions. */
export interface SqlRunner {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<{ rows: Row[] }>;
  /** Runs a script of several statements (migrations only: never with input data). */
  exec(script: string): Promise<void>;
}

export interface SqlClient extends SqlRunner {
  /** Commits when `work` returns, rolls back when it throws. */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface QueryOptions {
  /**
   * Keep the statement parsed and planned on each connection (a PostgreSQL prepared statement named
   * after its text), for hot statements whose text never changes: search's, whose parsing and planning
   * were a sixth of their cost (postgres.ts). PGlite ignores it.
   */
  readonly prepare?: boolean;
}
