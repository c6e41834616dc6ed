using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Geography;
using StAMM.Domain.Iati.Export;
using StAMM.Domain.Iati.Import;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;

namespace StAMM.Domain.Iati.Tests;

public sealed class RoundTripTests
{
    private static readonly IReadOnlyList<IatiImportedActivity> Imported = IatiImport.ReadXml(Support.StammXml());

    private static IatiImportedActivity Parent => Imported[0];

    [Fact]
    public void The_project_and_its_three_activities_come_back_as_four_activities_without_a_problem()
    {
        // The tags (thematic areas, dialogues) are read, and the extension elements of our namespace are allowed beside IATI's.
        Imported.Should().HaveCount(4);
        Imported.SelectMany(a => a.Problems).Should().BeEmpty();
    }

    [Fact]
    public void The_thematic_areas_and_dialogues_come_back_from_their_vocabulary_99_tags()
    {
        Parent.ThematicAreas.Should().Equal(Stamm.Project.ThematicAreas);
        Imported.Skip(1).Select(a => a.ThematicAreas).Should().BeEquivalentTo(Stamm.Project.Activities.Select(a => a.ThematicAreas), o => o.WithStrictOrdering());
        Imported.Skip(1).Select(a => a.Dialogues).Should().BeEquivalentTo(Stamm.Project.Activities.Select(a => a.Dialogues), o => o.WithStrictOrdering());
        Parent.Tags.Should().OnlyContain(t => t.Vocabulary == "99" && t.VocabularyUri == IatiExtension.ThematicAreaVocabularyUri);
    }

    [Fact]
    public void The_identifier_is_the_reporting_org_ref_then_the_local_id()
    {
        Parent.Identifier.Should().Be("XI-EXAMPLE-ICMPD-StAMM");
        Parent.ReportingOrganisation!.Identifier.Should().Be(Support.ExampleRef);
        Imported[1].Identifier.Should().Be("XI-EXAMPLE-ICMPD-StAMM-2019-03-negotiation-skills-training");
    }

    [Fact]
    public void Title_status_and_dates_come_back()
    {
        Parent.Title.Should().Be(Stamm.Project.Title);
        Parent.Status.Should().Be(ProjectStatus.Implementation);
        Parent.Period!.Start.FirstDay.Should().Be(Stamm.Project.Period.Start.FirstDay);
        Parent.Period.End.Should().BeNull();
        Parent.Dates.Single().Narratives.Single().Text.Should().Contain("only the month (December 2018)");
    }

    [Fact]
    public void The_countries_come_back_as_the_regional_scope_of_the_Western_Balkans()
    {
        Parent.GeographicScope!.Kind.Should().Be(ScopeKind.Regional);
        Parent.GeographicScope.Countries.Should().BeEquivalentTo(Stamm.Project.Scope.Countries);
        Parent.Countries.Sum(c => c.Percentage).Should().Be(100m);
    }

    [Fact]
    public void Kosovo_comes_back_as_XK_with_the_designated_name()
    {
        var kosovo = Parent.Countries.Single(c => c.Code == "XK");

        kosovo.Country.Should().Be(Country.Kosovo);
        Parent.Descriptions.Should().Contain(d => d.TypeCode == "4" && d.Narratives[0].Text.Contains(KosovoDesignation.Default.FootnoteLine, StringComparison.Ordinal));
    }

    [Fact]
    public void The_participating_organisations_come_back_with_their_roles_and_types()
    {
        Parent.Participants.Select(p => (p.Organisation.DisplayName, p.Role, p.Organisation.Type)).Should().Equal(
            Stamm.Project.ParticipatingOrganisations.Select(p => (p.Organisation.Name, (OrganisationRole?)p.Role, (OrganisationType?)p.Organisation.Type)));
    }

    [Fact]
    public void Sector_15190_and_aid_type_D02_come_back()
    {
        Imported.Should().OnlyContain(a => a.Sectors.Single().Code == "15190" && a.Sectors.Single().Vocabulary == "1");
        Imported.Should().OnlyContain(a => a.AidTypeCodes.Single() == "D02");
    }

    [Fact]
    public void Parent_and_children_point_at_each_other()
    {
        Parent.Hierarchy.Should().Be(1);
        Parent.RelatedActivities.Should().OnlyContain(r => r.Relationship == IatiRelationship.Child);
        Parent.RelatedActivities.Select(r => r.Ref).Should().Equal(Imported.Skip(1).Select(a => a.Identifier));
        Imported.Skip(1).Should().OnlyContain(a => a.Hierarchy == 2 && a.RelatedActivities.Single().Ref == Parent.Identifier && a.RelatedActivities.Single().Relationship == IatiRelationship.Parent);
    }

    [Fact]
    public void Each_activity_comes_back_with_its_title_and_dates()
    {
        for (var i = 0; i < Stamm.Project.Activities.Length; i++)
        {
            var activity = Stamm.Project.Activities[i];
            Imported[i + 1].Title.Should().Be(activity.Title);
            Imported[i + 1].Period!.Start.FirstDay.Should().Be(activity.Period.Start);
            Imported[i + 1].Period!.End!.FirstDay.Should().Be(activity.Period.End);
        }
    }

    [Fact]
    public void No_budget_or_transaction_is_invented_for_amounts_that_are_not_known()
    {
        Imported.Should().OnlyContain(a => a.Budgets.IsEmpty && a.Transactions.IsEmpty);
        Support.StammXml().Should().NotContain("<budget").And.NotContain("<transaction");
    }

    [Fact]
    public void A_known_amount_with_a_known_date_becomes_an_incoming_commitment()
    {
        var contribution = Finance.Contribution.Create(
            Stamm.StateSecretariatForMigration,
            amount: Finance.Money.Of(250_000m, Finance.Currency.Chf),
            period: new DateInterval(new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31))).OrThrow();
        var project = TechnicalAssistanceProject.Create(
            "TEST-1", "T1", "A test project", GeographicScope.National(Country.Serbia), ProjectStatus.Implementation,
            Time.ProjectPeriod.StartingIn(Time.PartialDate.OfDay(new LocalDate(2019, 1, 1))), Stamm.Icmpd, [contribution]).OrThrow();

        var xml = IatiExport.ToXml(project, Support.Options);
        var transaction = IatiImport.ReadXml(xml)[0].Transactions.Single();

        transaction.TypeCode.Should().Be("11");
        transaction.Value!.Money.Should().Be(Finance.Money.Of(250_000m, Finance.Currency.Chf));
        transaction.Provider!.DisplayName.Should().Be("Swiss State Secretariat for Migration");
        Support.XsdErrors(xml).Should().BeEmpty();
        Support.Validator.ValidateXml(xml).Findings.Should().BeEmpty();
    }

    [Fact]
    public void The_configured_Kosovo_footnote_is_the_one_written()
    {
        var xml = IatiExport.ToXml(Stamm.Project, Support.Options with { KosovoDesignation = KosovoDesignation.Icmpd });

        xml.Should().Contain("<narrative>Kosovo*</narrative>").And.Contain(KosovoDesignation.Icmpd.FootnoteLine).And.NotContain("ICJ Opinion");
    }

    [Fact]
    public void Even_split_percentages_have_two_decimals_and_sum_to_exactly_100()
    {
        for (var n = 1; n <= 250; n++)
        {
            var split = IatiExport.EvenSplit(n);
            split.Sum().Should().Be(100m);
            split.Max().Should().BeLessThanOrEqualTo(split.Min() + 0.01m);
        }
    }

    [Fact]
    public void The_language_must_be_an_IATI_language_code() =>
        FluentActions.Invoking(() => Support.Options with { Language = "xx" }).Should().Throw<ArgumentException>();
}
