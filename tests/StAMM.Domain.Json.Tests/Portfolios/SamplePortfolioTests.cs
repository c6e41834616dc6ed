using StAMM.Domain.BuiltIn;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Testing;

namespace StAMM.Domain.Json.Tests.Portfolios;

/// <summary>The illustrative portfolio of docs/samples/portfolio, written by <see cref="IllustrativePortfolio"/>.</summary>
public sealed class SamplePortfolioTests
{
    private const string SamplePath = "docs/samples/portfolio/stamm-portfolio.json";

    private const string CostedRequestPath = "docs/samples/requests/portfolio-costed-training-al.json";

    private static readonly Lazy<Portfolio> Sample = new(IllustrativePortfolio.Build);

    [Fact]
    public void The_sample_portfolio_is_what_the_builder_writes() =>
        Repository.ShouldMatchGenerated(SamplePath, StammJson.WritePortfolio(Sample.Value, JsonWriteOptions.Default, IllustrativePortfolio.Description));

    [Fact]
    public void The_costed_sample_request_is_what_the_builder_writes() =>
        Repository.ShouldMatchGenerated(CostedRequestPath, StammJson.WriteRequest(IllustrativePortfolio.CostedRequest()));

    [Fact]
    public void The_sample_portfolio_is_valid_against_its_schema() =>
        SchemaValidation.Errors(SchemaValidation.Portfolio, Repository.Read(SamplePath)).Should().BeEmpty();

    [Fact]
    public void The_sample_portfolio_reads_back_and_every_decision_reproduces()
    {
        var read = StammJson.ReadPortfolio(Repository.Read(SamplePath)).OrThrow();

        read.Should().Be(Sample.Value);
        read.Check().Should().BeEmpty();
    }

    [Fact]
    public void The_sample_portfolio_says_its_amounts_are_illustrative() =>
        StammJson.Read(Repository.Read(SamplePath)).OrThrow().Should().BeOfType<PortfolioDocument>()
            .Which.Description.Should().Contain("illustrat").And.Contain("not a fact");

    [Fact]
    public void The_sample_portfolio_has_cases_in_every_state() =>
        Sample.Value.Cases.Select(c => c.State).Distinct().Should().BeEquivalentTo(Enum.GetValues<CaseState>());

    [Fact]
    public void The_sample_portfolio_spans_several_years_decided_by_two_rule_set_versions()
    {
        var evaluations = Sample.Value.Events.OfType<CaseEvaluated>().ToList();

        evaluations.Select(e => e.RuleSetVersion).Distinct().Should().BeEquivalentTo("2025.1", "2026.1");
        Sample.Value.Events.Select(e => e.At.InUtc().Year).Distinct().Should().HaveCountGreaterThanOrEqualTo(3);
        Sample.Value.Cases.Should().HaveCount(IllustrativePortfolio.CaseCount);
    }

    [Fact]
    public void The_costed_request_is_eligible_against_the_sample_portfolio_and_not_against_unknown_amounts()
    {
        var request = IllustrativePortfolio.CostedRequest();
        var withPortfolio = new Evaluator(Sample.Value.RuleSetInForceOn(request.SubmittedOn)!).Evaluate(request, Sample.Value.ContextOn(request.SubmittedOn));
        var withProjectAlone = new Evaluator(StammRuleSet.Default).Evaluate(request, EvaluationContext.CreateAsOf(Stamm.Project, request.SubmittedOn).OrThrow());

        withPortfolio.Kind.Should().Be(DecisionKind.Eligible, withPortfolio.ToString());
        withProjectAlone.Case.OutcomeOf(DonorBalanceRule.RuleCode)!.Value.Status.Should().Be(OutcomeStatus.Warn);
    }
}
