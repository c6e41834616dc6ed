using System.Collections.Frozen;
using System.Text.Json;

namespace StAMM.Domain.Json.Reading;

/// <summary>
/// A closed family of JSON forms told apart by one discriminator property, such as a venue's <c>mode</c> or a
/// document's <c>kind</c>: each value names the reader of its form. A later family (rule kinds, request kinds) is one
/// more table; an unknown value is a problem that names the allowed ones.
/// </summary>
/// <typeparam name="T">What the family reads into.</typeparam>
internal sealed class Discriminated<T>
    where T : class
{
    private readonly FrozenDictionary<string, Func<ObjectReader, T?>> _forms;

    // The forms by their values in UTF-8 with quotes, as a document writes them: found by comparing bytes, no string made.
    private readonly (byte[] Quoted, Func<ObjectReader, T?> Read)[] _byUtf8;
    private readonly string _what;

    public Discriminated(string property, string what, IEnumerable<KeyValuePair<string, Func<ObjectReader, T?>>> forms)
    {
        Property = property;
        _what = what;
        _forms = forms.ToFrozenDictionary(StringComparer.Ordinal);
        Values = [.. _forms.Keys.Order(StringComparer.Ordinal)];
        _byUtf8 = [.. _forms.Select(form => (System.Text.Encoding.UTF8.GetBytes("\"" + form.Key + "\""), form.Value))];
        Reader = Read;
    }

    /// <summary><see cref="Read(JsonWalk, JsonElement, ValuePath)"/> as one delegate, made once rather than at every use.</summary>
    public Func<JsonWalk, JsonElement, ValuePath, T?> Reader { get; }

    /// <summary>The discriminator's property name.</summary>
    public string Property { get; }

    /// <summary>The defined values, sorted.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>Reads the object: its discriminator chooses the form, whose reader reads the other properties.</summary>
    public T? Read(JsonWalk walk, JsonElement element, ValuePath path)
    {
        var o = walk.Object(element, path);
        return o is null ? null : Read(o);
    }

    /// <summary>Reads an object already opened, whose other properties (a document header) the caller has read.</summary>
    public T? Read(ObjectReader o)
    {
        var walk = o.Walk;
        if (!o.TryGet(Property, required: true, out var element, out var kind, out var path))
        {
            o.Finish();
            return null;
        }

        if (kind == JsonValueKind.String)
        {
            var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element);
            foreach (var (quoted, form) in _byUtf8)
            {
                if (raw.SequenceEqual(quoted))
                {
                    return form(o);
                }
            }
        }

        // Anything else (an escaped value, an unknown one, not a string) is read as text, as before.
        var value = walk.String(element, kind, path);
        if (value is null)
        {
            o.Fail();
            o.Finish();
            return null;
        }

        if (!_forms.TryGetValue(value, out var read))
        {
            walk.Add(
                JsonProblemCodes.UnknownKind,
                JsonPath.Property(o.Path, Property),
                $"'{JsonWalk.Shorten(value)}' is not a known {_what}; expected one of: {string.Join(", ", Values)}.");
            return null;
        }

        return read(o);
    }
}
