#!/usr/bin/env bash
# The long fuzz campaign: every public reader (JSON project, request, rule set, any document, portfolio, case events;
# IATI import, check and project reader)
# gets N structure-aware mutants of the sample documents (default 100000 each), in one process, readers in parallel
# (STAMM_FUZZ_THREADS at a time, default 3).
# The normal test run does the same with a few hundred per reader.
#
#   bash tests/fuzz.sh [N] [runner options]     e.g. bash tests/fuzz.sh 100000 -class '*IatiCheckerFuzzTests'
#   STAMM_FUZZ_SEED=<int> picks another seed (default 20260301, the normal run's)
#   STAMM_FUZZ_FIRST=<index> starts at that mutant (a campaign a hang stopped goes on from there)
#
# Writes artifacts/fuzz/report.txt (mutants/s, values, clear errors, failures per reader) and saves every failing
# mutant under artifacts/fuzz/crashes/<reader>-<seed>-<index>.bin, to be turned into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
shift || true
out=artifacts/fuzz
mkdir -p "$out"
rm -f "$out/report.txt"
# A build of its own, so the campaign's binaries are not replaced by builds made while it runs.
nice -n 19 dotnet build tests/StAMM.Domain.Reliability.Tests -c Release -o "$out/bin" -v quiet -nologo
export STAMM_FUZZ_MUTANTS=$count STAMM_FUZZ_REPORT="$PWD/$out/report.txt" STAMM_FUZZ_CRASHES="$PWD/$out/crashes"
set +e
nice -n 19 "$out/bin/StAMM.Domain.Reliability.Tests" -trait "Category=Fuzz" -maxthreads "${STAMM_FUZZ_THREADS:-3}" "$@"
rc=$?
set -e
echo
cat "$out/report.txt"
exit $rc
