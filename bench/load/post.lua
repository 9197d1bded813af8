-- POSTs one GraphQL request body (BODY_FILE) again and again; each thread stops after its share
-- of MAX_REQUESTS, so a run is bounded by count as well as by wrk's -d. Prints one RESULT line.
local file = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"

local limit = tonumber(os.getenv("MAX_REQUESTS_PER_THREAD") or "100000")
local count = 0
local failed = 0

function response(status)
  count = count + 1
  if status ~= 200 then failed = failed + 1 end
  if count >= limit then wrk.thread:stop() end
end

function done(summary, latency)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
