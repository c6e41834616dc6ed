#!/usr/bin/env bash
# Packs the library and fails when the package lacks what a NuGet user relies on: the assembly and its
# XML docs, the README, the licence, the symbol package, and a nuspec that names repository and commit.
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/packages
rm -rf "$out"
dotnet pack src/StAMM.Domain/StAMM.Domain.csproj -c Release -o "$out" --nologo
python3 - "$out" <<'PY'
import glob, re, sys, zipfile
out = sys.argv[1]
nupkgs = [p for p in glob.glob(f"{out}/StAMM.Domain.*.nupkg")]
snupkgs = glob.glob(f"{out}/StAMM.Domain.*.snupkg")
problems = []
if len(nupkgs) != 1: problems.append(f"expected one StAMM.Domain .nupkg, found {nupkgs}")
if len(snupkgs) != 1: problems.append(f"expected one StAMM.Domain .snupkg, found {snupkgs}")
if nupkgs:
    z = zipfile.ZipFile(nupkgs[0])
    names = set(z.namelist())
    for required in ["lib/net10.0/StAMM.Domain.dll", "lib/net10.0/StAMM.Domain.xml", "README.md", "LICENSE", "NOTICE.md"]:
        if required not in names: problems.append(f"{required} missing from {nupkgs[0]}")
    nuspec = z.read(next(n for n in names if n.endswith(".nuspec"))).decode()
    repo = re.search(r'<repository [^>]*url="([^"]+)"[^>]*commit="([0-9a-f]{40})"', nuspec) or \
           re.search(r'<repository [^>]*commit="([0-9a-f]{40})"[^>]*url="([^"]+)"', nuspec)
    if not repo: problems.append("nuspec does not name the repository url and commit: " + (re.search(r"<repository[^>]*>", nuspec) or ["none"])[0])
    if "<license type=\"expression\">Apache-2.0</license>" not in nuspec: problems.append("nuspec lacks the Apache-2.0 licence expression")
    if "<readme>README.md</readme>" not in nuspec: problems.append("nuspec lacks the readme")
    for dep in ["NodaTime", "Ardalis.GuardClauses", "OneOf"]:
        if f'id="{dep}"' not in nuspec: problems.append(f"nuspec lacks the dependency {dep}")
if snupkgs:
    if not any(n.endswith("StAMM.Domain.pdb") for n in zipfile.ZipFile(snupkgs[0]).namelist()):
        problems.append("the symbol package holds no StAMM.Domain.pdb")
if problems:
    print("package check failed:"); [print("  - " + p) for p in problems]; sys.exit(1)
print(f"package check passed: {nupkgs[0]} and {snupkgs[0]}")
PY
