using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;

namespace StAMM.Domain.Reporting.Rendering;

/// <summary>
/// Draws a <see cref="ChartSpec"/> as SVG with ScottPlot: stacked bars, one colour per series, with its title, both axes
/// labelled with their units, and a legend. Fixed size, invariant culture and renumbered identifiers make the same
/// chart the same text on every run, and several charts can share one HTML page.
/// </summary>
internal static partial class ChartRenderer
{
    public const int Width = 760;

    public const int Height = 440;

    /// <summary>Colour-blind-safe colours (Okabe and Ito), one per series.</summary>
    private static readonly string[] Colours = ["#0072B2", "#E69F00", "#009E73", "#999999", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000", "#8C564B"];

    /// <summary>
    /// The first installed of the sans-serif families the page's style sheet names too (ScottPlot's own choice falls
    /// back to a serif face on Debian), else ScottPlot's.
    /// </summary>
    private static readonly Lazy<string> SansFont = new(() =>
    {
        var installed = SkiaSharp.SKFontManager.Default.GetFontFamilies().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new[] { "DejaVu Sans", "Liberation Sans", "Arial", "Segoe UI" }.FirstOrDefault(installed.Contains) ?? Fonts.Sans;
    });

    /// <summary>
    /// The first chart ScottPlot draws in a process is laid out a little differently from every later one (its text
    /// measurement warms up on first use); drawing one throw-away chart first makes every real one the same text.
    /// </summary>
    private static readonly Lazy<bool> WarmedUp = new(() =>
    {
        var spec = new ChartSpec("warm-up", "Warm-up", "Category", "Value (count)", false, ["a", "b"], [new("Series", [1d, 2d])], string.Empty);
        _ = Draw(spec).GetSvgXml(Width, Height);
        return true;
    });

    public static string Svg(ChartSpec spec)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            _ = WarmedUp.Value;
            return Renumber(Draw(spec).GetSvgXml(Width, Height), spec.Name);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private static Plot Draw(ChartSpec spec)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        for (var c = 0; c < spec.Categories.Length; c++)
        {
            var position = spec.Horizontal ? spec.Categories.Length - 1 - c : c;
            var sum = 0d;
            for (var s = 0; s < spec.Series.Length; s++)
            {
                var value = spec.Series[s].Values[c];
                if (value > 0)
                {
                    bars.Add(new Bar { Position = position, ValueBase = sum, Value = sum + value, FillColor = Color.FromHex(Colours[s % Colours.Length]), Size = 0.7 });
                }

                sum += value;
            }
        }

        // ScottPlot draws nothing at all for a bar plot without bars, so an empty chart has none.
        if (bars.Count > 0)
        {
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = spec.Horizontal;
        }

        double[] positions = [.. Enumerable.Range(0, spec.Categories.Length).Select(i => (double)(spec.Horizontal ? spec.Categories.Length - 1 - i : i))];
        var categoryAxis = spec.Horizontal ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;
        categoryAxis.TickGenerator = spec.Categories.IsEmpty
            ? new ScottPlot.TickGenerators.NumericManual([0d], [string.Empty])
            : new ScottPlot.TickGenerators.NumericManual(positions, [.. spec.Categories]);
        var valueAxis = spec.Horizontal ? (IAxis)plot.Axes.Bottom : plot.Axes.Left;
        valueAxis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };

        var highest = spec.Categories.Length == 0 ? 0 : Enumerable.Range(0, spec.Categories.Length).Max(c => spec.Series.Sum(s => s.Values[c]));
        var top = Math.Max(1, highest * 1.08);
        var count = Math.Max(1, spec.Categories.Length);
        if (spec.Horizontal)
        {
            plot.Axes.SetLimits(0, top, -0.6, count - 0.4);
        }
        else
        {
            plot.Axes.SetLimits(-0.6, count - 0.4, 0, top);
        }

        plot.Title(spec.Title);
        plot.Axes.Title.Label.FontSize = 17;
        if (spec.Horizontal)
        {
            plot.XLabel(spec.ValueAxis);
            plot.YLabel(spec.CategoryAxis);
        }
        else
        {
            plot.XLabel(spec.CategoryAxis);
            plot.YLabel(spec.ValueAxis);
        }

        for (var s = 0; s < spec.Series.Length; s++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = spec.Series[s].Label, FillColor = Color.FromHex(Colours[s % Colours.Length]) });
        }

        // A legend outside the data area with no item makes ScottPlot draw nothing at all.
        if (!spec.Series.IsEmpty)
        {
            plot.ShowLegend(Edge.Right);
            plot.Legend.SetBestFontOnEachRender = false;
        }
        if (spec.Categories.Length == 0)
        {
            var note = spec.Horizontal ? plot.Add.Text("No data in the period", top / 2, 0) : plot.Add.Text("No data in the period", 0, top / 2);
            note.LabelAlignment = Alignment.MiddleCenter;
            note.LabelFontSize = 14;
        }

        // Last, so the title, labels, ticks and legend all take it.
        plot.Font.Set(SansFont.Value);
        return plot;
    }

    /// <summary>ScottPlot numbers clip paths with a counter shared by every chart; name them after the chart instead.</summary>
    private static string Renumber(string svg, string name)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Value, out var id))
            {
                ids[m.Value] = id = $"{name}-clip-{ids.Count + 1}";
            }

            return id;
        });
    }

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClipId();
}
