namespace ImrSearch.Synthetic.Composition;

/// <summary>The case-specific words a template's <c>{slot}</c>s are filled with.</summary>
public sealed class TemplateSlots
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public string this[string name]
    {
        get => values.TryGetValue(name, out var value)
            ? value
            : throw new KeyNotFoundException($"Template slot '{{{name}}}' has no value for this case.");
        set => values[name] = value;
    }

    public bool Has(string name) => values.ContainsKey(name);

    public TemplateSlots With(string name, string value)
    {
        values[name] = value;
        return this;
    }

    public TemplateSlots Without(params string[] names)
    {
        foreach (var name in names)
        {
            values.Remove(name);
        }

        return this;
    }

    public TemplateSlots Copy()
    {
        var copy = new TemplateSlots();
        foreach (var (key, value) in values)
        {
            copy.values[key] = value;
        }

        return copy;
    }
}
