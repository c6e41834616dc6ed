using CsCheck;
using Microsoft.EntityFrameworkCore;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Testing;

namespace StAMM.Domain.EntityFrameworkCore.Tests;

public sealed class StorageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task An_empty_portfolio_loads_equal_to_the_one_stored(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var portfolio = IllustrativeFacility.EmptyPortfolio();

        await AddAsync(database, portfolio);

        (await LoadAsync(database, portfolio.Project.Identifier)).Should().Be(portfolio);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task A_portfolio_with_cases_loads_equal_to_the_one_stored(string kind)
    {
        // Generated lives of cases (every kind of event, some at the same instant), each in a database of its own.
        var samples = Generate.Portfolio.Sized(2, 6, 40).Where(p => !p.Events.IsEmpty).Array[kind == TestDatabase.Sqlite ? 6 : 3].Single();
        foreach (var portfolio in samples)
        {
            await using var database = await TestDatabase.CreateAsync(kind);
            await AddAsync(database, portfolio);

            var loaded = await LoadAsync(database, portfolio.Project.Identifier);

            loaded.Should().Be(portfolio);
            loaded!.Balances.Should().Equal(portfolio.Balances);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task Loading_a_project_never_stored_gives_null(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);

        (await LoadAsync(database, "XM-NEVER-STORED")).Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task Adding_a_portfolio_of_a_project_stored_already_is_a_conflict(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await AddAsync(database, IllustrativeFacility.EmptyPortfolio());

        await using var db = database.Context();
        var again = await new StammStore(db).AddAsync(IllustrativeFacility.EmptyPortfolio());

        again.IsT1.Should().BeTrue();
        again.AsT1.Message.Should().Contain("stored already");
    }

    [Fact]
    public async Task A_context_without_the_StAMM_model_is_refused_with_the_call_to_add()
    {
        await using var database = await TestDatabase.EmptyAsync(TestDatabase.Sqlite);
        await using var db = new DbContext(database.Options<DbContext>().Options);

        var create = () => new StammStore(db);

        create.Should().Throw<ArgumentException>().WithMessage("*ApplyStammModel()*");
    }

    internal static async Task AddAsync(TestDatabase database, Portfolio portfolio)
    {
        await using var db = database.Context();
        var added = await new StammStore(db).AddAsync(portfolio);
        added.IsT0.Should().BeTrue(added.IsT1 ? added.AsT1.Message : null);
    }

    internal static async Task<Portfolio?> LoadAsync(TestDatabase database, string projectId)
    {
        await using var db = database.Context();
        return await new StammStore(db).LoadAsync(projectId);
    }
}
