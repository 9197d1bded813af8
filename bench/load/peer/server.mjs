// Reference GraphQL server for the load benchmark: graphql-http on node:http executing with
// graphql-js (`js`) or with graphql-jit (`jit`, queries compiled once per document text), the
// schema from schema/schema.graphql, the data from the API's JSON export (`export --format json`).
// Both executors run the same resolvers, attached to the schema's fields below.
// It resolves only what bench/load/queries/ ask for: node(id) on Decision (agencies, budgets),
// clause.decisions(viaAgency, first), decisions(where: agencies.some.name.eq and date gte/lte,
// order, first), search(text, first) and path(from, to). Search scores with plain TF-IDF over
// lower-cased words and path takes the first shortest path breadth-first, so those two may differ
// from the API's answers (which use Dutch stemming and their own tie-breaks); run.sh reports which match.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { buildSchema, parse, validate } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { compileQuery, isCompiledQuery } from 'graphql-jit';

const [schemaPath, graphPath, portText, executor = 'js'] = process.argv.slice(2);
if (!schemaPath || !graphPath || !portText || !['js', 'jit'].includes(executor)) {
  console.error('usage: node server.mjs SCHEMA.graphql GRAPH.json PORT [js|jit]');
  process.exit(2);
}
const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
const graph = JSON.parse(readFileSync(graphPath, 'utf8'));

const nodes = new Map();
const outgoing = new Map();
const incoming = new Map();
for (const n of graph.nodes) { nodes.set(n.id, n); outgoing.set(n.id, []); incoming.set(n.id, []); }
for (const r of graph.relationships) { outgoing.get(r.start).push(r); incoming.get(r.end).push(r); }
const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const label = (n) => n.labels[0];
const related = (id, type, direction, wanted) =>
  (direction === 'out' ? outgoing : incoming).get(id)
    .filter((r) => r.type === type)
    .map((r) => nodes.get(direction === 'out' ? r.end : r.start))
    .filter((n) => label(n) === wanted)
    .sort(byId);

// What the benchmark queries follow from a decision.
const decisionRelations = { agencies: ['INVOLVES', 'out', 'Agency'], budgets: ['FUNDS', 'out', 'Budget'] };

const view = (n) => (n ? { __typename: label(n), id: n.id, ...n.properties } : null);

const names = (n) => [n.id, n.properties.name, ...(n.properties.aliases ?? [])].filter(Boolean).map((s) => s.toLowerCase());

function clauseDecisions(clauseId, { viaAgency, first = 20 }) {
  const fulfils = (id) => incoming.get(id).filter((r) => r.type === 'FULFILLS' && label(nodes.get(r.start)) === 'Decision');
  const links = fulfils(clauseId);
  for (const p of incoming.get(clauseId).filter((r) => r.type === 'PART_OF' && label(nodes.get(r.start)) === 'Promise'))
    links.push(...fulfils(p.start));
  const agency = viaAgency?.toLowerCase();
  const groups = new Map();
  for (const link of links) {
    const decision = nodes.get(link.start);
    if (agency && !related(decision.id, 'INVOLVES', 'out', 'Agency').some((a) => names(a).includes(agency))) continue;
    const group = groups.get(decision.id) ?? { decision, bases: new Set(), confidence: 0 };
    group.bases.add(link.properties.basis.toUpperCase());
    group.confidence = Math.max(group.confidence, link.properties.confidence ?? 0);
    groups.set(decision.id, group);
  }
  const all = [...groups.values()].sort((a, b) =>
    (a.decision.properties.date ?? '9999').localeCompare(b.decision.properties.date ?? '9999')
    || a.decision.properties.sourceIndex - b.decision.properties.sourceIndex || byId(a.decision, b.decision));
  const page = all.slice(0, Math.min(first, 100));
  return {
    totalCount: all.length,
    edges: page.map((g) => ({ basis: [...g.bases].sort(), confidence: g.confidence, node: view(g.decision) })),
  };
}

function matches(n, where) {
  if (!where) return true;
  for (const [field, condition] of Object.entries(where)) {
    if (decisionRelations[field]) {
      const [type, direction, wanted] = decisionRelations[field];
      const others = related(n.id, type, direction, wanted);
      if (condition.some && !others.some((o) => matches(o, condition.some))) return false;
      continue;
    }
    const value = field === 'id' ? n.id : n.properties[field];
    if ('eq' in condition && value !== condition.eq) return false;
    if ('gte' in condition && !(value != null && value >= condition.gte)) return false;
    if ('lte' in condition && !(value != null && value <= condition.lte)) return false;
  }
  return true;
}

const decisionList = graph.nodes.filter((n) => label(n) === 'Decision').sort(byId);

function decisions({ where, order, first = 20 }) {
  const found = decisionList.filter((n) => matches(n, where));
  for (const [key, direction] of [...(order ?? [])].reverse().map((o) => Object.entries(o)[0])) {
    const sign = direction === 'DESC' ? -1 : 1;
    found.sort((a, b) => sign * String(a.properties[key] ?? '').localeCompare(String(b.properties[key] ?? '')));
  }
  return { totalCount: found.length, nodes: found.slice(0, Math.min(first, 100)).map(view) };
}

const words = (text) => (text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const index = new Map();
for (const n of graph.nodes) {
  const counts = new Map();
  for (const property of ['name', 'title', 'text', 'aliases'])
    for (const w of words([].concat(n.properties[property] ?? []).join(' '))) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const [w, count] of counts) {
    if (!index.has(w)) index.set(w, []);
    index.get(w).push([n.id, count]);
  }
}

function search({ text, first = 20 }) {
  const scores = new Map();
  for (const w of words(text)) {
    const postings = index.get(w) ?? [];
    const idf = Math.log(1 + graph.nodes.length / (1 + postings.length));
    for (const [id, count] of postings) scores.set(id, (scores.get(id) ?? 0) + (1 + Math.log(count)) * idf);
  }
  return [...scores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, Math.min(first, 100))
    .map(([id, score]) => ({ score, node: view(nodes.get(id)) }));
}

function path({ from, to, maxHops = 4 }) {
  if (!nodes.has(from) || !nodes.has(to)) return null;
  const previous = new Map([[from, null]]);
  let frontier = [from];
  for (let hop = 0; hop < maxHops && !previous.has(to); hop++) {
    const next = [];
    for (const id of frontier)
      for (const r of [...outgoing.get(id), ...incoming.get(id)]) {
        const other = r.start === id ? r.end : r.start;
        if (previous.has(other)) continue;
        previous.set(other, { id, r });
        next.push(other);
      }
    frontier = next;
  }
  if (!previous.has(to)) return null;
  const ids = [to];
  const relationships = [];
  for (let step = previous.get(to); step; step = previous.get(step.id)) { ids.unshift(step.id); relationships.unshift({ type: step.r.type }); }
  return { length: relationships.length, nodes: ids.map((id) => view(nodes.get(id))), relationships };
}

// Resolvers on the schema itself, not functions in the data: graphql-jit reads a field without a
// resolver as a plain property, so both executors need them here to run the same code.
const resolvers = {
  Query: {
    node: (_, { id }) => view(nodes.get(id)),
    clause: (_, { number }) => view(nodes.get('clause:' + number)),
    decisions: (_, args) => decisions(args),
    search: (_, args) => search(args),
    path: (_, args) => path(args),
  },
  Decision: Object.fromEntries(Object.entries(decisionRelations).map(([field, [type, direction, wanted]]) =>
    [field, (d) => { const all = related(d.id, type, direction, wanted); return { totalCount: all.length, nodes: all.slice(0, 20).map(view) }; }])),
  Clause: { decisions: (c, args) => clauseDecisions(c.id, args) },
};
for (const [type, fields] of Object.entries(resolvers))
  for (const [field, resolve] of Object.entries(fields)) schema.getType(type).getFields()[field].resolve = resolve;

// graphql-jit: parse, validate and compile once per document text, as the API caches its parsed documents.
const compiled = new Map();
function compile(query) {
  let entry = compiled.get(query);
  if (!entry) {
    const document = parse(query);
    const errors = validate(schema, document);
    entry = errors.length > 0 ? { errors } : compileQuery(schema, document);
    if (!isCompiledQuery(entry) && !entry.errors) throw new Error('graphql-jit could not compile the query');
    compiled.set(query, entry);
  }
  return entry;
}
const jit = (_req, params) => {
  const entry = compile(params.query);
  return isCompiledQuery(entry) ? entry.query(undefined, {}, params.variables ?? {}) : { errors: entry.errors };
};

const handler = createHandler(executor === 'jit' ? { schema, onSubscribe: jit } : { schema });
createServer((req, res) => {
  if (req.url.startsWith('/graphql')) handler(req, res);
  else { res.writeHead(404).end(); }
}).listen(Number(portText), '127.0.0.1', () => console.log(`peer (${executor}) listening on http://127.0.0.1:${portText}/graphql, ${nodes.size} nodes`));
