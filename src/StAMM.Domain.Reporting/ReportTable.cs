using System.Collections.Immutable;
using System.Globalization;

namespace StAMM.Domain.Reporting.Rendering;

/// <summary>
/// One table of a rendered report, as text: the same rows become an HTML table, a Markdown table and a CSV file, so
/// the three never disagree.
/// </summary>
/// <remarks>Cells are formatted in the invariant culture; an unknown figure is the word <c>unknown</c>, never 0 or an empty cell.</remarks>
internal sealed class ReportTable
{
    private readonly ImmutableArray<bool> _numeric;

    public ReportTable(string name, string title, IEnumerable<string> columns, IEnumerable<string[]> rows, bool namesKosovo, string? note = null)
    {
        Name = name;
        Title = title;
        Columns = [.. columns];
        Rows = [.. rows.Select(r => r.ToImmutableArray())];
        NamesKosovo = namesKosovo;
        Note = note;
        _numeric = [.. Enumerable.Range(0, Columns.Length).Select(c => c > 0 && !Rows.IsEmpty && Rows.All(r => IsNumber(r[c])))];
    }

    /// <summary>The file name without extension, such as <c>activities-by-type</c>.</summary>
    public string Name { get; }

    /// <summary>The caption.</summary>
    public string Title { get; }

    /// <summary>The column headers.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>The rows, each as many cells as <see cref="Columns"/>.</summary>
    public ImmutableArray<ImmutableArray<string>> Rows { get; }

    /// <summary>Whether a cell names Kosovo, so the Kosovo footnote goes with the table.</summary>
    public bool NamesKosovo { get; }

    /// <summary>A note on how to read the table, if any.</summary>
    public string? Note { get; }

    /// <summary>Tells whether a column after the first holds numbers only, to align it right (worked out once).</summary>
    public bool IsNumeric(int column) => _numeric[column];

    private static bool IsNumber(string cell) =>
        cell.Length == 0 || cell == Cells.Unknown || decimal.TryParse(cell.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out _);
}
