// Sends a GraphQL request to this API's own endpoint and returns its data, or throws its errors, except those
// whose extensions.code is in `expected` (e.g. UNKNOWN_NODE when the text typed may be a name rather than an id).
async function graphql(query, variables, expected = []) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  const errors = (body.errors || []).filter(e => !expected.includes(e.extensions && e.extensions.code));
  if (errors.length) throw new Error(errors.map(e => e.message).join('; '));
  return body.data;
}
