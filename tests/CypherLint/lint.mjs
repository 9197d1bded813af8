// Lints Cypher statements with Neo4j's own parser and semantic analysis, offline.
// stdin: a JSON array of statement texts. stdout: a JSON array with, per statement in the same order, its
// diagnostics as { severity (1 error, 2 warning), message, offset }. Parameters are not declared: the
// caller decides what to make of "Parameter $x is not defined".
import { lintCypherQuery } from '@neo4j-cypher/language-support';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const statements = JSON.parse(input);
const results = statements.map(text => lintCypherQuery(text, {}).diagnostics.map(d => ({
  severity: d.severity,
  message: d.message,
  offset: d.offsets ? d.offsets.start : null,
})));
process.stdout.write(JSON.stringify(results));
