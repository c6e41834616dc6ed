using System.Globalization;

namespace StAMM.Domain.Iati.Import;

/// <summary>
/// Where in an activity a problem is, relative to the activity's path, as the parts that make it (such as
/// <c>/transaction[2]</c>, <c>/provider-org</c>, <c>/narrative[1]</c>, <c>/@xml:lang</c>): the string is made only when
/// a problem is reported, not for every element and attribute read.
/// </summary>
internal readonly struct ProblemPath
{
    private readonly string? _element;
    private readonly int _position;
    private readonly string? _first;
    private readonly string? _second;
    private readonly string? _item;
    private readonly int _itemPosition;
    private readonly string? _last;

    private ProblemPath(string? element, int position, string? first, string? second, string? item, int itemPosition, string? last)
    {
        _element = element;
        _position = position;
        _first = first;
        _second = second;
        _item = item;
        _itemPosition = itemPosition;
        _last = last;
    }

    /// <summary>The activity itself: the empty relative path.</summary>
    public static ProblemPath Activity => default;

    /// <summary>A child element of the activity, such as <c>/sector[2]</c>.</summary>
    public static ProblemPath Child(string name, int position) => new(name, position, null, null, null, 0, null);

    /// <summary>This path followed by a fixed step, such as <c>/@code</c> or <c>/value</c>.</summary>
    public ProblemPath Then(string step)
    {
        if (_item is not null)
        {
            return _last is null ? new(_element, _position, _first, _second, _item, _itemPosition, step) : throw Deep();
        }

        if (_first is null)
        {
            return new(_element, _position, step, null, null, 0, null);
        }

        return _second is null ? new(_element, _position, _first, step, null, 0, null) : throw Deep();
    }

    /// <summary>This path followed by one of several same-named elements, such as <c>/narrative[2]</c>.</summary>
    public ProblemPath Item(string name, int position) =>
        _item is null ? new(_element, _position, _first, _second, name, position, null) : throw Deep();

    /// <summary>The path relative to the activity, such as <c>/transaction[2]/provider-org/narrative[1]/@xml:lang</c>.</summary>
    public override string ToString()
    {
        var text = _element is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"/{_element}[{_position}]");
        text += _first + _second;
        if (_item is not null)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"/{_item}[{_itemPosition}]");
        }

        return text + _last;
    }

    private static InvalidOperationException Deep() => new("A problem path has more steps than the importer makes.");
}
