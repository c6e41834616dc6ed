using StAMM.Domain.BuiltIn;
using StAMM.Domain.Cases;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Testing;
using static StAMM.Domain.EntityFrameworkCore.Tests.Facility;

namespace StAMM.Domain.EntityFrameworkCore.Tests;

/// <summary>The queries a facility needs filter in the database: the SQL EF Core sends carries the filter, and reads no event.</summary>
public sealed class QueryTests
{
    private static readonly Organisations.Institution First = Stamm.MigrationMinistries[0];
    private static readonly Organisations.Institution Second = Stamm.MigrationMinistries.First(m => m.Country != First.Country);

    /// <summary>A and C from the first ministry, B from the second; B and C approved from the Czech contribution.</summary>
    private static readonly Portfolio Stored = IllustrativeFacility.EmptyPortfolio()
        .SubmitAndEvaluate(Request("A", First), Hours(1)).OrThrow()
        .SubmitAndEvaluate(Request("B", Second), Hours(1)).OrThrow()
        .SubmitAndEvaluate(Request("C", First), Hours(1)).OrThrow()
        .Approve("B", 4_000m, Hours(2)).OrThrow()
        .Approve("C", 6_000m, Hours(3)).OrThrow();

    private static string ProjectId => Stored.Project.Identifier;

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task Cases_in_a_state_are_filtered_in_the_database(string kind)
    {
        await using var database = await StoredAsync(kind);
        var sql = new List<string>();

        var approved = await Store(database, sql).CasesInStateAsync(ProjectId, CaseState.Approved);

        approved.Should().Equal(Summary("B"), Summary("C"));
        CaseQuery(sql).Should().MatchRegex("\"?state\"? = @");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task Cases_of_a_country_are_filtered_in_the_database(string kind)
    {
        await using var database = await StoredAsync(kind);
        var sql = new List<string>();

        var cases = await Store(database, sql).CasesOfCountryAsync(ProjectId, Second.Country);

        cases.Should().Equal(Summary("B"));
        CaseQuery(sql).Should().MatchRegex("\"?country\"? = @");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task Cases_funded_by_a_donor_are_filtered_in_the_database(string kind)
    {
        await using var database = await StoredAsync(kind);
        var sql = new List<string>();

        var czech = await Store(database, sql).CasesFundedByAsync(ProjectId, Stamm.CzechMinistryOfTheInterior);
        var swiss = await Store(database).CasesFundedByAsync(ProjectId, Stamm.StateSecretariatForMigration);

        czech.Should().Equal(Summary("B"), Summary("C"));
        swiss.Should().BeEmpty();
        CaseQuery(sql).Should().MatchRegex("\"?donor\"? = @");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task The_requests_of_an_institution_are_filtered_in_the_database(string kind)
    {
        await using var database = await StoredAsync(kind);
        var sql = new List<string>();

        var requests = await Store(database, sql).RequestsOfAsync(ProjectId, First);

        requests.Should().Equal(Stored.FindCase("A")!.Request, Stored.FindCase("C")!.Request);
        CaseQuery(sql).Should().MatchRegex("\"?requester\"? = @");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task The_balance_of_a_contribution_reads_its_row_and_no_event(string kind)
    {
        await using var database = await StoredAsync(kind);
        var sql = new List<string>();

        var balance = await Store(database, sql).BalanceAsync(ProjectId, IllustrativeFacility.CzechContribution);

        balance.Should().Be(Stored.Balances[1].ToBalance());
        balance!.Remaining!.Amount.Should().Be(40_000m);
        sql.Should().ContainSingle().Which.Should().Contain("stamm_contributions").And.MatchRegex("\"?donor\"? = @");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task The_balances_of_a_portfolio_equal_those_it_derives_from_its_events(string kind)
    {
        await using var database = await StoredAsync(kind);
        var sql = new List<string>();

        var balances = await Store(database, sql).BalancesAsync(ProjectId);

        balances!.Value.Should().Equal(Stored.Balances.Select(b => b.ToBalance()));
        sql.Should().NotContain(s => s.Contains("stamm_case_events"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task A_case_is_found_by_its_identifier(string kind)
    {
        await using var database = await StoredAsync(kind);

        (await Store(database).FindCaseAsync(ProjectId, "C")).Should().Be(Stored.FindCase("C")!);
        (await Store(database).FindCaseAsync(ProjectId, "Z")).Should().BeNull();
    }

    /// <summary>The one command the query sent: on the cases' rows, none on the events.</summary>
    private static string CaseQuery(List<string> sql) => sql.Should().ContainSingle().Which.Should().Contain("stamm_cases").And.NotContain("stamm_case_events").And.Subject;

    private static CaseSummary Summary(string id)
    {
        var c = Stored.FindCase(id)!;
        return new CaseSummary(c.State, c.Request, c.Version, c.LastChanged);
    }

    private static async Task<TestDatabase> StoredAsync(string kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await StorageTests.AddAsync(database, Stored);
        return database;
    }

    private static StammStore Store(TestDatabase database, List<string>? sql = null) => new(database.Context(sql));
}
