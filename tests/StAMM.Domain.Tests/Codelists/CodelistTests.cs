using System.Globalization;
using System.Xml.Linq;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;

namespace StAMM.Domain.Tests.Codelists;

/// <summary>
/// The codelists compiled into the library agree with the IATI XML files they were generated from, so a refreshed
/// XML file without a regenerated table (or a hand edit of the table) fails here.
/// </summary>
public sealed class CodelistTests
{
    [Fact]
    public void The_countries_are_exactly_those_of_the_IATI_Country_codelist() =>
        Country.All.Select(c => new Entry(c.Code, c.Name, c.IsWithdrawn))
            .Should().BeEquivalentTo(Read("Country.xml"));

    [Fact]
    public void The_currencies_are_exactly_those_of_the_IATI_Currency_codelist() =>
        Currency.All.Select(c => new Entry(c.Code, c.Name, c.IsWithdrawn))
            .Should().BeEquivalentTo(Read("Currency.xml"));

    [Fact]
    public void The_regions_are_exactly_those_of_the_IATI_Region_codelist() =>
        IatiRegion.All.Select(r => new Entry(r.Code.ToString(CultureInfo.InvariantCulture), r.Name, r.IsWithdrawn))
            .Should().BeEquivalentTo(Read("Region.xml"));

    [Fact]
    public void The_codelist_files_are_not_empty()
    {
        // Guards the three tests above against passing on two empty lists.
        Read("Country.xml").Should().HaveCountGreaterThan(200);
        Read("Currency.xml").Should().HaveCountGreaterThan(100);
        Read("Region.xml").Should().HaveCountGreaterThan(10);
    }

    [Fact]
    public void The_country_codelist_marks_some_codes_withdrawn() =>
        Read("Country.xml").Should().Contain(e => e.Withdrawn);

    private static List<Entry> Read(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Codelists", file);
        var document = XDocument.Load(path);
        return
        [
            .. document.Descendants("codelist-item").Select(item => new Entry(
                item.Element("code")!.Value.Trim(),
                item.Element("name")!.Elements("narrative").First().Value.Trim(),
                (string?)item.Attribute("status") == "withdrawn")),
        ];
    }

    private sealed record Entry(string Code, string Name, bool Withdrawn);
}
