using CsCheck;
using StAMM.Domain.Geography;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Geography;

public sealed class GeographicScopeTests
{
    private static readonly Country AL = Country.Albania;
    private static readonly Country BA = Country.BosniaAndHerzegovina;
    private static readonly Country RS = Country.Serbia;
    private static readonly Country AT = Country.Austria;

    /// <summary>Valid scopes over random country sets: national, multi-country or regional.</summary>
    private static readonly Gen<(GeographicScope Scope, Country[] Countries)> Scopes =
        Gen.Select(Generate.DistinctCountries(1, 40), Gen.Bool).Select((countries, regional) =>
        {
            var kind = regional ? ScopeKind.Regional : countries.Length == 1 ? ScopeKind.National : ScopeKind.MultiCountry;
            return (GeographicScope.Create(kind, countries).OrThrow(), countries);
        });

    // Kinds

    [Fact]
    public void A_national_scope_of_one_country_is_valid()
    {
        var scope = GeographicScope.Create(ScopeKind.National, [BA]).Should().BeValid().Which;
        scope.Kind.Should().Be(ScopeKind.National);
        scope.Countries.Should().Equal(BA);
    }

    [Fact]
    public void National_makes_a_national_scope() =>
        GeographicScope.National(BA).Should().Be(GeographicScope.Create(ScopeKind.National, [BA]).OrThrow());

    [Fact]
    public void A_national_scope_of_two_countries_is_rejected() =>
        GeographicScope.Create(ScopeKind.National, [AL, BA]).Should().FailWithExactly(ProblemCodes.ScopeCountryCount, "countries");

    [Fact]
    public void A_national_scope_of_no_country_is_rejected() =>
        GeographicScope.Create(ScopeKind.National, []).Should().FailWithExactly(ProblemCodes.ScopeCountryCount, "countries");

    [Fact]
    public void A_multi_country_scope_of_two_countries_is_valid() =>
        GeographicScope.Create(ScopeKind.MultiCountry, [AL, BA]).Should().BeValid().Which.Countries.Should().Equal(AL, BA);

    [Fact]
    public void A_multi_country_scope_of_one_country_is_rejected() =>
        GeographicScope.Create(ScopeKind.MultiCountry, [AL]).Should().FailWithExactly(ProblemCodes.ScopeCountryCount, "countries");

    [Fact]
    public void A_regional_scope_of_one_country_is_valid() =>
        GeographicScope.Create(ScopeKind.Regional, [AL]).Should().BeValid().Which.Kind.Should().Be(ScopeKind.Regional);

    [Fact]
    public void A_regional_scope_of_no_country_is_rejected() =>
        GeographicScope.Create(ScopeKind.Regional, []).Should().FailWithExactly(ProblemCodes.ScopeCountryCount, "countries");

    [Fact]
    public void A_regional_scope_may_name_an_IATI_region() =>
        GeographicScope.Create(ScopeKind.Regional, [AL, BA], region: IatiRegion.EuropeRegional).Should().BeValid().Which
            .Region.Should().Be(IatiRegion.EuropeRegional);

    [Theory]
    [InlineData(ScopeKind.National)]
    [InlineData(ScopeKind.MultiCountry)]
    public void Only_a_regional_scope_names_an_IATI_region(ScopeKind kind)
    {
        Country[] countries = kind == ScopeKind.National ? [AL] : [AL, BA];
        GeographicScope.Create(kind, countries, region: IatiRegion.EuropeRegional).Should().FailWithExactly(ProblemCodes.NotAllowed, "region");
    }

    [Fact]
    public void A_country_named_twice_is_rejected_at_its_second_position() =>
        GeographicScope.Create(ScopeKind.MultiCountry, [AL, BA, AL]).Should().FailWithExactly(ProblemCodes.Duplicate, "countries[2]");

    [Fact]
    public void Regional_over_a_group_takes_the_groups_countries_and_region()
    {
        var scope = GeographicScope.Regional(CountryGroup.WesternBalkans);
        scope.Kind.Should().Be(ScopeKind.Regional);
        scope.Countries.Should().Equal(CountryGroup.WesternBalkans.Countries);
        scope.Region.Should().Be(IatiRegion.EuropeRegional);
    }

    [Fact]
    public void A_scope_is_shown_as_kind_and_ordered_codes() =>
        GeographicScope.Regional(CountryGroup.WesternBalkans).ToString().Should().Be("Regional: AL, BA, ME, MK, RS, XK");

    // Shares

    [Fact]
    public void Three_shares_of_33_33_are_accepted() =>
        GeographicScope.Create(ScopeKind.MultiCountry, [AL, BA, RS], [(AL, 33.33m), (BA, 33.33m), (RS, 33.33m)])
            .Should().BeValid().Which.ShareOf(BA).Should().Be(33.33m);

    [Fact]
    public void Shares_of_175_countries_of_a_seventh_each_of_a_quarter_are_accepted()
    {
        var countries = Country.All.Take(175).ToArray();
        var shares = countries.Select(c => (c, 0.5714285714285714m));
        GeographicScope.Create(ScopeKind.MultiCountry, countries, shares).Should().BeValid().Which.Shares.Should().HaveCount(175);
    }

    [Fact]
    public void Shares_summing_to_99_9999999_are_accepted() =>
        GeographicScope.Create(ScopeKind.MultiCountry, [AL, BA], [(AL, 50m), (BA, 49.9999999m)]).Should().BeValid();

    [Fact]
    public void Shares_summing_to_90_are_rejected() =>
        GeographicScope.Create(ScopeKind.MultiCountry, [AL, BA], [(AL, 50m), (BA, 40m)])
            .Should().FailWithExactly(ProblemCodes.SharesSum, "shares");

    [Fact]
    public void Shares_summing_to_more_than_100_are_rejected() =>
        GeographicScope.Create(ScopeKind.MultiCountry, [AL, BA], [(AL, 50m), (BA, 50.02m)])
            .Should().FailWithExactly(ProblemCodes.SharesSum, "shares");

    [Fact]
    public void Shares_within_the_tolerance_of_100_are_accepted_and_others_rejected() =>
        Gen.Decimal[0.01m, 99.99m].Sample(first =>
        {
            var second = 100m - first;
            foreach (var error in new[] { -0.02m, -0.01m, 0m, 0.01m, 0.02m })
            {
                var secondWithError = second + error;
                var result = GeographicScope.Create(ScopeKind.MultiCountry, [AL, BA], [(AL, first), (BA, secondWithError)]);
                if (secondWithError <= 0m)
                {
                    continue;
                }

                result.IsValid.Should().Be(Math.Abs(error) <= GeographicScope.ShareSumTolerance, "shares {0} and {1}", first, secondWithError);
            }
        });

    [Fact]
    public void A_share_for_a_country_outside_the_scope_is_rejected() =>
        GeographicScope.Create(ScopeKind.MultiCountry, [AL, BA], [(AL, 50m), (BA, 40m), (AT, 10m)])
            .Should().FailWithExactly(ProblemCodes.ShareCountryMismatch, "shares[2]");

    [Fact]
    public void A_country_of_the_scope_without_a_share_is_rejected() =>
        GeographicScope.Create(ScopeKind.MultiCountry, [AL, BA, RS], [(AL, 50m), (BA, 50m)])
            .Should().FailWithExactly(ProblemCodes.ShareCountryMismatch, "shares");

    [Fact]
    public void Two_shares_for_one_country_are_rejected() =>
        GeographicScope.Create(ScopeKind.MultiCountry, [AL, BA], [(AL, 25m), (BA, 50m), (AL, 25m)])
            .Should().FailWithExactly(ProblemCodes.Duplicate, "shares[2]");

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    [InlineData(100.01)]
    public void A_share_must_be_above_0_and_at_most_100(double percentage)
    {
        var share = (decimal)percentage;
        GeographicScope.Create(ScopeKind.MultiCountry, [AL, BA], [(AL, share), (BA, 100m)])
            .Should().FailWithExactly(ProblemCodes.OutOfRange, "shares[0].percentage");
    }

    [Fact]
    public void Shares_are_kept_ordered_by_country() =>
        GeographicScope.Create(ScopeKind.MultiCountry, [RS, AL], [(RS, 60m), (AL, 40m)]).OrThrow()
            .Shares.Select(s => s.Country).Should().Equal(AL, RS);

    [Fact]
    public void A_scope_without_shares_has_none() =>
        GeographicScope.Create(ScopeKind.MultiCountry, [AL, BA]).OrThrow().HasShares.Should().BeFalse();

    [Fact]
    public void ShareOf_a_country_outside_the_scope_is_null() =>
        GeographicScope.Create(ScopeKind.MultiCountry, [AL, BA], [(AL, 50m), (BA, 50m)]).OrThrow().ShareOf(RS).Should().BeNull();

    [Fact]
    public void Every_problem_of_a_scope_is_reported_at_once() =>
        GeographicScope.Create(ScopeKind.National, [AL, BA, AL], [(AT, 100m)], IatiRegion.EuropeRegional).Should().FailWithExactly(
            (ProblemCodes.Duplicate, "countries[2]"),
            (ProblemCodes.ScopeCountryCount, "countries"),
            (ProblemCodes.NotAllowed, "region"),
            (ProblemCodes.ShareCountryMismatch, "shares[0]"),
            (ProblemCodes.ShareCountryMismatch, "shares"));

    // Programmer errors and immutability

    [Fact]
    public void Null_countries_throw() =>
        FluentActions.Invoking(() => GeographicScope.Create(ScopeKind.Regional, null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void A_null_country_throws() =>
        FluentActions.Invoking(() => GeographicScope.Create(ScopeKind.MultiCountry, [AL, null!])).Should().Throw<ArgumentException>();

    [Fact]
    public void An_undefined_kind_throws() =>
        FluentActions.Invoking(() => GeographicScope.Create((ScopeKind)99, [AL])).Should().Throw<ArgumentException>();

    [Fact]
    public void A_share_of_a_null_country_throws() =>
        FluentActions.Invoking(() => GeographicScope.Create(ScopeKind.MultiCountry, [AL, BA], [(null!, 50m), (BA, 50m)])).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Changing_the_lists_after_creation_does_not_change_the_scope()
    {
        var countries = new List<Country> { AL, BA };
        var shares = new List<(Country, decimal)> { (AL, 50m), (BA, 50m) };
        var scope = GeographicScope.Create(ScopeKind.MultiCountry, countries, shares).OrThrow();

        countries.Add(RS);
        countries.Remove(AL);
        shares[0] = (AL, 1m);

        scope.Countries.Should().Equal(AL, BA);
        scope.ShareOf(AL).Should().Be(50m);
    }

    [Fact]
    public void With_on_a_share_only_copies()
    {
        // Country and Percentage are get-only, so `with` can only copy.
        var share = GeographicScope.Create(ScopeKind.MultiCountry, [AL, BA], [(AL, 50m), (BA, 50m)]).OrThrow().Shares[0];
        var copy = share with { };
        copy.Should().Be(share);
    }

    // Set operations

    [Fact]
    public void Contains_agrees_with_the_input_countries() =>
        Gen.Select(Scopes, Generate.Country).Sample((s, country) =>
            s.Scope.Contains(country).Should().Be(s.Countries.Contains(country)));

    [Fact]
    public void The_countries_are_the_input_countries_in_code_order() =>
        Scopes.Sample(s => s.Scope.Countries.Should().Equal(s.Countries.OrderBy(c => c.Code, StringComparer.Ordinal)));

    [Fact]
    public void ContainsAll_tells_whether_every_country_is_included() =>
        Gen.Select(Scopes, Generate.DistinctCountries(0, 10)).Sample((s, others) =>
            s.Scope.ContainsAll(others).Should().Be(others.All(s.Countries.Contains)));

    [Fact]
    public void Overlaps_tells_whether_the_intersection_is_not_empty() =>
        Gen.Select(Scopes, Scopes).Sample((a, b) =>
            a.Scope.Overlaps(b.Scope).Should().Be(a.Countries.Intersect(b.Countries).Any()));

    [Fact]
    public void Intersect_agrees_with_LINQ_Intersect() =>
        Gen.Select(Scopes, Scopes).Sample((a, b) =>
        {
            var expected = a.Countries.Intersect(b.Countries).ToArray();
            var intersection = a.Scope.Intersect(b.Scope);
            if (expected.Length == 0)
            {
                intersection.Should().BeNull();
            }
            else
            {
                intersection.Should().NotBeNull();
                intersection!.Countries.Should().BeEquivalentTo(expected);
            }
        });

    [Fact]
    public void An_intersection_of_one_country_is_national_and_of_more_is_multi_country() =>
        Gen.Select(Scopes, Scopes).Where((a, b) => a.Countries.Intersect(b.Countries).Any()).Sample((a, b) =>
        {
            var intersection = a.Scope.Intersect(b.Scope)!;
            intersection.Kind.Should().Be(intersection.Countries.Count == 1 ? ScopeKind.National : ScopeKind.MultiCountry);
        });

    [Fact]
    public void Union_agrees_with_LINQ_Union() =>
        Gen.Select(Scopes, Scopes).Sample((a, b) =>
            a.Scope.Union(b.Scope).Countries.Should().BeEquivalentTo(a.Countries.Union(b.Countries)));

    [Fact]
    public void Union_is_commutative() =>
        Gen.Select(Scopes, Scopes).Sample((a, b) => a.Scope.Union(b.Scope).Should().Be(b.Scope.Union(a.Scope)));

    [Fact]
    public void Intersect_is_commutative() =>
        Gen.Select(Scopes, Scopes).Sample((a, b) => a.Scope.Intersect(b.Scope).Should().Be(b.Scope.Intersect(a.Scope)));

    [Fact]
    public void A_scope_intersected_with_itself_has_its_own_countries() =>
        Scopes.Sample(s => s.Scope.Intersect(s.Scope)!.Countries.Should().Equal(s.Scope.Countries));

    [Fact]
    public void A_scope_covers_exactly_the_scopes_whose_countries_it_contains() =>
        Gen.Select(Scopes, Scopes).Sample((a, b) =>
            a.Scope.Covers(b.Scope).Should().Be(b.Countries.All(a.Countries.Contains)));

    [Fact]
    public void The_union_of_two_regional_scopes_of_one_region_keeps_the_region()
    {
        var a = GeographicScope.Create(ScopeKind.Regional, [AL], region: IatiRegion.EuropeRegional).OrThrow();
        var b = GeographicScope.Create(ScopeKind.Regional, [RS], region: IatiRegion.EuropeRegional).OrThrow();
        var union = a.Union(b);
        union.Kind.Should().Be(ScopeKind.Regional);
        union.Region.Should().Be(IatiRegion.EuropeRegional);
    }

    [Fact]
    public void The_union_of_a_regional_and_a_national_scope_is_multi_country() =>
        GeographicScope.Regional(CountryGroup.WesternBalkans).Union(GeographicScope.National(AT)).Kind.Should().Be(ScopeKind.MultiCountry);

    [Fact]
    public void Shares_do_not_carry_over_to_a_union()
    {
        var withShares = GeographicScope.Create(ScopeKind.MultiCountry, [AL, BA], [(AL, 50m), (BA, 50m)]).OrThrow();
        withShares.Union(GeographicScope.National(RS)).HasShares.Should().BeFalse();
    }

    // Equality

    [Fact]
    public void Scope_equality_does_not_depend_on_the_order_of_the_countries() =>
        Scopes.SelectMany(s => Gen.Shuffle(s.Countries).Select(shuffled => (s.Scope, Shuffled: shuffled))).Sample(x =>
        {
            var again = GeographicScope.Create(x.Scope.Kind, x.Shuffled).OrThrow();
            again.Should().Be(x.Scope);
            (again == x.Scope).Should().BeTrue();
            again.GetHashCode().Should().Be(x.Scope.GetHashCode());
        });

    [Fact]
    public void Scope_equality_does_not_depend_on_the_order_of_the_shares()
    {
        var a = GeographicScope.Create(ScopeKind.MultiCountry, [AL, BA, RS], [(AL, 20m), (BA, 30m), (RS, 50m)]).OrThrow();
        var b = GeographicScope.Create(ScopeKind.MultiCountry, [RS, BA, AL], [(RS, 50m), (AL, 20m), (BA, 30m)]).OrThrow();
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Scopes_with_different_countries_differ() =>
        Gen.Select(Scopes, Scopes).Where((a, b) => !a.Countries.ToHashSet().SetEquals(b.Countries)).Sample((a, b) =>
            a.Scope.Should().NotBe(b.Scope));

    [Fact]
    public void Scopes_of_the_same_countries_and_another_kind_differ() =>
        GeographicScope.Create(ScopeKind.MultiCountry, [AL, BA]).OrThrow()
            .Should().NotBe(GeographicScope.Create(ScopeKind.Regional, [AL, BA]).OrThrow());

    [Fact]
    public void Scopes_with_different_shares_differ() =>
        GeographicScope.Create(ScopeKind.MultiCountry, [AL, BA], [(AL, 40m), (BA, 60m)]).OrThrow()
            .Should().NotBe(GeographicScope.Create(ScopeKind.MultiCountry, [AL, BA], [(AL, 60m), (BA, 40m)]).OrThrow());
}
