using System.Text;
using System.Xml;
using System.Xml.XPath;
using CsCheck;
using StAMM.Domain.Iati.Validation;

namespace StAMM.Domain.Iati.Tests;

/// <summary>
/// The checker evaluates the ruleset's XPaths itself (<see cref="ActivityXPath"/>) and gives exactly the findings that
/// System.Xml.XPath gives: the same findings, in the same order, at the same paths, for every expression of the
/// standard ruleset on every node of files that break most rules.
/// </summary>
public sealed class OwnXPathTests
{
    private static readonly string[] Values = ["", " ", "1", " 1 ", "1.0", "2", "+5", "-0", "-3", "abc", "100", "100.0", " 100", "50", "49.99", "50.01", "99", "98", "0", ".5", "5.", "NaN", "Infinity", "1e2", "A3", "B1", "XI-EXAMPLE-1", "XM-DAC-41114", "2020-01-01", "2019-13-45", "2099-01-01", "2021-06-30T10:00:00Z", "USD", "en"];

    private static readonly string[] Elements = ["recipient-country", "recipient-region", "sector", "default-aid-type", "aid-type", "country-budget-items", "budget-item", "transaction", "value", "transaction-date", "provider-org", "receiver-org", "budget", "period-start", "period-end", "result", "indicator", "baseline", "period", "target", "actual", "reference", "other-identifier", "owner-org", "participating-org", "policy-marker", "planned-disbursement", "capital-spend", "related-activity", "activity-date", "title", "description", "narrative", "budget-line", "loan-status", "forecast", "document-link", "location"];

    private static readonly string[] Attributes = ["vocabulary", "percentage", "type", "measure", "ref", "iso-date", "value-date", "value", "code", "significance", "currency", "activity-id", "provider-activity-id", "receiver-activity-id", "xml:lang"];

    private static XmlNamespaceManager Namespaces => new(new NameTable());

    private static IatiValidator Own { get; } = new(new IatiValidatorOptions(Support.Clock) { CheckSchema = false });

    private static IatiValidator Framework { get; } = new(new IatiValidatorOptions(Support.Clock) { CheckSchema = false, FrameworkXPathOnly = true });

    [Fact]
    public void The_built_in_project_export_gets_the_same_findings_from_both_evaluators() =>
        Findings(Own, Support.StammXml()).Should().Equal(Findings(Framework, Support.StammXml()));

    [Fact]
    public void Files_that_break_most_rules_get_the_same_findings_from_both_evaluators() => Gen.Int[0, int.MaxValue].Sample(
        seed =>
        {
            var xml = RuleBreakingFile(seed, 6);
            var own = Findings(Own, xml);
            own.Should().Equal(Findings(Framework, xml), xml);
        },
        iter: 200);

    [Fact]
    public void The_rule_breaking_files_do_break_rules_of_many_kinds()
    {
        var kinds = Enumerable.Range(0, 40).SelectMany(seed => Own.ValidateXml(RuleBreakingFile(seed, 6)).Findings).Select(f => f.RuleName).ToHashSet();

        kinds.Should().Contain(["atleast_one", "no_more_than_one", "strict_sum", "date_order", "date_now", "if_then", "range", "regex_matches", "startswith", "unique", "one_or_all", "no_spaces"]);
    }

    [Fact]
    public void Every_expression_of_the_standard_ruleset_selects_the_same_nodes_on_every_node_of_rule_breaking_files()
    {
        var expressions = StandardExpressions();
        var outside = expressions.Where(e => ActivityXPath.Compile(e) is null).ToList();
        outside.Should().BeEmpty("the standard ruleset's XPaths all lie in the subset");
        // Compiled as the validator compiles them: a path written alike in several expressions is one object, which
        // remembers its last node-set.
        var shared = new Dictionary<string, ActivityXPath>();
        var compiled = expressions.Select(e => (Text: e, Own: ActivityXPath.Compile(e, shared)!, Theirs: XPathExpression.Compile(e, Namespaces), Boolean: XPathExpression.Compile($"boolean({e})", Namespaces))).ToList();
        compiled.Should().OnlyContain(c => (c.Own.Kind == ActivityXPath.ResultKind.NodeSet) == (c.Theirs.ReturnType == XPathResultType.NodeSet));
        var compared = 0;
        for (var seed = 0; seed < 15; seed++)
        {
            foreach (var tree in Trees(RuleBreakingFile(seed, 3)))
            {
                var scratch = new ActivityXPathScratch { Tree = tree };
                for (var node = 0; node < tree.Count; node++)
                {
                    var navigator = new ActivityNavigator(tree, node);
                    foreach (var (expression, own, theirs, boolean) in compiled)
                    {
                        if (own.Kind == ActivityXPath.ResultKind.NodeSet)
                        {
                            var nodes = new List<int>();
                            own.Select(scratch, node, nodes);
                            var selected = new List<int>();
                            var iterator = navigator.Select(theirs);
                            while (iterator.MoveNext())
                            {
                                selected.Add(((ActivityNavigator)iterator.Current!).Node);
                            }

                            nodes.Should().Equal(selected, $"{expression} at {tree.PathOf(node)}");
                        }

                        var truth = (bool)navigator.Evaluate(boolean);
                        own.Boolean(scratch, node).Should().Be(truth, $"boolean({expression}) at {tree.PathOf(node)}");
                        compared++;
                    }
                }
            }
        }

        compared.Should().BeGreaterThan(100_000);
    }

    [Theory]
    [InlineData("count(sector) * 2")]
    [InlineData("string(@ref)")]
    [InlineData("sector[last()]")]
    [InlineData("ancestor::iati-activity")]
    [InlineData("$x")]
    [InlineData("(sector | recipient-country)[1]")]
    [InlineData("iati:sector")]
    [InlineData("sector[")]
    public void An_expression_outside_the_subset_is_left_to_System_Xml_XPath(string expression) =>
        ActivityXPath.Compile(expression).Should().BeNull();

    [Theory]
    [InlineData("@v = 1", "<a v=\" 1 \"/>", true)]
    [InlineData("@v = 1", "<a v=\"+1\"/>", false)]
    [InlineData("@v != 1", "<a/>", false)]
    [InlineData("not(@v != 1)", "<a/>", true)]
    [InlineData("@v = true()", "<a v=\"\"/>", true)]
    [InlineData("@v < 'x'", "<a v=\"1\"/>", false)]
    [InlineData("count(b) = count(b/@p)", "<a><b p=\"1\"/><b/></a>", false)]
    [InlineData("b[2]/@p = 2", "<a><b p=\"1\"/><b p=\"2\"/></a>", true)]
    [InlineData("b/@p = c/@p", "<a><b p=\"1\"/><b p=\"2\"/><c p=\"2\"/></a>", true)]
    [InlineData("//c", "<a><b><c/></b></a>", true)]
    [InlineData("-count(b) + 3 > 2", "<a><b/></a>", false)]
    public void Comparisons_follow_XPath_1_0_and_NET_reading_of_numbers(string expression, string element, bool expected)
    {
        var tree = Trees($"<iati-activities>{element}</iati-activities>").Single();
        var own = ActivityXPath.Compile(expression)!;

        own.Boolean(new ActivityXPathScratch { Tree = tree }, tree.Top).Should().Be(expected);
        ((bool)new ActivityNavigator(tree, tree.Top).Evaluate($"boolean({expression})")).Should().Be(expected);
    }

    [Fact]
    public void A_path_written_alike_in_two_expressions_is_worked_out_again_from_another_context_and_in_another_tree()
    {
        // The two expressions share one object for b[@p = '1'], which remembers the nodes it selected last.
        var shared = new Dictionary<string, ActivityXPath>();
        var count = ActivityXPath.Compile("count(b[@p = '1'])", shared)!;
        var path = ActivityXPath.Compile("b[@p = '1']", shared)!;
        var first = Trees("<iati-activities><a><b p=\"1\"/><b p=\"1\"/><c><b p=\"1\"/></c></a></iati-activities>").Single();
        var scratch = new ActivityXPathScratch { Tree = first };
        var inner = first.ChildElement(first.Top, "c");
        var selected = new List<int>();

        var counts = new[] { count.Number(scratch, first.Top), count.Number(scratch, inner) };
        path.Select(scratch, first.Top, selected);
        var second = Trees("<iati-activities><a><b p=\"2\"/><b p=\"1\"/></a></iati-activities>").Single();
        scratch.Tree = second;

        counts.Should().Equal(2, 1);
        selected.Should().HaveCount(2);
        count.Number(scratch, second.Top).Should().Be(1);
    }

    [Fact]
    public void An_expression_compiled_once_selects_as_System_Xml_XPath_does_on_trees_of_other_name_tables_with_many_children()
    {
        // Names are compared by reference to the tree's name table, and a large element's children are sorted by name
        // once per tree: the second file has a name table and children of its own.
        const string Expression = "b[@p = '2'] | c";
        var own = ActivityXPath.Compile(Expression)!;
        var many = string.Concat(Enumerable.Range(0, 30).Select(i => $"<b p=\"{i % 3}\"/><c/>"));
        foreach (var xml in new[] { $"<a>{many}</a>", $"<a><c/><b p=\"2\"/>{many}</a>" })
        {
            var tree = Trees($"<iati-activities>{xml}</iati-activities>").Single();
            var nodes = new List<int>();
            own.Select(new ActivityXPathScratch { Tree = tree }, tree.Top, nodes);
            var selected = new List<int>();
            var iterator = new ActivityNavigator(tree, tree.Top).Select(Expression);
            while (iterator.MoveNext())
            {
                selected.Add(((ActivityNavigator)iterator.Current!).Node);
            }

            nodes.Should().NotBeEmpty().And.Equal(selected, xml);
        }
    }

    /// <summary>Every XPath of the standard ruleset, the loops' <c>$1</c> replaced by a few vocabularies.</summary>
    private static List<string> StandardExpressions()
    {
        var keys = new[] { "condition", "if", "then", "less", "more", "date", "start", "end", "one" };
        var raw = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in IatiRuleset.Standard.Cases)
        {
            raw.Add(rule.Context);
            if (rule.Loop is { } loop)
            {
                raw.Add(loop.ForEach);
            }

            foreach (var key in keys)
            {
                if (rule.Strings.TryGetValue(key, out var text) && text != "NOW")
                {
                    raw.Add(text);
                }
            }

            foreach (var key in new[] { "paths", "excluded", "prefix" })
            {
                foreach (var text in rule.Lists.GetValueOrDefault(key, []))
                {
                    if (text != "ORG-ID-PREFIX")
                    {
                        raw.Add(text);
                    }
                }
            }
        }

        // The paths the one_or_all rule walks.
        raw.UnionWith(["descendant::narrative", "@xml:lang", "transaction", "recipient-country|recipient-region", "descendant::value", "@currency", "descendant::forecast", "descendant::loan-status"]);
        return [.. raw.SelectMany(e => e.Contains("$1", StringComparison.Ordinal) ? new[] { "1", "2", "99" }.Select(v => e.Replace("$1", v, StringComparison.Ordinal)) : new[] { e }).Distinct()];
    }

    private static List<string> Findings(IatiValidator validator, string xml)
    {
        var report = validator.ValidateXml(xml);
        return [.. report.Findings.Select(f => $"{f} | {f.Line}:{f.Column}"), .. report.RulesNotEvaluated.Select(r => $"not evaluated: {r}")];
    }

    /// <summary>
    /// A file of activities built at random from the ruleset's elements and attributes, nested at random, with values
    /// that are numbers, not quite numbers, dates, codes and blanks: most rules apply and many fail.
    /// </summary>
    internal static string RuleBreakingFile(int seed, int activities)
    {
        var random = new Random(seed);
        var xml = new StringBuilder("<iati-activities version=\"2.03\">");
        for (var a = 0; a < activities; a++)
        {
            xml.Append("<iati-activity");
            Attribute(random, xml, "default-currency", 0.5);
            Attribute(random, xml, "last-updated-datetime", 0.5);
            Attribute(random, xml, "xml:lang", 0.3);
            xml.Append('>');
            if (random.NextDouble() < 0.9)
            {
                xml.Append("<iati-identifier>").Append(Pick(random, ["XI-EXAMPLE-1", "XI-EXAMPLE-2", " XI-EXAMPLE-3", "XM-DAC-41114-A", "x", "XI-EXAMPLE/4"])).Append("</iati-identifier>");
            }

            if (random.NextDouble() < 0.8)
            {
                xml.Append("<reporting-org ref=\"").Append(Pick(random, ["XI-EXAMPLE", "XM-DAC-41114", "ZZ", "A/B"])).Append("\" type=\"10\"/>");
            }

            for (var d = random.Next(0, 3); d > 0; d--)
            {
                xml.Append("<activity-date");
                Attribute(random, xml, "type", 1);
                Attribute(random, xml, "iso-date", 0.9);
                xml.Append("/>");
            }

            var children = random.Next(0, 14);
            for (var i = 0; i < children; i++)
            {
                Element(random, xml, 0);
            }

            xml.Append("</iati-activity>");
        }

        return xml.Append("</iati-activities>").ToString();
    }

    private static void Element(Random random, StringBuilder xml, int depth)
    {
        var name = Pick(random, Elements);
        xml.Append('<').Append(name);
        var attributes = random.Next(0, 4);
        foreach (var attribute in Enumerable.Range(0, attributes).Select(_ => Pick(random, Attributes)).Distinct())
        {
            Attribute(random, xml, attribute, 1);
        }

        xml.Append('>');
        var children = depth >= 3 ? 0 : random.Next(0, 4);
        for (var i = 0; i < children; i++)
        {
            if (random.NextDouble() < 0.2)
            {
                xml.Append(SecurityElementEscape(Pick(random, Values)));
            }
            else
            {
                Element(random, xml, depth + 1);
            }
        }

        xml.Append("</").Append(name).Append('>');
    }

    private static void Attribute(Random random, StringBuilder xml, string name, double probability)
    {
        if (random.NextDouble() < probability)
        {
            xml.Append(' ').Append(name).Append("=\"").Append(SecurityElementEscape(Pick(random, ValuesOf(name)))).Append('"');
        }
    }

    private static string[] ValuesOf(string attribute) => attribute switch
    {
        "vocabulary" => ["1", "2", "98", "99", "", " 1", "1.0", "abc"],
        "percentage" or "value" => ["100", "50", "49.99", "50.01", "0", "-3", "abc", "", " 100", "1e2", "+5", ".5", "5.", "NaN", "Infinity"],
        "type" or "measure" or "significance" => ["1", "2", "3", "4", "5", "A3", "B1", ""],
        "iso-date" or "value-date" or "last-updated-datetime" => ["2020-01-01", "2019-13-45", "2099-01-01", "2021-06-30T10:00:00Z", "", "2018-05-05"],
        "ref" or "activity-id" or "provider-activity-id" or "receiver-activity-id" => ["XI-EXAMPLE-1", "XM-DAC-41114", "A/B", "", " x", "XI-EXAMPLE-2"],
        _ => Values,
    };

    private static string SecurityElementEscape(string text) => System.Security.SecurityElement.Escape(text);

    private static string Pick(Random random, string[] from) => from[random.Next(from.Length)];

    /// <summary>The tree of each child of the root, built as the checker builds it (a copy of the root above it).</summary>
    private static IEnumerable<ActivityTree> Trees(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        reader.MoveToContent();
        var rootAttributes = new List<(string, string, string, string)>();
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.NamespaceURI != "http://www.w3.org/2000/xmlns/")
                {
                    rootAttributes.Add((reader.LocalName, reader.NamespaceURI, reader.Prefix, reader.Value));
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        reader.Read();
        var index = 0;
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            var tree = new ActivityTree(reader.NameTable);
            tree.Clear();
            var root = tree.AddElement(0, "iati-activities", string.Empty, string.Empty, 0, 0, 0);
            foreach (var (localName, ns, prefix, value) in rootAttributes)
            {
                tree.AddAttribute(root, localName, ns, prefix, value, 0, 0);
            }

            tree.Top = Read(reader, tree, root, ++index);
            yield return tree;
        }
    }

    /// <summary>Reads the element the reader is on into the tree and leaves the reader after it.</summary>
    private static int Read(XmlReader reader, ActivityTree tree, int parent, int index)
    {
        var element = tree.AddElement(parent, reader.LocalName, reader.NamespaceURI, reader.Prefix, 1, 1, index);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.NamespaceURI != "http://www.w3.org/2000/xmlns/")
                {
                    tree.AddAttribute(element, reader.LocalName, reader.NamespaceURI, reader.Prefix, reader.Value, 1, 1);
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        if (reader.IsEmptyElement)
        {
            tree.EndElement(element);
            reader.Read();
            return element;
        }

        reader.Read();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.NodeType != XmlNodeType.EndElement)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                var position = positions[reader.LocalName] = positions.GetValueOrDefault(reader.LocalName) + 1;
                Read(reader, tree, element, position);
            }
            else
            {
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA)
                {
                    tree.AddText(element, reader.Value);
                }

                reader.Read();
            }
        }

        tree.EndElement(element);
        reader.Read();
        return element;
    }
}
