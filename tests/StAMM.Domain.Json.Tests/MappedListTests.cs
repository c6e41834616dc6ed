using System.Collections.Immutable;
using StAMM.Domain.Json.Writing;

namespace StAMM.Domain.Json.Tests;

/// <summary>The lazily mapped lists that writers hand to the serializer.</summary>
public sealed class MappedListTests
{
    [Fact]
    public void Every_enumeration_maps_every_item_in_order_even_nested_in_another()
    {
        var list = new MappedList<int, string>([1, 2, 3], i => $"#{i}");
        var pairs = new List<string>();
        foreach (var outer in list)
        {
            foreach (var inner in list)
            {
                pairs.Add(outer + inner);
            }
        }

        pairs.Should().Equal("#1#1", "#1#2", "#1#3", "#2#1", "#2#2", "#2#3", "#3#1", "#3#2", "#3#3");
        list.Should().Equal("#1", "#2", "#3");
    }

    [Fact]
    public void An_empty_list_enumerates_nothing() =>
        new MappedList<int, string>(ImmutableArray<int>.Empty, i => $"#{i}").Should().BeEmpty();
}
