using CsCheck;
using StAMM.Domain.Json.Reading;

namespace StAMM.Domain.Json.Tests;

/// <summary>A path kept as parent and segment reads as the same text as one written out segment by segment.</summary>
public sealed class ValuePathTests
{
    private static readonly Gen<string> Name = Gen.OneOf(
        Gen.String[Gen.Char["abcXYZ09_$"], 1, 8],
        Gen.String[Gen.Char["ab c'\\.[]9"], 0, 8]);

    // A segment is a property name, or an index (for an item of an array).
    private static readonly Gen<(string? Name, int Index)> Segment = Gen.OneOf(
        Name.Select(n => ((string?)n, -1)),
        Gen.Int[0, 20_000].Select(i => ((string?)null, i)));

    [Fact]
    public void A_path_built_on_demand_reads_as_the_path_written_out_at_once() => Segment.Array[0, 8].Sample(segments =>
    {
        ValuePath lazy = JsonPath.Root;
        var eager = JsonPath.Root;
        foreach (var (name, index) in segments)
        {
            lazy = name is null ? lazy.Index(index) : lazy.Property(name);
            eager = name is null ? JsonPath.Index(eager, index) : JsonPath.Property(eager, name);
        }

        lazy.ToString().Should().Be(eager);
    });

    [Fact]
    public void Paths_below_a_shared_node_read_from_the_node_text()
    {
        var node = new PathNode(((ValuePath)JsonPath.Root).Property("activities").Index(2));

        ValuePath.Under(node, "period").Property("end").ToString().Should().Be("$.activities[2].period.end");
        ValuePath.Under(node, "a b").Index(0).ToString().Should().Be("$.activities[2]['a b'][0]");
    }
}
