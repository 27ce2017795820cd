#!/usr/bin/env bash
# `npm run test:all`: every check, in the order that fails fastest, each stage timed; the end of
# the output says how long each stage took (also when one fails).
#   lint + typecheck   side by side: each uses one core
#   unit               vitest (both cores)
#   build, size        the site once (vite build); size-limit reads dist/
#   e2e                playwright test: the journeys against that dist/ (mouse and keyboard projects)
#   lighthouse         the same dist/, alone on the machine (its scores measure CPU time)
set -euo pipefail
cd "$(dirname "$0")/.."

TIMES=()
summary() {
  local status=$?
  echo
  echo "test:all, seconds per stage:"
  for t in "${TIMES[@]}"; do echo "  $t"; done
  echo "  total $SECONDS s$([[ $status -eq 0 ]] || echo ", FAILED")"
}
trap summary EXIT

stage() {
  local name=$1 start=$SECONDS
  shift
  echo "=== $name"
  "$@"
  TIMES+=("$(printf '%4d s  %s' $((SECONDS - start)) "$name")")
}

lint_and_types() {
  local log pid lint=0 types=0
  log=$(mktemp)
  npm run lint >"$log" 2>&1 &
  pid=$!
  npm run typecheck || types=$?
  wait "$pid" || lint=$?
  cat "$log"
  rm -f "$log"
  [[ $lint -eq 0 && $types -eq 0 ]]
}

stage "lint + typecheck" lint_and_types
stage "unit" npm run test:unit
# The site once (vite build: the typecheck stage has already run what `npm run build` runs first).
stage "build" npx vite build
stage "size" npm run size
stage "e2e" npx playwright test
stage "lighthouse" npm run lighthouse
