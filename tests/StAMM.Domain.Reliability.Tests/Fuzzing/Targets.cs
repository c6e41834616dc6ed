using System.Text;
using NodaTime;
using NodaTime.Testing;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Cases;
using StAMM.Domain.Finance;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Testing;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Iati.Export;
using StAMM.Domain.Iati.Import;
using StAMM.Domain.Iati.Reading;
using StAMM.Domain.Iati.Validation;
using StAMM.Domain.Json;
using StAMM.Domain.Organisations;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Reliability.Tests.Fuzzing;

/// <summary>The public readers under attack, each with its seed documents and its contract as an oracle.</summary>
internal static class Targets
{
    public static readonly FakeClock Clock = new(Instant.FromUtc(2026, 3, 1, 12, 0));

    public static string[] ProjectSamples { get; } = Samples("stamm-project.json", "minimal-project.json", "invalid-project.json");

    public static string[] RequestSamples { get; } = Samples("requests/eligible-online-workshop-rs.json", "requests/ineligible-equipment-me.json", "requests/review-study-visit-mk.json", "requests/review-workshop-ba.json");

    public static string[] RuleSetSamples { get; } = Samples("rule-sets/stamm-eligibility-2026.1.json");

    public static string[] IatiSamples { get; } =
    [
        IatiExport.ToXml(Stamm.Project, new IatiExportOptions(IatiReportingOrganisation.For(Stamm.Icmpd, OrganisationIdentifier.Parse("XI-EXAMPLE-ICMPD")), Clock)),
    ];

    public static AssistanceRequest[] SampleRequests { get; } = [.. RequestSamples.Select(s => StammJson.ReadRequest(s).OrThrow())];

    public static FuzzTarget ProjectReader { get; } = Json("json-project", ProjectSamples, (bytes, i) => Check(Three(bytes, i, b => StammJson.ReadProject(b), s => StammJson.ReadProject(s), s => StammJson.ReadProject(s)), project =>
        StammJson.ReadProject(StammJson.WriteProject(project)).OrThrow().Should().Be(project, "a project read from any document writes and reads back equal")));

    public static FuzzTarget RequestReader { get; } = Json("json-request", RequestSamples, (bytes, i) => Check(Three(bytes, i, b => StammJson.ReadRequest(b, JsonReadOptions.Default), s => StammJson.ReadRequest(s, JsonReadOptions.Default), s => StammJson.ReadRequest(s)), request =>
    {
        StammJson.ReadRequest(StammJson.WriteRequest(request)).OrThrow().Should().Be(request, "a request read from any document writes and reads back equal");
        Evaluate(new Evaluator(StammRuleSet.Default), request);
    }));

    public static FuzzTarget RuleSetReader { get; } = Json("json-rule-set", RuleSetSamples, (bytes, i) => Check(Three(bytes, i, b => StammJson.ReadRuleSet(Encoding.UTF8.GetString(b)), s => StammJson.ReadRuleSet(s, JsonReadOptions.Default), s => StammJson.ReadRuleSet(s)), ruleSet =>
    {
        StammJson.ReadRuleSet(StammJson.WriteRuleSet(ruleSet)).OrThrow().Should().Be(ruleSet, "a rule set read from any document writes and reads back equal");
        var evaluator = new Evaluator(ruleSet);
        foreach (var request in SampleRequests)
        {
            Evaluate(evaluator, request);
        }
    }));

    public static FuzzTarget DocumentReader { get; } = Json("json-document", [.. ProjectSamples, .. RequestSamples, .. RuleSetSamples, .. Samples("wrong-kind.json")], (bytes, i) =>
        Check(Three(bytes, i, b => StammJson.Read(b), s => StammJson.Read(s), s => StammJson.Read(s)), document => document.Kind.Should().BeOneOf(StammJson.DocumentKinds)));

    public static FuzzTarget IatiImporter { get; } = new("iati-import", (seed, i) => XmlMutator.Mutate(IatiSamples[i % IatiSamples.Length], seed, i), (bytes, i) =>
        Iati(() =>
        {
            var activities = i % 2 == 0
                ? IatiImport.ReadXml(Encoding.UTF8.GetString(bytes))
                : [.. IatiImport.ReadActivities(new MemoryStream(bytes))];
            foreach (var activity in activities)
            {
                activity.Problems.Should().NotContain(p => p.Path.Length == 0 || p.Reason.Length == 0, "each import problem says where and why");
            }
        }));

    public static FuzzTarget IatiChecker { get; } = new("iati-check", (seed, i) => XmlMutator.Mutate(IatiSamples[i % IatiSamples.Length], seed, i), (bytes, i) =>
        Iati(() =>
        {
            var report = new IatiValidator(new IatiValidatorOptions(Clock)).Validate(new MemoryStream(bytes));
            report.Findings.Should().NotContain(f => f.RuleId.Length == 0 || f.Message.Length == 0, "each finding names its rule and says why");
        }));

    /// <summary>The project reader never throws: a project that exports again, or problems that each say what and where.</summary>
    public static FuzzTarget IatiProjectReader { get; } = new("iati-project", (seed, i) => XmlMutator.Mutate(IatiSamples[i % IatiSamples.Length], seed, i), (bytes, i) =>
    {
        var result = i % 2 == 0
            ? Domain.Iati.Import.IatiProjectReader.ReadXml(Encoding.UTF8.GetString(bytes))
            : Domain.Iati.Import.IatiProjectReader.Read(new MemoryStream(bytes));
        if (result.IsValid)
        {
            IatiExport.ToXml(result.OrThrow(), new IatiExportOptions(IatiReportingOrganisation.For(Stamm.Icmpd, OrganisationIdentifier.Parse("XI-EXAMPLE-ICMPD")), Clock))
                .Should().Contain("<iati-activities");
            return Answer.Value;
        }

        result.Problems.Should().NotBeEmpty().And.OnlyContain(p => p.Code.Length > 0 && p.Message.Length > 0 && p.Path != null);
        return Answer.Errors;
    });

    /// <summary>A small portfolio of the sample requests through most of their lives, the seed of the portfolio readers.</summary>
    public static Portfolio SamplePortfolio { get; } = SeedPortfolio();

    public static string[] PortfolioSamples { get; } = [StammJson.WritePortfolio(SamplePortfolio), StammJson.WritePortfolio(SamplePortfolio, JsonWriteOptions.Compact, "Illustrative amounts.")];

    public static string[] CaseEventsSamples { get; } = [StammJson.WriteCaseEvents(IllustrativeFacility.EmptyPortfolio(), SamplePortfolio.Events)];

    /// <summary>The portfolio reader never throws: a portfolio that writes and reads back equal, or problems that each say what and where.</summary>
    public static FuzzTarget PortfolioReader { get; } = Json("json-portfolio", PortfolioSamples, (bytes, i) => Check(Three(bytes, i, b => StammJson.ReadPortfolio(b, JsonReadOptions.Default), s => StammJson.ReadPortfolio(s, JsonReadOptions.Default), s => StammJson.ReadPortfolio(s)), portfolio =>
    {
        StammJson.ReadPortfolio(StammJson.WritePortfolio(portfolio)).OrThrow().Should().Be(portfolio, "a portfolio read from any document writes and reads back equal");
        portfolio.Check().Should().BeEmpty("a portfolio that reads has every decision reproduced");
    }));

    /// <summary>The case-events reader never throws: events that extend the empty portfolio and write back, or clear problems.</summary>
    public static FuzzTarget CaseEventsReader { get; } = Json("json-case-events", CaseEventsSamples, (bytes, i) =>
    {
        var empty = IllustrativeFacility.EmptyPortfolio();
        return Check(Three(bytes, i, b => StammJson.ReadCaseEvents(b, empty, JsonReadOptions.Default), s => StammJson.ReadCaseEvents(new StreamReader(s).ReadToEnd(), empty), s => StammJson.ReadCaseEvents(s, empty)), portfolio =>
            StammJson.ReadCaseEvents(StammJson.WriteCaseEvents(empty, portfolio.Events), empty).OrThrow().Should().Be(portfolio, "events read from any document write and read back equal"));
    });

    private static Portfolio SeedPortfolio()
    {
        var portfolio = IllustrativeFacility.EmptyPortfolio();
        var requests = SampleRequests.OrderBy(r => r.Submitted).ToArray();
        foreach (var request in requests)
        {
            portfolio = Step(portfolio, CaseSubmitted.Create(request, request.Submitted, IllustrativeFacility.Officer).OrNull());
        }

        var clock = requests[^1].Submitted;
        Instant Next() => clock = clock.Plus(Duration.FromHours(1));
        foreach (var request in requests)
        {
            portfolio = portfolio.Evaluate(request.Identifier, Next(), IllustrativeFacility.Officer).OrNull() ?? portfolio;
        }

        foreach (var (request, i) in requests.Select((r, i) => (r, i)))
        {
            var found = portfolio.FindCase(request.Identifier)!;
            if (found.Decision?.Kind == DecisionKind.NeedsReview)
            {
                portfolio = Step(portfolio, found.Review([.. found.Evaluation!.FindingsForReview.Select(f => FindingReview.Accept(f.Code, "Checked with the requester.").OrThrow())], Next(), IllustrativeFacility.Reviewer));
                found = portfolio.FindCase(request.Identifier)!;
            }

            if (found.Decision?.Kind == DecisionKind.Ineligible)
            {
                portfolio = Step(portfolio, found.Reject(["Not a short-term technical-assistance format."], Next(), IllustrativeFacility.Officer));
                continue;
            }

            var commitment = i % 2 == 0
                ? Commitment.Create(IllustrativeFacility.CzechContribution, Money.Of(5_000m, Currency.Eur))
                : Commitment.Create(IllustrativeFacility.SwissContribution, Money.Of(5_000m, Currency.Eur), IllustrativeFacility.EurToChf);
            portfolio = Step(portfolio, found.Approve(commitment.OrThrow(), Next(), IllustrativeFacility.Approver));
            found = portfolio.FindCase(request.Identifier)!;
            if (i % 3 == 2)
            {
                portfolio = Step(portfolio, found.Cancel("Postponed by the requester.", Next(), IllustrativeFacility.Officer));
                continue;
            }

            var start = request.Dates.EarliestStart;
            var period = Time.ActivityPeriod.Exact(start, start.PlusDays(request.Dates.DurationInDays - 1));
            portfolio = Step(portfolio, found.Deliver(period, request.Venue, Activities.Participants.Unknown, [CostLine.Create(CostCategory.Travel, Money.Of(4_000m, Currency.Eur)).OrThrow()], Next(), IllustrativeFacility.Officer));
            portfolio = Step(portfolio, portfolio.FindCase(request.Identifier)!.Close(Next(), IllustrativeFacility.Officer));
        }

        return portfolio;
    }

    private static Portfolio Step(Portfolio portfolio, ValidationResult<CaseTransition> transition) =>
        transition.OrNull() is { } t ? portfolio.Append(t.Event).OrNull() ?? portfolio : portfolio;

    private static Portfolio Step(Portfolio portfolio, CaseEvent? e) => e is null ? portfolio : portfolio.Append(e).OrNull() ?? portfolio;

    private static FuzzTarget Json(string name, string[] sources, Func<byte[], long, Answer> read) =>
        new(name, (seed, i) => JsonMutator.Mutate(sources[i % sources.Length], seed, i), read);

    /// <summary>Every overload family gets a third of the mutants: bytes, a stream, text.</summary>
    private static ValidationResult<T> Three<T>(byte[] bytes, long i, Func<byte[], ValidationResult<T>> span, Func<Stream, ValidationResult<T>> stream, Func<string, ValidationResult<T>> text)
        where T : class => (i % 3) switch
    {
        0 => span(bytes),
        1 => stream(new MemoryStream(bytes)),
        _ => text(Encoding.UTF8.GetString(bytes)),
    };

    /// <summary>The JSON readers' contract: a value that passes <paramref name="valueCheck"/>, or problems that each say what and where.</summary>
    private static Answer Check<T>(ValidationResult<T> result, Action<T> valueCheck)
        where T : class
    {
        if (result.IsValid)
        {
            valueCheck(result.OrThrow());
            return Answer.Value;
        }

        result.Problems.Should().NotBeEmpty().And.OnlyContain(p => p.Code.Length > 0 && p.Message.Length > 0 && p.Path != null);
        result.Problems.Length.Should().BeLessThanOrEqualTo(JsonReadOptions.Default.MaxProblems + 1, "a document reports at most MaxProblems problems and one that counts the rest");
        result.Problems.SkipLast(1).Should().NotContain(p => p.Code == JsonProblemCodes.TooManyProblems, "only the last problem counts the rest");
        return Answer.Errors;
    }

    /// <summary>The IATI readers' contract: a value, or <see cref="IatiFileException"/> with a problem and a message.</summary>
    private static Answer Iati(Action read)
    {
        try
        {
            read();
            return Answer.Value;
        }
        catch (IatiFileException e)
        {
            Enum.IsDefined(e.Problem).Should().BeTrue();
            e.Message.Should().NotBeNullOrWhiteSpace();
            return Answer.Errors;
        }
    }

    /// <summary>Evaluates on the submission day; the one documented refusal is a rule set not in force that day.</summary>
    private static void Evaluate(Evaluator evaluator, AssistanceRequest request)
    {
        if (!evaluator.RuleSetFor(request).IsInForceOn(request.SubmittedOn))
        {
            return;
        }

        var decision = evaluator.Evaluate(request, EvaluationContext.CreateAsOf(Stamm.Project, request.SubmittedOn).OrThrow());
        decision.Outcomes.Should().HaveCount(evaluator.RuleSetFor(request).Rules.Length);
        using var written = System.Text.Json.JsonDocument.Parse(StammJson.WriteDecision(decision));
        written.RootElement.GetProperty("kind").GetString().Should().Be("decision");
    }

    private static string[] Samples(params string[] names) =>
        [.. names.Select(n => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", n)))];
}
