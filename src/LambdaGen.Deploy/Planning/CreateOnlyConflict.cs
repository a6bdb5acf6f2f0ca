using System.Text.Json.Nodes;
using LambdaGen.Core.Fields;
using LambdaGen.Deploy.Manifests;

namespace LambdaGen.Deploy.Planning;

/// <summary>
/// A setting Lambda fixes when it creates a function, declared differently from what the function has: a create-only row
/// (TenancyConfig.TenantIsolationMode) with another value, or a structure that can be neither added nor removed after creation
/// (DurableConfig, CapacityProviderConfig) present on one side only. No update call can apply it, so the deploy stops that
/// function before any call changes it (LGD043).
/// </summary>
/// <param name="Path">the API path shown (<c>TenancyConfig.TenantIsolationMode</c>, or the structure: <c>DurableConfig</c>).</param>
/// <param name="Rows">the field-table rows involved (their attribute properties are what the user edits).</param>
/// <param name="Deployed">the deployed value at <paramref name="Path"/>, or null when the function has none.</param>
/// <param name="Declared">the manifest's value at <paramref name="Path"/>, or null when the manifest declares none.</param>
internal sealed record CreateOnlyConflict(string Path, IReadOnlyList<Field> Rows, JsonNode? Deployed, JsonNode? Declared)
{
    public const string Code = "LGD043";

    /// <summary>The line the dry run's plan shows.</summary>
    public string PlanLine => $"{Path}: {JsonDiff.Show(Deployed)} -> {JsonDiff.Show(Declared)} (create-only: cannot be applied to an existing function)";

    /// <summary>The error: the setting, both values, the manifest it came from, and the two ways out.</summary>
    public string Message(FunctionManifest manifest, string functionName)
    {
        var involved = Rows.Where(row => Leaf(Declared, row) is not null || Leaf(Deployed, row) is not null).ToList();
        if (involved.Count == 0)
        {
            involved = Rows.ToList();
        }
        string setting = Rows.Count == 1 && Rows[0].ApiPath == Path
            ? $"{Rows[0].Name} ({Path})"
            : $"{Path} ({string.Join(", ", involved.Select(row => row.Name))})";
        string declared = Declared is null ? $"is not declared in {manifest.FileName}" : $"is {JsonDiff.Show(Declared)} in {manifest.FileName}";
        string deployed = Deployed is null ? "the deployed function has none" : $"the deployed function has {JsonDiff.Show(Deployed)}";
        string outcome = Declared is null ? "without it" : "with the declared value";
        string attributes = involved.Count == 1 ? "attribute" : "attributes";
        return $"{setting} {declared} but {deployed}. Lambda sets {Path} only when it creates a function, so the deploy changed nothing. " +
               $"Delete the function (aws lambda delete-function --function-name {functionName}; its versions and aliases go with it) and deploy again to recreate it {outcome}, " +
               $"or revert the {attributes} to match the deployed function ({Revert(involved)}).";
    }

    private string Revert(IEnumerable<Field> rows)
    {
        var remove = new List<string>();
        var set = new List<string>();
        foreach (Field row in rows)
        {
            JsonNode? want = Leaf(Declared, row);
            JsonNode? have = Leaf(Deployed, row);
            if (have is null)
            {
                if (want is not null)
                {
                    remove.Add(row.Name);
                }
            }
            else if (want is null || !JsonDiff.SameValue(want, have))
            {
                set.Add($"{row.Name} = {JsonDiff.Show(have)}");
            }
        }
        var parts = new List<string>();
        if (set.Count > 0)
        {
            parts.Add("set " + string.Join(", ", set));
        }
        if (remove.Count > 0)
        {
            parts.Add("remove " + string.Join(", ", remove));
        }
        return string.Join("; ", parts);
    }

    /// <summary>A row's value inside the node at <see cref="Path"/>.</summary>
    private JsonNode? Leaf(JsonNode? atPath, Field row)
    {
        string[] pathSegments = Path.Split('.');
        JsonNode? node = atPath;
        for (int i = pathSegments.Length; i < row.Segments.Length && node is not null; i++)
        {
            node = node is JsonObject o ? o[row.Segments[i]] : null;
        }
        return node;
    }
}
