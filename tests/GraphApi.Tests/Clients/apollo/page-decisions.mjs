// Apollo Client 4 as a front-end team uses it: pages an agency's decisions 5 at a time with
// relayStylePagination, each later page fetched from the network and merged into the cache.
// Usage: node page-decisions.mjs <graphql url> <agency id>. Prints one JSON line:
// { totalCount, pages, ids } with ids as the cache holds them after the last page.
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

const [url, agency] = process.argv.slice(2);
if (!url || !agency) {
  console.error('usage: node page-decisions.mjs <graphql url> <agency id>');
  process.exit(2);
}

const client = new ApolloClient({
  link: new HttpLink({ uri: url }),
  cache: new InMemoryCache({
    typePolicies: { Agency: { fields: { decisions: relayStylePagination(['where', 'order']) } } },
  }),
});

const DECISIONS = gql`
  query AgencyDecisions($id: ID!, $after: String) {
    node(id: $id) {
      id
      ... on Agency {
        decisions(first: 5, after: $after, order: [{ date: DESC }]) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { id date } }
        }
      }
    }
  }
`;

let result = await client.query({ query: DECISIONS, variables: { id: agency } });
let pages = 1;
while (result.data.node.decisions.pageInfo.hasNextPage) {
  const after = result.data.node.decisions.pageInfo.endCursor;
  await client.query({ query: DECISIONS, variables: { id: agency, after }, fetchPolicy: 'network-only' });
  // The merged list, as a component reading the cache sees it.
  result = { data: client.readQuery({ query: DECISIONS, variables: { id: agency } }) };
  pages += 1;
  if (pages > 100) throw new Error('more than 100 pages: the cursors do not advance');
}

const decisions = result.data.node.decisions;
console.log(JSON.stringify({ totalCount: decisions.totalCount, pages, ids: decisions.edges.map((e) => e.node.id) }));
