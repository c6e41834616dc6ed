using System.CommandLine;
using System.CommandLine.Parsing;

namespace StAMM.Cli;

/// <summary>For a word that names no command: one message with the closest command ("did you mean 'project'?").</summary>
internal static class CommandSuggestion
{
    /// <summary>The message when the first unmatched word stands where a sub-command was expected; otherwise null.</summary>
    public static string? For(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        if (command.Subcommands.Count == 0 || parsed.UnmatchedTokens.Count == 0 || parsed.UnmatchedTokens[0].StartsWith('-'))
        {
            return null;
        }

        var word = parsed.UnmatchedTokens[0];
        var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        var closest = names.Select(n => (Name: n, Distance: Distance(word.ToLowerInvariant(), n))).OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal).First();
        var place = $"'{word}' is not a command of '{PathOf(parsed.CommandResult)}'";
        return closest.Distance <= Math.Max(2, closest.Name.Length / 3)
            ? $"{place}; did you mean '{closest.Name}'?"
            : $"{place}; the commands are: {string.Join(", ", names)}.";
    }

    /// <summary>The command's path from the root, such as <c>stamm rules</c>.</summary>
    public static string PathOf(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                names.Add(c.Command is RootCommand ? "stamm" : c.Command.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>The Levenshtein distance: the fewest insertions, deletions and substitutions from one word to the other.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
