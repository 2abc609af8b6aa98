/** The little each back end must provide: parameterised queries, a script runner and transactions. */
export interface SqlRunner {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
  /** Runs a script of several statements (migrations only: never with input data). */
  exec(script: string): Promise<void>;
}

export interface SqlClient extends SqlRunner {
  /** Commits when `work` returns, rolls back when it throws. */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
