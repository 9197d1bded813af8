#!/usr/bin/env bash
# The one test command, on a new machine as on a used one: installs the Debian packages the tests need when they are
# missing (redis-server for the cache tests, chromium for the browser tests), starts a Redis on loopback for the run
# (unless REDIS_CONFIGURATION already names one), and runs `dotnet test GraphApi.sln` with any arguments given here,
# e.g. ./test.sh --filter FullyQualifiedName~Caching
set -uo pipefail
cd "$(dirname "$0")"

# One apt-get call (apt-get update once). Root runs apt-get directly, anyone else through sudo when it is there.
missing=()
for package in redis-server chromium; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  as_root=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && as_root="sudo"
  echo "+ apt-get install ${missing[*]}"
  $as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq "${missing[@]}" >/dev/null \
    || echo "warning: could not install ${missing[*]}; the tests that need them will fail and say so" >&2
fi

# Redis for the cache tests, on loopback, without persistence; stopped however this script ends.
if [ -z "${REDIS_CONFIGURATION:-}" ] && command -v redis-server >/dev/null; then
  redis_port=${REDIS_PORT:-6390}
  redis_dir=$(mktemp -d)
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --dir "$redis_dir" --pidfile "$redis_dir/redis.pid" >/dev/null
  trap 'kill "$(cat "$redis_dir/redis.pid" 2>/dev/null)" 2>/dev/null; rm -rf "$redis_dir"' EXIT
  for _ in $(seq 50); do [ -s "$redis_dir/redis.pid" ] && break; sleep 0.1; done
  # Without it (the port taken, say) the cache tests start a redis-server of their own.
  [ -s "$redis_dir/redis.pid" ] && export REDIS_CONFIGURATION="127.0.0.1:$redis_port"
fi

# The browser tests drive Debian's Chromium; Playwright downloads no browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# One test assembly at a time: on a 2-core machine the browser suite, run beside the others, left the
# IDE too little CPU to answer within its 60 s expectations (seen once in a CI run, and by the operators' helper).
dotnet test GraphApi.sln -m:1 "$@"
