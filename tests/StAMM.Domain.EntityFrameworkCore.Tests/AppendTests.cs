using StAMM.Domain.Cases;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Testing;
using static StAMM.Domain.EntityFrameworkCore.Tests.Facility;

namespace StAMM.Domain.EntityFrameworkCore.Tests;

/// <summary>Append-only events with optimistic concurrency per case and per contribution.</summary>
public sealed class AppendTests
{
    private static readonly string ProjectId = IllustrativeFacility.EmptyPortfolio().Project.Identifier;

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task Appended_events_load_with_the_portfolio_equal_to_the_changed_one(string kind)
    {
        await using var database = await StoredAsync(kind);
        var loaded = (await StorageTests.LoadAsync(database, ProjectId))!;
        var changed = loaded.SubmitAndEvaluate(Request("A"), Hours(1)).OrThrow().Approve("A", 5_000m, Hours(2)).OrThrow();

        var stored = await AppendAsync(database, loaded, changed);

        stored.IsT0.Should().BeTrue();
        (await StorageTests.LoadAsync(database, ProjectId)).Should().Be(changed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task An_append_decided_on_a_case_another_writer_changed_is_a_conflict_and_stores_nothing(string kind)
    {
        await using var database = await StoredAsync(kind, p => p.SubmitAndEvaluate(Request("A"), Hours(1)).OrThrow());
        var loaded = (await StorageTests.LoadAsync(database, ProjectId))!;
        var first = loaded.Approve("A", 1_000m, Hours(2)).OrThrow();
        var second = loaded.Append(loaded.FindCase("A")!.Withdraw("No longer needed.", Hours(2), IllustrativeFacility.Requester).OrThrow().Event).OrThrow();
        (await AppendAsync(database, loaded, first)).IsT0.Should().BeTrue();

        var lost = await AppendAsync(database, loaded, second);

        lost.IsT1.Should().BeTrue();
        lost.AsT1.Message.Should().Contain("'A'");
        (await StorageTests.LoadAsync(database, ProjectId)).Should().Be(first);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task Two_approvals_that_together_exceed_a_contribution_cannot_both_be_stored(string kind)
    {
        // Each approval alone fits the Czech contribution (EUR 50,000); together they do not.
        await using var database = await StoredAsync(kind, p => p
            .SubmitAndEvaluate(Request("A"), Hours(1)).OrThrow()
            .SubmitAndEvaluate(Request("B"), Hours(1)).OrThrow());
        var loaded = (await StorageTests.LoadAsync(database, ProjectId))!;
        var approveA = loaded.Approve("A", 30_000m, Hours(2)).OrThrow();
        var approveB = loaded.Approve("B", 30_000m, Hours(2)).OrThrow();
        (await AppendAsync(database, loaded, approveA)).IsT0.Should().BeTrue();

        var lost = await AppendAsync(database, loaded, approveB);

        lost.IsT1.Should().BeTrue();
        lost.AsT1.Message.Should().Contain("balance");
        var stored = (await StorageTests.LoadAsync(database, ProjectId))!;
        stored.Should().Be(approveA);
        stored.Balances[1].Available!.Amount.Should().Be(20_000m);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task A_change_that_lost_a_race_is_decided_again_on_the_portfolio_as_stored(string kind)
    {
        await using var database = await StoredAsync(kind, p => p
            .SubmitAndEvaluate(Request("A"), Hours(1)).OrThrow()
            .SubmitAndEvaluate(Request("B"), Hours(1)).OrThrow());
        var racing = true;

        await using var db = database.Context();
        var result = await new StammStore(db).ChangeAsync(ProjectId, p =>
        {
            if (racing)
            {
                // Another writer approves A between this change's load and its append.
                racing = false;
                StoreAsync(database, p, p.Approve("A", 30_000m, Hours(2)).OrThrow()).GetAwaiter().GetResult();
            }

            return p.Approve("B", 30_000m, Hours(2));
        });

        result.IsT1.Should().BeTrue("decided again on the stored portfolio, B's approval exceeds what A left");
        result.AsT1.Contains(CaseProblemCodes.BalanceExceeded).Should().BeTrue(result.AsT1.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task Concurrent_approvals_against_one_contribution_never_commit_more_than_its_amount(string kind)
    {
        // Eight writers, each with its own context, approve EUR 10,000 of the EUR 50,000 contribution at once.
        var ids = Enumerable.Range(0, 8).Select(i => $"C{i}").ToArray();
        await using var database = await StoredAsync(kind, p => ids.Aggregate(p, (q, id) => q.SubmitAndEvaluate(Request(id), Hours(1)).OrThrow()));

        var results = await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            await using var db = database.Context();
            return await new StammStore(db).ChangeAsync(ProjectId, p => p.Approve(id, 10_000m, Hours(2)));
        })));

        var stored = (await StorageTests.LoadAsync(database, ProjectId))!;
        var approved = stored.Cases.Where(c => c.State == CaseState.Approved).Select(c => c.Identifier).ToList();
        approved.Should().HaveCount(5);
        stored.Balances[1].Available!.Amount.Should().Be(0m);
        results.Count(r => r.IsT0).Should().Be(approved.Count);
        results.Where(r => !r.IsT0).Should().OnlyContain(r => r.IsT2 || r.AsT1.Contains(CaseProblemCodes.BalanceExceeded));
    }

    [Fact]
    public async Task A_changed_portfolio_that_does_not_extend_the_loaded_one_is_refused_as_a_programming_error()
    {
        await using var database = await StoredAsync(TestDatabase.Sqlite);
        var loaded = (await StorageTests.LoadAsync(database, ProjectId))!;
        var other = loaded.SubmitAndEvaluate(Request("A"), Hours(1)).OrThrow();

        var append = () => AppendAsync(database, other, loaded);

        await append.Should().ThrowAsync<ArgumentException>();
    }

    private static async Task<TestDatabase> StoredAsync(string kind, Func<Portfolio, Portfolio>? cases = null)
    {
        var database = await TestDatabase.CreateAsync(kind);
        var portfolio = IllustrativeFacility.EmptyPortfolio();
        await StorageTests.AddAsync(database, cases is null ? portfolio : cases(portfolio));
        return database;
    }

    private static async Task<OneOf.OneOf<Portfolio, StoreConflict>> AppendAsync(TestDatabase database, Portfolio loaded, Portfolio changed)
    {
        await using var db = database.Context();
        return await new StammStore(db).AppendAsync(loaded, changed);
    }

    private static async Task StoreAsync(TestDatabase database, Portfolio loaded, Portfolio changed) =>
        (await AppendAsync(database, loaded, changed)).IsT0.Should().BeTrue();
}
