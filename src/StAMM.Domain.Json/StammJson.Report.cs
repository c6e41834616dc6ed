using System.Buffers;
using Ardalis.GuardClauses;
using StAMM.Domain.Reporting;

namespace StAMM.Domain.Json;

/// <content>
/// The report document, written from a <see cref="PortfolioReport"/> and not read back: the report's scope and every
/// figure, unknown parts as unknown (null or a count of what is unknown, never zero), and the Kosovo designation where
/// Kosovo appears.
/// </content>
public static partial class StammJson
{
    /// <summary>The <c>kind</c> of a report document (written only).</summary>
    public const string ReportKind = Json.DocumentKinds.Report;

    /// <summary>Writes a report document as text.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <returns>The JSON text, ending with a line feed when indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string WriteReport(PortfolioReport report, JsonWriteOptions? options = null) => WriteText(Guard.Against.Null(report), options);

    /// <summary>Writes a report document as UTF-8, such as to a pipe, the bytes of its text form.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="utf8Json"/> is null.</exception>
    public static void WriteReport(PortfolioReport report, IBufferWriter<byte> utf8Json, JsonWriteOptions? options = null) =>
        WriteDocument(Guard.Against.Null(report), Guard.Against.Null(utf8Json), options);

    /// <summary>Writes a report document as UTF-8 to a stream, which stays open, the bytes of its text form.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="utf8Json"/> is null.</exception>
    public static void WriteReport(PortfolioReport report, Stream utf8Json, JsonWriteOptions? options = null) =>
        WriteDocument(Guard.Against.Null(report), Guard.Against.Null(utf8Json), options);

    /// <summary>
    /// Writes a report document as UTF-8 to a stream without blocking: the document is written to memory, then to the stream
    /// asynchronously, and the stream is flushed; it stays open.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The writing was cancelled.</exception>
    public static Task WriteReportAsync(PortfolioReport report, Stream utf8Json, JsonWriteOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteAsync(Guard.Against.Null(report), utf8Json, options, cancellationToken);
}
