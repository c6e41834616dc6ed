using StAMM.Domain.BuiltIn;

namespace StAMM.Domain.Json.Tests;

/// <summary>
/// The reader matches enum names and a family's discriminator on the document's raw bytes, and keeps its working
/// lists per thread between reads: a value written with escapes still means its text, and one read on a thread leaves
/// nothing to the next.
/// </summary>
public sealed class ReadShortcutTests
{
    private static readonly string Project = StammJson.WriteProject(Stamm.Project);

    private static readonly string UnknownStatus = Patch(Project, "\"status\": \"implementation\"", "\"status\": \"unheard\"");

    [Fact]
    public void An_enum_name_written_with_an_escape_is_read_as_its_member()
    {
        var json = Patch(Project, "\"status\": \"implementation\"", "\"status\": \"\\u0069mplementation\"");

        var project = StammJson.ReadProject(json).OrThrow();

        StammJson.WriteProject(project).Should().Be(Project);
    }

    [Fact]
    public void A_venue_mode_written_with_an_escape_chooses_its_form()
    {
        var json = Patch(Project, "\"mode\": \"inPerson\"", "\"mode\": \"\\u0069nPerson\"");

        var project = StammJson.ReadProject(json).OrThrow();

        StammJson.WriteProject(project).Should().Be(Project);
    }

    [Fact]
    public void A_failed_read_leaves_no_problem_to_the_next_read_on_its_thread()
    {
        StammJson.ReadProject(UnknownStatus).Problems.Should().ContainSingle();

        StammJson.ReadProject(Project).Problems.Should().BeEmpty();
        StammJson.ReadProject(UnknownStatus).Problems.Should().ContainSingle().Which.Path.Should().Be("$.status");
    }

    [Fact]
    public void Reads_on_many_threads_at_once_each_report_their_own_document()
    {
        var counts = new int[64];

        Parallel.For(0, counts.Length, i => counts[i] = StammJson.ReadProject(i % 2 == 0 ? Project : UnknownStatus).Problems.Length);

        counts.Should().Equal(Enumerable.Range(0, counts.Length).Select(i => i % 2));
    }

    /// <summary>The document with the first <paramref name="find"/> replaced.</summary>
    private static string Patch(string json, string find, string replace)
    {
        var at = json.IndexOf(find, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0);
        return string.Concat(json.AsSpan(0, at), replace, json.AsSpan(at + find.Length));
    }
}
