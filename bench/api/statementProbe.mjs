// Preloaded into a server under test (`node --import`, with DB_COUNT_STATEMENTS=1): answers
// GET http://127.0.0.1:$STATEMENT_PROBE_PORT/ with the number of SQL statements the database
// adapter has issued so far (src/db/statementCounter.ts keeps the count on globalThis under this
// key). The benchmark reads it before and after one request to count that request's statements.
import { createServer } from 'node:http'

const KEY = Symbol.for('taskforce06.statementCounter')
const state = (globalThis[KEY] ??= { count: 0, statements: [], keep: false })
const port = Number(process.env.STATEMENT_PROBE_PORT)

if (port) {
  const probe = createServer((_req, res) => res.end(String(state.count)))
  // A child process inheriting NODE_OPTIONS finds the port taken: only the first one answers.
  probe.on('error', () => probe.close())
  probe.listen(port, '127.0.0.1')
  probe.unref()
}
