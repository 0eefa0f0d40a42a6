#!/bin/sh
# The Modeler's own linters on the models: bpmnlint on processes/*.bpmn, dmnlint on processes/*.dmn, with the
# rules of .bpmnlintrc and .dmnlintrc at the top of the repository. Fails on any lint error (warnings are shown).
#
# mvn verify runs it (exec-maven-plugin, execution "model-lint"; skip with -Dmodel-lint.skip=true). By hand:
#   sh tools/model-lint/lint.sh [install-dir]        (install-dir defaults to target/model-lint)
# The linters are installed with `npm ci` from this directory's package-lock.json into install-dir, never into the
# source tree, and only again when package.json or package-lock.json changed.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dir=${1:-$root/target/model-lint}

need_node() {
  echo "ERROR: the model lint (bpmnlint and dmnlint on processes/) needs Node.js 20 or later with npm: $1." >&2
  echo "ERROR: install Node.js 20+ (https://nodejs.org), or skip the model lint: mvn verify -Dmodel-lint.skip=true" >&2
  exit 1
}
command -v node >/dev/null 2>&1 || need_node "no 'node' on the PATH"
command -v npm >/dev/null 2>&1 || need_node "no 'npm' on the PATH"
major=$(node -p 'process.versions.node.split(".")[0]')
[ "$major" -ge 20 ] || need_node "this is Node.js $(node --version)"

# npm ci only when what is installed was not installed from the current package.json and package-lock.json.
if ! cat "$here/package.json" "$here/package-lock.json" | cmp -s - "$dir/installed-from"; then
  echo "model lint: npm ci into $dir"
  rm -rf "$dir"
  mkdir -p "$dir"
  cp "$here/package.json" "$here/package-lock.json" "$dir/"
  (cd "$dir" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error)
  cat "$here/package.json" "$here/package-lock.json" > "$dir/installed-from"
fi

# Run from the top of the repository so that the linters read its .bpmnlintrc and .dmnlintrc.
cd "$root"
NODE_PATH="$dir/node_modules"
export NODE_PATH
status=0
for kind in bpmn dmn; do
  set -- processes/*.$kind
  [ -e "$1" ] || continue
  echo "model lint: ${kind}lint $*"
  "$dir/node_modules/.bin/${kind}lint" "$@" || status=1
done
if [ "$status" -ne 0 ]; then
  echo "ERROR: model lint failed: fix the models named above (rules: .bpmnlintrc, .dmnlintrc; README, Tests)." >&2
  exit 1
fi
echo "model lint: no errors"
