#!/usr/bin/env bash
# Mutation testing of src/StAMM.Domain with Stryker.NET (the tool pinned in .config/dotnet-tools.json), killed by
# tests/StAMM.Domain.Tests. Not part of CI: a full run takes long on a small machine.
#
#   bash tests/mutation.sh                       the whole library
#   bash tests/mutation.sh '**/Eligibility/**/*.cs'   one area (a glob relative to src/StAMM.Domain)
#   STRYKER_CONCURRENCY=2 bash tests/mutation.sh     more test runners at once (default 1)
#
# Settings: tests/stryker-config.json (string literals and the text of explanations are not mutated: messages are
# checked by the tests that matter, and mutating every word would only measure prose). The HTML and JSON reports
# are written under tests/StAMM.Domain.Tests/StrykerOutput/<timestamp>/reports.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
scope=${1:-'**/*.cs'}
cd tests/StAMM.Domain.Tests
nice -n 19 dotnet dotnet-stryker --config-file ../stryker-config.json --concurrency "${STRYKER_CONCURRENCY:-1}" \
  --mutate "$scope" --mutate '!**/Codelists/IatiCodelists.g.cs' --mutate '!**/obj/**'
