using StAMM.Domain.Activities;
using StAMM.Domain.Geography;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Activities;

public sealed class ParticipantsTests
{
    private static readonly Country BA = Country.BosniaAndHerzegovina;
    private static readonly Country RS = Country.Serbia;
    private static readonly Country AL = Country.Albania;

    [Fact]
    public void Unknown_participants_know_nothing()
    {
        Participants.Unknown.Count.Should().BeNull();
        Participants.Unknown.Countries.Should().BeEmpty();
        Participants.Unknown.CountByCountry.Should().BeEmpty();
        Participants.Unknown.BySex.Should().BeNull();
        Participants.Unknown.Description.Should().BeNull();
    }

    [Fact]
    public void Participants_with_nothing_given_equal_the_unknown_ones() =>
        Participants.Create().Should().BeValid().Which.Should().Be(Participants.Unknown);

    [Fact]
    public void Participants_keep_what_they_were_given()
    {
        var bySex = SexBreakdown.Create(6, 9).OrThrow();
        var participants = Participants.Create(15, [RS, BA], new Dictionary<Country, int> { [BA] = 10, [RS] = 5 }, bySex, " Inspectors ").Should().BeValid().Which;
        participants.Count.Should().Be(15);
        participants.Countries.Should().Equal(BA, RS);
        participants.CountByCountry.Should().Equal(new Dictionary<Country, int> { [BA] = 10, [RS] = 5 });
        participants.BySex.Should().Be(bySex);
        participants.Description.Should().Be("Inspectors");
    }

    [Fact]
    public void A_negative_count_is_rejected() =>
        Participants.Create(-1).Should().FailWithExactly(ProblemCodes.OutOfRange, "count");

    [Fact]
    public void A_country_named_twice_is_rejected_at_its_second_position() =>
        Participants.Create(countries: [BA, RS, BA]).Should().FailWithExactly(ProblemCodes.Duplicate, "countries[2]");

    [Fact]
    public void A_count_for_a_country_that_is_not_listed_is_rejected() =>
        Participants.Create(countries: [BA], countByCountry: new Dictionary<Country, int> { [BA] = 3, [RS] = 2 })
            .Should().FailWithExactly(ProblemCodes.NotAllowed, "countByCountry.RS");

    [Fact]
    public void A_negative_count_for_a_country_is_rejected() =>
        Participants.Create(countries: [BA], countByCountry: new Dictionary<Country, int> { [BA] = -3 })
            .Should().FailWithExactly(ProblemCodes.OutOfRange, "countByCountry.BA");

    [Fact]
    public void Counts_by_country_that_do_not_add_up_to_the_total_are_rejected() =>
        Participants.Create(15, [BA, RS], new Dictionary<Country, int> { [BA] = 10, [RS] = 4 })
            .Should().FailWithExactly(ProblemCodes.PartsExceedTotal, "countByCountry");

    [Fact]
    public void A_sex_breakdown_that_does_not_add_up_to_the_total_is_rejected() =>
        Participants.Create(15, bySex: SexBreakdown.Create(10, 10).OrThrow())
            .Should().FailWithExactly(ProblemCodes.PartsExceedTotal, "bySex");

    [Fact]
    public void A_sex_breakdown_without_a_total_is_accepted() =>
        Participants.Create(bySex: SexBreakdown.Create(10, 10).OrThrow()).Should().BeValid().Which.BySex!.Total.Should().Be(20);

    [Fact]
    public void A_description_of_more_than_10000_characters_is_too_long() =>
        Participants.Create(description: new string('d', 10_001)).Should().FailWithExactly(ProblemCodes.TooLong, "description");

    [Fact]
    public void Every_problem_of_the_participants_is_reported_at_once() =>
        Participants.Create(
            -1,
            [BA, BA],
            new Dictionary<Country, int> { [RS] = 1 },
            SexBreakdown.Create(1, 1).OrThrow(),
            new string('d', 10_001)).Should().FailWithExactly(
                (ProblemCodes.OutOfRange, "count"),
                (ProblemCodes.Duplicate, "countries[1]"),
                (ProblemCodes.NotAllowed, "countByCountry.RS"),
                (ProblemCodes.PartsExceedTotal, "countByCountry"),
                (ProblemCodes.PartsExceedTotal, "bySex"),
                (ProblemCodes.TooLong, "description"));

    [Fact]
    public void A_null_country_throws() =>
        FluentActions.Invoking(() => Participants.Create(countries: [BA, null!])).Should().Throw<ArgumentException>();

    [Fact]
    public void Changing_the_inputs_after_creation_does_not_change_the_participants()
    {
        var countries = new List<Country> { BA, RS };
        var perCountry = new Dictionary<Country, int> { [BA] = 1, [RS] = 1 };
        var participants = Participants.Create(2, countries, perCountry).OrThrow();

        countries.Add(AL);
        perCountry[BA] = 100;
        perCountry[AL] = 1;

        participants.Countries.Should().Equal(BA, RS);
        participants.CountByCountry.Should().Equal(new Dictionary<Country, int> { [BA] = 1, [RS] = 1 });
    }

    [Fact]
    public void Participants_with_equal_members_are_equal_whatever_the_order_of_countries()
    {
        var a = Participants.Create(15, [BA, RS], description: "Inspectors").OrThrow();
        var b = Participants.Create(15, [RS, BA], description: "Inspectors").OrThrow();
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Participants_with_different_counts_differ() =>
        Participants.Create(15, [BA]).OrThrow().Should().NotBe(Participants.Create(16, [BA]).OrThrow());

    [Fact]
    public void Participants_with_different_counts_by_country_differ() =>
        Participants.Create(2, [BA, RS], new Dictionary<Country, int> { [BA] = 1, [RS] = 1 }).OrThrow()
            .Should().NotBe(Participants.Create(2, [BA, RS], new Dictionary<Country, int> { [BA] = 2, [RS] = 0 }).OrThrow());
}
