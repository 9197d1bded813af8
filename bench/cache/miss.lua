-- The same query and the same work, but a variable the operation does not declare makes every key new.
local threads = 0
function setup(thread) threads = threads + 1; thread:set("id", threads) end
local counter = 0
function request()
  counter = counter + 1
  local body = '{"query":"query($n: String!) { clause(number: $n) { title decisions(viaAgency: \\"Digitaal Vlaanderen\\") { totalCount nodes { id title date } } } }","variables":{"n":"3.2.3","nonce":"' .. id .. '-' .. counter .. '"}}'
  return wrk.format("POST", "/graphql", {["Content-Type"] = "application/json"}, body)
end
