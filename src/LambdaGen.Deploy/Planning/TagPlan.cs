namespace LambdaGen.Deploy.Planning;

/// <summary>
/// Tag changes: declared tags are added or updated; deployed tags the manifest does not declare are
/// removed only with --prune-tags (never <c>aws:</c> tags, which only AWS may change), else left alone.
/// </summary>
internal sealed class TagPlan
{
    public SortedDictionary<string, string> ToSet { get; } = new(StringComparer.Ordinal);
    public List<FieldChange> Changes { get; } = new();
    public List<string> ToRemove { get; } = new();
    public List<string> LeftAlone { get; } = new();

    public bool HasChanges => ToSet.Count > 0 || ToRemove.Count > 0;

    public static TagPlan Compute(IReadOnlyDictionary<string, string> declared, IReadOnlyDictionary<string, string> deployed, bool prune)
    {
        var plan = new TagPlan();
        foreach (var (key, value) in declared.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (!deployed.TryGetValue(key, out string? current))
            {
                plan.ToSet[key] = value;
                plan.Changes.Add(new FieldChange("Tags." + key, FieldChange.None, Quote(value), false));
            }
            else if (!string.Equals(current, value, StringComparison.Ordinal))
            {
                plan.ToSet[key] = value;
                plan.Changes.Add(new FieldChange("Tags." + key, Quote(current), Quote(value), false));
            }
        }
        foreach (var (key, value) in deployed.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (declared.ContainsKey(key))
            {
                continue;
            }
            if (prune && !key.StartsWith("aws:", StringComparison.Ordinal))
            {
                plan.ToRemove.Add(key);
                plan.Changes.Add(new FieldChange("Tags." + key, Quote(value), FieldChange.None, false));
            }
            else
            {
                plan.LeftAlone.Add(key);
            }
        }
        return plan;
    }

    private static string Quote(string s) => System.Text.Json.Nodes.JsonValue.Create(s).ToJsonString();
}
