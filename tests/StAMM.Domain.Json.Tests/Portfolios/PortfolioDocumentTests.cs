using System.Text;
using System.Text.Json;
using CsCheck;
using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Cases;
using StAMM.Domain.Finance;
using StAMM.Domain.Json.Contracts;
using StAMM.Domain.Json.Writing;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;
using static StAMM.Domain.Testing.IllustrativeFacility;

namespace StAMM.Domain.Json.Tests.Portfolios;

public sealed class PortfolioDocumentTests
{
    private static readonly Requests.AssistanceRequest Request = A.Request.BuildValid();

    private static Instant Hours(int hours) => Request.Submitted.Plus(Duration.FromHours(hours));

    /// <summary>A case submitted, evaluated an hour later and approved for EUR 12,000 of the Czech contribution.</summary>
    private static Portfolio Approved()
    {
        var portfolio = EmptyPortfolio().Append(CaseSubmitted.Create(Request, Request.Submitted, Officer).OrThrow()).OrThrow()
            .Evaluate(Request.Identifier, Hours(1), Officer).OrThrow();
        var found = portfolio.FindCase(Request.Identifier)!;
        var commitment = Commitment.Create(CzechContribution, Money.Of(12_000m, Currency.Eur)).OrThrow();
        var reviewed = found.Decision!.Kind == Eligibility.DecisionKind.NeedsReview
            ? portfolio.Append(found.Review([.. found.Evaluation!.FindingsForReview.Select(f => FindingReview.Accept(f.Code, "Checked.").OrThrow())], Hours(2), Reviewer).OrThrow().Event).OrThrow()
            : portfolio;
        return reviewed.Append(reviewed.FindCase(Request.Identifier)!.Approve(commitment, Hours(3), Approver).OrThrow().Event).OrThrow();
    }

    private static string Decisions(Portfolio portfolio) =>
        string.Join("\n", portfolio.Events.OfType<CaseEvaluated>().Select(e => StammJson.WriteDecision(e.Decision)));

    [Fact]
    public void A_portfolio_reads_back_equal_with_decisions_identical_byte_for_byte() =>
        Generate.Portfolio.Valid.Sample(
            portfolio =>
            {
                var read = StammJson.ReadPortfolio(StammJson.WritePortfolio(portfolio)).OrThrow();

                read.Should().Be(portfolio);
                Decisions(read).Should().Be(Decisions(portfolio));
            },
            iter: 40);

    [Fact]
    public void The_streamed_writer_writes_what_the_serializer_writes_for_the_whole_contract()
    {
        var portfolio = Approved();
        var contract = PortfolioMapper.Header(portfolio, "Illustrative amounts.") with
        {
            Events = [.. portfolio.Events.Select(e => PortfolioMapper.Event(e, portfolio.Contributions))],
        };

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            JsonSerializer.Serialize(writer, contract, StammJsonContext.Default.PortfolioDocumentContract);
        }

        var serialized = Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";

        StammJson.WritePortfolio(portfolio, JsonWriteOptions.Default, "Illustrative amounts.").Should().Be(serialized);
    }

    [Fact]
    public void A_written_portfolio_is_valid_against_its_schema() =>
        SchemaValidation.Errors(SchemaValidation.Portfolio, StammJson.WritePortfolio(Approved())).Should().BeEmpty();


    [Fact]
    public void Case_events_are_valid_against_their_schema() =>
        SchemaValidation.Errors(SchemaValidation.CaseEvents, StammJson.WriteCaseEvents(Approved(), Approved().Events)).Should().BeEmpty();

    [Fact]
    public void The_description_is_kept_by_the_document_and_not_by_the_portfolio()
    {
        var read = StammJson.Read(StammJson.WritePortfolio(Approved(), JsonWriteOptions.Default, "Every amount is illustrative.")).OrThrow();

        read.Should().BeOfType<PortfolioDocument>().Which.Description.Should().Be("Every amount is illustrative.");
    }

    [Fact]
    public void A_commitment_names_its_contribution_by_index_in_the_portfolio()
    {
        using var json = JsonDocument.Parse(StammJson.WritePortfolio(Approved()));

        json.RootElement.GetProperty("events").EnumerateArray().Last().GetProperty("commitment").GetProperty("contribution").GetInt32().Should().Be(1);
    }

    [Fact]
    public void A_commitment_of_a_contribution_the_portfolio_does_not_hold_is_a_problem_at_its_path()
    {
        var json = StammJson.WritePortfolio(Approved()).Replace("\"contribution\": 1", "\"contribution\": 7", StringComparison.Ordinal);

        StammJson.ReadPortfolio(json).Should().FailWith(CaseProblemCodes.ContributionNotInPortfolio, "$.events[2].commitment.contribution");
    }

    [Fact]
    public void A_recorded_decision_that_does_not_reproduce_is_a_problem_at_the_first_value_that_differs()
    {
        var written = StammJson.WritePortfolio(Approved());
        using var document = JsonDocument.Parse(written);
        var outcome = document.RootElement.GetProperty("events")[1].GetProperty("decision").GetProperty("outcomes")[0].GetProperty("message").GetString()!;
        var json = written.Replace(JsonEncodedText.Encode(outcome, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(), "A message of another version.", StringComparison.Ordinal);

        StammJson.ReadPortfolio(json).Should().FailWithExactly(JsonProblemCodes.DecisionNotReproduced, "$.events[1].decision.outcomes[0].message");
    }

    [Fact]
    public void Every_recorded_decision_that_does_not_reproduce_is_reported()
    {
        var approved = Approved();
        var second = A.Request.WithIdentifier("2026-099-BA-MoS").BuildValid();
        var twice = approved.Append(CaseSubmitted.Create(second, Hours(4), Officer).OrThrow()).OrThrow().Evaluate(second.Identifier, Hours(5), Officer).OrThrow();
        var json = StammJson.WritePortfolio(twice).Replace("\"decision\": \"", "\"decision\": \"x", StringComparison.Ordinal);

        StammJson.ReadPortfolio(json)
            .Problems.Where(p => p.Code == JsonProblemCodes.DecisionNotReproduced).Select(p => p.Path)
            .Should().Equal("$.events[1].decision.decision", "$.events[4].decision.decision");
    }

    [Fact]
    public void Every_event_with_a_problem_of_its_own_is_reported_at_once()
    {
        var json = StammJson.WritePortfolio(Approved())
            .Replace("\"name\": \"Ana Officer\"", "\"name\": \" \"", StringComparison.Ordinal)
            .Replace("\"contribution\": 1", "\"contribution\": -1", StringComparison.Ordinal);

        var problems = StammJson.ReadPortfolio(json).Problems.Select(p => p.Path);

        problems.Should().Contain(["$.events[0].actor.name", "$.events[2].commitment.contribution"]);
    }

    [Fact]
    public void An_unknown_event_type_names_the_known_ones()
    {
        var json = StammJson.WritePortfolio(Approved()).Replace("\"type\": \"approved\"", "\"type\": \"funded\"", StringComparison.Ordinal);

        var problem = StammJson.ReadPortfolio(json).Problems.Should().ContainSingle().Which;
        problem.Code.Should().Be(JsonProblemCodes.UnknownKind);
        problem.Path.Should().Be("$.events[2].type");
        problem.Message.Should().Contain("approved");
    }

    [Fact]
    public void An_event_the_case_does_not_allow_is_reported_with_the_case_rule_below_its_path()
    {
        var approved = Approved();
        var json = StammJson.WriteCaseEvents(approved, [approved.Events[^1]]);

        StammJson.ReadCaseEvents(json, approved).Problems.Should().NotBeEmpty().And.OnlyContain(p => p.Path.StartsWith("$.events[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Case_events_read_onto_the_portfolio_they_extend()
    {
        var approved = Approved();
        var empty = EmptyPortfolio();

        StammJson.ReadCaseEvents(StammJson.WriteCaseEvents(empty, approved.Events), empty).OrThrow().Should().Be(approved);
    }

    [Fact]
    public void One_event_writes_on_one_line_and_reads_back_onto_its_portfolio()
    {
        var approved = Approved();
        var before = approved.AsOf(Hours(2));
        var line = StammJson.WriteCaseEvent(approved.Events[^1], approved);

        line.Should().NotContain("\n");
        StammJson.ReadCaseEvent(line, before).OrThrow().Should().Be(approved);
    }

    [Fact]
    public async Task Events_stream_as_JSON_Lines_and_read_back_event_by_event()
    {
        var approved = Approved();
        var empty = EmptyPortfolio();
        using var stream = new MemoryStream();
        await StammJson.WriteCaseEventLinesAsync(empty, approved.Events.ToAsyncEnumerable(), stream, TestContext.Current.CancellationToken);
        stream.Position = 0;

        var results = new List<ValidationResult<Portfolio>>();
        await foreach (var result in StammJson.ReadCaseEventLinesAsync(stream, empty, cancellationToken: TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(approved.Events.Length);
        results.Select(r => r.OrThrow().Events.Length).Should().Equal(Enumerable.Range(1, approved.Events.Length));
        results[^1].OrThrow().Should().Be(approved);
    }

    [Fact]
    public async Task A_stream_of_events_ends_at_the_first_line_with_a_problem_whose_path_names_the_line()
    {
        var approved = Approved();
        var lines = string.Join("\n", approved.Events.Select(e => StammJson.WriteCaseEvent(e, approved))).Replace("\"contribution\":1", "\"contribution\":9", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(lines + "\n\n"));

        var results = new List<ValidationResult<Portfolio>>();
        await foreach (var result in StammJson.ReadCaseEventLinesAsync(stream, EmptyPortfolio(), cancellationToken: TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        results.Should().HaveCount(3);
        results[^1].Should().FailWithExactly(CaseProblemCodes.ContributionNotInPortfolio, "$[2].commitment.contribution");
    }

    [Fact]
    public async Task A_portfolio_streamed_to_a_stream_reads_back_equal()
    {
        var portfolio = Approved();
        using var stream = new MemoryStream();
        await StammJson.WritePortfolioAsync(portfolio, stream, cancellationToken: TestContext.Current.CancellationToken);
        stream.Position = 0;

        (await StammJson.ReadPortfolioAsync(stream, cancellationToken: TestContext.Current.CancellationToken)).OrThrow().Should().Be(portfolio);
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(StammJson.WritePortfolio(portfolio));
    }

    [Fact]
    public void A_case_events_document_is_not_read_without_its_portfolio() =>
        StammJson.Read(StammJson.WriteCaseEvents(EmptyPortfolio(), [])).Should().FailWithExactly(ProblemCodes.NotAllowed, "$.kind");

    [Fact]
    public void The_committed_portfolio_schema_is_the_generated_one() =>
        Repository.ShouldMatchGenerated("docs/schemas/portfolio.schema.json", StammJson.Schema(StammJson.PortfolioKind));

    [Fact]
    public void The_committed_case_events_schema_is_the_generated_one() =>
        Repository.ShouldMatchGenerated("docs/schemas/caseEvents.schema.json", StammJson.Schema(StammJson.CaseEventsKind));

    [Fact]
    public void The_built_in_project_keeps_its_unknown_amounts_in_a_portfolio_of_its_own()
    {
        var portfolio = Portfolio.Create(Stamm.Project, [Rules2026]).OrThrow();

        StammJson.ReadPortfolio(StammJson.WritePortfolio(portfolio)).OrThrow().Balances.Should().OnlyContain(b => b.Available == null);
    }
}
