#region usings
using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Geography;
using StAMM.Domain.Iati.Export;
using StAMM.Domain.Iati.Import;
using StAMM.Domain.Iati.Reading;
using StAMM.Domain.Iati.Validation;
using StAMM.Domain.Organisations;
#endregion

namespace StAMM.Domain.Guides;

/// <summary>docs/guides/iati.md: publishing to and importing from IATI.</summary>
public static class Iati
{
    /// <summary>Writes the StAMM project as IATI 2.03 activity XML.</summary>
    public static string Export(IClock clock)
    {
        #region export
        // Your organisation's IATI identifier; this one is a made-up example.
        var publisher = IatiReportingOrganisation.For(Stamm.Icmpd, OrganisationIdentifier.Parse("XI-EXAMPLE-ICMPD"));
        var options = new IatiExportOptions(publisher, clock) { KosovoDesignation = KosovoDesignation.EuropeanUnion };

        var xml = IatiExport.ToXml(Stamm.Project, options);
        #endregion
        return xml;
    }

    /// <summary>Checks a file against the IATI 2.03 schema and the standard ruleset.</summary>
    public static IatiValidationReport Check(string xml, IClock clock)
    {
        #region check
        // XI-EXAMPLE, the made-up prefix of this example, is no registration agency: accept it as a known prefix.
        var options = new IatiValidatorOptions(clock).AcceptingOrganisationIdentifierPrefixes(["XI-EXAMPLE"]);
        var validator = new IatiValidator(options);
        var report = validator.ValidateXml(xml);

        Console.WriteLine($"{report.ActivityCount} activities, valid: {report.IsValid}, findings: {report.Findings.Length}");
        foreach (var finding in report.Findings)
            Console.WriteLine(finding);
        #endregion
        return report;
    }

    /// <summary>Reads every activity of a file, one at a time.</summary>
    public static void Import(Stream file)
    {
        #region import
        try
        {
            foreach (var activity in IatiImport.ReadActivities(file))
            {
                Console.WriteLine($"{activity.Identifier}: {activity.Title} ({activity.Status}, {activity.Period?.Start})");
                foreach (var problem in activity.Problems)
                    Console.WriteLine($"  {problem}");
            }
        }
        catch (IatiFileException e)
        {
            Console.WriteLine($"unreadable ({e.Problem}): {e.Message}");
        }
        #endregion
    }
}
