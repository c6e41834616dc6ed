using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Testing;
using StAMM.Domain.Tests.Eligibility;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility.Rules;

/// <summary>
/// The duplicate check, with the context's index of activities and open requests by institution and date. The request
/// is <see cref="Baseline.Request"/>: a workshop on asylum of the Ministry of Security on 10-11 June 2025. The
/// project's own activities are left out so that each test controls what the requester has already. An overlap is
/// the same institution, overlapping dates, and a common theme or the same activity type.
/// </summary>
public sealed class NoDuplicateRuleTests
{
    private static readonly EvaluationContextBuilder Empty = Baseline.Context.WithoutProjectActivities();

    private static ActivityBuilder Workshop(string identifier, LocalDate start, int days) =>
        An.Activity.WithIdentifier(identifier).OfType(ActivityType.Workshop).Titled("Asylum workshop").StartingOn(start).Lasting(days);

    private static RuleOutcome Outcome(EvaluationContextBuilder context, NoDuplicateRule? rule = null) =>
        RuleProbe.Evaluate(rule ?? NoDuplicateRule.Default, Baseline.Request, context);

    [Fact]
    public void Without_overlaps_it_passes_and_says_so()
    {
        var outcome = Outcome(Empty);

        outcome.Status.Should().Be(OutcomeStatus.Pass);
        outcome.Message.Should().Be("No other request or activity of the requester overlaps these dates with a common theme or the same activity type.");
    }

    [Fact]
    public void A_training_request_overlaps_an_approved_workshop_on_a_common_theme_for_the_same_institution_and_days()
    {
        var training = Baseline.Request.OfKind(ActivityType.Training).Titled("Training on asylum procedures").WithThemes(ThematicArea.Asylum);
        var workshop = Workshop("2025-06-asylum-workshop", new LocalDate(2025, 6, 10), 2).WithThemes(ThematicArea.Asylum, ThematicArea.Reception);

        var outcome = RuleProbe.Evaluate(NoDuplicateRule.Default, training, Empty.WithActivity(workshop));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Evidence.Actual.Should().Be(1);
    }

    [Fact]
    public void An_activity_of_the_same_type_overlaps_without_a_common_theme()
    {
        var outcome = Outcome(Empty.WithActivity(Workshop("2025-06-border-workshop", new LocalDate(2025, 6, 10), 2).WithThemes(ThematicArea.BorderManagement)));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
    }

    [Fact]
    public void An_activity_of_another_type_without_a_common_theme_is_not_counted()
    {
        var training = Workshop("2025-06-border-training", new LocalDate(2025, 6, 10), 2).OfType(ActivityType.Training).WithThemes(ThematicArea.BorderManagement);

        Outcome(Empty.WithActivity(training)).Status.Should().Be(OutcomeStatus.Pass);
    }

    [Fact]
    public void An_activity_whose_themes_are_not_known_matches_on_its_type_only()
    {
        var training = Workshop("2025-06-training", new LocalDate(2025, 6, 10), 2).OfType(ActivityType.Training);

        Outcome(Empty.WithActivity(training)).Status.Should().Be(OutcomeStatus.Pass);
    }

    [Fact]
    public void An_activity_on_a_common_theme_for_another_institution_is_not_counted()
    {
        var elsewhere = Workshop("2025-06-asylum-workshop-rs", new LocalDate(2025, 6, 10), 2).For(Baseline.Ministry(Country.Serbia)).WithThemes(ThematicArea.Asylum);

        Outcome(Empty.WithActivity(elsewhere)).Status.Should().Be(OutcomeStatus.Pass);
    }

    [Fact]
    public void An_open_request_of_the_same_type_overlaps_without_a_common_theme()
    {
        var border = Baseline.Request.WithIdentifier("2025-018-BA-MoS").Titled("Workshop on border checks").WithThemes(ThematicArea.BorderManagement);

        var outcome = Outcome(Empty.WithOpenRequest(border));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Evidence.Detail.Should().Be(1);
    }

    [Fact]
    public void An_open_request_of_another_type_on_a_common_theme_overlaps()
    {
        var training = Baseline.Request.WithIdentifier("2025-018-BA-MoS").OfKind(ActivityType.Training).Titled("Training on asylum procedures");

        Outcome(Empty.WithOpenRequest(training)).Status.Should().Be(OutcomeStatus.Warn);
    }

    [Fact]
    public void An_open_request_of_another_type_without_a_common_theme_is_not_counted()
    {
        var training = Baseline.Request.WithIdentifier("2025-018-BA-MoS").OfKind(ActivityType.Training).Titled("Training on border checks").WithThemes(ThematicArea.BorderManagement);

        Outcome(Empty.WithOpenRequest(training)).Status.Should().Be(OutcomeStatus.Pass);
    }

    [Fact]
    public void An_activity_ending_on_the_first_requested_day_overlaps()
    {
        var outcome = Outcome(Empty.WithActivity(Workshop("2025-06-earlier-workshop", new LocalDate(2025, 6, 8), 3)));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Evidence.Actual.Should().Be(1);
    }

    [Fact]
    public void An_activity_that_ended_before_the_requested_dates_is_not_counted_even_when_an_earlier_one_spans_them()
    {
        var context = Empty
            .WithActivity(Workshop("2025-06-month-long", new LocalDate(2025, 6, 1), 30))
            .WithActivity(Workshop("2025-06-early-short", new LocalDate(2025, 6, 2), 3));

        Outcome(context).Evidence.Actual.Should().Be(1);
    }

    [Fact]
    public void An_activity_that_starts_after_the_requested_dates_is_not_counted_even_when_an_earlier_one_spans_them()
    {
        var context = Empty
            .WithActivity(Workshop("2025-06-z-month-long", new LocalDate(2025, 6, 1), 30))
            .WithActivity(Workshop("2025-06-a-late-short", new LocalDate(2025, 6, 20), 3));

        Outcome(context).Evidence.Actual.Should().Be(1);
    }

    [Fact]
    public void An_open_request_with_the_requester_as_co_requester_is_a_duplicate()
    {
        var cso = Institution.Create("Vaša prava BiH", Country.BosniaAndHerzegovina, InstitutionType.CivilSociety).OrThrow();
        var joint = Baseline.Request.WithIdentifier("2025-011-BA-CSO").From(cso).WithCoRequester(Stamm.MinistryOfSecurityOfBosniaAndHerzegovina);

        var outcome = Outcome(Empty.WithOpenRequest(joint));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Evidence.Detail.Should().Be(1);
    }

    [Fact]
    public void A_finding_counts_the_open_requests_and_the_activities_apart()
    {
        var context = Empty
            .WithOpenRequest(Baseline.Request.WithIdentifier("2025-009-BA-MoS").StartingIn(days: 100))
            .WithActivity(Workshop("2025-06-asylum-workshop", new LocalDate(2025, 6, 11), 2));

        Outcome(context).Message.Should().Be("2 overlapping items of the requester found (1 open request, 1 activity) on overlapping dates with a common theme or the same activity type; check for duplication.");
    }

    [Fact]
    public void Overlaps_up_to_the_tolerated_number_pass()
    {
        var tolerant = NoDuplicateRule.Create(toleratedOverlaps: 1).OrThrow();

        var outcome = Outcome(Empty.WithActivity(Workshop("2025-06-asylum-workshop", new LocalDate(2025, 6, 11), 2)), tolerant);

        outcome.Status.Should().Be(OutcomeStatus.Pass);
        outcome.Evidence.Should().Be(new Evidence(1, 1));
    }

    [Fact]
    public void A_negative_number_of_tolerated_overlaps_is_refused() =>
        NoDuplicateRule.Create(toleratedOverlaps: -1).Should().FailWithExactly(ProblemCodes.OutOfRange, "toleratedOverlaps");

    [Fact]
    public void Tolerating_no_overlap_is_allowed() =>
        NoDuplicateRule.Create(toleratedOverlaps: 0).Should().BeValid().Which.ToleratedOverlaps.Should().Be(0);
}
