using System.Text;
using System.Xml;
using System.Xml.Schema;
using NodaTime;
using NodaTime.Testing;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Iati.Export;
using StAMM.Domain.Iati.Validation;
using StAMM.Domain.Organisations;

namespace StAMM.Domain.Iati.Tests;

/// <summary>Shared fixtures: a fixed clock, example options, and the official XSDs loaded from disk.</summary>
internal static class Support
{
    /// <summary>A fixed "now": 1 March 2026, noon UTC.</summary>
    public static FakeClock Clock { get; } = new(Instant.FromUtc(2026, 3, 1, 12, 0));

    /// <summary>An example publisher identifier; the tests never claim it is ICMPD's.</summary>
    public static OrganisationIdentifier ExampleRef { get; } = OrganisationIdentifier.Parse("XI-EXAMPLE-ICMPD");

    public static IatiExportOptions Options { get; } = new(IatiReportingOrganisation.For(Stamm.Icmpd, ExampleRef), Clock);

    /// <summary>The checker, accepting the example's made-up registration agency <c>XI-EXAMPLE</c> besides the embedded codelist.</summary>
    public static IatiValidator Validator { get; } = new(new IatiValidatorOptions(Clock).AcceptingOrganisationIdentifierPrefixes(["XI-EXAMPLE"]));

    public static string StammXml() => IatiExport.ToXml(Stamm.Project, Options);

    /// <summary>Validates with a schema set built here from the three official XSD files, not through the package.</summary>
    public static List<string> XsdErrors(string xml)
    {
        // The include of iati-common.xsd and the import of xml.xsd resolve to the files beside it, on disk.
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        var folder = Path.Combine(AppContext.BaseDirectory, "OfficialSchema");
        set.Add(null, Path.Combine(folder, "iati-activities-schema.xsd"));
        set.Compile();
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = set, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    public static Stream Utf8(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));
}
