using NodaTime;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility;

public sealed class RuleSetTests
{
    private static readonly LocalDate Start = new(2020, 1, 1);
    private static readonly LocalDate End = new(2020, 12, 31);

    private static RuleSet Set(LocalDate from, LocalDate? until, params EligibilityRule[] rules) =>
        RuleSet.Create("set", "1", from, until, rules).OrThrow();

    private static RuleSet Set(string name, string version, LocalDate from, LocalDate? until, params EligibilityRule[] rules) =>
        RuleSet.Create(name, version, from, until, rules).OrThrow();

    [Fact]
    public void A_rule_set_with_an_end_after_its_start_is_valid() =>
        RuleSet.Create("x", "1", Start, End, [LeadTimeRule.Default]).Should().BeValid()
            .Which.InForceUntil.Should().Be(End);

    [Fact]
    public void A_rule_set_cannot_end_before_it_starts() =>
        RuleSet.Create("x", "1", Start, Start.PlusDays(-1), [LeadTimeRule.Default])
            .Should().FailWithExactly(ProblemCodes.EndBeforeStart, "inForceUntil");

    [Fact]
    public void A_rule_set_refuses_a_null_list_of_rules() =>
        FluentActions.Invoking(() => RuleSet.Create("x", "1", Start, null, null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void A_rule_set_needs_at_least_one_rule() =>
        RuleSet.Create("x", "1", Start, null, []).Should().FailWithExactly(ProblemCodes.Required, "rules");

    [Fact]
    public void Each_repeated_code_is_reported_once_at_its_own_index()
    {
        var result = RuleSet.Create("x", "1", Start, null, [LeadTimeRule.Default, LeadTimeRule.Create(30, 10).OrThrow(), LeadTimeRule.Create(40, 10).OrThrow()]);

        result.Should().FailWithExactly((ProblemCodes.Duplicate, "rules[1]"), (ProblemCodes.Duplicate, "rules[2]"));
    }

    [Fact]
    public void A_bounded_set_is_in_force_from_its_first_to_its_last_day_inclusive()
    {
        var set = Set(Start, End, LeadTimeRule.Default);

        set.IsInForceOn(Start.PlusDays(-1)).Should().BeFalse();
        set.IsInForceOn(Start).Should().BeTrue();
        set.IsInForceOn(End).Should().BeTrue();
        set.IsInForceOn(End.PlusDays(1)).Should().BeFalse();
    }

    [Fact]
    public void An_open_ended_set_stays_in_force_from_its_first_day_on()
    {
        var set = Set(Start, null, LeadTimeRule.Default);

        set.IsInForceOn(Start.PlusDays(-1)).Should().BeFalse();
        set.IsInForceOn(Start).Should().BeTrue();
        set.IsInForceOn(new LocalDate(2100, 1, 1)).Should().BeTrue();
    }

    [Fact]
    public void Finding_a_rule_by_a_null_code_is_refused() =>
        FluentActions.Invoking(() => Set(Start, null, LeadTimeRule.Default).Find(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Layering_a_null_set_is_refused() =>
        FluentActions.Invoking(() => Set(Start, null, LeadTimeRule.Default).Layer(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void A_layer_with_more_rules_than_the_base_adds_each_of_its_new_rules()
    {
        var stricter = LeadTimeRule.Create(90, 30).OrThrow();
        var baseSet = Set(Start, null, LeadTimeRule.Default);
        var layer = Set(Start, null, stricter, MaxDurationRule.Default, ExpertsPerMissionRule.Default);

        var layered = baseSet.Layer(layer).OrThrow();

        layered.Rules.Should().HaveCount(3);
        layered.Find(LeadTimeRule.RuleCode).Should().BeSameAs(stricter);
        layered.Find(MaxDurationRule.Default.Code).Should().BeSameAs(MaxDurationRule.Default);
        layered.Find(ExpertsPerMissionRule.Default.Code).Should().BeSameAs(ExpertsPerMissionRule.Default);
    }

    [Fact]
    public void A_layered_set_is_named_and_versioned_after_both_sets() =>
        Set("StAMM", "2026.1", Start, null, LeadTimeRule.Default).Layer(Set("SEM", "3", Start, null, LeadTimeRule.Default)).OrThrow()
            .Should().Match<RuleSet>(s => s.Name == "StAMM + SEM" && s.Version == "2026.1+3");

    [Fact]
    public void A_layered_set_starts_on_the_later_first_day_of_the_two()
    {
        var early = Set(Start, null, LeadTimeRule.Default);
        var late = Set(Start.PlusDays(10), null, MaxDurationRule.Default);

        early.Layer(late).OrThrow().InForceFrom.Should().Be(Start.PlusDays(10));
        late.Layer(early).OrThrow().InForceFrom.Should().Be(Start.PlusDays(10));
    }

    [Fact]
    public void A_layered_set_ends_with_the_layer_when_only_the_layer_has_an_end() =>
        Set(Start, null, LeadTimeRule.Default).Layer(Set(Start, End, MaxDurationRule.Default)).OrThrow()
            .InForceUntil.Should().Be(End);

    [Fact]
    public void A_layered_set_ends_with_the_base_when_only_the_base_has_an_end() =>
        Set(Start, End, LeadTimeRule.Default).Layer(Set(Start, null, MaxDurationRule.Default)).OrThrow()
            .InForceUntil.Should().Be(End);

    [Fact]
    public void A_layered_set_without_any_end_has_no_end() =>
        Set(Start, null, LeadTimeRule.Default).Layer(Set(Start, null, MaxDurationRule.Default)).OrThrow()
            .InForceUntil.Should().BeNull();

    [Fact]
    public void A_layered_set_ends_on_the_earlier_last_day_of_the_two()
    {
        var shorter = Set(Start, End, LeadTimeRule.Default);
        var longer = Set(Start, End.PlusDays(30), MaxDurationRule.Default);

        shorter.Layer(longer).OrThrow().InForceUntil.Should().Be(End);
        longer.Layer(shorter).OrThrow().InForceUntil.Should().Be(End);
    }

    [Fact]
    public void Two_sets_never_in_force_together_cannot_be_layered() =>
        Set(Start, End, LeadTimeRule.Default).Layer(Set(End.PlusDays(1), null, MaxDurationRule.Default))
            .Should().FailWithExactly(ProblemCodes.EndBeforeStart, "inForceUntil");

    [Fact]
    public void Sets_of_the_same_name_version_days_and_rules_are_equal()
    {
        var a = Set("StAMM", "1", Start, End, LeadTimeRule.Default, MaxDurationRule.Default);
        var b = Set("StAMM", "1", Start, End, MaxDurationRule.Default, LeadTimeRule.Create().OrThrow());

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    public static TheoryData<string> Differences => ["name", "version", "first day", "last day", "rules"];

    [Theory]
    [MemberData(nameof(Differences))]
    public void Sets_that_differ_in_one_part_are_not_equal(string difference)
    {
        var a = Set("StAMM", "1", Start, End, LeadTimeRule.Default);
        var b = difference switch
        {
            "name" => Set("Other", "1", Start, End, LeadTimeRule.Default),
            "version" => Set("StAMM", "2", Start, End, LeadTimeRule.Default),
            "first day" => Set("StAMM", "1", Start.PlusDays(1), End, LeadTimeRule.Default),
            "last day" => Set("StAMM", "1", Start, End.PlusDays(1), LeadTimeRule.Default),
            _ => Set("StAMM", "1", Start, End, LeadTimeRule.Create(30, 10).OrThrow()),
        };

        a.Equals(b).Should().BeFalse();
        (a == b).Should().BeFalse();
        (a != b).Should().BeTrue();
    }

    [Fact]
    public void A_set_is_not_equal_to_null()
    {
        var set = Set(Start, null, LeadTimeRule.Default);
        RuleSet? none = null;

        set.Equals(none).Should().BeFalse();
        (set == none).Should().BeFalse();
        (none == set).Should().BeFalse();
        (set != none).Should().BeTrue();
        (none != set).Should().BeTrue();
    }

    [Fact]
    public void Two_null_sets_compare_equal()
    {
        RuleSet? a = null;
        RuleSet? b = null;

        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
    }
}
