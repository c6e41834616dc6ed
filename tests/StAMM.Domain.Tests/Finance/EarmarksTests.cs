using System.Collections.Immutable;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Projects;
using StAMM.Domain.Testing;
using StAMM.Domain.Tests.Eligibility;

namespace StAMM.Domain.Tests.Finance;

public sealed class EarmarksTests
{
    [Fact]
    public void No_earmarks_allow_everything()
    {
        var none = Earmarks.Create();
        none.Should().BeSameAs(Earmarks.None);
        none.IsUnrestricted.Should().BeTrue();
        none.AllowsCountry(Country.Austria).Should().BeTrue();
        none.AllowsActivityType(ActivityType.StudyVisit).Should().BeTrue();
        none.AllowsTheme(ThematicArea.Asylum).Should().BeTrue();
    }

    [Fact]
    public void Country_earmarks_allow_only_their_countries()
    {
        var earmarks = Earmarks.Create(countries: [Country.BosniaAndHerzegovina, Country.Serbia]);
        earmarks.AllowsCountry(Country.Serbia).Should().BeTrue();
        earmarks.AllowsCountry(Country.Albania).Should().BeFalse();
    }

    [Fact]
    public void Type_earmarks_allow_only_their_types()
    {
        var earmarks = Earmarks.Create(activityTypes: [ActivityType.Training]);
        earmarks.AllowsActivityType(ActivityType.Training).Should().BeTrue();
        earmarks.AllowsActivityType(ActivityType.Assessment).Should().BeFalse();
    }

    [Fact]
    public void Earmarks_merge_duplicates_and_ignore_order()
    {
        var a = Earmarks.Create([Country.Serbia, Country.Albania, Country.Serbia], themes: [ThematicArea.Reception]);
        var b = Earmarks.Create([Country.Albania, Country.Serbia], themes: [ThematicArea.Reception, ThematicArea.Reception]);
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Earmarks_with_different_themes_differ() =>
        Earmarks.Create(themes: [ThematicArea.Asylum]).Should().NotBe(Earmarks.Create(themes: [ThematicArea.Reception]));

    [Fact]
    public void An_undefined_activity_type_throws() =>
        FluentActions.Invoking(() => Earmarks.Create(activityTypes: [(ActivityType)99])).Should().Throw<ArgumentException>();

    [Fact]
    public void A_null_country_throws() =>
        FluentActions.Invoking(() => Earmarks.Create(countries: [null!])).Should().Throw<ArgumentException>();

    [Fact]
    public void An_undefined_theme_throws() =>
        FluentActions.Invoking(() => Earmarks.Create(themes: [(ThematicArea)99])).Should().Throw<ArgumentException>().WithParameterName("themes");

    [Fact]
    public void Earmarks_on_countries_alone_are_a_restriction() =>
        Earmarks.Create(countries: [Country.Serbia]).IsUnrestricted.Should().BeFalse();

    [Fact]
    public void Earmarks_on_activity_types_alone_are_a_restriction() =>
        Earmarks.Create(activityTypes: [ActivityType.Training]).IsUnrestricted.Should().BeFalse();

    [Fact]
    public void Earmarks_on_themes_alone_are_a_restriction() =>
        Earmarks.Create(themes: [ThematicArea.Asylum]).IsUnrestricted.Should().BeFalse();

    [Fact]
    public void Earmarks_with_different_countries_differ() =>
        Earmarks.Create(countries: [Country.Serbia]).Should().NotBe(Earmarks.Create(countries: [Country.Albania]));

    [Fact]
    public void Earmarks_with_different_activity_types_differ() =>
        Earmarks.Create(activityTypes: [ActivityType.Training]).Should().NotBe(Earmarks.Create(activityTypes: [ActivityType.Workshop]));

    [Fact]
    public void Earmarks_never_equal_null() => Earmarks.Create(countries: [Country.Serbia]).Equals(null).Should().BeFalse();

    [Fact]
    public void No_earmarks_are_shown_as_unrestricted() => Earmarks.None.ToString().Should().Be("unrestricted");

    [Fact]
    public void Earmarks_are_shown_with_any_for_an_unrestricted_kind() =>
        Earmarks.Create(countries: [Country.Serbia, Country.BosniaAndHerzegovina], themes: [ThematicArea.Asylum]).ToString()
            .Should().Be("countries: BA, RS; types: any; themes: Asylum");

    [Fact]
    public void Money_earmarked_for_other_activity_types_cannot_fund_a_request() =>
        RejectionsOfTheBaselineWorkshopOnAsylum(Earmarks.Create(activityTypes: [ActivityType.Training, ActivityType.Conference]))
            .Should().ContainSingle().Which.Reason.Should().Be(DonorRejectionReason.ActivityTypeNotEarmarked);

    [Fact]
    public void Money_earmarked_for_the_requested_activity_type_can_fund_it() =>
        RejectionsOfTheBaselineWorkshopOnAsylum(Earmarks.Create(activityTypes: [ActivityType.Training, ActivityType.Workshop])).Should().BeEmpty();

    [Fact]
    public void Money_earmarked_for_other_themes_cannot_fund_a_request() =>
        RejectionsOfTheBaselineWorkshopOnAsylum(Earmarks.Create(themes: [ThematicArea.BorderManagement, ThematicArea.Reception]))
            .Should().ContainSingle().Which.Reason.Should().Be(DonorRejectionReason.ThemeNotEarmarked);

    [Fact]
    public void Money_earmarked_for_one_of_the_requested_themes_can_fund_it() =>
        RejectionsOfTheBaselineWorkshopOnAsylum(Earmarks.Create(themes: [ThematicArea.Asylum, ThematicArea.Reception])).Should().BeEmpty();

    private static ImmutableArray<DonorRejection> RejectionsOfTheBaselineWorkshopOnAsylum(Earmarks earmarks)
    {
        var contribution = Contribution.Create(Stamm.StateSecretariatForMigration, amount: Money.Of(500_000m, Currency.Eur), earmarks: earmarks).OrThrow();
        var context = An.EvaluationContext.On(Baseline.Submission).WithBalances(ContributionBalance.Untouched(contribution)).BuildValid();
        return DonorMatch.For(Baseline.Request.BuildValid(), context).Rejections;
    }
}
