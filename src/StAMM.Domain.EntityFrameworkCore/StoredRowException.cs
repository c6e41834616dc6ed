using System.Collections.Immutable;
using StAMM.Domain.Validation;

namespace StAMM.Domain.EntityFrameworkCore;

/// <summary>
/// A stored row the domain does not accept (edited by hand, written by another program, or damaged): the load stops
/// instead of making an invalid instance, and names the table, the row, the column and every problem.
/// </summary>
public sealed class StoredRowException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="table">The table.</param>
    /// <param name="row">The row's key, as <c>column = value</c>.</param>
    /// <param name="column">The column.</param>
    /// <param name="problems">What is wrong with the value.</param>
    /// <param name="innerException">The error that revealed it, if any.</param>
    public StoredRowException(string table, string row, string column, IEnumerable<ValidationProblem> problems, Exception? innerException = null)
        : base(Describe(table, row, column, problems), innerException)
    {
        Table = table;
        Row = row;
        Column = column;
        Problems = [.. problems];
    }

    /// <summary>The table, e.g. <c>stamm_case_events</c>.</summary>
    public string Table { get; }

    /// <summary>The row's key, e.g. <c>id = 42</c>.</summary>
    public string Row { get; }

    /// <summary>The column, e.g. <c>event</c>.</summary>
    public string Column { get; }

    /// <summary>What is wrong with the value.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    private static string Describe(string table, string row, string column, IEnumerable<ValidationProblem> problems)
    {
        var list = problems.ToList();
        var text = string.Join("; ", list.Take(5).Select(p => string.IsNullOrEmpty(p.Path) ? $"{p.Code}: {p.Message}" : $"{p.Code} at {p.Path}: {p.Message}"));
        return $"The row {row} of {table} holds a {column} the domain does not accept: {text}{(list.Count > 5 ? $" (and {list.Count - 5} more)" : string.Empty)}";
    }
}
