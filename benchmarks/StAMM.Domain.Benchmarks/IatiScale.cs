using System.Diagnostics;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using NodaTime;
using StAMM.Domain.Iati.Export;
using StAMM.Domain.Iati.Import;
using StAMM.Domain.Iati.Validation;

namespace StAMM.Domain.Benchmarks;

/// <summary>
/// The IATI scale modes of the benchmarks program, which <c>benchmarks/iati-side-by-side.sh</c> drives:
/// <c>--iati-generate N FILE</c> writes the export of a generated project of N activities;
/// <c>--iati-repeat SOURCE N FILE</c> writes N activities made by repeating those of a real publisher's file with new
/// identifiers; <c>--iati-allocations FILE</c> checks and imports a file and reports the bytes allocated per byte of
/// file (BenchmarkDotNet's memory diagnoser gives the same figure for the 10,000-activity benchmark);
/// <c>--iati-findings FILE</c> prints every finding and import problem, to compare two versions of the readers.
/// </summary>
internal static class IatiScale
{
    private const double MiB = 1024 * 1024;

    public static int Run(string[] args)
    {
        var at = Array.FindIndex(args, a => a.StartsWith("--iati-", StringComparison.Ordinal));
        var rest = args[(at + 1)..];
        switch (args[at])
        {
            case "--iati-generate" when rest.Length == 2:
                return Generate(int.Parse(rest[0], CultureInfo.InvariantCulture), rest[1]);
            case "--iati-repeat" when rest.Length == 3:
                return Repeat(rest[0], int.Parse(rest[1], CultureInfo.InvariantCulture), rest[2]);
            case "--iati-findings" when rest.Length == 1:
                return Findings(rest[0]);
            case "--iati-allocations" when rest.Length is 1 or 2:
                return Allocations(rest[0], rest.Contains("--parts"));
            case "--iati-allocation-types" when rest.Length == 1:
                return AllocationTypes(rest[0]);
            case "--iati-part" when rest.Length == 2:
                return Part(rest[0], rest[1]);
            default:
                Console.Error.WriteLine("usage: --iati-generate N FILE | --iati-repeat SOURCE N FILE | --iati-allocations FILE [--parts] | --iati-findings FILE | --iati-allocation-types FILE | --iati-part FILE read|scan|full|xsd|ruleset");
                return 2;
        }
    }

    /// <summary>Writes the IATI export of a generated project of <paramref name="count"/> activities (the one of <see cref="IatiBenchmarks"/>).</summary>
    private static int Generate(int count, string path)
    {
        var (project, options) = IatiBenchmarks.Generated(count);
        using (var file = File.Create(path))
        {
            IatiExport.Write(project, file, options);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {count + 1} iati-activity elements, {new FileInfo(path).Length / MiB:F1} MiB"));
        return 0;
    }

    /// <summary>
    /// Writes <paramref name="count"/> activities by repeating the activities of <paramref name="source"/> in turn, each
    /// copy's <c>iati-identifier</c> (and the <c>ref</c> of a related activity) suffixed with <c>-copyN</c>, so that
    /// identifiers stay unique. The root's attributes are kept.
    /// </summary>
    private static int Repeat(string source, int count, string path)
    {
        var document = XDocument.Load(source);
        var root = document.Root ?? throw new InvalidOperationException($"{source} has no root element.");
        var activities = root.Elements("iati-activity").ToList();
        if (activities.Count == 0)
        {
            throw new InvalidOperationException($"{source} has no iati-activity.");
        }

        using (var writer = XmlWriter.Create(path, new XmlWriterSettings { Indent = true }))
        {
            writer.WriteStartElement(root.Name.LocalName);
            foreach (var attribute in root.Attributes().Where(a => !a.IsNamespaceDeclaration))
            {
                writer.WriteAttributeString(attribute.Name.LocalName, attribute.Name.NamespaceName, attribute.Value);
            }

            for (var i = 0; i < count; i++)
            {
                var copy = new XElement(activities[i % activities.Count]);
                var suffix = string.Create(CultureInfo.InvariantCulture, $"-copy{i / activities.Count}");
                if (copy.Element("iati-identifier") is { } identifier)
                {
                    identifier.Value = identifier.Value.Trim() + suffix;
                }

                foreach (var related in copy.Elements("related-activity"))
                {
                    if (related.Attribute("ref") is { } reference)
                    {
                        reference.Value += suffix;
                    }
                }

                copy.WriteTo(writer);
            }

            writer.WriteEndElement();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {count} iati-activity elements repeated from {activities.Count} of {source}, {new FileInfo(path).Length / MiB:F1} MiB"));
        return 0;
    }

    /// <summary>Prints every finding of the check and every problem of the import, to compare two versions of the readers.</summary>
    private static int Findings(string path)
    {
        using (var stream = File.OpenRead(path))
        {
            var report = new IatiValidator(new IatiValidatorOptions(NodaTime.Testing.FakeClock.FromUtc(2026, 3, 1))).Validate(stream);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"activities: {report.ActivityCount}"));
            foreach (var finding in report.Findings)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{finding} | {finding.Line}:{finding.Column}"));
            }

            foreach (var skipped in report.RulesNotEvaluated)
            {
                Console.WriteLine($"not evaluated: {skipped}");
            }
        }

        using (var stream = File.OpenRead(path))
        {
            foreach (var activity in IatiImport.ReadActivities(stream))
            {
                foreach (var problem in activity.Problems)
                {
                    Console.WriteLine(problem);
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// Checks and imports the file, each once, and reports time and bytes allocated per byte of file; with
    /// <paramref name="parts"/> also the check's XSD part and ruleset part on their own.
    /// </summary>
    private static int Allocations(string path, bool parts)
    {
        var length = new FileInfo(path).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {length / MiB:F1} MiB"));
        var clock = NodaTime.Testing.FakeClock.FromUtc(2026, 3, 1);
        Measure("XmlReader alone, every value read (the floor)", length, path, ReadAll);
        Measure("check iati (XSD and standard ruleset)", length, path, s => new IatiValidator(new IatiValidatorOptions(clock)).Validate(s).Findings.Length);
        if (parts)
        {
            Measure("check iati, XSD only", length, path, s => new IatiValidator(new IatiValidatorOptions(clock) { Ruleset = IatiRuleset.Load(new MemoryStream("{}"u8.ToArray())) }).Validate(s).Findings.Length);
            Measure("check iati, ruleset only", length, path, s => new IatiValidator(new IatiValidatorOptions(clock) { CheckSchema = false }).Validate(s).Findings.Length);
        }

        Measure("import iati", length, path, s => IatiImport.ReadActivities(s).Sum(a => a.Problems.Length));
        return 0;
    }

    /// <summary>
    /// Runs one part of the check alone (<c>read</c>: the XmlReader floor; <c>scan</c>: the check's own reading, neither
    /// XSD nor ruleset, so that <c>xsd</c> minus <c>scan</c> is the XSD's own cost; <c>full</c>; <c>xsd</c>: an empty ruleset;
    /// <c>ruleset</c>: no XSD), once, and reports its time and allocation: the split of the check's time, and a
    /// process to profile (<c>perf record</c>) or to time against xmllint in the same minute.
    /// </summary>
    private static int Part(string path, string part)
    {
        var length = new FileInfo(path).Length;
        var clock = NodaTime.Testing.FakeClock.FromUtc(2026, 3, 1);
        switch (part)
        {
            case "read":
                Measure("XmlReader alone, every value read (the floor)", length, path, ReadAll);
                return 0;
            case "full":
                Measure("check iati (XSD and standard ruleset)", length, path, s => new IatiValidator(new IatiValidatorOptions(clock)).Validate(s).Findings.Length);
                return 0;
            case "xsd":
                Measure("check iati, XSD only", length, path, s => new IatiValidator(new IatiValidatorOptions(clock) { Ruleset = IatiRuleset.Load(new MemoryStream("{}"u8.ToArray())) }).Validate(s).Findings.Length);
                return 0;
            case "ruleset":
                Measure("check iati, ruleset only", length, path, s => new IatiValidator(new IatiValidatorOptions(clock) { CheckSchema = false }).Validate(s).Findings.Length);
                return 0;
            case "scan":
                Measure("check iati, neither XSD nor ruleset (the check's reading of each activity into its tree)", length, path, s => new IatiValidator(new IatiValidatorOptions(clock) { CheckSchema = false, Ruleset = IatiRuleset.Load(new MemoryStream("{}"u8.ToArray())) }).Validate(s).Findings.Length);
                return 0;
            default:
                Console.Error.WriteLine("usage: --iati-part FILE read|scan|full|xsd|ruleset");
                return 2;
        }
    }

    /// <summary>
    /// Checks the file (ruleset only) and prints the types the runtime's allocation sampling saw most (an event about
    /// every 100 KB allocated, with the type of the object that crossed the mark): where the check's bytes go.
    /// </summary>
    private static int AllocationTypes(string path)
    {
        using var listener = new AllocationSampler();
        using (var stream = File.OpenRead(path))
        {
            new IatiValidator(new IatiValidatorOptions(NodaTime.Testing.FakeClock.FromUtc(2026, 3, 1)) { CheckSchema = false }).Validate(stream);
        }

        var total = listener.Counts.Values.Sum();
        foreach (var (type, count) in listener.Counts.OrderByDescending(c => c.Value).Take(30))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * count / total,5:F1} %  {type}"));
        }

        return 0;
    }

    private sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
    {
        public Dictionary<string, int> Counts { get; } = [];

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs eventData)
        {
            if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && eventData.Payload is { } payload)
            {
                var at = eventData.PayloadNames!.IndexOf("TypeName");
                var type = at >= 0 ? payload[at] as string ?? "?" : "?";
                lock (Counts)
                {
                    Counts[type] = Counts.GetValueOrDefault(type) + 1;
                }
            }
        }
    }

    /// <summary>What any reader of the file must allocate at least: the parser, and each attribute's and text's value as a string.</summary>
    private static int ReadAll(Stream stream)
    {
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
        var characters = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.MoveToFirstAttribute())
            {
                do
                {
                    characters += reader.Value.Length;
                }
                while (reader.MoveToNextAttribute());
            }
            else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                characters += reader.Value.Length;
            }
        }

        return characters;
    }

    private static void Measure(string what, long length, string path, Func<Stream, int> operation)
    {
        // One warm-up on the first megabytes would not load every code path; the first run of each includes JIT time,
        // which is small against a file of hundreds of megabytes.
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        int result;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024))
        {
            result = operation(stream);
        }

        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{what}: {clock.Elapsed.TotalSeconds:F2} s, {allocated / MiB:F1} MiB allocated, {(double)allocated / length:F2} B per byte of file ({result} findings/problems)"));
    }
}
