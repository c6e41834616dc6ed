#!/usr/bin/env bash
# Adds every undeclared public symbol (RS0016) of a project to its PublicAPI.Unshipped.txt.
# A developer runs this after a deliberate public API change and reviews the diff before committing;
# CI never runs it, so an accidental API change still fails the build.
set -euo pipefail
proj=${1:?usage: update-public-api.sh path/to/Project.csproj}
dir=$(dirname "$proj")
out=$(dotnet build "$proj" -c Debug --no-incremental 2>&1 || true)
new=$(printf '%s\n' "$out" | grep -oP "error RS0016: Symbol '\K.*?(?=' is not part of the declared public API)" | sort -u || true)
[ -n "$new" ] || { echo "no undeclared public API"; exit 0; }
{ tail -n +2 "$dir/PublicAPI.Unshipped.txt"; printf '%s\n' "$new"; } | grep -v '^$' | LC_ALL=C sort -u > "$dir/.api.tmp"
{ echo '#nullable enable'; cat "$dir/.api.tmp"; } > "$dir/PublicAPI.Unshipped.txt"
rm "$dir/.api.tmp"
echo "added $(printf '%s\n' "$new" | wc -l) symbols to $dir/PublicAPI.Unshipped.txt"
