using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Json.Contracts;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json.Reading;

/// <summary>
/// One walk over a parsed document that turns it into domain values: it collects every problem with its JSON path,
/// and reports the problems of the domain's factories below the path of the object they were called for.
/// </summary>
internal sealed class JsonWalk
{
    // The codelist's countries by their two capital letters, AA at 0 to ZZ at 675: a look-up is one index.
    private static readonly Country?[] CountryCodes = CountryTable();

    // Arrays up to this length get all their slots at once; longer ones grow as their items are read.
    private const int ShortArray = 1024;

    // A walk kept for the next read keeps a list of known names up to this long; a longer one (a huge map's keys) is let go.
    private const int KeptNames = 64;

    // The last walk finished on this thread, with its readers and lists, ready for the next read (see Rent).
    [ThreadStatic]
    private static JsonWalk? t_spareWalk;

    private ProblemList _problems;

    // The property names asked for by the open object readers, outer objects first: a reader's names lie above
    // those of the readers it is nested in, so one list serves the whole walk (see ObjectReader).
    // The list is the first _knownCount slots of the array; slots up to _knownHigh may still hold names (see Return).
    private string[] _known = new string[KeptNames];
    private int _knownCount;
    private int _knownHigh;

    // Readers of finished objects, ready for the next (see Object and ObjectReader.Finish).
    private readonly Stack<ObjectReader> _spare = new();

    // The bytes the document was parsed from and the objects counted in them (see the constructor), or null.
    private byte[]? _document;
    private int _length;
    private byte[]? _counted;

    public JsonWalk()
        : this(JsonReadOptions.Default)
    {
    }

    public JsonWalk(JsonReadOptions options)
    {
        Options = options;
        _problems = new ProblemList(options.MaxProblems);
    }

    /// <summary>
    /// A walk over a document parsed from <paramref name="document"/> without the parser's check for duplicate names:
    /// it counts the objects it sees whole with distinct names (<see cref="DistinctObjects"/>) instead. Call
    /// <see cref="Release"/> at the end.
    /// </summary>
    public JsonWalk(JsonReadOptions options, byte[] document, int length)
        : this(options) => Count(document, length);

    /// <summary>The options of the read, such as the registered rule kinds.</summary>
    public JsonReadOptions Options { get; private set; }

    /// <summary>
    /// A walk for one read: the one last finished on this thread when there is one (its readers and lists are made
    /// once, not for every read), else a new one. With a document, as <see cref="JsonWalk(JsonReadOptions, byte[], int)"/>.
    /// Call <see cref="Return"/> at the end, once nothing uses the walk any more.
    /// </summary>
    public static JsonWalk Rent(JsonReadOptions options, byte[]? document = null, int length = 0)
    {
        var walk = t_spareWalk;
        if (walk is null)
        {
            walk = new JsonWalk(options);
        }
        else
        {
            // A read within a read (on the same thread) finds no spare and makes its own.
            t_spareWalk = null;
            walk.Options = options;
            walk._problems = new ProblemList(options.MaxProblems);
            walk.DistinctObjects = 0;
        }

        if (document is not null)
        {
            walk.Count(document, length);
        }

        return walk;
    }

    /// <summary>
    /// Releases what the walk borrowed and keeps it for the next read on this thread; it lets go of the read's options,
    /// problems and document, so that the thread holds nothing of the read but the walk's own lists.
    /// </summary>
    public void Return()
    {
        Release();
        _document = null;
        _length = 0;
        Options = JsonReadOptions.Default;
        _problems = null!;
        if (_known.Length > KeptNames)
        {
            _known = new string[KeptNames];
        }
        else
        {
            System.Array.Clear(_known, 0, _knownHigh);
        }

        _knownCount = 0;
        _knownHigh = 0;
        foreach (var reader in _spare)
        {
            reader.Forget();
        }

        t_spareWalk = this;
    }

    private void Count(byte[] document, int length)
    {
        _document = document;
        _length = length;

        // One bit for each byte of the document, set at the '{' of each object counted, so none is counted twice.
        _counted = System.Buffers.ArrayPool<byte>.Shared.Rent((length / 8) + 1);
        System.Array.Clear(_counted, 0, (length / 8) + 1);
    }

    /// <summary>Every problem found so far, including those beyond <see cref="JsonReadOptions.MaxProblems"/>.</summary>
    public long ProblemCount => _problems.Count;

    /// <summary>Whether further problems are only counted: a caller with a costly message checks this and calls <see cref="Omit"/>.</summary>
    public bool IsFull => _problems.IsFull;

    public void Add(string code, ValuePath path, string message) => _problems.Add(code, path, message);

    /// <summary>Adds a problem whose message is formatted only when it is kept (see <see cref="ProblemMessage"/>).</summary>
    public void Add(string code, ValuePath path, [InterpolatedStringHandlerArgument("")] ref ProblemMessage message) =>
        _problems.Add(code, path, message.ToStringAndClear());

    /// <summary>Counts problems whose messages are not built because <see cref="IsFull"/>.</summary>
    public void Omit(long count = 1) => _problems.Omit(count);

    /// <summary>Takes the value of a factory's result, or records its problems below <paramref name="path"/>.</summary>
    public T? Take<T>(ValidationResult<T> result, ValuePath path)
        where T : class
    {
        if (result.TryPickT0(out var value, out var failure))
        {
            return value;
        }

        if (_problems.IsFull)
        {
            _problems.Omit(failure.Problems.Length);
            return null;
        }

        var prefix = path.ToString();
        foreach (var problem in failure.Problems)
        {
            _problems.Add(problem.Under(prefix));
        }

        return null;
    }

    public ValidationFailure ToFailure() => _problems.ToFailure();

    /// <summary>How many of the document's objects were seen whole, each name in them once.</summary>
    public int DistinctObjects { get; private set; }

    /// <summary>
    /// Counts an object whose every property has been read, each name once (its reader has checked that). An object
    /// met again, or not in the document's bytes, is not counted.
    /// </summary>
    internal void CountDistinct(JsonElement element)
    {
        if (_counted is null)
        {
            return;
        }

        var raw = JsonMarshal.GetRawUtf8Value(element);
        var offset = Unsafe.ByteOffset(ref MemoryMarshal.GetArrayDataReference(_document!), ref MemoryMarshal.GetReference(raw));
        if (offset < 0 || offset >= _length)
        {
            return;
        }

        var at = (int)offset;
        var bit = (byte)(1 << (at & 7));
        if ((_counted[at >> 3] & bit) == 0)
        {
            _counted[at >> 3] |= bit;
            DistinctObjects++;
        }
    }

    /// <summary>Returns what <see cref="CountDistinct"/> borrowed.</summary>
    public void Release()
    {
        if (_counted is not null)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(_counted);
            _counted = null;
        }
    }

    internal int KnownCount => _knownCount;

    /// <summary>Adds a name above the first <paramref name="keep"/>, dropping any left above them by a nested reader.</summary>
    internal void PushKnown(int keep, string name)
    {
        DropKnown(keep);
        if (_knownCount == _known.Length)
        {
            System.Array.Resize(ref _known, _known.Length * 2);
        }

        _known[_knownCount++] = name;
        _knownHigh = Math.Max(_knownHigh, _knownCount);
    }

    /// <summary>Drops the names above the first <paramref name="keep"/> (their slots are cleared when the walk is returned).</summary>
    internal void DropKnown(int keep)
    {
        if (_knownCount > keep)
        {
            _knownCount = keep;
        }
    }

    internal bool IsKnown(int start, int count, string name)
    {
        // The == of strings compares references, then lengths, then text: names are mostly constants of other lengths.
        foreach (var known in _known.AsSpan(start, count))
        {
            if (known == name)
            {
                return true;
            }
        }

        return false;
    }

    internal IEnumerable<string> Known(int start, int count) => new ArraySegment<string>(_known, start, count);

    /// <summary>Opens an object, or reports that the value is not one.</summary>
    public ObjectReader? Object(JsonElement element, ValuePath path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            WrongType(path, "an object", element);
            return null;
        }

        var reader = _spare.Count > 0 ? _spare.Pop() : new ObjectReader(this);
        reader.Open(element, path);
        return reader;
    }

    /// <summary>Keeps a finished reader for the next object, so that a walk makes about as many readers as the document is deep.</summary>
    internal void Recycle(ObjectReader reader) => _spare.Push(reader);

    public void WrongType(ValuePath path, string expected, JsonElement found) =>
        Add(JsonProblemCodes.WrongType, path, $"Expected {expected}; found {Describe(found)}.");

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    public string? String(JsonElement element, ValuePath path) => String(element, element.ValueKind, path);

    /// <summary>Reads a string whose kind the caller has found already (each look at a kind asks the parsed document again).</summary>
    public string? String(JsonElement element, JsonValueKind kind, ValuePath path)
    {
        if (kind != JsonValueKind.String)
        {
            WrongType(path, "a string", element);
            return null;
        }

        return element.GetString();
    }

    public Country? Country(JsonElement element, ValuePath path) => Country(element, element.ValueKind, path);

    public Country? Country(JsonElement element, JsonValueKind kind, ValuePath path)
    {
        if (kind == JsonValueKind.String && CountryByCode(element) is { } known)
        {
            return known;
        }

        var code = String(element, kind, path);
        if (code is null)
        {
            return null;
        }

        if (Geography.Country.TryFromCode(code, out var country) && country.Code == code)
        {
            return country;
        }

        Add(ProblemCodes.UnknownCode, path, $"'{Shorten(code)}' is not a code of the IATI Country codelist (two capital letters, such as 'BA'; Kosovo is 'XK').");
        return null;
    }

    public Currency? Currency(JsonElement element, ValuePath path)
    {
        var code = String(element, path);
        if (code is null)
        {
            return null;
        }

        if (Finance.Currency.TryFromCode(code, out var currency) && currency.Code == code)
        {
            return currency;
        }

        Add(ProblemCodes.UnknownCode, path, $"'{Shorten(code)}' is not a code of the IATI Currency codelist (three capital letters, such as 'EUR').");
        return null;
    }

    public TEnum? Enum<TEnum>(JsonElement element, ValuePath path)
        where TEnum : struct, Enum => Enum<TEnum>(element, element.ValueKind, path);

    public TEnum? Enum<TEnum>(JsonElement element, JsonValueKind kind, ValuePath path)
        where TEnum : struct, Enum
    {
        if (kind == JsonValueKind.String && EnumUtf8<TEnum>.Find(JsonMarshal.GetRawUtf8Value(element)) is { } known)
        {
            return known;
        }

        var name = String(element, kind, path);
        if (name is null)
        {
            return null;
        }

        if (EnumName<TEnum>.ByName.TryGetValue(name, out var value))
        {
            return value;
        }

        Add(JsonProblemCodes.UnknownValue, path, $"'{Shorten(name)}' is not a known {EnumName<TEnum>.Description}; expected one of: {string.Join(", ", EnumName<TEnum>.Names)}.");
        return null;
    }

    /// <summary>
    /// Reads a whole number in the range of <see cref="int"/>, however it is spelt (<c>3</c>, <c>3.0</c>, <c>3e0</c>,
    /// as JSON Schema's <c>integer</c> allows); a fraction, or a number too small or precise to tell, is the wrong type.
    /// </summary>
    public int? Int(JsonElement element, ValuePath path) => Int(element, element.ValueKind, path);

    public int? Int(JsonElement element, JsonValueKind kind, ValuePath path)
    {
        if (kind != JsonValueKind.Number)
        {
            WrongType(path, "a whole number", element);
            return null;
        }

        if (element.TryGetInt32(out var value))
        {
            return value;
        }

        var fit = ExactNumber.Read(JsonMarshal.GetRawUtf8Value(element), out var exact, out var whole);
        if (fit == NumberFit.Exact && whole && exact is >= int.MinValue and <= int.MaxValue)
        {
            return (int)exact;
        }

        if (fit == NumberFit.TooLarge || (fit == NumberFit.Exact && whole))
        {
            Add(ProblemCodes.OutOfRange, path, string.Create(CultureInfo.InvariantCulture, $"The number is outside the range {int.MinValue} to {int.MaxValue}."));
        }
        else
        {
            Add(JsonProblemCodes.WrongType, path, "Expected a whole number; found a number with a fractional part.");
        }

        return null;
    }

    /// <summary>Reads a number exactly as written; one that a decimal cannot hold exactly is refused, never rounded.</summary>
    public decimal? Decimal(JsonElement element, JsonValueKind kind, ValuePath path)
    {
        if (kind != JsonValueKind.Number)
        {
            WrongType(path, "a number", element);
            return null;
        }

        switch (ExactNumber.Read(JsonMarshal.GetRawUtf8Value(element), out var value, out _))
        {
            case NumberFit.Exact:
                return value;
            case NumberFit.TooLarge:
                Add(ProblemCodes.OutOfRange, path, "The number is beyond the range of a decimal (at most 79228162514264337593543950335 either side of zero), so it cannot be read exactly.");
                return null;
            default:
                Add(ProblemCodes.OutOfRange, path, "The number cannot be held exactly by a decimal (at most 28 decimal places and 28 or 29 significant digits); it is refused rather than rounded.");
                return null;
        }
    }

    public bool? Bool(JsonElement element, JsonValueKind kind, ValuePath path)
    {
        if (kind is JsonValueKind.True or JsonValueKind.False)
        {
            return kind == JsonValueKind.True;
        }

        WrongType(path, "true or false", element);
        return null;
    }

    /// <summary>
    /// Reads one item of an array at its path; whether it was read (a broken item has reported why). Readers are
    /// structs, so that <see cref="Items"/> is made for each and calls it directly, with no delegate for each item.
    /// </summary>
    private interface IItemReader<T>
    {
        bool Read(JsonWalk walk, JsonElement item, ValuePath path, out T value);
    }

    /// <summary>Reads every element of an array; null when the value is not an array or any element failed.</summary>
    public ImmutableArray<T>? Array<T>(JsonElement element, ValuePath path, Func<JsonWalk, JsonElement, ValuePath, T?> read) =>
        Array(element, element.ValueKind, path, read);

    public ImmutableArray<T>? Array<T>(JsonElement element, JsonValueKind kind, ValuePath path, Func<JsonWalk, JsonElement, ValuePath, T?> read) =>
        Items<T, ByReader<T>>(element, kind, path, new(read));

    /// <summary>Reads an array of strings.</summary>
    public ImmutableArray<string>? Strings(JsonElement element, JsonValueKind kind, ValuePath path) =>
        Items<string, AsText>(element, kind, path, default);

    /// <summary>Reads an array of country codes.</summary>
    public ImmutableArray<Country>? Countries(JsonElement element, JsonValueKind kind, ValuePath path) =>
        Items<Country, ByCode>(element, kind, path, default);

    /// <summary>Reads an array of enum names (an enum's "not read" is a nullable struct, not a null reference, hence apart from <see cref="Array{T}(JsonElement, ValuePath, Func{JsonWalk, JsonElement, ValuePath, T})"/>).</summary>
    public ImmutableArray<TEnum>? EnumArray<TEnum>(JsonElement element, ValuePath path)
        where TEnum : struct, Enum => EnumArray<TEnum>(element, element.ValueKind, path);

    public ImmutableArray<TEnum>? EnumArray<TEnum>(JsonElement element, JsonValueKind kind, ValuePath path)
        where TEnum : struct, Enum =>
        Items<TEnum, ByName<TEnum>>(element, kind, path, default);

    /// <summary>
    /// The one reading of an array's items: null when the value is not an array or any item failed (every broken item
    /// reported).
    /// </summary>
    private ImmutableArray<T>? Items<T, TReader>(JsonElement element, JsonValueKind kind, ValuePath path, TReader reader)
        where TReader : struct, IItemReader<T>
    {
        if (kind != JsonValueKind.Array)
        {
            WrongType(path, "an array", element);
            return null;
        }

        var length = element.GetArrayLength();
        if (length <= ShortArray)
        {
            // A short array is read straight into its slots.
            var items = length == 0 ? [] : new T[length];
            var whole = true;
            var at = 0;
            foreach (var item in element.EnumerateArray())
            {
                if (reader.Read(this, item, JsonPath.Index(path, at), out var value))
                {
                    items[at] = value;
                }
                else
                {
                    whole = false;
                }

                at++;
            }

            return whole ? ImmutableCollectionsMarshal.AsImmutableArray(items) : null;
        }

        // A long one grows as it is read, and is dropped at the first broken item, so that a huge array of broken
        // items (each reported) holds no slots for values that will never be returned.
        var builder = ImmutableArray.CreateBuilder<T>(ShortArray);
        var ok = true;
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (!reader.Read(this, item, JsonPath.Index(path, i++), out var value))
            {
                ok = false;
                builder.Clear();
            }
            else if (ok)
            {
                builder.Add(value);
            }
        }

        return ok ? builder.DrainToImmutable() : null;
    }

    /// <summary>Items read by a function (objects, mostly).</summary>
    private readonly struct ByReader<T>(Func<JsonWalk, JsonElement, ValuePath, T?> read) : IItemReader<T>
    {
        public bool Read(JsonWalk walk, JsonElement item, ValuePath path, out T value) => (value = read(walk, item, path)!) is not null;
    }

    /// <summary>Items that are strings.</summary>
    private readonly struct AsText : IItemReader<string>
    {
        public bool Read(JsonWalk walk, JsonElement item, ValuePath path, out string value) => (value = walk.String(item, path)!) is not null;
    }

    /// <summary>Items that are country codes.</summary>
    private readonly struct ByCode : IItemReader<Country>
    {
        public bool Read(JsonWalk walk, JsonElement item, ValuePath path, out Country value) => (value = walk.Country(item, path)!) is not null;
    }

    /// <summary>Items that are enum names (an enum's "not read" is a nullable struct, not a null reference).</summary>
    private readonly struct ByName<TEnum> : IItemReader<TEnum>
        where TEnum : struct, Enum
    {
        public bool Read(JsonWalk walk, JsonElement item, ValuePath path, out TEnum value)
        {
            var named = walk.Enum<TEnum>(item, path);
            value = named.GetValueOrDefault();
            return named.HasValue;
        }
    }

    /// <summary>
    /// The country of a string value written as two capital letters without escapes, such as <c>"BA"</c>, found
    /// without making a string; null for anything else (the caller then reads the value the usual way). The caller has
    /// checked that the value is a string (its kind is read once, by the caller).
    /// </summary>
    private static Country? CountryByCode(JsonElement element)
    {
        // The raw value of a string includes its quotes.
        var raw = JsonMarshal.GetRawUtf8Value(element);
        if (raw.Length != 4)
        {
            return null;
        }

        var first = unchecked((uint)(raw[1] - 'A'));
        var second = unchecked((uint)(raw[2] - 'A'));
        return first < 26 && second < 26 ? CountryCodes[(first * 26) + second] : null;
    }

    private static Country?[] CountryTable()
    {
        var table = new Country?[26 * 26];
        foreach (var country in Geography.Country.All)
        {
            if (country.Code is [>= 'A' and <= 'Z', >= 'A' and <= 'Z'] code)
            {
                table[((code[0] - 'A') * 26) + (code[1] - 'A')] = country;
            }
        }

        return table;
    }

    public static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}

/// <summary>
/// The names of an enum's members as a document writes them, in UTF-8 with their quotes: a string value written
/// without escapes is found by comparing its raw bytes, with no string made and no hash computed.
/// </summary>
internal static class EnumUtf8<TEnum>
    where TEnum : struct, Enum
{
    private static readonly KeyValuePair<string, TEnum>[] Members = [.. EnumName<TEnum>.ByName];
    private static readonly byte[][] Names = [.. Members.Select(member => System.Text.Encoding.UTF8.GetBytes("\"" + member.Key + "\""))];
    private static readonly TEnum[] Values = [.. Members.Select(member => member.Value)];

    /// <summary>The member whose quoted name is <paramref name="raw"/>; null for anything else (an escaped name included).</summary>
    public static TEnum? Find(ReadOnlySpan<byte> raw)
    {
        var names = Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (raw.SequenceEqual(names[i]))
            {
                return Values[i];
            }
        }

        return null;
    }
}

/// <summary>
/// Reads the properties of one JSON object. Each property asked for becomes known; <see cref="Finish"/> reports every
/// property that was not asked for as unknown. A null value counts as absent.
/// </summary>
internal sealed class ObjectReader : PathNode
{
    // The longest name encoded on the stack; longer ones (only names of a document's own map keys) are encoded on the heap.
    private const int MaxStackName = 40;

    private readonly JsonWalk _walk;
    private JsonElement _element;

    // This reader's known names are the walk's names from _knownStart, _knownCount of them; _found counts those present.
    private int _knownStart;
    private int _knownCount;
    private int _found;
    private int _count;

    // One bit for each name known to this reader (see NameBit): a name whose bit is clear is not known, and is not
    // looked for among the known names, which would compare it with each of them.
    private ulong _asked;

    // The property after the last one found: readers ask for properties in the order the writers write them, so the
    // next one asked for is usually here, and a look-up is one comparison instead of a search of the object.
    private JsonElement.ObjectEnumerator _next;

    // Whether Finish has run: the reader then belongs to the walk's spares and must not be used by its last owner.
    private bool _finished = true;

    public ObjectReader(JsonWalk walk)
        : base(JsonPath.Root) => _walk = walk;

    /// <summary>Starts reading an object (a new reader, or a finished one reused).</summary>
    internal void Open(JsonElement element, ValuePath path)
    {
        Reset(path);
        _element = element;
        _knownStart = _walk.KnownCount;
        _knownCount = 0;
        _found = 0;
        _asked = 0;
        _count = element.GetPropertyCount();
        _next = element.EnumerateObject();
        Failed = false;
        _finished = false;
    }

    public JsonWalk Walk => _walk;

    /// <summary>Lets go of the last object read (the walk is kept for the next read, its document is not).</summary>
    internal void Forget()
    {
        _element = default;
        _next = default;
        Reset(JsonPath.Root);
    }

    /// <summary>
    /// Whether a property of this object is missing, of the wrong type or unreadable, so that the object cannot be
    /// made. Unknown properties do not count: they are reported, and the object is still checked.
    /// </summary>
    public bool Failed { get; private set; }

    /// <summary>Records that a property could not be read.</summary>
    public void Fail() => Failed = true;

    /// <summary>Finds a property and marks it known; a missing required one is reported.</summary>
    public bool TryGet(string name, bool required, out JsonElement value, out ValuePath path) =>
        TryGet(name, required, out value, out _, out path);

    /// <summary><see cref="TryGet(string, bool, out JsonElement, out ValuePath)"/>, with the kind of the value found (so that the reader of the value need not ask for it again).</summary>
    public bool TryGet(string name, bool required, out JsonElement value, out JsonValueKind kind, out ValuePath path)
    {
        // When every property of the object has been found, a name not among them is absent: nothing to encode or search.
        bool present;
        if (_found == _count && !IsKnown(name))
        {
            value = default;
            present = false;
        }
        else
        {
            // Names are short constants: encoded on the stack for each look-up, which costs less than finding them in a cache.
            present = name.Length <= MaxStackName
                ? Find(Utf8Name(name, stackalloc byte[MaxStackName * 3]), out value)
                : Find(System.Text.Encoding.UTF8.GetBytes(name), out value);
        }

        MarkKnown(name, present);
        path = Child(name);
        kind = present ? value.ValueKind : JsonValueKind.Undefined;
        if (present && kind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            _walk.Add(JsonProblemCodes.MissingProperty, path, $"The property '{name}' is required.");
            Failed = true;
        }

        return false;
    }

    private bool Find(ReadOnlySpan<byte> name, out JsonElement value)
    {
        var next = _next;
        if (next.MoveNext() && next.Current.NameEquals(name))
        {
            _next = next;
            value = next.Current.Value;
            return true;
        }

        // (TryGet has settled a name not known when every property has been found.)
        return _element.TryGetProperty(name, out value);
    }

    /// <summary>Marks a property known without reading it.</summary>
    public void Allow(string name) => MarkKnown(name, _element.TryGetProperty(name, out _));

    public T? Read<T>(string name, bool required, Func<JsonWalk, JsonElement, ValuePath, T?> read)
        where T : class =>
        TryGet(name, required, out var value, out var path) ? Check(read(_walk, value, path)) : null;

    public string? String(string name, bool required = false) =>
        TryGet(name, required, out var value, out var kind, out var path) ? Check(_walk.String(value, kind, path)) : null;

    public Country? Country(string name, bool required = false) =>
        TryGet(name, required, out var value, out var kind, out var path) ? Check(_walk.Country(value, kind, path)) : null;

    public TEnum? Enum<TEnum>(string name, bool required = false)
        where TEnum : struct, Enum =>
        TryGet(name, required, out var value, out var kind, out var path) ? Check(_walk.Enum<TEnum>(value, kind, path)) : null;

    public int? Int(string name, bool required = false) =>
        TryGet(name, required, out var value, out var kind, out var path) ? Check(_walk.Int(value, kind, path)) : null;

    public decimal? Decimal(string name, bool required = false) =>
        TryGet(name, required, out var value, out var kind, out var path) ? Check(_walk.Decimal(value, kind, path)) : null;

    public bool? Bool(string name, bool required = false) =>
        TryGet(name, required, out var value, out var kind, out var path) ? Check(_walk.Bool(value, kind, path)) : null;

    /// <summary>Reads a day written yyyy-MM-dd.</summary>
    public NodaTime.LocalDate? Date(string name, bool required = false) =>
        IsoValue(name, required, IsoText.TryDate, "a date in the form yyyy-MM-dd, such as 2019-03-13", out NodaTime.LocalDate value) ? value : null;

    /// <summary>Reads a month written yyyy-MM.</summary>
    public NodaTime.YearMonth? Month(string name, bool required = false) =>
        IsoValue(name, required, IsoText.TryMonth, "a month in the form yyyy-MM, such as 2020-12", out NodaTime.YearMonth value) ? value : null;

    /// <summary>Reads a day (yyyy-MM-dd) or a month (yyyy-MM).</summary>
    public Time.PartialDate? PartialDate(string name, bool required = false) =>
        IsoValue(name, required, static (string text, out Time.PartialDate? date) => (date = IsoText.TryPartialDate(text)) is not null, "a date (yyyy-MM-dd, such as 2019-03-13) or a month (yyyy-MM, such as 2018-12)", out Time.PartialDate? value) ? value : null;

    /// <summary>Reads an instant written yyyy-MM-ddTHH:mm:ssZ.</summary>
    public NodaTime.Instant? Instant(string name, bool required = false) =>
        IsoValue(name, required, IsoText.TryInstant, "an instant in the form yyyy-MM-ddTHH:mm:ssZ (UTC), such as 2026-03-02T09:00:00Z", out NodaTime.Instant value) ? value : null;

    /// <summary>The one reader of a value written as ISO text: a string that <paramref name="parse"/> accepts.</summary>
    private bool IsoValue<T>(string name, bool required, IsoParse<T> parse, string expected, out T value)
    {
        value = default!;
        if (!TryGet(name, required, out var element, out var kind, out var path))
        {
            return false;
        }

        if (_walk.String(element, kind, path) is not { } text)
        {
            Failed = true;
            return false;
        }

        if (parse(text, out value))
        {
            return true;
        }

        Failed = true;
        _walk.Add(ProblemCodes.InvalidFormat, path, $"'{JsonWalk.Shorten(text)}' is not {expected}.");
        return false;
    }

    /// <summary>Reads an optional array; empty when absent, null when present but invalid.</summary>
    public ImmutableArray<T>? Array<T>(string name, Func<JsonWalk, JsonElement, ValuePath, T?> read) =>
        TryGet(name, required: false, out var value, out var kind, out var path) ? Check(_walk.Array(value, kind, path, read)) : [];

    /// <summary>Reads an optional array of strings; empty when absent, null when present but invalid.</summary>
    public ImmutableArray<string>? Strings(string name) =>
        TryGet(name, required: false, out var value, out var kind, out var path) ? Check(_walk.Strings(value, kind, path)) : [];

    public ImmutableArray<TEnum>? EnumArray<TEnum>(string name)
        where TEnum : struct, Enum =>
        TryGet(name, required: false, out var value, out var kind, out var path) ? Check(_walk.EnumArray<TEnum>(value, kind, path)) : [];

    public ImmutableArray<Country>? Countries(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value, out var kind, out var path))
        {
            return required ? null : [];
        }

        return Check(_walk.Countries(value, kind, path));
    }

    private T? Check<T>(T? value)
        where T : class
    {
        Failed |= value is null;
        return value;
    }

    private T? Check<T>(T? value)
        where T : struct
    {
        Failed |= value is null;
        return value;
    }

    /// <summary>
    /// Reports every property that was not asked for, and hands the reader back to the walk: afterwards the caller may
    /// still read <see cref="Failed"/> and <see cref="PathNode.Path"/>, but not open another object and then use this
    /// reader or a path below it.
    /// </summary>
    public void Finish()
    {
        if (_finished)
        {
            throw new InvalidOperationException("An object reader was finished twice.");
        }

        // Names are unique in an object (the scan rejects duplicates), so the properties not asked for are the
        // count less those found: none means nothing to report and no need to look at the properties again.
        var unknown = _count - _found;
        if (unknown == 0)
        {
            _walk.CountDistinct(_element);
        }
        else
        {
            foreach (var property in _element.EnumerateObject())
            {
                if (_walk.IsFull)
                {
                    // The rest are only counted, and how many there are is known without looking at them.
                    _walk.Omit(unknown);
                    break;
                }

                var name = property.Name;
                if ((_asked & NameBit(name)) == 0 || !_walk.IsKnown(_knownStart, _knownCount, name))
                {
                    unknown--;
                    _walk.Add(
                        JsonProblemCodes.UnknownProperty,
                        JsonPath.Property(Path, name),
                        $"Unknown property '{JsonWalk.Shorten(name)}'; this object has: {string.Join(", ", _walk.Known(_knownStart, _knownCount))}.");
                }
            }
        }

        _walk.DropKnown(_knownStart);
        _knownCount = 0;
        _finished = true;
        _walk.Recycle(this);
    }

    /// <summary>The UTF-8 form of a property name, written into <paramref name="buffer"/> (three bytes a character at most).</summary>
    private static ReadOnlySpan<byte> Utf8Name(string name, Span<byte> buffer) =>
        buffer[..System.Text.Encoding.UTF8.GetBytes(name, buffer)];

    /// <summary>The path of a property of this object; the reader is the parent node of all of them, so nothing is copied.</summary>
    private ValuePath Child(string name) => Path.IsWhole ? Path.Property(name) : ValuePath.Under(this, name);

    /// <summary>One of 64 bits for a name, from its length and its first and last characters (no hash of the whole name).</summary>
    private static ulong NameBit(string name) =>
        1UL << (((name.Length * 5) + (name.Length == 0 ? 0 : name[0] + (name[^1] * 3))) & 63);

    /// <summary>Whether a name has been asked for on this object.</summary>
    private bool IsKnown(string name) =>
        (_asked & NameBit(name)) != 0 && _walk.IsKnown(_knownStart, Math.Min(_knownCount, _walk.KnownCount - _knownStart), name);

    private void MarkKnown(string name, bool present)
    {
        if (IsKnown(name))
        {
            return;
        }

        _asked |= NameBit(name);
        _walk.PushKnown(_knownStart + _knownCount, name);
        _knownCount++;
        if (present)
        {
            _found++;
        }
    }
}

/// <summary>Parses ISO text into a value, as <see cref="IsoText"/>'s readers do.</summary>
internal delegate bool IsoParse<T>(string text, out T value);
