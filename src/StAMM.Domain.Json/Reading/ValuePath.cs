namespace StAMM.Domain.Json.Reading;

/// <summary>
/// The JSON path of a value (<c>$.activities[2].period.end</c>), kept as its parent and last segment and turned into
/// text only when a problem is reported: reading a valid document builds no path strings.
/// </summary>
internal readonly struct ValuePath
{
    // The parent is a path already written out (a string) or a shared node of a path built on demand; null is the root.
    private readonly object? _parent;
    private readonly string? _name;
    private readonly int _index;

    private ValuePath(object? parent, string? name, int index)
    {
        _parent = parent;
        _name = name;
        _index = index;
    }

    /// <summary>Whether the path is only its parent, with no segment of its own.</summary>
    public bool IsWhole => _name is null && _index < 0;

    public static implicit operator ValuePath(string path) => new(path, null, -1);

    /// <summary>The path of a property below a parent node, with no allocation.</summary>
    public static ValuePath Under(PathNode parent, string name) => new(parent, name, -1);

    /// <summary>The path of a property of this value.</summary>
    public ValuePath Property(string name) => IsWhole ? new(_parent, name, -1) : new(new PathNode(this), name, -1);

    /// <summary>The path of an item of this array.</summary>
    public ValuePath Index(int index) => _index < 0 ? new(_parent, _name, index) : new(new PathNode(this), null, index);

    public override string ToString()
    {
        var parent = _parent switch
        {
            string text => text,
            PathNode node => node.Text,
            _ => JsonPath.Root,
        };
        var withName = _name is null ? parent : JsonPath.Property(parent, _name);
        return _index < 0 ? withName : JsonPath.Index(withName, _index);
    }
}

/// <summary>A path shared as the parent of other paths; its text is built once, when first needed.</summary>
internal class PathNode(ValuePath path)
{
    private string? _text;

    public ValuePath Path { get; private set; } = path;

    public string Text => _text ??= Path.ToString();

    /// <summary>Makes the node another path's (an object reader is reused for the next object once it is finished).</summary>
    protected void Reset(ValuePath path)
    {
        Path = path;
        _text = null;
    }
}
