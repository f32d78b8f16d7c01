#!/usr/bin/env bash
# One command: installs what is missing, builds the web app (release, plus the single-file
# dist/gangmu.html) and serves dist/ on localhost until Ctrl-C.
#   ./scripts/run.sh            serve on port 8080 (or the next free one)
#   PORT=9000 ./scripts/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/tools/node_modules/.bin:$PATH"

echo "== building the web app (scripts/trunk-release.sh; the first build takes a few minutes)"
./scripts/trunk-release.sh

port=${PORT:-8080}
# The first free port from $PORT (8080) on: a port is taken when something accepts on it.
port_taken() { python3 -c "import socket,sys; sys.exit(0 if socket.socket().connect_ex(('127.0.0.1', $1)) == 0 else 1)"; }
while port_taken "$port"; do
  port=$((port + 1))
done

cat <<MSG

  纲目 Gangmu is running:   http://localhost:${port}/
  Single-file offline copy: $(pwd)/dist/gangmu.html  (open it directly, no server needed)
  Press Ctrl-C to stop.

MSG
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
