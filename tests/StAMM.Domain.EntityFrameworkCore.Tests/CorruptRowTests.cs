using StAMM.Domain.Testing;
using static StAMM.Domain.EntityFrameworkCore.Tests.Facility;

namespace StAMM.Domain.EntityFrameworkCore.Tests;

/// <summary>A row the domain does not accept stops the load with its table, row and column named, never an invalid instance.</summary>
public sealed class CorruptRowTests
{
    private static readonly string ProjectId = IllustrativeFacility.EmptyPortfolio().Project.Identifier;

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task A_contribution_naming_a_donor_the_project_lacks_is_reported_with_its_row_and_column(string kind)
    {
        await using var database = await StoredAsync(kind);
        await database.ExecuteAsync("UPDATE stamm_contributions SET donor = 'Nobody' WHERE position = 1");

        var error = await LoadingFailsAsync(database);

        error.Table.Should().Be("stamm_contributions");
        error.Row.Should().Be($"project_id = '{ProjectId}', position = 1");
        error.Column.Should().Be("donor");
        error.Message.Should().Contain("no donor named 'Nobody'");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task A_project_document_that_does_not_read_is_reported_with_its_row_column_and_problems(string kind)
    {
        await using var database = await StoredAsync(kind);
        await database.ExecuteAsync("UPDATE stamm_projects SET project = '{\"kind\": \"project\"}'");

        var error = await LoadingFailsAsync(database);

        error.Table.Should().Be("stamm_projects");
        error.Row.Should().Be($"project_id = '{ProjectId}'");
        error.Column.Should().Be("project");
        error.Problems.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task A_currency_code_the_model_does_not_know_is_reported_with_its_row_and_column(string kind)
    {
        await using var database = await StoredAsync(kind);
        await database.ExecuteAsync("UPDATE stamm_contributions SET currency = 'XXZ' WHERE position = 0");

        var error = await LoadingFailsAsync(database);

        error.Table.Should().Be("stamm_contributions");
        error.Row.Should().Be($"project_id = '{ProjectId}', position = 0");
        error.Column.Should().Be("currency");
        error.Message.Should().Contain("'XXZ'");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task An_event_document_that_does_not_read_is_reported_with_its_row_and_column(string kind)
    {
        await using var database = await StoredWithCasesAsync(kind);
        await database.ExecuteAsync("UPDATE stamm_case_events SET event = '{\"kind\": \"approved\"}' WHERE sequence = 2 AND case_id = 'B'");

        var error = await LoadingFailsAsync(database);

        error.Table.Should().Be("stamm_case_events");
        error.Row.Should().MatchRegex(@"^id = \d+$");
        error.Column.Should().Be("event");
        error.Problems.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task An_event_row_whose_kind_disagrees_with_its_document_is_reported(string kind)
    {
        await using var database = await StoredWithCasesAsync(kind);
        await database.ExecuteAsync("UPDATE stamm_case_events SET kind = 'Approved' WHERE sequence = 1 AND case_id = 'A'");

        var error = await LoadingFailsAsync(database);

        error.Table.Should().Be("stamm_case_events");
        error.Column.Should().Be("kind");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task An_event_the_domain_refuses_after_those_before_it_is_reported_with_its_row(string kind)
    {
        // Case B's evaluation and submission swap places in the log: each document reads, but the fold refuses them.
        await using var database = await StoredWithCasesAsync(kind);
        await database.ExecuteAsync("UPDATE stamm_case_events SET position = -1 WHERE case_id = 'B' AND sequence = 1");
        await database.ExecuteAsync("UPDATE stamm_case_events SET position = position - 1 WHERE case_id = 'B' AND sequence = 2");
        await database.ExecuteAsync("UPDATE stamm_case_events SET position = (SELECT position + 1 FROM stamm_case_events WHERE case_id = 'B' AND sequence = 2) WHERE case_id = 'B' AND sequence = 1");

        var error = await LoadingFailsAsync(database);

        error.Table.Should().Be("stamm_case_events");
        error.Column.Should().Be("event");
        error.Problems.Should().NotBeEmpty();
    }

    private static async Task<TestDatabase> StoredAsync(string kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await StorageTests.AddAsync(database, IllustrativeFacility.EmptyPortfolio());
        return database;
    }

    /// <summary>Case A submitted and evaluated; case B evaluated and approved.</summary>
    private static async Task<TestDatabase> StoredWithCasesAsync(string kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        var portfolio = IllustrativeFacility.EmptyPortfolio()
            .SubmitAndEvaluate(Request("A"), Hours(1)).OrThrow()
            .SubmitAndEvaluate(Request("B"), Hours(2)).OrThrow()
            .Approve("B", 1_000m, Hours(3)).OrThrow();
        await StorageTests.AddAsync(database, portfolio);
        return database;
    }

    private static async Task<StoredRowException> LoadingFailsAsync(TestDatabase database)
    {
        var load = () => StorageTests.LoadAsync(database, ProjectId);
        return (await load.Should().ThrowAsync<StoredRowException>()).Which;
    }
}
