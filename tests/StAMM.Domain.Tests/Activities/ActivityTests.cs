using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Testing;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Activities;

public sealed class ActivityTests
{
    private static readonly ActivityPeriod March2019 = ActivityPeriod.Exact(new LocalDate(2019, 3, 13), new LocalDate(2019, 3, 15));
    private static readonly Institution MinistryOfSecurity = Stamm.MinistryOfSecurityOfBosniaAndHerzegovina;
    private static readonly FundingSource BySem = FundingSource.From(Stamm.StateSecretariatForMigration);

    private static ValidationResult<Activity> Training(
        string? identifier = "training-1",
        ActivityType type = ActivityType.Training,
        string? title = "Training",
        Venue? venue = null,
        IEnumerable<Institution>? beneficiaries = null,
        int? experts = null,
        IEnumerable<string>? topics = null,
        IEnumerable<FundingSource>? funding = null,
        string? summary = null) =>
        Activity.Create(identifier, type, title, March2019, venue, beneficiaries, experts: experts, topics: topics, funding: funding, summary: summary);

    [Fact]
    public void A_minimal_activity_is_valid_and_knows_nothing_else()
    {
        var activity = Training().Should().BeValid().Which;
        activity.Identifier.Should().Be("training-1");
        activity.Venue.Should().BeNull();
        activity.Participants.Should().Be(Participants.Unknown);
        activity.Experts.Should().BeNull();
        activity.Beneficiaries.Should().BeEmpty();
        activity.Funding.Should().BeEmpty();
        activity.ThematicAreas.Should().BeEmpty();
    }

    [Fact]
    public void Thematic_areas_are_a_set()
    {
        var activity = Activity.Create(
            "a", ActivityType.Workshop, "Workshop", March2019,
            thematicAreas: [ThematicArea.Reception, ThematicArea.Asylum, ThematicArea.Reception]).Should().BeValid().Which;

        activity.ThematicAreas.Should().Equal(ThematicArea.Asylum, ThematicArea.Reception);
    }

    [Fact]
    public void Identifier_title_and_summary_are_trimmed()
    {
        var activity = Training(identifier: " training-1 ", title: " Training ", summary: " Done. ").Should().BeValid().Which;
        activity.Identifier.Should().Be("training-1");
        activity.Title.Should().Be("Training");
        activity.Summary.Should().Be("Done.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_activity_needs_an_identifier(string? identifier) =>
        Training(identifier: identifier).Should().FailWithExactly(ProblemCodes.Required, "identifier");

    [Theory]
    [InlineData("training 1")]
    [InlineData("training#1")]
    [InlineData("trainingé")]
    public void An_identifier_with_other_characters_than_letters_digits_and_separators_is_rejected(string identifier) =>
        Training(identifier: identifier).Should().FailWithExactly(ProblemCodes.InvalidFormat, "identifier");

    [Fact]
    public void An_identifier_may_use_the_allowed_separators() =>
        Training(identifier: "2019/03:training_1.a-b").Should().BeValid();

    [Fact]
    public void An_identifier_of_more_than_100_characters_is_too_long() =>
        Training(identifier: new string('a', 101)).Should().FailWithExactly(ProblemCodes.TooLong, "identifier");

    [Fact]
    public void An_identifier_of_100_characters_is_accepted() =>
        Training(identifier: new string('a', 100)).Should().BeValid();

    [Fact]
    public void An_activity_needs_a_title() =>
        Training(title: "\t").Should().FailWithExactly(ProblemCodes.Required, "title");

    [Fact]
    public void A_summary_of_more_than_10000_characters_is_too_long() =>
        Training(summary: new string('s', 10_001)).Should().FailWithExactly(ProblemCodes.TooLong, "summary");

    [Fact]
    public void A_study_visit_cannot_be_online() =>
        Training(type: ActivityType.StudyVisit, venue: Venue.Online).Should().FailWithExactly(ProblemCodes.NotAllowed, "venue");

    [Fact]
    public void A_study_visit_can_be_hybrid() =>
        Training(type: ActivityType.StudyVisit, venue: Venue.Hybrid("Vienna", Country.Austria).OrThrow()).Should().BeValid();

    [Fact]
    public void A_training_can_be_online() =>
        Training(venue: Venue.Online).Should().BeValid().Which.Venue.Should().Be(Venue.Online);

    [Fact]
    public void A_negative_number_of_experts_is_rejected() =>
        Training(experts: -1).Should().FailWithExactly(ProblemCodes.OutOfRange, "experts");

    [Fact]
    public void No_experts_is_a_valid_number() => Training(experts: 0).Should().BeValid().Which.Experts.Should().Be(0);

    [Fact]
    public void A_beneficiary_named_twice_is_rejected_at_its_second_position() =>
        Training(beneficiaries: [MinistryOfSecurity, Stamm.ServiceForForeignersAffairs, MinistryOfSecurity])
            .Should().FailWithExactly(ProblemCodes.Duplicate, "beneficiaries[2]");

    [Fact]
    public void A_blank_topic_is_rejected_at_its_position() =>
        Training(topics: ["Negotiation", " "]).Should().FailWithExactly(ProblemCodes.Required, "topics[1]");

    [Fact]
    public void A_donor_named_twice_in_the_funding_is_rejected_at_its_second_position() =>
        Training(funding: [BySem, FundingSource.From(Stamm.CzechMinistryOfTheInterior), BySem])
            .Should().FailWithExactly(ProblemCodes.Duplicate, "funding[2]");

    [Fact]
    public void Every_problem_of_an_activity_is_reported_at_once() =>
        Activity.Create(
            "bad id",
            ActivityType.StudyVisit,
            " ",
            March2019,
            Venue.Online,
            [MinistryOfSecurity, MinistryOfSecurity],
            experts: -2,
            topics: [""],
            funding: [BySem, BySem],
            summary: new string('s', 10_001)).Should().FailWithExactly(
                (ProblemCodes.InvalidFormat, "identifier"),
                (ProblemCodes.Required, "title"),
                (ProblemCodes.TooLong, "summary"),
                (ProblemCodes.NotAllowed, "venue"),
                (ProblemCodes.OutOfRange, "experts"),
                (ProblemCodes.Duplicate, "beneficiaries[1]"),
                (ProblemCodes.Required, "topics[0]"),
                (ProblemCodes.Duplicate, "funding[1]"));

    [Fact]
    public void Topic_countries_and_dialogues_are_sets()
    {
        var activity = Activity.Create(
            "a", ActivityType.Workshop, "Workshop", March2019,
            topicCountries: [Country.FromCode("PK"), Country.FromCode("AF"), Country.FromCode("PK")],
            dialogues: [MigrationDialogue.BudapestProcess, MigrationDialogue.PragueProcess, MigrationDialogue.BudapestProcess]).Should().BeValid().Which;
        activity.TopicCountries.Select(c => c.Code).Should().Equal("AF", "PK");
        activity.Dialogues.Should().Equal(MigrationDialogue.PragueProcess, MigrationDialogue.BudapestProcess);
    }

    [Fact]
    public void IsFundedBy_tells_whether_a_donor_is_among_the_funders()
    {
        var activity = Training(funding: [BySem]).OrThrow();
        activity.IsFundedBy(Stamm.StateSecretariatForMigration).Should().BeTrue();
        activity.IsFundedBy(Stamm.CzechMinistryOfTheInterior).Should().BeFalse();
    }

    // Programmer errors

    [Fact]
    public void An_undefined_activity_type_throws() =>
        FluentActions.Invoking(() => Training(type: (ActivityType)99)).Should().Throw<ArgumentException>();

    [Fact]
    public void An_undefined_dialogue_throws() =>
        FluentActions.Invoking(() => Activity.Create("a", ActivityType.Training, "T", March2019, dialogues: [(MigrationDialogue)99]))
            .Should().Throw<ArgumentException>();

    [Fact]
    public void An_undefined_thematic_area_throws() =>
        FluentActions.Invoking(() => Activity.Create("a", ActivityType.Training, "T", March2019, thematicAreas: [(ThematicArea)99]))
            .Should().Throw<ArgumentException>().WithParameterName("thematicAreas");

    [Fact]
    public void A_null_period_throws() =>
        FluentActions.Invoking(() => Activity.Create("a", ActivityType.Training, "T", null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void A_null_beneficiary_throws() =>
        FluentActions.Invoking(() => Training(beneficiaries: [MinistryOfSecurity, null!])).Should().Throw<ArgumentException>();

    [Fact]
    public void A_null_topic_throws() =>
        FluentActions.Invoking(() => Training(topics: [null!])).Should().Throw<ArgumentException>();

    [Fact]
    public void A_null_funding_source_throws() =>
        FluentActions.Invoking(() => Training(funding: [null!])).Should().Throw<ArgumentException>();

    [Fact]
    public void A_null_document_throws() =>
        FluentActions.Invoking(() => Activity.Create("a", ActivityType.Training, "T", March2019, documents: [null!])).Should().Throw<ArgumentException>();

    [Fact]
    public void Changing_the_lists_after_creation_does_not_change_the_activity()
    {
        var beneficiaries = new List<Institution> { MinistryOfSecurity };
        var topics = new List<string> { "Negotiation" };
        var funding = new List<FundingSource> { BySem };
        var activity = Training(beneficiaries: beneficiaries, topics: topics, funding: funding).OrThrow();

        beneficiaries.Add(Stamm.ServiceForForeignersAffairs);
        topics[0] = "Something else";
        funding.Clear();

        activity.Beneficiaries.Should().Equal(MinistryOfSecurity);
        activity.Topics.Should().Equal("Negotiation");
        activity.Funding.Should().Equal(BySem);
    }

    // Equality

    [Fact]
    public void Activities_with_equal_members_are_equal()
    {
        var a = Training(beneficiaries: [MinistryOfSecurity], topics: ["Negotiation"], funding: [BySem]).OrThrow();
        var b = Training(beneficiaries: [MinistryOfSecurity], topics: ["Negotiation"], funding: [BySem]).OrThrow();
        a.Should().Be(b);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Activities_with_different_topics_differ() =>
        Training(topics: ["Negotiation"]).OrThrow().Should().NotBe(Training(topics: ["Lobbying"]).OrThrow());

    [Fact]
    public void Activities_with_different_thematic_areas_differ() =>
        Activity.Create("a", ActivityType.Training, "T", March2019, thematicAreas: [ThematicArea.Asylum]).OrThrow()
            .Should().NotBe(Activity.Create("a", ActivityType.Training, "T", March2019, thematicAreas: [ThematicArea.Reception]).OrThrow());

    [Fact]
    public void Activities_with_different_funding_differ() =>
        Training(funding: [BySem]).OrThrow().Should().NotBe(Training().OrThrow());

    [Fact]
    public void Activities_with_different_periods_differ() =>
        Training().OrThrow().Should().NotBe(Activity.Create("training-1", ActivityType.Training, "Training", ActivityPeriod.InMonth(new YearMonth(2019, 3))).OrThrow());
}
