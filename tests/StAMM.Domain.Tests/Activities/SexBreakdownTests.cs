using CsCheck;
using StAMM.Domain.Activities;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Activities;

public sealed class SexBreakdownTests
{
    /// <summary>Any non-negative count, with zero, one and the largest int often, since those are where sums go wrong.</summary>
    private static readonly Gen<int> Counts = Gen.OneOf(Gen.Const(0), Gen.Const(1), Gen.Const(int.MaxValue), Gen.Int[0, int.MaxValue]);

    [Fact]
    public void A_breakdown_keeps_its_counts_and_sums_them()
    {
        var breakdown = SexBreakdown.Create(7, 8).Should().BeValid().Which;
        breakdown.Female.Should().Be(7);
        breakdown.Male.Should().Be(8);
        breakdown.Other.Should().Be(0);
        breakdown.Total.Should().Be(15);
    }

    [Theory]
    [InlineData(-1, 0, 0, "female")]
    [InlineData(0, -1, 0, "male")]
    [InlineData(0, 0, -1, "other")]
    public void A_negative_count_is_rejected(int female, int male, int other, string path) =>
        SexBreakdown.Create(female, male, other).Should().FailWithExactly(ProblemCodes.OutOfRange, path);

    [Fact]
    public void Every_negative_count_is_reported_at_once() =>
        SexBreakdown.Create(-1, -2, -3).Should().FailWithExactly(
            (ProblemCodes.OutOfRange, "female"),
            (ProblemCodes.OutOfRange, "male"),
            (ProblemCodes.OutOfRange, "other"));

    [Theory]
    [InlineData(int.MaxValue, 1, 0)]
    [InlineData(int.MaxValue, 0, 1)]
    [InlineData(0, int.MaxValue, int.MaxValue)]
    [InlineData(1, 0, int.MaxValue)]
    public void Counts_whose_total_exceeds_the_largest_int_are_rejected(int female, int male, int other) =>
        SexBreakdown.Create(female, male, other).Should().FailWithExactly(ProblemCodes.OutOfRange, "");

    [Fact]
    public void Non_negative_counts_are_accepted_exactly_when_their_total_fits_and_the_total_is_their_sum() =>
        Gen.Select(Counts, Counts, Counts).Sample((female, male, other) =>
        {
            var sum = (long)female + male + other;
            var result = SexBreakdown.Create(female, male, other);
            result.IsValid.Should().Be(sum <= int.MaxValue);
            if (result.IsValid)
            {
                result.OrThrow().Total.Should().Be((int)sum);
            }
        });

    [Fact]
    public void Small_non_negative_counts_are_accepted() =>
        Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, 10_000], Gen.Int[0, 10_000]).Sample((female, male, other) =>
            SexBreakdown.Create(female, male, other).Should().BeValid().Which.Total.Should().Be(female + male + other));

    [Fact]
    public void Breakdowns_with_equal_counts_are_equal()
    {
        var a = SexBreakdown.Create(1, 2, 3).OrThrow();
        var b = SexBreakdown.Create(1, 2, 3).OrThrow();
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Breakdowns_with_different_counts_differ() =>
        SexBreakdown.Create(1, 2).OrThrow().Should().NotBe(SexBreakdown.Create(2, 1).OrThrow());

    [Fact]
    public void With_on_a_breakdown_only_copies()
    {
        // The counts are get-only, so `with { Female = -1 }` does not compile.
        var breakdown = SexBreakdown.Create(1, 2).OrThrow();
        var copy = breakdown with { };
        copy.Should().Be(breakdown);
    }
}
