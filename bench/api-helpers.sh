# Shell helpers of the bench scripts that start the Api on loopback; sourced, not run.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
# Waits until the URL answers while the process (its output in the file) lives; ends the run if it never does.
wait_until_answers() {
  for _ in $(seq 120); do
    curl -fs "$1" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || break
    sleep 0.5
  done
  echo "$1 did not answer." >&2
  cat "$3" >&2
  exit 1
}
