#!/usr/bin/env bash
# Packs every library under src/StAMM.Domain* and fails when a package lacks what a NuGet user relies on:
# the assembly and its XML docs, the README, the licence, the symbol package with the PDB, a licence
# expression, a nuspec that names the commit it was built from (and the repository, exactly when the
# StammRepositoryUrl build property names one: no other address may appear), and the JSON Schemas the
# documents name in "$schema", under schemas/, equal to docs/schemas.
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/packages
rm -rf "$out"
ids=()
for proj in src/StAMM.Domain*/StAMM.Domain*.csproj; do
  id=$(basename "$proj" .csproj)
  ids+=("$id")
  dotnet pack "$proj" -c Release -o "$out" --nologo
done
repo_url=$(dotnet msbuild src/StAMM.Domain/StAMM.Domain.csproj -getProperty:StammRepositoryUrl 2>/dev/null | tr -d '[:space:]')
python3 - "$out" "$repo_url" "${ids[@]}" <<'PY'
import glob, os, re, sys, zipfile
out, repo_url, ids = sys.argv[1], sys.argv[2], sys.argv[3:]
problems = []
schemas = sorted(f for f in os.listdir("docs/schemas") if f.endswith(".schema.json"))
def check_schemas(pid, z, names, wanted):
    for f in wanted:
        if f"schemas/{f}" not in names: problems.append(f"{pid}: schemas/{f} missing from the package")
        elif z.read(f"schemas/{f}") != open(f"docs/schemas/{f}", "rb").read(): problems.append(f"{pid}: schemas/{f} differs from docs/schemas/{f}")
for pid in ids:
    nupkgs = [p for p in glob.glob(f"{out}/{pid}.*.nupkg") if re.fullmatch(rf"{re.escape(pid)}\.\d+\.\d+\.\d+(-[\w.]+)?\.nupkg", p.split("/")[-1])]
    snupkgs = [p for p in glob.glob(f"{out}/{pid}.*.snupkg") if re.fullmatch(rf"{re.escape(pid)}\.\d+\.\d+\.\d+(-[\w.]+)?\.snupkg", p.split("/")[-1])]
    if len(nupkgs) != 1: problems.append(f"{pid}: expected one .nupkg, found {nupkgs}"); continue
    if len(snupkgs) != 1: problems.append(f"{pid}: expected one .snupkg, found {snupkgs}")
    z = zipfile.ZipFile(nupkgs[0])
    names = set(z.namelist())
    required = [f"lib/net10.0/{pid}.dll", f"lib/net10.0/{pid}.xml", "README.md", "LICENSE"]
    if pid in ("StAMM.Domain", "StAMM.Domain.Iati"): required.append("NOTICE.md")
    for r in required:
        if r not in names: problems.append(f"{pid}: {r} missing from the package")
    nuspec = z.read(next(n for n in names if n.endswith(".nuspec"))).decode()
    tag = re.search(r"<repository[^>]*>", nuspec)
    tag = tag.group(0) if tag else ""
    if not re.search(r'commit="[0-9a-f]{40}"', tag):
        problems.append(f"{pid}: nuspec does not name the commit: {tag or 'no <repository>'}")
    if repo_url and f'url="{repo_url}"' not in tag:
        problems.append(f"{pid}: nuspec does not name the repository {repo_url}: {tag or 'no <repository>'}")
    if not repo_url and re.search(r'url="|<projectUrl>', nuspec):
        problems.append(f"{pid}: nuspec names an address though StammRepositoryUrl is empty: {tag}")
    if pid == "StAMM.Domain.Json":
        check_schemas(pid, z, names, [f for f in schemas if not f.startswith("iati-")])
    if '<license type="expression">' not in nuspec: problems.append(f"{pid}: nuspec lacks a licence expression")
    if "<readme>README.md</readme>" not in nuspec: problems.append(f"{pid}: nuspec lacks the readme")
    if pid == "StAMM.Domain":
        for dep in ["NodaTime", "Ardalis.GuardClauses", "OneOf"]:
            if f'id="{dep}"' not in nuspec: problems.append(f"{pid}: nuspec lacks the dependency {dep}")
    if pid == "StAMM.Domain.Testing":
        for dep in ["StAMM.Domain", "FluentAssertions", "CsCheck", "NodaTime.Testing"]:
            if f'id="{dep}"' not in nuspec: problems.append(f"{pid}: nuspec lacks the dependency {dep}")
    if pid == "StAMM.Domain.EntityFrameworkCore":
        for dep in ["StAMM.Domain.Json", "Microsoft.EntityFrameworkCore.Relational"]:
            if f'id="{dep}"' not in nuspec: problems.append(f"{pid}: nuspec lacks the dependency {dep}")
        for dep in ["Microsoft.EntityFrameworkCore.Sqlite", "Npgsql.EntityFrameworkCore.PostgreSQL"]:
            if f'id="{dep}"' in nuspec: problems.append(f"{pid}: nuspec depends on the provider {dep}; the package is provider-neutral")
    if snupkgs and not any(n.endswith(f"{pid}.pdb") for n in zipfile.ZipFile(snupkgs[0]).namelist()):
        problems.append(f"{pid}: the symbol package holds no {pid}.pdb")
    print(f"checked {nupkgs[0]}")
if problems:
    print("package check failed:"); [print("  - " + p) for p in problems]; sys.exit(1)
print(f"package check passed for {', '.join(ids)}")
PY

# The CLI ships as the .NET tool 'stamm': install it from the package just built and run it.
dotnet pack src/StAMM.Cli/StAMM.Cli.csproj -c Release -o "$out" --nologo
tools=$(mktemp -d)
dotnet tool install StAMM.Cli --tool-path "$tools" --add-source "$out" --version "$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)" >/dev/null
"$tools/stamm" project show | grep -q '^Activities (3)$' || { echo "the installed stamm tool did not print the StAMM project" >&2; exit 1; }
# The tool package ships every schema its documents and reports name, as docs/schemas holds them.
python3 - "$out" <<'PY'
import glob, os, sys, zipfile
z = zipfile.ZipFile(glob.glob(f"{sys.argv[1]}/StAMM.Cli.*.nupkg")[0])
names = set(z.namelist())
bad = [f for f in sorted(os.listdir("docs/schemas")) if f.endswith(".schema.json")
       and (f"schemas/{f}" not in names or z.read(f"schemas/{f}") != open(f"docs/schemas/{f}", "rb").read())]
if bad: print(f"StAMM.Cli: schemas missing from the tool package or different from docs/schemas: {bad}", file=sys.stderr); sys.exit(1)
print("tool package ships every schema of docs/schemas under schemas/")
PY
"$tools/stamm" schema --all --out "$tools/schemas" >/dev/null && cmp -s "$tools/schemas/project.schema.json" docs/schemas/project.schema.json || { echo "stamm schema --all did not write docs/schemas/project.schema.json" >&2; exit 1; }
echo "tool check passed: 'stamm project show' runs from the installed StAMM.Cli package"
