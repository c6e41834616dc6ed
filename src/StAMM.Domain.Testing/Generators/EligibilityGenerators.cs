using System.Collections.Immutable;
using CsCheck;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>The inputs of <see cref="RuleSet.Create"/>.</summary>
/// <param name="Name">The set's name.</param>
/// <param name="Version">Its version.</param>
/// <param name="InForceFrom">The first day it applies.</param>
/// <param name="InForceUntil">The last day it applies, if it ends.</param>
/// <param name="Rules">Its rules.</param>
internal sealed partial record RuleSetInput(string? Name, string? Version, LocalDate InForceFrom, LocalDate? InForceUntil, ImmutableArray<EligibilityRule> Rules) : IFactoryInput<RuleSet>
{
    /// <inheritdoc />
    public ValidationResult<RuleSet> Create() => RuleSet.Create(Name, Version, InForceFrom, InForceUntil, Rules);
}

/// <summary>The ways a <see cref="RuleSetInput"/> can be just invalid.</summary>
internal enum RuleSetFlaw
{
    /// <summary>The name is blank: <c>required</c> at <c>name</c>.</summary>
    BlankName = 1,

    /// <summary>The version is blank: <c>required</c> at <c>version</c>.</summary>
    BlankVersion = 2,

    /// <summary>The set ends before it starts: <c>end-before-start</c> at <c>inForceUntil</c>.</summary>
    EndsBeforeItStarts = 3,

    /// <summary>No rule at all: <c>required</c> at <c>rules</c>.</summary>
    NoRule = 4,

    /// <summary>Two rules with one code: <c>duplicate</c> at <c>rules[i]</c>.</summary>
    DuplicateCode = 5,
}

/// <summary>Generators of <see cref="RuleSet"/>s made of the built-in StAMM rules: any non-empty selection, in force over any period.</summary>
internal sealed class RuleSetGenerator : FactoryGenerator<RuleSet, RuleSetInput, RuleSetFlaw>
{
    private static readonly EligibilityRule[] BuiltIn = [.. StammRuleSet.Default.Rules];

    internal RuleSetGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<RuleSetInput> Input { get; } =
        from name in Values.Name
        from version in Gen.Int[1, 30].Select(v => $"2026.{v}")
        from start in Values.Date
        from days in Gen.Int[0, 3000].Nullable(0.5)
        from first in Gen.Int[0, BuiltIn.Length - 1]
        from more in Values.SubsetOf(BuiltIn, BuiltIn.Length)
        select new RuleSetInput(name, version, start, days is { } d ? start.PlusDays(d) : null, [.. new[] { BuiltIn[first] }.Concat(more).Distinct()]);

    private protected override Gen<FlawedInput<RuleSet, RuleSetInput, RuleSetFlaw>> Flawed(RuleSetFlaw flaw) => flaw switch
    {
        RuleSetFlaw.BlankName => Gen.Select(Input, Values.Blank).Select((i, b) => Flaw(i with { Name = b }, flaw, ProblemCodes.Required, "name")),
        RuleSetFlaw.BlankVersion => Gen.Select(Input, Values.Blank).Select((i, b) => Flaw(i with { Version = b }, flaw, ProblemCodes.Required, "version")),
        RuleSetFlaw.EndsBeforeItStarts => Gen.Select(Input, Gen.Int[1, 400]).Select((i, back) =>
            Flaw(i with { InForceUntil = i.InForceFrom.PlusDays(-back) }, flaw, ProblemCodes.EndBeforeStart, "inForceUntil")),
        RuleSetFlaw.NoRule => Input.Select(i => Flaw(i with { Rules = [] }, flaw, ProblemCodes.Required, "rules")),
        _ => Gen.Select(Input, Gen.Int[0, BuiltIn.Length - 1]).Select((i, pick) =>
            Flaw(i with { Rules = i.Rules.Add(i.Rules[pick % i.Rules.Length]) }, flaw, ProblemCodes.Duplicate, $"rules[{i.Rules.Length}]")),
    };
}

/// <summary>The inputs of <see cref="DacList.Create"/>.</summary>
/// <param name="Entries">The entries: a country on the list for a reporting year.</param>
internal sealed partial record DacListInput(ImmutableArray<DacListEntry> Entries) : IFactoryInput<DacList>
{
    /// <inheritdoc />
    public ValidationResult<DacList> Create() => DacList.Create(Entries);
}

/// <summary>The ways a <see cref="DacListInput"/> can be just invalid.</summary>
internal enum DacListFlaw
{
    /// <summary>A country listed twice for one year: <c>duplicate</c> at <c>entries[i]</c>.</summary>
    CountryTwiceInAYear = 1,
}

/// <summary>Generators of OECD DAC lists of ODA recipients: some countries for each of a few reporting years.</summary>
internal sealed class DacListGenerator : FactoryGenerator<DacList, DacListInput, DacListFlaw>
{
    internal DacListGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<DacListInput> Input { get; } =
        from first in Gen.Int[2018, 2030]
        from years in Gen.Int[1, 4]
        from countries in Values.Countries(1, 8).Array[years]
        from groups in Gen.OneOf("LDC", "LMIC", "UMIC").Array[8]
        from assumed in Gen.Bool.Array[8]
        select new DacListInput([.. countries.SelectMany((list, y) => list.Select((c, k) => new DacListEntry(first + y, c, groups[k], assumed[k])))]);

    private protected override Gen<FlawedInput<DacList, DacListInput, DacListFlaw>> Flawed(DacListFlaw flaw) =>
        Gen.Select(Input, Gen.Int[0, 100]).Select((i, pick) =>
            Flaw(i with { Entries = i.Entries.Add(Again(i.Entries[pick % i.Entries.Length])) }, flaw, ProblemCodes.Duplicate, $"entries[{i.Entries.Length}]"));

    private static DacListEntry Again(DacListEntry entry) => new(entry.ReportingYear, entry.Country, entry.IncomeGroup, !entry.IsAssumption);
}

/// <summary>The inputs of <see cref="EvaluationContext.CreateAsOf"/>.</summary>
/// <param name="Project">The project.</param>
/// <param name="AsOf">The day taken as today.</param>
/// <param name="Balances">What is left of the contributions.</param>
/// <param name="Activities">The activities planned or held.</param>
/// <param name="OpenRequests">The requests still open.</param>
internal sealed partial record EvaluationContextInput(
    TechnicalAssistanceProject Project,
    LocalDate AsOf,
    ImmutableArray<ContributionBalance> Balances,
    ImmutableArray<Activity> Activities,
    ImmutableArray<AssistanceRequest> OpenRequests) : IFactoryInput<EvaluationContext>
{
    /// <inheritdoc />
    public ValidationResult<EvaluationContext> Create() => EvaluationContext.CreateAsOf(Project, AsOf, Balances, Activities, OpenRequests);
}

/// <summary>The ways an <see cref="EvaluationContextInput"/> can be just invalid.</summary>
internal enum EvaluationContextFlaw
{
    /// <summary>A balance of a donor that is not the project's: <c>funder-not-donor</c> at <c>balances[i]</c>.</summary>
    BalanceOfAnotherDonor = 1,

    /// <summary>An open request listed twice: <c>duplicate</c> at <c>openRequests[i]</c>.</summary>
    OpenRequestListedTwice = 2,
}

/// <summary>Generators of <see cref="EvaluationContext"/>s: a generated project with balances of its contributions, its activities and a few open requests.</summary>
internal sealed class EvaluationContextGenerator : FactoryGenerator<EvaluationContext, EvaluationContextInput, EvaluationContextFlaw>
{
    internal EvaluationContextGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<EvaluationContextInput> Input { get; } =
        from project in Generate.Project.Valid
        from asOf in Values.Date
        from balances in Balances(project)
        from requests in Generate.Request.Valid.Array[0, 3]
        select new EvaluationContextInput(project, asOf, balances, project.Activities, [.. requests.DistinctBy(r => r.Identifier)]);

    private protected override Gen<FlawedInput<EvaluationContext, EvaluationContextInput, EvaluationContextFlaw>> Flawed(EvaluationContextFlaw flaw) => flaw switch
    {
        EvaluationContextFlaw.BalanceOfAnotherDonor =>
            from input in Input
            from contribution in Generate.Contribution.Valid.Where(c => !input.Project.Donors.Contains(c.Donor))
            select Flaw(input with { Balances = input.Balances.Add(ContributionBalance.Untouched(contribution)) }, flaw, ProblemCodes.FunderNotDonor, $"balances[{input.Balances.Length}]"),
        _ =>
            from input in Input
            from request in Generate.Request.Valid
            let requests = input.OpenRequests.IsEmpty ? [request] : input.OpenRequests
            select Flaw(input with { OpenRequests = requests.Add(requests[0]) }, flaw, ProblemCodes.Duplicate, $"openRequests[{requests.Length}]"),
    };

    private static Gen<ImmutableArray<ContributionBalance>> Balances(TechnicalAssistanceProject project)
    {
        var result = Gen.Const(ImmutableArray<ContributionBalance>.Empty);
        foreach (var contribution in project.Contributions)
        {
            result = result.SelectMany(list => ContributionBalanceGenerator.Of(Gen.Const(contribution)).Select(b => list.Add(b.Create().OrThrow())));
        }

        return result;
    }
}
