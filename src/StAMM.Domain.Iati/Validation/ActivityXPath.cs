using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml;
using System.Xml.XPath;

namespace StAMM.Domain.Iati.Validation;

/// <summary>
/// The subset of XPath 1.0 that rulesets use, compiled once and evaluated on an <see cref="ActivityTree"/> by node
/// index: location paths on the child, attribute, descendant, descendant-or-self, self and parent axes with name,
/// <c>*</c>, <c>text()</c> and <c>node()</c> tests and predicates (a number is a position); unions; <c>or</c>,
/// <c>and</c>, <c>=</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>, <c>+</c>, <c>-</c>; string and
/// number literals; <c>count</c>, <c>not</c>, <c>boolean</c>, <c>number</c>, <c>true</c>, <c>false</c>.
/// </summary>
/// <remarks>
/// <para>System.Xml.XPath clones its compiled query for every evaluation (hundreds of bytes each, tens of thousands of
/// evaluations per megabyte of file); this evaluates without allocating beyond the lists it rents from
/// <see cref="ActivityXPathScratch"/>. An expression of any other form is not compiled (<see cref="Compile"/> gives
/// null), and the caller evaluates it with System.Xml.XPath, whose results these match (XPath 1.0's conversions and
/// comparisons, with .NET's reading of a string as a number).</para>
/// </remarks>
internal abstract class ActivityXPath
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>At most this many paths are kept in a table of shared paths (<see cref="Compile"/>).</summary>
    private const int SharedPathsAtMost = 16_384;

    /// <summary>The expression's type, known from its form in XPath 1.0.</summary>
    public abstract ResultKind Kind { get; }

    /// <summary>The expression, or null when it lies outside the subset (or is not XPath at all).</summary>
    /// <param name="expression">The XPath.</param>
    /// <param name="shared">
    /// The paths of the expressions compiled before with this table, by their tokens: a path written the same way in
    /// several expressions (the ruleset repeats <c>sector[@vocabulary='' or @vocabulary='1' or not(@vocabulary)]</c> in
    /// a dozen) is then one object, whose last node-set is worked out once per context and tree. The expressions of one
    /// table are evaluated on one thread at a time, as those of one <see cref="ActivityXPathScratch"/>.
    /// </param>
    public static ActivityXPath? Compile(string expression, Dictionary<string, ActivityXPath>? shared = null)
    {
        try
        {
            var parser = new Parser(Lexer.Tokens(expression), shared);
            var result = parser.Expression();
            return parser.AtEnd ? result : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Adds the node-set to <paramref name="into"/> (empty on entry), in document order without duplicates.</summary>
    public virtual void Select(ActivityXPathScratch scratch, int context, List<int> into) =>
        throw new InvalidOperationException("Not a node-set.");

    /// <summary>The expression read with boolean().</summary>
    public virtual bool Boolean(ActivityXPathScratch scratch, int context) => Kind switch
    {
        ResultKind.NodeSet => Any(scratch, context),
        ResultKind.Number => Number(scratch, context) is var n && n != 0 && !double.IsNaN(n),
        _ => String(scratch, context).Length > 0,
    };

    /// <summary>The expression read with number().</summary>
    public virtual double Number(ActivityXPathScratch scratch, int context) => Kind switch
    {
        ResultKind.Boolean => Boolean(scratch, context) ? 1 : 0,
        _ => ToNumber(String(scratch, context)),
    };

    /// <summary>The expression read with string(); only for node-sets and strings, the subset never needs a number's text.</summary>
    public virtual string String(ActivityXPathScratch scratch, int context)
    {
        if (Kind != ResultKind.NodeSet)
        {
            throw new InvalidOperationException("Only a node-set or a string is read as a string.");
        }

        var nodes = scratch.Rent();
        Select(scratch, context, nodes);
        var text = nodes.Count == 0 ? string.Empty : scratch.Tree.StringValue(nodes[0]);
        scratch.Return(nodes);
        return text;
    }

    /// <summary>A string as .NET's XPath reads it as a number (XmlConvert.ToXPathDouble): trimmed, no '+', no exponent.</summary>
    public static double ToNumber(string text)
    {
        var trimmed = text.AsSpan().Trim(" \t\r\n");
        return trimmed.Length != 0 && trimmed[0] != '+' &&
            double.TryParse(trimmed, NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, NumberFormatInfo.InvariantInfo, out var value)
            ? value
            : double.NaN;
    }

    /// <summary>Whether the node-set is not empty.</summary>
    protected virtual bool Any(ActivityXPathScratch scratch, int context)
    {
        var nodes = scratch.Rent();
        Select(scratch, context, nodes);
        var any = nodes.Count > 0;
        scratch.Return(nodes);
        return any;
    }

    /// <summary>The four types of XPath 1.0.</summary>
    internal enum ResultKind
    {
        NodeSet,
        Boolean,
        Number,
        String,
    }

    private enum Axis
    {
        Child,
        Attribute,
        Descendant,
        DescendantOrSelf,
        Self,
        Parent,
    }

    private enum Test
    {
        Name,
        AnyName,
        Text,
        Node,
    }

    private enum Op
    {
        Or,
        And,
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Plus,
        Minus,
    }

    private sealed class Literal(string value) : ActivityXPath
    {
        public override ResultKind Kind => ResultKind.String;

        public override string String(ActivityXPathScratch scratch, int context) => value;
    }

    private sealed class NumberLiteral(double value) : ActivityXPath
    {
        public override ResultKind Kind => ResultKind.Number;

        public override double Number(ActivityXPathScratch scratch, int context) => value;
    }

    private sealed class Constant(bool value) : ActivityXPath
    {
        public override ResultKind Kind => ResultKind.Boolean;

        public override bool Boolean(ActivityXPathScratch scratch, int context) => value;
    }

    private sealed class Not(ActivityXPath operand) : ActivityXPath
    {
        public override ResultKind Kind => ResultKind.Boolean;

        public override bool Boolean(ActivityXPathScratch scratch, int context) => !operand.Boolean(scratch, context);
    }

    private sealed class AsBoolean(ActivityXPath operand) : ActivityXPath
    {
        public override ResultKind Kind => ResultKind.Boolean;

        public override bool Boolean(ActivityXPathScratch scratch, int context) => operand.Boolean(scratch, context);
    }

    private sealed class AsNumber(ActivityXPath? operand) : ActivityXPath
    {
        public override ResultKind Kind => ResultKind.Number;

        public override double Number(ActivityXPathScratch scratch, int context) =>
            operand is null ? ToNumber(scratch.Tree.StringValue(context)) : operand.Number(scratch, context);
    }

    private sealed class Count(ActivityXPath nodes) : ActivityXPath
    {
        public override ResultKind Kind => ResultKind.Number;

        public override double Number(ActivityXPathScratch scratch, int context)
        {
            var list = scratch.Rent();
            nodes.Select(scratch, context, list);
            var count = list.Count;
            scratch.Return(list);
            return count;
        }
    }

    private sealed class Negate(ActivityXPath operand) : ActivityXPath
    {
        public override ResultKind Kind => ResultKind.Number;

        public override double Number(ActivityXPathScratch scratch, int context) => -operand.Number(scratch, context);
    }

    private sealed class Binary(Op op, ActivityXPath left, ActivityXPath right) : ActivityXPath
    {
        public override ResultKind Kind => op is Op.Plus or Op.Minus ? ResultKind.Number : ResultKind.Boolean;

        public override double Number(ActivityXPathScratch scratch, int context) => op switch
        {
            Op.Plus => left.Number(scratch, context) + right.Number(scratch, context),
            Op.Minus => left.Number(scratch, context) - right.Number(scratch, context),
            _ => Boolean(scratch, context) ? 1 : 0,
        };

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool Boolean(ActivityXPathScratch scratch, int context)
        {
            switch (op)
            {
                case Op.Or:
                    return left.Boolean(scratch, context) || right.Boolean(scratch, context);
                case Op.And:
                    return left.Boolean(scratch, context) && right.Boolean(scratch, context);
                case Op.Plus or Op.Minus:
                    var n = Number(scratch, context);
                    return n != 0 && !double.IsNaN(n);
            }

            if (left.Kind == ResultKind.NodeSet || right.Kind == ResultKind.NodeSet)
            {
                return CompareWithNodeSet(scratch, context);
            }

            if (op is Op.Equal or Op.NotEqual)
            {
                if (left.Kind == ResultKind.Boolean || right.Kind == ResultKind.Boolean)
                {
                    return Equal(left.Boolean(scratch, context) == right.Boolean(scratch, context));
                }

                if (left.Kind == ResultKind.Number || right.Kind == ResultKind.Number)
                {
                    return Numbers(left.Number(scratch, context), right.Number(scratch, context));
                }

                return Equal(string.Equals(left.String(scratch, context), right.String(scratch, context), StringComparison.Ordinal));
            }

            return Numbers(left.Number(scratch, context), right.Number(scratch, context));
        }

        private bool Equal(bool same) => op == Op.Equal ? same : !same;

        private bool Numbers(double a, double b) => op switch
        {
            Op.Equal => a == b,
            Op.NotEqual => a != b,
            Op.Less => a < b,
            Op.LessOrEqual => a <= b,
            Op.Greater => a > b,
            _ => a >= b,
        };

        private bool Strings(string a, string b) =>
            op is Op.Equal or Op.NotEqual ? Equal(string.Equals(a, b, StringComparison.Ordinal)) : Numbers(ToNumber(a), ToNumber(b));

        /// <summary>XPath 1.0's comparison when one side (or both) is a node-set: true when some node (pair) satisfies it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool CompareWithNodeSet(ActivityXPathScratch scratch, int context)
        {
            var tree = scratch.Tree;
            if (left.Kind == ResultKind.NodeSet && right.Kind == ResultKind.NodeSet)
            {
                var a = scratch.Rent();
                var b = scratch.Rent();
                left.Select(scratch, context, a);
                right.Select(scratch, context, b);
                var found = false;
                foreach (var x in a)
                {
                    var text = tree.StringValue(x);
                    foreach (var y in b)
                    {
                        if (Strings(text, tree.StringValue(y)))
                        {
                            found = true;
                            break;
                        }
                    }

                    if (found)
                    {
                        break;
                    }
                }

                scratch.Return(b);
                scratch.Return(a);
                return found;
            }

            var nodeSetLeft = left.Kind == ResultKind.NodeSet;
            var set = nodeSetLeft ? left : right;
            var other = nodeSetLeft ? right : left;
            if (other.Kind == ResultKind.Boolean)
            {
                var x = set.Boolean(scratch, context) ? 1d : 0d;
                var y = other.Boolean(scratch, context) ? 1d : 0d;
                return op is Op.Equal or Op.NotEqual ? Equal(x == y) : nodeSetLeft ? Numbers(x, y) : Numbers(y, x);
            }

            if (set is Path { IsAttribute: true } attribute)
            {
                // @name against a number or a string: one node at most, compared without a list.
                var found = attribute.AttributeOf(scratch, context);
                if (other.Kind == ResultKind.Number)
                {
                    var number = other.Number(scratch, context);
                    if (found < 0)
                    {
                        return false;
                    }

                    var value = ToNumber(tree.StringValue(found));
                    return nodeSetLeft ? Numbers(value, number) : Numbers(number, value);
                }

                var text = other.String(scratch, context);
                if (found < 0)
                {
                    return false;
                }

                return nodeSetLeft ? Strings(tree.StringValue(found), text) : Strings(text, tree.StringValue(found));
            }

            var nodes = scratch.Rent();
            set.Select(scratch, context, nodes);
            var result = false;
            if (other.Kind == ResultKind.Number)
            {
                var number = other.Number(scratch, context);
                foreach (var node in nodes)
                {
                    var value = ToNumber(tree.StringValue(node));
                    if (nodeSetLeft ? Numbers(value, number) : Numbers(number, value))
                    {
                        result = true;
                        break;
                    }
                }
            }
            else
            {
                var text = other.String(scratch, context);
                foreach (var node in nodes)
                {
                    var value = tree.StringValue(node);
                    if (nodeSetLeft ? Strings(value, text) : Strings(text, value))
                    {
                        result = true;
                        break;
                    }
                }
            }

            scratch.Return(nodes);
            return result;
        }
    }

    private sealed class Union(List<ActivityXPath> branches) : ActivityXPath
    {
        public override ResultKind Kind => ResultKind.NodeSet;

        public override void Select(ActivityXPathScratch scratch, int context, List<int> into)
        {
            foreach (var branch in branches)
            {
                var nodes = scratch.Rent();
                branch.Select(scratch, context, nodes);
                into.AddRange(nodes);
                scratch.Return(nodes);
            }

            Path.Normalise(into);
        }
    }

    private sealed class Step(Axis axis, Test test, string localName, string namespaceUri, List<ActivityXPath> predicates)
    {
        public Axis Axis => axis;

        public Test Test => test;

        public bool HasPredicates => predicates.Count > 0;

        /// <summary>The name table <see cref="_name"/> and <see cref="_namespace"/> are atoms of.</summary>
        private XmlNameTable? _table;
        private string _name = string.Empty;
        private string _namespace = string.Empty;

        /// <summary>The children the step found last (of <see cref="_childrenOf"/>, in the scratch's tree of that <see cref="ActivityXPathScratch.Generation"/>).</summary>
        private List<int>? _children;
        private int _childrenOf = -1;
        private int _generation = -1;

        public Step WithAxis(Axis other) => new(other, test, localName, namespaceUri, predicates);

        /// <summary>Adds the nodes of the step from <paramref name="node"/> to <paramref name="output"/>, in the axis's order, filtered by the predicates.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Apply(ActivityXPathScratch scratch, int node, List<int> output)
        {
            var tree = scratch.Tree;
            var start = output.Count;
            ref readonly var at = ref tree[node];
            Atomise(tree);

            switch (axis)
            {
                case Axis.Child when test == Test.Name && at.Type is XPathNodeType.Element or XPathNodeType.Root && tree.SubtreeEnd(node) - node > ActivityXPathScratch.ChildrenRememberedAbove:
                    // An element with many children (an activity, for every path of the ruleset that starts from it):
                    // its children of each name are found once per tree and remembered.
                    if (_generation != scratch.Generation || _childrenOf != node)
                    {
                        _children = scratch.ChildElements(node, _name, _namespace);
                        _childrenOf = node;
                        _generation = scratch.Generation;
                    }

                    output.AddRange(CollectionsMarshal.AsSpan(_children));
                    break;
                case Axis.Child:
                    for (var child = at.FirstChild; child > 0; child = tree[child].NextSibling)
                    {
                        Match(tree, child, output);
                    }

                    break;
                case Axis.Attribute:
                    if (at.Type == XPathNodeType.Element)
                    {
                        for (var i = node + 1; i <= node + at.AttributeCount; i++)
                        {
                            Match(tree, i, output);
                        }
                    }

                    break;
                case Axis.Self:
                    Match(tree, node, output);
                    break;
                case Axis.Parent:
                    if (at.Parent >= 0)
                    {
                        Match(tree, at.Parent, output);
                    }

                    break;
                case Axis.DescendantOrSelf or Axis.Descendant:
                    if (axis == Axis.DescendantOrSelf)
                    {
                        Match(tree, node, output);
                    }

                    // An element name that is nowhere in the tree is not among the descendants either (the check of
                    // a currency on every value, forecast and loan status of an activity without them).
                    if (at.Type is XPathNodeType.Element or XPathNodeType.Root && (test != Test.Name || tree.HasElementNamed(_name)))
                    {
                        Descendants(tree, node + 1, tree.SubtreeEnd(node), output);
                    }

                    break;
            }

            foreach (var predicate in predicates)
            {
                var kept = start;
                var count = output.Count;
                for (var i = start; i < count; i++)
                {
                    var candidate = output[i];
                    var holds = predicate.Kind == ResultKind.Number
                        ? predicate.Number(scratch, candidate) == i - start + 1
                        : predicate.Boolean(scratch, candidate);
                    if (holds)
                    {
                        output[kept++] = candidate;
                    }
                }

                output.RemoveRange(kept, count - kept);
            }
        }

        /// <summary>The attribute of the step's name on <paramref name="element"/>, or -1: the step <c>@name</c> without predicates, from one node.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Attribute(ActivityTree tree, int element)
        {
            Atomise(tree);
            ref readonly var at = ref tree[element];
            if (at.Type != XPathNodeType.Element)
            {
                return -1;
            }

            var last = element + at.AttributeCount;
            for (var i = element + 1; i <= last; i++)
            {
                var name = tree[i].Name;
                if (ReferenceEquals(name.LocalName, _name) && ReferenceEquals(name.NamespaceUri, _namespace) && name.Type == XPathNodeType.Attribute)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// Makes the step's name an atom of the tree's name table, as the tree's names are: a name is then compared by
        /// reference (an expression is evaluated on one thread, see ActivityXPathScratch).
        /// </summary>
        private void Atomise(ActivityTree tree)
        {
            if (test == Test.Name && !ReferenceEquals(_table, tree.NameTable))
            {
                _name = tree.NameTable.Add(localName);
                _namespace = tree.NameTable.Add(namespaceUri);
                _table = tree.NameTable;
            }
        }

        /// <summary>Adds the nodes from <paramref name="from"/> to <paramref name="end"/> (not attributes) that pass the test, walking the tree's array a chunk at a time.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Descendants(ActivityTree tree, int from, int end, List<int> output)
        {
            for (var i = from; i < end;)
            {
                var nodes = tree.Span(i, end);
                for (var k = 0; k < nodes.Length; k++)
                {
                    var name = nodes[k].Name;
                    var matches = test switch
                    {
                        Test.Name => ReferenceEquals(name.LocalName, _name) && name.Type == XPathNodeType.Element && ReferenceEquals(name.NamespaceUri, _namespace),
                        Test.AnyName => name.Type == XPathNodeType.Element,
                        Test.Text => name.Type is XPathNodeType.Text or XPathNodeType.Whitespace or XPathNodeType.SignificantWhitespace,
                        _ => name.Type != XPathNodeType.Attribute,
                    };
                    if (matches)
                    {
                        output.Add(i + k);
                    }
                }

                i += nodes.Length;
            }
        }

        private void Match(ActivityTree tree, int index, List<int> output)
        {
            ref readonly var node = ref tree[index];
            var principal = axis == Axis.Attribute ? XPathNodeType.Attribute : XPathNodeType.Element;
            var matches = test switch
            {
                Test.Name => node.Type == principal && ReferenceEquals(node.LocalName, _name) && ReferenceEquals(node.NamespaceUri, _namespace),
                Test.AnyName => node.Type == principal,
                Test.Text => node.Type is XPathNodeType.Text or XPathNodeType.Whitespace or XPathNodeType.SignificantWhitespace,
                _ => true,
            };
            if (matches)
            {
                output.Add(index);
            }
        }
    }

    private sealed class Path(bool absolute, List<Step> steps) : ActivityXPath
    {
        /// <summary>The step when the path is <c>@name</c> alone (most predicates compare one): at most one node, found without a list.</summary>
        private readonly Step? _attribute = !absolute && steps is [{ Axis: Axis.Attribute, Test: Test.Name, HasPredicates: false } only] ? only : null;

        /// <summary>A path with a predicate (one of the costly ones, and the ones the ruleset repeats) remembers its last node-set, when no longer than this.</summary>
        private const int RememberedAtMost = 64;

        private readonly bool _remembers = steps.Any(s => s.HasPredicates);

        /// <summary>The nodes the path selected last, from <see cref="_rememberedOf"/> in the tree of scratch generation <see cref="_rememberedGeneration"/>.</summary>
        private List<int>? _remembered;
        private int _rememberedGeneration = -1;
        private int _rememberedOf = -1;

        public override ResultKind Kind => ResultKind.NodeSet;

        /// <summary>Whether the path is <c>@name</c> alone, whose node <see cref="AttributeOf"/> finds.</summary>
        public bool IsAttribute => _attribute is not null;

        /// <summary>The node of the path <c>@name</c> from <paramref name="context"/>, or -1; only when <see cref="IsAttribute"/>.</summary>
        public int AttributeOf(ActivityXPathScratch scratch, int context) => _attribute!.Attribute(scratch.Tree, context);

        public override string String(ActivityXPathScratch scratch, int context)
        {
            if (_attribute is null)
            {
                return base.String(scratch, context);
            }

            var found = _attribute.Attribute(scratch.Tree, context);
            return found < 0 ? string.Empty : scratch.Tree.StringValue(found);
        }

        protected override bool Any(ActivityXPathScratch scratch, int context) =>
            _attribute is null ? base.Any(scratch, context) : _attribute.Attribute(scratch.Tree, context) >= 0;

        /// <summary>Puts a list of nodes in document order (index order) and removes duplicates.</summary>
        public static void Normalise(List<int> nodes)
        {
            for (var i = 1; i < nodes.Count; i++)
            {
                if (nodes[i] <= nodes[i - 1])
                {
                    nodes.Sort();
                    var kept = 1;
                    for (var j = 1; j < nodes.Count; j++)
                    {
                        if (nodes[j] != nodes[kept - 1])
                        {
                            nodes[kept++] = nodes[j];
                        }
                    }

                    nodes.RemoveRange(kept, nodes.Count - kept);
                    return;
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override void Select(ActivityXPathScratch scratch, int context, List<int> into)
        {
            if (!_remembers)
            {
                SelectNew(scratch, context, into);
                return;
            }

            var start = absolute ? 0 : context;
            if (_rememberedGeneration == scratch.Generation && _rememberedOf == start)
            {
                into.AddRange(CollectionsMarshal.AsSpan(_remembered));
                return;
            }

            var from = into.Count;
            SelectNew(scratch, context, into);
            if (into.Count - from <= RememberedAtMost)
            {
                // Written after the evaluation, which may have used the path from another context (in a predicate).
                _remembered ??= [];
                _remembered.Clear();
                _remembered.AddRange(CollectionsMarshal.AsSpan(into)[from..]);
                _rememberedGeneration = scratch.Generation;
                _rememberedOf = start;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void SelectNew(ActivityXPathScratch scratch, int context, List<int> into)
        {
            if (_attribute is not null)
            {
                var found = _attribute.Attribute(scratch.Tree, context);
                if (found >= 0)
                {
                    into.Add(found);
                }

                return;
            }

            var start = absolute ? 0 : context;
            if (steps.Count <= 1)
            {
                // From one node a step gives its nodes in document order, without duplicates.
                if (steps.Count == 0)
                {
                    into.Add(start);
                }
                else
                {
                    steps[0].Apply(scratch, start, into);
                }

                return;
            }

            var current = scratch.Rent();
            steps[0].Apply(scratch, start, current);
            for (var s = 1; s < steps.Count; s++)
            {
                var next = s == steps.Count - 1 ? into : scratch.Rent();
                foreach (var node in current)
                {
                    steps[s].Apply(scratch, node, next);
                }

                if (current.Count > 1)
                {
                    Normalise(next);
                }

                scratch.Return(current);
                current = next;
            }
        }
    }

    /// <summary>
    /// A token of the expression. Kinds: 'n' name, 's' string literal, '0' number, 'e' end, and the operators by their
    /// first character: 'D' is //, 'P' .., 'C' ::, '!' !=, 'l' &lt;=, 'g' &gt;=, any other its single character.
    /// </summary>
    private readonly record struct Token(char Kind, string Text, double Number = 0);

    private static class Lexer
    {
        public static List<Token> Tokens(string text)
        {
            var tokens = new List<Token>();
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c is ' ' or '\t' or '\r' or '\n')
                {
                    i++;
                    continue;
                }

                var next = i + 1 < text.Length ? text[i + 1] : '\0';
                if (c is '\'' or '"')
                {
                    var end = text.IndexOf(c, i + 1);
                    if (end < 0)
                    {
                        throw new FormatException("An unclosed literal.");
                    }

                    tokens.Add(new Token('s', text[(i + 1)..end]));
                    i = end + 1;
                }
                else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(next)))
                {
                    var start = i;
                    while (i < text.Length && char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }

                    if (i < text.Length && text[i] == '.')
                    {
                        i++;
                        while (i < text.Length && char.IsAsciiDigit(text[i]))
                        {
                            i++;
                        }
                    }

                    tokens.Add(new Token('0', text[start..i], ToNumber(text[start..i])));
                }
                else if (char.IsLetter(c) || c == '_')
                {
                    var start = i;
                    while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '_' or '.'))
                    {
                        i++;
                    }

                    tokens.Add(new Token('n', text[start..i]));
                }
                else
                {
                    var kind = (c, next) switch
                    {
                        ('/', '/') => 'D',
                        ('.', '.') => 'P',
                        (':', ':') => 'C',
                        ('!', '=') => '!',
                        ('<', '=') => 'l',
                        ('>', '=') => 'g',
                        ('!', _) => throw new FormatException("A lone '!'."),
                        _ when "/.:()[]@,|+-=<>*$".Contains(c, StringComparison.Ordinal) => c,
                        _ => throw new FormatException($"The character '{c}' is not in the subset."),
                    };
                    var length = kind is 'D' or 'P' or 'C' or '!' or 'l' or 'g' ? 2 : 1;
                    tokens.Add(new Token(kind, text.Substring(i, length)));
                    i += length;
                }
            }

            tokens.Add(new Token('e', string.Empty));
            return tokens;
        }
    }

    /// <summary>Recursive descent over XPath 1.0's grammar; any production outside the subset throws <see cref="FormatException"/>.</summary>
    private sealed class Parser(List<Token> tokens, Dictionary<string, ActivityXPath>? shared)
    {
        private int _at;

        public bool AtEnd => Peek.Kind == 'e';

        private Token Peek => tokens[_at];

        public ActivityXPath Expression() => Or();

        private Token Take() => tokens[_at++];

        private bool TakeIf(char kind)
        {
            if (Peek.Kind != kind)
            {
                return false;
            }

            _at++;
            return true;
        }

        private bool TakeName(string name)
        {
            if (Peek.Kind != 'n' || Peek.Text != name)
            {
                return false;
            }

            _at++;
            return true;
        }

        private void Expect(char kind)
        {
            if (!TakeIf(kind))
            {
                throw new FormatException($"Expected '{kind}'.");
            }
        }

        private ActivityXPath Or()
        {
            var left = And();
            while (TakeName("or"))
            {
                left = new Binary(Op.Or, left, And());
            }

            return left;
        }

        private ActivityXPath And()
        {
            var left = Equality();
            while (TakeName("and"))
            {
                left = new Binary(Op.And, left, Equality());
            }

            return left;
        }

        private ActivityXPath Equality()
        {
            var left = Relational();
            while (true)
            {
                if (TakeIf('='))
                {
                    left = new Binary(Op.Equal, left, Relational());
                }
                else if (TakeIf('!'))
                {
                    left = new Binary(Op.NotEqual, left, Relational());
                }
                else
                {
                    return left;
                }
            }
        }

        private ActivityXPath Relational()
        {
            var left = Additive();
            while (true)
            {
                Op? op = Peek.Kind switch
                {
                    '<' => Op.Less,
                    'l' => Op.LessOrEqual,
                    '>' => Op.Greater,
                    'g' => Op.GreaterOrEqual,
                    _ => null,
                };
                if (op is null)
                {
                    return left;
                }

                _at++;
                left = new Binary(op.Value, left, Additive());
            }
        }

        private ActivityXPath Additive()
        {
            var left = Unary();
            while (true)
            {
                if (Peek.Kind == '*' || (Peek.Kind == 'n' && Peek.Text is "div" or "mod"))
                {
                    throw new FormatException("Multiplication is not in the subset.");
                }

                if (TakeIf('+'))
                {
                    left = new Binary(Op.Plus, left, Unary());
                }
                else if (TakeIf('-'))
                {
                    left = new Binary(Op.Minus, left, Unary());
                }
                else
                {
                    return left;
                }
            }
        }

        private ActivityXPath Unary() => TakeIf('-') ? new Negate(Unary()) : UnionExpression();

        private ActivityXPath UnionExpression()
        {
            var first = PathExpression();
            if (Peek.Kind != '|')
            {
                return first;
            }

            var branches = new List<ActivityXPath> { first };
            while (TakeIf('|'))
            {
                branches.Add(PathExpression());
            }

            if (branches.Any(b => b.Kind != ResultKind.NodeSet))
            {
                throw new FormatException("A union of something other than node-sets.");
            }

            return new Union(branches);
        }

        private ActivityXPath PathExpression()
        {
            var token = Peek;
            ActivityXPath? primary = token.Kind switch
            {
                's' => new Literal(Take().Text),
                '0' => new NumberLiteral(Take().Number),
                '(' => Parenthesised(),
                'n' when tokens[_at + 1].Kind == '(' && token.Text is not ("text" or "node" or "comment" or "processing-instruction") => Function(),
                '$' => throw new FormatException("Variables are not in the subset."),
                _ => null,
            };
            if (primary is not null)
            {
                if (Peek.Kind is '[' or '/' or 'D')
                {
                    throw new FormatException("Filter expressions are not in the subset.");
                }

                return primary;
            }

            return LocationPath();
        }

        private ActivityXPath Parenthesised()
        {
            Expect('(');
            var inner = Expression();
            Expect(')');
            return inner;
        }

        private ActivityXPath Function()
        {
            var name = Take().Text;
            Expect('(');
            var arguments = new List<ActivityXPath>();
            if (!TakeIf(')'))
            {
                do
                {
                    arguments.Add(Expression());
                }
                while (TakeIf(','));

                Expect(')');
            }

            return (name, arguments.Count) switch
            {
                ("count", 1) when arguments[0].Kind == ResultKind.NodeSet => new Count(arguments[0]),
                ("not", 1) => new Not(arguments[0]),
                ("boolean", 1) => new AsBoolean(arguments[0]),
                ("number", 1) when arguments[0].Kind != ResultKind.Number => new AsNumber(arguments[0]),
                ("number", 0) => new AsNumber(null),
                ("true", 0) => new Constant(true),
                ("false", 0) => new Constant(false),
                _ => throw new FormatException($"The function {name}() is not in the subset."),
            };
        }

        private ActivityXPath LocationPath()
        {
            var first = _at;
            var path = NewLocationPath();
            if (shared is null)
            {
                return path;
            }

            // The same tokens make the same path: the one compiled first stands for all.
            var key = new StringBuilder();
            for (var i = first; i < _at; i++)
            {
                key.Append(tokens[i].Kind).Append(tokens[i].Text).Append('\u0001');
            }

            var text = key.ToString();
            if (shared.TryGetValue(text, out var known))
            {
                return known;
            }

            // Bounded, as the expressions of loops are written with values from the file.
            if (shared.Count < SharedPathsAtMost)
            {
                shared[text] = path;
            }

            return path;
        }

        private Path NewLocationPath()
        {
            var steps = new List<Step>();
            var absolute = false;
            if (TakeIf('/'))
            {
                absolute = true;
                if (!StartsStep())
                {
                    return new Path(true, steps);
                }
            }
            else if (TakeIf('D'))
            {
                absolute = true;
                steps.Add(DescendantOrSelfNode());
            }

            steps.Add(StepExpression());
            while (true)
            {
                if (TakeIf('/'))
                {
                    steps.Add(StepExpression());
                }
                else if (TakeIf('D'))
                {
                    steps.Add(DescendantOrSelfNode());
                    steps.Add(StepExpression());
                }
                else
                {
                    break;
                }
            }

            // "//name" with no predicate is the descendant axis: one pass over the subtree, no list of every node.
            for (var i = 0; i < steps.Count - 1; i++)
            {
                if (steps[i] is { Axis: Axis.DescendantOrSelf, Test: Test.Node, HasPredicates: false } && steps[i + 1] is { Axis: Axis.Child, HasPredicates: false } child)
                {
                    steps[i] = child.WithAxis(Axis.Descendant);
                    steps.RemoveAt(i + 1);
                }
            }

            return new Path(absolute, steps);
        }

        private bool StartsStep() => Peek.Kind is 'n' or '*' or '@' or '.' or 'P';

        private static Step DescendantOrSelfNode() => new(Axis.DescendantOrSelf, Test.Node, string.Empty, string.Empty, []);

        private Step StepExpression()
        {
            if (TakeIf('.'))
            {
                return new Step(Axis.Self, Test.Node, string.Empty, string.Empty, []);
            }

            if (TakeIf('P'))
            {
                return new Step(Axis.Parent, Test.Node, string.Empty, string.Empty, []);
            }

            var axis = Axis.Child;
            if (TakeIf('@'))
            {
                axis = Axis.Attribute;
            }
            else if (Peek.Kind == 'n' && tokens[_at + 1].Kind == 'C')
            {
                axis = Take().Text switch
                {
                    "child" => Axis.Child,
                    "attribute" => Axis.Attribute,
                    "descendant" => Axis.Descendant,
                    "descendant-or-self" => Axis.DescendantOrSelf,
                    "self" => Axis.Self,
                    "parent" => Axis.Parent,
                    var other => throw new FormatException($"The axis {other} is not in the subset."),
                };
                Take();
            }

            Test test;
            string localName = string.Empty, namespaceUri = string.Empty;
            if (TakeIf('*'))
            {
                test = Test.AnyName;
            }
            else if (Peek.Kind == 'n' && tokens[_at + 1].Kind == '(')
            {
                test = Take().Text switch
                {
                    "text" => Test.Text,
                    "node" => Test.Node,
                    _ => throw new FormatException("That node test is not in the subset."),
                };
                Take();
                Expect(')');
            }
            else if (Peek.Kind == 'n')
            {
                localName = Take().Text;
                test = Test.Name;
                if (TakeIf(':'))
                {
                    // Only the prefix every namespace manager knows; another would need the caller's bindings.
                    if (localName != "xml" || Peek.Kind != 'n')
                    {
                        throw new FormatException("Only the xml prefix is in the subset.");
                    }

                    namespaceUri = XmlNamespace;
                    localName = Take().Text;
                }
            }
            else
            {
                throw new FormatException("A step needs a node test.");
            }

            var predicates = new List<ActivityXPath>();
            while (TakeIf('['))
            {
                predicates.Add(Expression());
                Expect(']');
            }

            return new Step(axis, test, localName, namespaceUri, predicates);
        }
    }
}

/// <summary>
/// The tree an <see cref="ActivityXPath"/> is evaluated on and the lists it borrows, reused from one evaluation to the
/// next, and the child elements of each name of the tree's larger elements, found once per tree. One thread uses a
/// scratch, and the expressions evaluated with it, at a time.
/// </summary>
internal sealed class ActivityXPathScratch
{
    /// <summary>An element of a subtree larger than this many nodes has its child elements of each name remembered.</summary>
    internal const int ChildrenRememberedAbove = 24;

    private readonly Stack<List<int>> _free = new();
    private readonly Dictionary<ChildKey, List<int>> _children = [];

    /// <summary>The parents whose children are in <see cref="_children"/>, the last one asked also in <see cref="_lastIndexed"/>.</summary>
    private readonly HashSet<int> _indexed = [];

    /// <summary>The list of no children, never changed.</summary>
    private readonly List<int> _none = [];
    private int _lastIndexed = -1;
    private ActivityTree _tree = null!;

    /// <summary>The tree of the activity being checked; setting it (again, once the tree holds the next activity) forgets the children remembered.</summary>
    public ActivityTree Tree
    {
        get => _tree;
        set
        {
            _tree = value;
            Generation = Interlocked.Increment(ref s_generations);
            foreach (var list in _children.Values)
            {
                Return(list);
            }

            _children.Clear();
            _indexed.Clear();
            _lastIndexed = -1;
        }
    }

    /// <summary>The trees set on any scratch so far.</summary>
    private static int s_generations;

    /// <summary>
    /// The number of this tree among those set on any scratch (an expression may be evaluated with several): a list that
    /// <see cref="ChildElements"/> gave is valid while this is unchanged.
    /// </summary>
    public int Generation { get; private set; }

    /// <summary>
    /// The child elements of <paramref name="parent"/> with that local name and namespace (atoms of the tree's name
    /// table), in document order; the same list for the rest of the tree, which callers do not change.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<int> ChildElements(int parent, string localName, string namespaceUri)
    {
        if (parent != _lastIndexed && _indexed.Add(parent))
        {
            // The first name asked of this parent: all its child elements are sorted by name in one pass.
            var tree = _tree;
            for (var child = tree[parent].FirstChild; child > 0; child = tree[child].NextSibling)
            {
                ref readonly var node = ref tree[child];
                if (node.Type == XPathNodeType.Element)
                {
                    var name = new ChildKey(parent, node.LocalName, node.NamespaceUri);
                    if (!_children.TryGetValue(name, out var list))
                    {
                        list = Rent();
                        _children[name] = list;
                    }

                    list.Add(child);
                }
            }
        }

        _lastIndexed = parent;
        return _children.TryGetValue(new ChildKey(parent, localName, namespaceUri), out var known) ? known : _none;
    }

    /// <summary>An empty list, given back with <see cref="Return"/>.</summary>
    public List<int> Rent() => _free.Count > 0 ? _free.Pop() : [];

    /// <summary>Gives a list back; it is emptied.</summary>
    public void Return(List<int> list)
    {
        list.Clear();
        if (list.Capacity <= 65_536)
        {
            _free.Push(list);
        }
    }

    /// <summary>A parent and a name, the name's strings compared by reference (atoms of one name table).</summary>
    private readonly struct ChildKey(int parent, string localName, string namespaceUri) : IEquatable<ChildKey>
    {
        private readonly int _parent = parent;
        private readonly string _localName = localName;
        private readonly string _namespaceUri = namespaceUri;

        public bool Equals(ChildKey other) =>
            _parent == other._parent && ReferenceEquals(_localName, other._localName) && ReferenceEquals(_namespaceUri, other._namespaceUri);

        public override bool Equals(object? obj) => obj is ChildKey other && Equals(other);

        // From the parent and the local name's length and first and last characters: the names of one parent's
        // children seldom share all three, and this needs neither a call into the runtime for an object's hash code
        // nor a pass over the characters (the strings are still compared by reference).
        public override int GetHashCode() =>
            (_parent * 31) ^ (_localName.Length << 16) ^ (_localName.Length == 0 ? 0 : (_localName[0] << 8) ^ _localName[^1]) ^ _namespaceUri.Length;
    }
}
