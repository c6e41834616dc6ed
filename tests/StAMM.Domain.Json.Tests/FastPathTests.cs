using StAMM.Domain.Json.Contracts;

namespace StAMM.Domain.Json.Tests;

/// <summary>How documents are written: System.Text.Json's source-generated fast path.</summary>
public sealed class FastPathTests
{
    // System.Text.Json runs the generated SerializeHandler only when the context's options have no Converters; one
    // converter there (such as an enum converter) puts every document back on the slower metadata path, silently.
    [Fact]
    public void The_contracts_context_has_no_converters_so_the_generated_fast_path_writes_every_document() =>
        StammJsonContext.Default.Options.Converters.Should().BeEmpty();

    [Fact]
    public void An_enum_value_is_written_as_its_camel_case_name() =>
        EnumNames.Of(Activities.VenueMode.InPerson).Should().Be("inPerson");
}
