#!/usr/bin/env bash
# Package-quality checks that need more than Node: run by .ci/run after `npm test` (which builds dist/).
#   publint + attw      package.json / exports / types as consumers will see them
#   pack-check          the tarball's contents, installed and used from ESM, CJS and TypeScript nodenext
#   browser-check       the library in headless Chromium, results equal to Node's, bundle sizes
#   notebooks           examples/notebooks/*.ipynb executed headless; outputs saved, HTML in examples/notebooks/html
# System packages are installed only when missing, so a warm machine skips apt entirely.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v jupyter >/dev/null 2>&1 && jupyter nbconvert --version >/dev/null 2>&1 \
  || need_apt+=(jupyter-nbconvert python3-nbclient python3-ipykernel jupyter-client jupyter-core)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
# rsvg-convert renders the stage charts to PNG (test/stage.svg.test.ts and scripts/render-svg.mjs).
command -v rsvg-convert >/dev/null 2>&1 || need_apt+=(librsvg2-bin)
if ((${#need_apt[@]})); then
  echo "ci-extras: installing ${need_apt[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need_apt[@]}"
fi

failed=()
# Every check runs even after one fails, so a single CI log shows all problems.
step() {
  echo
  echo "=== ci-extras: $* ==="
  local started=$SECONDS
  if "$@"; then
    echo "=== ci-extras: ok in $((SECONDS - started)) s: $* ==="
  else
    echo "=== ci-extras: FAILED after $((SECONDS - started)) s: $* ==="
    failed+=("$*")
  fi
}

step npx --no-install publint --strict
# --profile node16: the subpath entry points (techbroker/bridges/zh-en, techbroker/node) resolve under Node 16+
# module resolution only; node10 resolution (TypeScript's legacy "node") cannot see package.json exports.
step npx --no-install attw --pack . --profile node16
step node scripts/pack-check.mjs
step node scripts/browser-check.mjs
step node scripts/render-svg.mjs
step node scripts/notebooks.mjs
echo
if ((${#failed[@]})); then
  printf 'ci-extras: %d check(s) failed:\n' "${#failed[@]}"
  printf '  - %s\n' "${failed[@]}"
  exit 1
fi
echo "ci-extras: all checks passed"
