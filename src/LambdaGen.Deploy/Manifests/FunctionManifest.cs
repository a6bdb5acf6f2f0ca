using System.Text.Json.Nodes;
using LambdaGen.Core.Rules;

namespace LambdaGen.Deploy.Manifests;

/// <summary>
/// The project settings the build checked the manifests with, as the build task recorded them in functions.json's
/// <c>"Project"</c> (null: not set, or a functions.json from an older LambdaGen).
/// </summary>
public sealed record BuildSettings(string? TargetFramework, string? RuntimeIdentifier, int? MaxMemorySize)
{
    public static readonly BuildSettings None = new(null, null, null);
}

/// <summary>
/// The complete input of one other operation of a function (<c>orders.url.json</c>, <c>orders.alias.live.json</c>), as
/// <c>aws lambda &lt;Operation&gt; --cli-input-json</c> takes it; listed in functions.json under the function's <c>"Operations"</c>.
/// </summary>
public sealed record OperationManifest(string Operation, string? Alias, string ManifestPath, JsonObject Body)
{
    public string FileName => Path.GetFileName(ManifestPath);

    /// <summary>For an event source mapping, what identifies it among the function's mappings (see
    /// <see cref="EventSourceMappingManifest.KeyOf"/>); null for the other operations.</summary>
    public string? MappingKey { get; init; }

    /// <summary>The body as sent: the manifest without its URI members (FunctionName; Qualifier, which goes in the query).</summary>
    public JsonObject RequestBody()
    {
        var body = Body.DeepClone().AsObject();
        body.Remove("FunctionName");
        body.Remove("Qualifier");
        return body;
    }
}

/// <summary>
/// One function to deploy: the exact CreateFunction request body (without <c>Code</c>) the build
/// wrote, plus the few facts the deploy needs from it.
/// </summary>
public sealed class FunctionManifest
{
    public FunctionManifest(string manifestPath, JsonObject body, IReadOnlyDictionary<string, RuleLevel>? severities = null, BuildSettings? build = null)
    {
        ManifestPath = manifestPath;
        Body = body;
        Severities = severities ?? new Dictionary<string, RuleLevel>(StringComparer.Ordinal);
        Build = build ?? BuildSettings.None;
    }

    /// <summary>The other operations the build wrote for this function, in functions.json's order.</summary>
    public IReadOnlyList<OperationManifest> Operations { get; init; } = Array.Empty<OperationManifest>();

    /// <summary>The one manifest of an operation that is not per alias, or null.</summary>
    public OperationManifest? Operation(string name) => Operations.FirstOrDefault(o => o.Operation == name && o.Alias is null);

    /// <summary>The rules whose severity the build changed for this handler (from functions.json); every other rule has its default.</summary>
    public IReadOnlyDictionary<string, RuleLevel> Severities { get; }

    /// <summary>The project settings the build checked with.</summary>
    public BuildSettings Build { get; }

    /// <summary>Full path of the manifest file this came from (used in every error about it).</summary>
    public string ManifestPath { get; }

    /// <summary>The CreateFunction body as written by the build. Treat as read-only.</summary>
    public JsonObject Body { get; }

    public string FunctionName => GetString("FunctionName") ?? "";

    public string PackageType => GetString("PackageType") ?? "Zip";

    public bool IsImage => string.Equals(PackageType, "Image", StringComparison.Ordinal);

    public string? Runtime => GetString("Runtime");

    public string? Handler => GetString("Handler");

    /// <summary>true for custom runtimes (<c>provided</c>, <c>provided.al2</c>, <c>provided.al2023</c>).</summary>
    public bool IsCustomRuntime => Runtime is { } r && r.StartsWith("provided", StringComparison.Ordinal);

    /// <summary>The assembly part of a .NET handler string (<c>Assembly::Type::Method</c>).</summary>
    public string? HandlerAssembly
    {
        get
        {
            string? handler = Handler;
            if (string.IsNullOrEmpty(handler))
            {
                return null;
            }
            int separator = handler.IndexOf("::", StringComparison.Ordinal);
            return separator > 0 ? handler[..separator] : handler;
        }
    }

    /// <summary>The one declared architecture, or Lambda's default <c>x86_64</c>.</summary>
    public string Architecture =>
        Body["Architectures"] is JsonArray { Count: > 0 } a && a[0].AsString() is { } s
            ? s
            : "x86_64";

    /// <summary>The declared code signing configuration, or null when the manifest declares none.</summary>
    public string? CodeSigningConfigArn => GetString("CodeSigningConfigArn") is { Length: > 0 } arn ? arn : null;

    public bool Publish => Body["Publish"] is JsonValue v && v.TryGetValue(out bool b) && b;

    /// <summary>Where a publish goes (<c>LATEST_PUBLISHED</c>), or null for a numbered version.</summary>
    public string? PublishTo => GetString("PublishTo") is { Length: > 0 } target ? target : null;

    /// <summary>Declared tags (empty when none).</summary>
    public IReadOnlyDictionary<string, string> Tags
    {
        get
        {
            var tags = new SortedDictionary<string, string>(StringComparer.Ordinal);
            if (Body["Tags"] is JsonObject o)
            {
                foreach (var (key, value) in o)
                {
                    tags[key] = value.AsString() ?? value?.ToJsonString() ?? "";
                }
            }
            return tags;
        }
    }

    public string FileName => Path.GetFileName(ManifestPath);

    private string? GetString(string name) => Body.GetString(name);
}
