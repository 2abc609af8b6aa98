/**
 * `prepare` on PostgreSQL (postgres.ts): a statement is prepared once per connection under a name from
 * its text and reused; when a migration elsewhere changes a result column's type, which PostgreSQL
 * cannot replan, the statement still answers (unnamed); when the server lost the prepared statements
 * (a transaction-mode pooler between), statements answer and none is prepared any more.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { poolClient } from '../../src/store/postgres.ts';
import type { SqlClient } from '../../src/store/sql-client.ts';
import { createScratchDatabase, type ScratchDatabase } from '../helpers/postgres.ts';

let database: ScratchDatabase;
let client: SqlClient;

before(async () => {
  database = await createScratchDatabase();
  // one connection, so the prepared statements seen are the ones the queries made
  client = poolClient(new pg.Pool({ connectionString: database.url, max: 1 }));
  await client.exec('CREATE TABLE notes (id integer PRIMARY KEY, body integer NOT NULL); INSERT INTO notes VALUES (1, 10), (2, 20)');
});
after(async () => {
  await client.close();
  await database.drop();
});

const prepared = async () =>
  (await client.query<{ name: string; statement: string }>("SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'storyline_%' ORDER BY name")).rows;

test('a prepared statement is prepared once per connection and reused; others are not kept', async () => {
  const sql = 'SELECT body FROM notes WHERE id = $1';
  assert.deepEqual((await client.query(sql, [1], { prepare: true })).rows, [{ body: 10 }]);
  assert.deepEqual((await client.query(sql, [2], { prepare: true })).rows, [{ body: 20 }]);
  await client.query('SELECT body FROM notes WHERE id > $1', [0]);
  const kept = await prepared();
  assert.equal(kept.length, 1);
  assert.equal(kept[0]?.statement, sql);
});

test('after a result column changes type, the statement still answers', async () => {
  const sql = 'SELECT id, body FROM notes ORDER BY id';
  assert.deepEqual((await client.query(sql, [], { prepare: true })).rows, [{ id: 1, body: 10 }, { id: 2, body: 20 }]);
  await client.exec('ALTER TABLE notes ALTER COLUMN body TYPE text');
  assert.deepEqual((await client.query(sql, [], { prepare: true })).rows, [{ id: 1, body: '10' }, { id: 2, body: '20' }]);
  await assert.rejects(client.query('SELECT nothing FROM notes', [], { prepare: true }), /column "nothing" does not exist/);
});

test('when the server lost a prepared statement (a pooler between), statements answer and nothing is prepared any more', async () => {
  const sql = 'SELECT count(*)::int AS n FROM notes';
  assert.deepEqual((await client.query(sql, [], { prepare: true })).rows, [{ n: 2 }]);
  // what a transaction-mode pooler does: the next server connection has never seen the statement
  await client.exec('DEALLOCATE ALL');
  assert.deepEqual((await client.query(sql, [], { prepare: true })).rows, [{ n: 2 }]);
  assert.deepEqual((await client.query('SELECT max(id) AS top FROM notes', [], { prepare: true })).rows, [{ top: 2 }]);
  assert.deepEqual(await prepared(), [], 'no statement prepared after the loss');
});
