'use strict';
// The scorecard's data, from this API's own /graphql only. No query uses `order` arguments: the clause's fields
// come in the order the scorecard defines (promises by ordinal, evidence oldest first, undated last).

const REQUEST_SECONDS = 20;
const SLOW_MILLISECONDS = 4000;

class ApiError extends Error {}

// Sends one GraphQL request; a request that takes longer than REQUEST_SECONDS is given up.
async function graphql(query, variables) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), REQUEST_SECONDS * 1000);
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal: abort.signal,
    });
  } catch (error) {
    throw new ApiError(error.name === 'AbortError' ? LABELS.timedOut(REQUEST_SECONDS) : LABELS.unreachable);
  } finally {
    clearTimeout(timer);
  }
  const body = await response.json().catch(() => null);
  if (!body) throw new ApiError(LABELS.httpError(response.status));
  if (body.errors && body.errors.length) throw new ApiError(body.errors.map(e => e.message).join('; '));
  return body.data;
}

// Which of the optional evidence fields (stance, strength) the running schema has: the page works before and after they exist.
async function optionalEvidenceFields() {
  const data = await graphql('{ __type(name: "FulfilmentEvidence") { fields { name } } }');
  const names = new Set(((data.__type && data.__type.fields) || []).map(f => f.name));
  return ['stance', 'strength'].filter(name => names.has(name));
}

// A clause has a handful of promises (3.2.3 has 13): one page of the connection holds them all, and 50 keeps
// the whole scorecard query under the endpoint's complexity limit.
const CLAUSE_LIST = 'clauses { number title fulfilment { status } promises(first: 50) { nodes { id } } }';

// The page works on plain lists of promises, as the connection's nodes.
function withPromiseList(clause) {
  return clause && { ...clause, promises: clause.promises.nodes };
}

function scorecardQuery(optionalFields) {
  return `query Scorecard($number: String!) {
  clause(number: $number) {
    number title text
    fulfilment { status rule { name description } }
    budgetTotal
    budgetsByYear { year total }
    promises(first: 50) { nodes {
      id ordinal text
      fulfilment {
        status rule { name description }
        evidence {
          decision { id title themisUri }
          date kind step linked ${optionalFields.join(' ')}
          rule { name description }
          quotes { documentId offset quote }
        }
      }
      continuedBy {
        confidence
        node { id __typename ... on Objective { number title } ... on Indicator { name } }
      }
    } }
  }
  ${CLAUSE_LIST}
}`;
}

async function loadClause(number) {
  const fields = await optionalEvidenceFields();
  const data = await graphql(scorecardQuery(fields), { number });
  return { clause: withPromiseList(data.clause), clauses: data.clauses.map(withPromiseList), optionalFields: fields };
}

async function loadClauses() {
  return (await graphql(`{ ${CLAUSE_LIST} }`)).clauses.map(withPromiseList);
}
