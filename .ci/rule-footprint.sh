#!/usr/bin/env bash
# Which files does adding a built-in rule touch? (issue 19: "adding a built-in rule touches at most the rule's file, its
# tests, the built-in set and the changelog"). In a throwaway clone of HEAD, adds a sample built-in rule by hand (its
# file and two lines of StammRuleSet.cs), then does what is derived (the PublicAPI file, then every generated file with
# STAMM_UPDATE_SCHEMAS=1), and reports: the files touched by hand, the files regenerated, and the tests that still fail
# (each a further hand edit). Slow (a full build of the clone, ~10 minutes): run it by hand, not in CI.
# Usage: bash .ci/rule-footprint.sh [keep]   (with "keep", the clone is left for inspection)
set -euo pipefail
repo=$(git rev-parse --show-toplevel)
head=$(git rev-parse HEAD)
work=$(mktemp -d /tmp/rule-footprint.XXXXXX)
[ "${1:-}" = keep ] || trap 'rm -rf "$work"' EXIT
git clone -q --no-checkout "$repo" "$work/repo"
cd "$work/repo"
git checkout -q "$head"
git -c user.name=footprint -c user.email=footprint@localhost commit -q --allow-empty -m base

# 1. By hand: the rule's file and the built-in set (its default rule and its kind).
cat > src/StAMM.Domain/Eligibility/Rules/TitleLengthRule.cs <<'CS'
using System.Collections.Immutable;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary><c>OUT-TITLE-LENGTH</c>: the request's title fits on a certificate (a sample rule of .ci/rule-footprint.sh).</summary>
/// <remarks>Evidence: expected = the most characters; actual = the title's characters. Immutable value.</remarks>
public sealed class TitleLengthRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "OUT-TITLE-LENGTH";

    private static readonly RuleParameterDeclaration<int> MaxCharactersParameter = RuleParameterDeclaration.WholeNumber("maxCharacters", "The most characters of a title.", unit: "characters", minimum: 1);

    private TitleLengthRule(int maxCharacters)
        : base(RuleCode, "Title fits on a certificate", Severity.Advisory, RuleStage.Reporting, new SourceReference("House style"))
    {
        MaxCharacters = maxCharacters;
        Parameters = [MaxCharactersParameter.Of(maxCharacters)];
    }

    /// <summary>The rule with at most 200 characters.</summary>
    public static TitleLengthRule Default { get; } = Create().OrThrow();

    /// <summary>The most characters of a title.</summary>
    public int MaxCharacters { get; }

    /// <summary>The kind <c>titleLength</c>.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<TitleLengthRule>(
        "titleLength", "The request's title fits on a certificate.", [MaxCharactersParameter], d => Create(d.Get(MaxCharactersParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Validates and creates the rule.</summary>
    /// <param name="maxCharacters">The most characters; at least 1.</param>
    /// <returns>The rule, or the problem (path <c>maxCharacters</c>).</returns>
    public static ValidationResult<TitleLengthRule> Create(int maxCharacters = 200)
    {
        var problems = new ProblemCollector();
        problems.Add(MaxCharactersParameter.ProblemWith(maxCharacters));
        return problems.Finish(() => new TitleLengthRule(maxCharacters));
    }

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input) =>
        input.Request.Title.Length <= MaxCharacters ? Pass(MaxCharacters, input.Request.Title.Length) : Warn(MaxCharacters, input.Request.Title.Length);

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => outcome.Status == OutcomeStatus.Pass
        ? "The title fits on a certificate."
        : $"The title has {outcome.Evidence.Actual} characters; at most {outcome.Evidence.Expected} fit on a certificate.";
}
CS
set_file=src/StAMM.Domain/BuiltIn/StammRuleSet.cs
sed -i 's/^\(\s*\)KosovoDesignationRule.Default,$/&\n\1TitleLengthRule.Default,/' "$set_file"
sed -i 's/^\(\s*\)\.With(KosovoDesignationRule.Declaration)$/&\n\1.With(TitleLengthRule.Declaration)/' "$set_file"
git add -A && git -c user.name=footprint -c user.email=footprint@localhost commit -q -m "by hand"
by_hand=$(git diff --name-only HEAD~1 HEAD)

# 2. Derived: the public API file, then every generated file (schemas, samples, the rules page, ...).
bash .ci/update-public-api.sh src/StAMM.Domain/StAMM.Domain.csproj >/dev/null
dotnet build StAMM.Domain.sln -v q -nologo > "$work/build.txt" 2>&1 || { tail -n 30 "$work/build.txt"; exit 1; }
# The projects that need no PostgreSQL or browser (EntityFrameworkCore, WebApi and the report page's browser test do).
projects="tests/StAMM.Domain.Tests tests/StAMM.Domain.Json.Tests tests/StAMM.Domain.Iati.Tests tests/StAMM.Domain.Testing.Tests
  tests/StAMM.Domain.Reliability.Tests tests/StAMM.Domain.Reporting.Tests tests/StAMM.Cli.Tests docs/samples/guides"
for p in $projects; do STAMM_UPDATE_SCHEMAS=1 dotnet run --project "$p" --no-build > /dev/null 2>&1 || true; done
derived=$(git status --porcelain | awk '{print $2}')

# 3. What still fails is a further hand edit.
failing=""
for p in $projects; do
  out=$(dotnet run --project "$p" --no-build 2>&1 || true)
  failing+=$(printf '%s\n' "$out" | sed 's/\x1b\[[0-9;]*m//g' | grep -oP '^\s*\K\S+(?= \[FAIL\])' | sed "s|^|$p: |" || true)$'\n'
done
failing=$(printf '%s' "$failing" | grep -v '^$' | sort -u || true)

echo "By hand ($(printf '%s\n' "$by_hand" | grep -c .) files):"; printf '  %s\n' $by_hand
echo "Derived, regenerated ($(printf '%s\n' "$derived" | grep -c . || true) files):"; printf '  %s\n' $derived
if [ -z "$failing" ]; then
  echo "Failing tests after regeneration: none"
else
  echo "Failing tests after regeneration ($(printf '%s\n' "$failing" | grep -c .)), each a further hand edit:"
  printf '%s\n' "$failing" | sed 's/^/  /'
fi
