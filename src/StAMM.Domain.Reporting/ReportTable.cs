using System.Collections.Immutable;

namespace StAMM.Domain.Reporting.Rendering;

/// <summary>
/// One table of a rendered report, as text: the same rows become an HTML table, a Markdown table and a CSV file, so
/// the three never disagree.
/// </summary>
/// <remarks>Cells are formatted in the invariant culture; an unknown figure is the word <c>unknown</c>, never 0 or an empty cell.</remarks>
internal sealed class ReportTable(string name, string title, IEnumerable<string> columns, IEnumerable<string[]> rows, bool namesKosovo, string? note = null)
{
    /// <summary>The file name without extension, such as <c>activities-by-type</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The caption.</summary>
    public string Title { get; } = title;

    /// <summary>The column headers.</summary>
    public ImmutableArray<string> Columns { get; } = [.. columns];

    /// <summary>The rows, each as many cells as <see cref="Columns"/>.</summary>
    public ImmutableArray<ImmutableArray<string>> Rows { get; } = [.. rows.Select(r => r.ToImmutableArray())];

    /// <summary>Whether a cell names Kosovo, so the Kosovo footnote goes with the table.</summary>
    public bool NamesKosovo { get; } = namesKosovo;

    /// <summary>A note on how to read the table, if any.</summary>
    public string? Note { get; } = note;

    /// <summary>The columns after the first that hold numbers, to align them right.</summary>
    public bool IsNumeric(int column) =>
        column > 0 && Rows.Length > 0 && Rows.All(r => r[column].Length == 0 || r[column] == Cells.Unknown || decimal.TryParse(r[column].TrimEnd('%'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _));
}
