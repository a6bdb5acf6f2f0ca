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
            var manifest = new FunctionManifest(manifestPath, body, ReadSeverities(e, name, indexPath), build);
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
