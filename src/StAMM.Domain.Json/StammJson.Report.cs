using System.Text;
using Ardalis.GuardClauses;
using StAMM.Domain.Reporting;

namespace StAMM.Domain.Json;

/// <content>The report document: written from a <see cref="PortfolioReport"/>, not read back.</content>
public static partial class StammJson
{
    /// <summary>The <c>kind</c> of a report document (written only).</summary>
    public const string ReportKind = Json.DocumentKinds.Report;

    /// <summary>
    /// Writes a report document as indented text: the report's scope and every figure, unknown parts as unknown (null
    /// or a count of what is unknown, never zero), and the Kosovo designation where Kosovo appears.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string WriteReport(PortfolioReport report) => WriteReport(report, JsonWriteOptions.Default);

    /// <summary>Writes a report document as text.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">How to write.</param>
    /// <returns>The JSON text, ending with a line feed when indented.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string WriteReport(PortfolioReport report, JsonWriteOptions options) =>
        WriteText(Guard.Against.Null(report), options);

    /// <summary>Writes a report document as indented UTF-8 to a stream, which stays open.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteReport(PortfolioReport report, Stream utf8Json)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(utf8Json);
        utf8Json.Write(Encoding.UTF8.GetBytes(WriteReport(report)));
    }
}
