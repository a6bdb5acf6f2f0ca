using System.Text.Json.Nodes;
using LambdaGen.Deploy.Manifests;

namespace LambdaGen.Deploy.Planning;

/// <summary>What an update of an existing function must change, setting by setting.</summary>
internal sealed class ConfigPlan
{
    /// <summary>Changes that go through UpdateFunctionConfiguration.</summary>
    public List<FieldChange> ConfigurationChanges { get; } = new();

    /// <summary>The UpdateFunctionConfiguration body: whole top-level settings, declared or reset.</summary>
    public JsonObject ConfigurationUpdate { get; } = new();

    /// <summary>An architecture change (it travels with UpdateFunctionCode).</summary>
    public List<FieldChange> ArchitectureChanges { get; } = new();

    /// <summary>The architectures the function should have.</summary>
    public JsonArray Architectures { get; set; } = new("x86_64");

    public bool HasConfigurationChanges => ConfigurationChanges.Count > 0;

    public bool ArchitectureChanged => ArchitectureChanges.Count > 0;
}

/// <summary>
/// Compares a manifest with a deployed configuration. The code owns the configuration: declared
/// settings are compared sub-field by sub-field (only what the manifest declares), and a setting the
/// manifest does not declare is reset to its service default when the deployed value differs.
/// </summary>
internal static class ConfigPlanner
{
    public static ConfigPlan Plan(FunctionManifest manifest, JsonObject deployed)
    {
        string name = deployed.GetString("FunctionName") ?? manifest.FunctionName;
        var plan = new ConfigPlan();
        foreach (ConfigField field in ConfigFields.All)
        {
            if (field.ImageOnly && !manifest.IsImage)
            {
                continue;
            }
            JsonNode? serviceDefault = field.ServiceDefault?.Invoke(name);
            JsonNode? deployedView = WithDefaults(field.ReadDeployed(deployed), serviceDefault);
            JsonNode? declared = manifest.Body[field.Name];
            bool isDeclared = manifest.Body.ContainsKey(field.Name) && declared is not null;

            JsonNode? wanted = isDeclared ? declared : serviceDefault;
            if (wanted is null)
            {
                continue; // not declared and no default (Role, Runtime, Handler): leave as deployed
            }

            var target = field.Channel == FieldChannel.Code ? plan.ArchitectureChanges : plan.ConfigurationChanges;
            int before = target.Count;
            JsonDiff.Compare(field.Name, wanted, deployedView, ConfigFields.ModeOf, isReset: !isDeclared, target);

            if (field.Channel == FieldChannel.Code)
            {
                plan.Architectures = (JsonArray)wanted.DeepClone();
            }
            else if (target.Count > before)
            {
                plan.ConfigurationUpdate[field.Name] = wanted.DeepClone();
            }
        }
        return plan;
    }

    /// <summary>The deployed value with the service default filled in where the service left a property out.</summary>
    private static JsonNode? WithDefaults(JsonNode? deployed, JsonNode? serviceDefault)
    {
        if (deployed is null)
        {
            return serviceDefault?.DeepClone();
        }
        if (deployed is JsonObject d && serviceDefault is JsonObject def)
        {
            foreach (var (key, value) in def)
            {
                if (!d.ContainsKey(key) || d[key] is null)
                {
                    d[key] = value?.DeepClone();
                }
            }
        }
        return deployed;
    }
}
