using System.Text.Json.Nodes;
using LambdaGen.Core.Fields;

namespace LambdaGen.Deploy.Planning;

/// <summary>Which call changes a setting on an existing function.</summary>
internal enum FieldChannel
{
    /// <summary>UpdateFunctionConfiguration.</summary>
    Configuration,
    /// <summary>UpdateFunctionCode (Architectures travel with the code).</summary>
    Code,
}

/// <summary>
/// One setting the deploy manages after creation: how to read it from GetFunctionConfiguration,
/// and the service default (by function name). The default does two jobs: it fills in what the
/// deployed configuration leaves out, and it is what the setting is reset to when the manifest no
/// longer declares it. Null: no default, never reset (Role, Runtime, Handler).
/// <paramref name="FixedPresence"/>: the structure can be neither added to nor removed from an existing function
/// (<see cref="DeployChannel.ConfigurationOnceCreated"/>: DurableConfig, CapacityProviderConfig); its values change through
/// UpdateFunctionConfiguration. <paramref name="Rows"/> are the field-table rows under this member.
/// </summary>
internal sealed record ConfigField(
    string Name,
    FieldChannel Channel,
    Func<string, JsonNode?>? ServiceDefault,
    Func<JsonObject, JsonNode?> ReadDeployed,
    bool ImageOnly = false,
    bool FixedPresence = false,
    IReadOnlyList<Field>? Rows = null);

/// <summary>
/// The settings the deploy manages after creation, derived from Core's field table: one entry per top-level request
/// member whose rows change through UpdateFunctionConfiguration or UpdateFunctionCode, with the reset value composed
/// from the rows' <see cref="Field.ResetJson"/>. Members whose rows are <see cref="DeployChannel.ConfigurationOnceCreated"/>
/// (DurableConfig, CapacityProviderConfig) are here too, marked <see cref="ConfigField.FixedPresence"/>. The rest are
/// create-only (<see cref="CreateOnly"/>; FunctionName and PackageType have checks of their own) or have calls of their own
/// (Tags: <see cref="TagPlan"/>; CodeSigningConfigArn: <see cref="CodeSigningPlan"/>; Publish and PublishTo: PublishVersion).
/// </summary>
internal static class ConfigFields
{
    /// <summary>Where GetFunctionConfiguration reports a setting differently from the request; the rest read as sent.</summary>
    private static readonly Dictionary<string, Func<JsonObject, JsonNode?>> DeployedReaders = new(StringComparer.Ordinal)
    {
        ["Environment"] = c => c["Environment"] is JsonObject e ? new JsonObject { ["Variables"] = e["Variables"]?.DeepClone() ?? new JsonObject() } : null,
        // Reported as {"Arn","CodeSize",…}; the request has ARNs.
        ["Layers"] = c => c["Layers"] is JsonArray layers
            ? new JsonArray(layers.Select(l => (JsonNode?)JsonValue.Create(l is JsonObject o ? o["Arn"]?.GetValue<string>() : l?.GetValue<string>())).ToArray())
            : null,
        ["ImageConfig"] = c => c["ImageConfigResponse"]?["ImageConfig"]?.DeepClone(),
    };

    public static readonly IReadOnlyList<ConfigField> All = FieldTable.CreateFunction
        .Where(field => field.Channel is DeployChannel.Configuration or DeployChannel.Code or DeployChannel.ConfigurationOnceCreated)
        .GroupBy(field => field.TopLevel)
        .Select(group => new ConfigField(
            group.Key,
            group.First().Channel == DeployChannel.Code ? FieldChannel.Code : FieldChannel.Configuration,
            ResetOf(group.ToList()),
            DeployedReaders.TryGetValue(group.Key, out var reader) ? reader : c => c[group.Key]?.DeepClone(),
            ImageOnly: group.Any(field => field.Package == PackageScope.ImageOnly),
            FixedPresence: group.Any(field => field.Channel == DeployChannel.ConfigurationOnceCreated),
            Rows: group.ToArray()))
        .ToArray();

    /// <summary>The create-only rows the deploy compares with the deployed function (TenancyConfig.TenantIsolationMode).
    /// FunctionName is how the function is found, and PackageType has a check of its own (LGD040).</summary>
    public static readonly IReadOnlyList<Field> CreateOnly = FieldTable.CreateFunction
        .Where(field => field.Channel == DeployChannel.CreateOnly && field != FieldTable.FunctionName && field != FieldTable.PackageType)
        .ToArray();

    private static readonly Dictionary<string, Field> ByApiPath = FieldTable.CreateFunction.ToDictionary(f => f.ApiPath, StringComparer.Ordinal);

    /// <summary>The row at an API path (<c>DurableConfig.ExecutionTimeout</c>), or null.</summary>
    public static Field? RowAt(string apiPath) => ByApiPath.TryGetValue(apiPath, out var field) ? field : null;

    private static readonly HashSet<string> MapPaths = new(FieldTable.CreateFunction.Where(f => f.Kind == FieldKind.KeyValueMap).Select(f => f.ApiPath), StringComparer.Ordinal);
    private static readonly HashSet<string> SetPaths = new(FieldTable.CreateFunction.Where(f => f.Unordered).Select(f => f.ApiPath), StringComparer.Ordinal);

    /// <summary>How each path compares (see <see cref="CompareAs"/>).</summary>
    public static CompareAs ModeOf(string path) =>
        MapPaths.Contains(path) ? CompareAs.Map : SetPaths.Contains(path) ? CompareAs.Set : CompareAs.Declared;

    /// <summary>The value a top-level member is reset to, by function name: the rows' reset values at their paths; null when
    /// no row under it has one (never reset).</summary>
    private static Func<string, JsonNode?>? ResetOf(IReadOnlyList<Field> rows)
    {
        var resettable = rows.Where(field => field.ResetJson is not null).ToList();
        if (resettable.Count == 0)
        {
            return null;
        }
        return functionName =>
        {
            if (resettable.Count == 1 && resettable[0].Segments.Length == 1)
            {
                return Parse(resettable[0], functionName);
            }
            var root = new JsonObject();
            foreach (Field field in resettable)
            {
                JsonObject parent = root;
                for (int i = 1; i < field.Segments.Length - 1; i++)
                {
                    if (parent[field.Segments[i]] is not JsonObject child)
                    {
                        child = new JsonObject();
                        parent[field.Segments[i]] = child;
                    }
                    parent = child;
                }
                parent[field.Segments[^1]] = Parse(field, functionName);
            }
            return root;
        };
    }

    private static JsonNode? Parse(Field field, string functionName) =>
        JsonNode.Parse(field.ResetJson!.Replace("{FunctionName}", functionName, StringComparison.Ordinal));
}
