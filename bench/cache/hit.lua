-- One query, always the same body: after the first request every answer is a cache hit.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"query($n: String!) { clause(number: $n) { title decisions(viaAgency: \\"Digitaal Vlaanderen\\") { totalCount nodes { id title date } } } }","variables":{"n":"3.2.3","nonce":"fixed"}}'
