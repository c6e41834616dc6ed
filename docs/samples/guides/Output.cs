using System.Text;

namespace StAMM.Domain.Guides;

/// <summary>
/// Runs a snippet and returns what it wrote to the console. The snippets print as a reader's program would, so this
/// assembly runs its tests one at a time (xunit.runner.json; the console is process-wide).
/// </summary>
internal static class Output
{
    public static string Of(Action snippet)
    {
        var writer = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        var original = Console.Out;
        Console.SetOut(writer);
        try
        {
            snippet();
        }
        finally
        {
            Console.SetOut(original);
        }

        return writer.ToString();
    }
}
