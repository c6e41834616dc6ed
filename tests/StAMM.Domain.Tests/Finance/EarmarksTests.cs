using StAMM.Domain.Activities;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Projects;

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
}
