using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LambdaGen.Core.Rules;

namespace LambdaGen.Deploy.Manifests;

/// <summary>
/// Reads <c>functions.json</c> and the per-function manifests the build wrote under
/// <c>$(OutDir)lambda</c>. Every error names the file it came from.
/// </summary>
public static class ManifestLoader
{
    public const string IndexFileName = "functions.json";

    public static IReadOnlyList<FunctionManifest> Load(string manifestsDir)
    {
        string dir = Path.GetFullPath(manifestsDir);
        string indexPath = Path.Combine(dir, IndexFileName);
        if (!File.Exists(indexPath))
        {
            throw new DeployException(
                "LGD010",
                $"No {IndexFileName} in '{dir}'. Build the project with LambdaGen (it writes one manifest per [LambdaFunction] handler) before deploying.",
                indexPath);
        }

        JsonObject index = ParseObject(indexPath);
        if (index["Functions"] is not JsonArray entries)
        {
            throw new DeployException("LGD011", $"{IndexFileName} has no \"Functions\" array.", indexPath);
        }

        BuildSettings build = ReadBuildSettings(index, indexPath);
        var manifests = new List<FunctionManifest>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonNode? entry in entries)
        {
            if (entry is not JsonObject e || e.GetString("FunctionName") is not { Length: > 0 } name)
            {
                throw new DeployException("LGD011", $"Every entry of \"Functions\" needs a FunctionName; found {entry?.ToJsonString() ?? "null"}.", indexPath);
            }
            string manifestName = e.GetString("Manifest") ?? name + ".json";
            string manifestPath = Path.GetFullPath(Path.Combine(dir, manifestName));
            if (!File.Exists(manifestPath))
            {
                throw new DeployException("LGD012", $"The manifest '{manifestName}' for function '{name}' listed in {IndexFileName} does not exist.", manifestPath);
            }
            JsonObject body = ParseObject(manifestPath);
            var manifest = new FunctionManifest(manifestPath, body, ReadSeverities(e, name, indexPath), build)
            {
                Operations = ReadOperations(e, name, dir, indexPath),
            };
            if (!string.Equals(manifest.FunctionName, name, StringComparison.Ordinal))
            {
                throw new DeployException(
                    "LGD013",
                    $"FunctionName '{manifest.FunctionName}' in the manifest does not match '{name}' in {IndexFileName}; rebuild the project.",
                    manifestPath);
            }
            if (seen.TryGetValue(name, out string? other))
            {
                throw new DeployException("LGD014", $"Function '{name}' is declared twice ({other} and {manifestName}); function names must be unique.", manifestPath);
            }
            seen[name] = manifestName;
            manifests.Add(manifest);
        }
        return manifests;
    }

    /// <summary>The operations LambdaGen deploys besides CreateFunction (LambdaGen.Core's <c>Operations.All</c>).</summary>
    public static readonly IReadOnlyList<string> OperationNames = LambdaGen.Core.Fields.Operations.All.Skip(1).Select(o => o.Name)
        .Append(EventSourceMappingManifest.Operation).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>"Operations": [{"Operation","Alias"?,"Manifest"}…]: each file must exist, be a JSON object for the same function and, per alias, name that alias.</summary>
    private static List<OperationManifest> ReadOperations(JsonObject entry, string name, string dir, string indexPath)
    {
        var operations = new List<OperationManifest>();
        if (!entry.ContainsKey("Operations"))
        {
            return operations;
        }
        if (entry["Operations"] is not JsonArray list)
        {
            throw new DeployException("LGD011", $"\"Operations\" of function '{name}' in {IndexFileName} must be an array; found {entry["Operations"]?.ToJsonString() ?? "null"}.", indexPath);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonNode? node in list)
        {
            if (node is not JsonObject item || item.GetString("Operation") is not { } operation || item.GetString("Manifest") is not { Length: > 0 } file)
            {
                throw new DeployException("LGD011", $"Every entry of \"Operations\" of function '{name}' in {IndexFileName} needs an Operation and a Manifest; found {node?.ToJsonString() ?? "null"}.", indexPath);
            }
            bool isMapping = operation == EventSourceMappingManifest.Operation;
            var known = LambdaGen.Core.Fields.Operations.All.Skip(1).FirstOrDefault(o => o.Name == operation);
            if (known is null && !isMapping)
            {
                throw new DeployException("LGD011", $"Function '{name}' in {IndexFileName} lists the operation '{operation}', which this deploy does not know ({string.Join(", ", OperationNames)}); use the LambdaGen.Deploy of the LambdaGen that built the project.", indexPath);
            }
            bool perAlias = known?.PerAlias ?? false;
            string? alias = item.GetString("Alias");
            if (perAlias != alias is not null)
            {
                throw new DeployException("LGD011", perAlias
                    ? $"The {operation} entry of function '{name}' in {IndexFileName} has no Alias; it is written once per alias."
                    : $"The {operation} entry of function '{name}' in {IndexFileName} has an Alias, but {operation} is not per alias.", indexPath);
            }
            if (!isMapping && !seen.Add(operation + "|" + alias))
            {
                throw new DeployException("LGD014", $"Function '{name}' lists {operation}{(alias is null ? "" : $" for alias '{alias}'")} twice in {IndexFileName}.", indexPath);
            }
            string? eventSourceArn = null;
            if (isMapping)
            {
                eventSourceArn = item["EventSourceArn"] is JsonValue arnValue && arnValue.TryGetValue(out string? arnText)
                    ? arnText
                    : throw new DeployException("LGD011", $"The {operation} entry '{file}' of function '{name}' in {IndexFileName} needs an EventSourceArn (empty for self-managed Kafka); found {item.ToJsonString()}.", indexPath);
            }
            string path = Path.GetFullPath(Path.Combine(dir, file));
            if (!File.Exists(path))
            {
                throw new DeployException("LGD012", $"The {operation} manifest '{file}' of function '{name}' listed in {IndexFileName} does not exist.", path);
            }
            JsonObject body = ParseObject(path);
            if (body.GetString("FunctionName") is var inner && !string.Equals(inner, name, StringComparison.Ordinal))
            {
                throw new DeployException("LGD013", $"FunctionName '{inner ?? "(none)"}' in the {operation} manifest does not match '{name}' in {IndexFileName}; rebuild the project.", path);
            }
            string aliasMember = operation == "CreateAlias" ? "Name" : "Qualifier";
            if (alias is not null && !string.Equals(body.GetString(aliasMember), alias, StringComparison.Ordinal))
            {
                throw new DeployException("LGD013", $"{aliasMember} '{body.GetString(aliasMember) ?? "(none)"}' in the {operation} manifest does not match the alias '{alias}' in {IndexFileName}; rebuild the project.", path);
            }
            var manifest = new OperationManifest(operation, alias, path, body);
            if (isMapping)
            {
                manifest = EventSourceMappingManifest.Check(manifest, eventSourceArn!, name, IndexFileName);
            }
            if (isMapping && !seen.Add(operation + "|" + manifest.MappingKey))
            {
                throw new DeployException("LGD014", $"Function '{name}' lists two {operation} manifests for the event source {EventSourceMappingManifest.Describe(manifest.MappingKey!)} in {IndexFileName}; a function has one mapping per source.", path);
            }
            operations.Add(manifest);
        }
        return operations;
    }

    /// <summary>"Project": {"TargetFramework", "RuntimeIdentifier", "LambdaMaxMemorySize"}, as the build task wrote it.</summary>
    private static BuildSettings ReadBuildSettings(JsonObject index, string indexPath)
    {
        if (!index.ContainsKey("Project"))
        {
            return BuildSettings.None;
        }
        if (index["Project"] is not JsonObject project)
        {
            throw new DeployException("LGD011", $"\"Project\" in {IndexFileName} must be an object of project settings; found {index["Project"]?.ToJsonString() ?? "null"}.", indexPath);
        }
        int? maxMemory = null;
        if (project.GetString("LambdaMaxMemorySize") is { } text)
        {
            maxMemory = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
                ? value
                : throw new DeployException("LGD011", $"\"Project\".LambdaMaxMemorySize in {IndexFileName} is \"{text}\", which is not a whole number; rebuild the project.", indexPath);
        }
        return new BuildSettings(Blank(project.GetString("TargetFramework")), Blank(project.GetString("RuntimeIdentifier")), maxMemory);
    }

    /// <summary>"Severities": {"LG0005": "warning", …}: the rules whose severity the build changed for this function.</summary>
    private static Dictionary<string, RuleLevel> ReadSeverities(JsonObject entry, string name, string indexPath)
    {
        var severities = new Dictionary<string, RuleLevel>(StringComparer.Ordinal);
        if (!entry.ContainsKey("Severities"))
        {
            return severities;
        }
        if (entry["Severities"] is not JsonObject map)
        {
            throw new DeployException("LGD011", $"\"Severities\" of function '{name}' in {IndexFileName} must be an object such as {{\"LG0005\":\"warning\"}}; found {entry["Severities"]?.ToJsonString() ?? "null"}.", indexPath);
        }
        foreach (var (id, value) in map)
        {
            severities[id] = RuleLevels.Parse(value.AsString()) ?? throw new DeployException("LGD011",
                $"The severity of {id} for function '{name}' in {IndexFileName} is {value?.ToJsonString() ?? "null"}; it must be error, warning, suggestion, silent or none.", indexPath);
        }
        return severities;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static JsonObject ParseObject(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new DeployException("LGD011", "The file is not a JSON object.", path);
        }
        catch (JsonException ex)
        {
            throw new DeployException("LGD011", $"The file is not valid JSON: {ex.Message}", path);
        }
    }
}
