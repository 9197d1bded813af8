-- Searches two words drawn at random from WORDS_FILE (one word per line) on every request, as clients
-- searching for ever other words do: the load under which the search index's remembered weights and postings
-- are read, replaced and collected. Memory is read from /proc by whoever runs it.
local path = os.getenv("WORDS_FILE")
assert(path and path ~= "", "WORDS_FILE is not set")
local words = {}
for line in io.lines(path) do
  -- Written into the JSON body as it is, so no quotes, backslashes, spaces or control characters.
  assert(line ~= "" and not line:find('[%c%s"\\]'), "WORDS_FILE line " .. (#words + 1) .. ": not a single word: " .. line)
  words[#words + 1] = line
end
assert(#words > 0, "WORDS_FILE has no words")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function request()
  local text = words[math.random(#words)] .. " " .. words[math.random(#words)]
  return wrk.format(nil, nil, nil, '{"query":"{ search(text: \\"' .. text .. '\\", first: 20) { score node { id } } }"}')
end
