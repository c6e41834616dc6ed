using PuppeteerSharp;
using PuppeteerSharp.Media;
using StAMM.Domain.Reporting.Rendering;

namespace StAMM.Domain.Reporting.Tests;

/// <summary>
/// The report page in a real headless Chromium (Debian's package, driven over the DevTools protocol by PuppeteerSharp):
/// it loads from a file with no network, logs no error, and every chart is drawn, visible, with a size, on screen and in
/// print. Where Chromium is not installed the test is skipped, except on CI (CI=true), where it fails: .ci/run installs it.
/// </summary>
public sealed class BrowserTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("stamm-browser-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task The_report_page_renders_in_Chromium_without_errors_and_every_chart_is_visible()
    {
        RequireChromium();
        Samples.Rendered.WriteTo(_dir.FullName);
        var page = Path.Combine(_dir.FullName, RenderedReport.HtmlFile);

        var result = await Open(page);

        result.Problems.Should().BeEmpty("the page logs no console error, no page error, and fetches nothing from the network");
        result.Screen.Select(c => c.Id).Should().Equal(Samples.Rendered.Charts.Select(c => "chart-" + c.Name));
        result.Screen.Should().OnlyContain(c => c.Visible && c.Width > 300 && c.Height > 150 && c.Texts > 5 && c.Shapes > 3, "each chart is drawn with its texts and bars");
        result.Print.Should().OnlyContain(c => c.Visible && c.Width > 100 && c.Height > 50, "each chart prints");
        result.PdfPages.Should().BeGreaterThanOrEqualTo(5, "the summary and each of the four sections start a page");
    }

    [Fact]
    public async Task The_page_of_an_empty_portfolio_renders_without_errors_too()
    {
        RequireChromium();
        ReportRenderer.Render(PortfolioReport.Of(StAMM.Domain.Testing.IllustrativeFacility.EmptyPortfolio())).WriteTo(_dir.FullName);

        var result = await Open(Path.Combine(_dir.FullName, RenderedReport.HtmlFile));

        result.Problems.Should().BeEmpty();
        result.Screen.Should().HaveCount(4).And.OnlyContain(c => c.Visible && c.Width > 300 && c.Height > 150);
    }

    private static void RequireChromium()
    {
        if (File.Exists(Chromium))
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail($"CI needs Chromium at {Chromium} to test the report page; .ci/run installs it (apt-get install -y chromium).");
        }

        Assert.Skip($"Chromium is not installed at {Chromium} (apt-get install -y chromium); on CI this test fails instead.");
    }

    private static async Task<PageResult> Open(string file)
    {
        var options = new LaunchOptions
        {
            Headless = true,
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
        };
        await using var browser = await Puppeteer.LaunchAsync(options);
        try
        {
            await using var page = await browser.NewPageAsync();
            var problems = new List<string>();
            page.Console += (_, e) =>
            {
                if (e.Message.Type is ConsoleType.Error or ConsoleType.Warning)
                {
                    problems.Add($"console {e.Message.Type}: {e.Message.Text}");
                }
            };
            page.PageError += (_, e) => problems.Add($"page error: {e.Message}");
            await page.SetRequestInterceptionAsync(true);
            page.Request += async (_, e) =>
            {
                if (e.Request.Url.StartsWith("file:", StringComparison.Ordinal) || e.Request.Url.StartsWith("data:", StringComparison.Ordinal))
                {
                    await e.Request.ContinueAsync();
                }
                else
                {
                    problems.Add($"network request: {e.Request.Url}");
                    await e.Request.AbortAsync();
                }
            };
            await page.SetViewportAsync(new ViewPortOptions { Width = 1600, Height = 1000 });
            await page.GoToAsync(new Uri(file).AbsoluteUri, WaitUntilNavigation.Load);
            var screen = await Charts(page);
            await page.EmulateMediaTypeAsync(MediaType.Print);
            var print = await Charts(page);
            var pdf = await page.PdfDataAsync(new PdfOptions { PreferCSSPageSize = true, PrintBackground = true });
            var pages = System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]");
            if (Environment.GetEnvironmentVariable("STAMM_REPORT_SCREENSHOT") is { Length: > 0 } screenshot)
            {
                await page.EmulateMediaTypeAsync(MediaType.Screen);
                await page.ScreenshotAsync(screenshot, new ScreenshotOptions { FullPage = true });
            }

            return new PageResult(problems, screen, print, pages);
        }
        finally
        {
            await browser.CloseAsync();
        }
    }

    private static Task<ChartBox[]> Charts(IPage page) => page.EvaluateFunctionAsync<ChartBox[]>(
        """
        () => Array.from(document.querySelectorAll('svg.chart')).map(svg => {
          const box = svg.getBoundingClientRect();
          const style = getComputedStyle(svg);
          return {
            id: svg.id,
            width: box.width,
            height: box.height,
            visible: style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0 && svg.checkVisibility(),
            texts: svg.querySelectorAll('text').length,
            shapes: svg.querySelectorAll('path, rect').length,
          };
        })
        """);

    private sealed record PageResult(List<string> Problems, ChartBox[] Screen, ChartBox[] Print, int PdfPages);

    /// <summary>What the browser measured of one chart.</summary>
    public sealed record ChartBox(string Id, double Width, double Height, bool Visible, int Texts, int Shapes);
}
