using System.Text.Json.Nodes;
using LambdaGen.Core.Fields;
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

    /// <summary>Create-only settings declared differently from the deployed function: the function cannot be updated.</summary>
    public List<CreateOnlyConflict> CreateOnlyConflicts { get; } = new();

    /// <summary>Values the function has that the manifest no longer declares and that have no reset value (no documented
    /// service default): left as deployed, and the deploy says so. <see cref="FieldChange.Deployed"/> is the value kept.</summary>
    public List<FieldChange> LeftAsDeployed { get; } = new();

    public bool HasConfigurationChanges => ConfigurationChanges.Count > 0;

    public bool ArchitectureChanged => ArchitectureChanges.Count > 0;
}

/// <summary>
/// Compares a manifest with a deployed configuration. The code owns the configuration: declared
/// settings are compared sub-field by sub-field (only what the manifest declares), and a setting the
/// manifest does not declare is reset to its service default when the deployed value differs.
/// Create-only settings that differ, and structures fixed at creation that were added or removed, are
/// <see cref="ConfigPlan.CreateOnlyConflicts"/>: no call can apply them.
/// </summary>
internal static class ConfigPlanner
{
    public static ConfigPlan Plan(FunctionManifest manifest, JsonObject deployed)
    {
        string name = deployed.GetString("FunctionName") ?? manifest.FunctionName;
        var plan = new ConfigPlan();
        foreach (Field row in ConfigFields.CreateOnly)
        {
            JsonNode? want = At(manifest.Body, row.Segments);
            JsonNode? have = At(deployed, row.Segments);
            if (!JsonDiff.SameValue(want, have))
            {
                plan.CreateOnlyConflicts.Add(new CreateOnlyConflict(row.ApiPath, new[] { row }, Clone(have), Clone(want)));
            }
        }
        foreach (ConfigField field in ConfigFields.All)
        {
            if (field.ImageOnly && !manifest.IsImage)
            {
                continue;
            }
            if (field.FixedPresence)
            {
                PlanFixedPresence(field, manifest, deployed, name, plan);
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

    /// <summary>
    /// A structure fixed at creation (DurableConfig, CapacityProviderConfig): present on one side only is a conflict; present on
    /// both, its declared values are compared and a change sends the whole structure (declared values, and the deployed ones the
    /// manifest leaves out, so an update that replaces the structure keeps them and one that merges it changes only what differs).
    /// A deployed value the manifest leaves out is reset when its row has a reset value, and otherwise left as deployed.
    /// </summary>
    private static void PlanFixedPresence(ConfigField field, FunctionManifest manifest, JsonObject deployed, string functionName, ConfigPlan plan)
    {
        JsonNode? have = field.ReadDeployed(deployed);
        JsonNode? want = manifest.Body[field.Name];
        if (have is null && want is null)
        {
            return;
        }
        if (have is not JsonObject haveObject || want is not JsonObject wantObject)
        {
            plan.CreateOnlyConflicts.Add(new CreateOnlyConflict(field.Name, field.Rows!, Clone(have), Clone(want)));
            return;
        }

        int before = plan.ConfigurationChanges.Count;
        JsonDiff.Compare(field.Name, wantObject, haveObject, ConfigFields.ModeOf, isReset: false, plan.ConfigurationChanges);
        var body = new JsonObject();
        foreach (Field row in field.Rows!)
        {
            string[] inner = row.Segments[1..];
            JsonNode? declared = At(wantObject, inner);
            JsonNode? current = At(haveObject, inner);
            JsonNode? value = declared;
            if (declared is null && current is not null)
            {
                if (row.ResetJson is { } reset)
                {
                    value = JsonNode.Parse(reset.Replace("{FunctionName}", functionName, StringComparison.Ordinal));
                    if (!JsonDiff.SameValue(value, current))
                    {
                        plan.ConfigurationChanges.Add(new FieldChange(row.ApiPath, JsonDiff.Show(current), JsonDiff.Show(value), IsReset: true));
                    }
                }
                else
                {
                    value = current;
                    plan.LeftAsDeployed.Add(new FieldChange(row.ApiPath, JsonDiff.Show(current), JsonDiff.Show(current), IsReset: false));
                }
            }
            if (value is not null)
            {
                Set(body, inner, value.DeepClone());
            }
        }
        if (plan.ConfigurationChanges.Count > before)
        {
            plan.ConfigurationUpdate[field.Name] = body;
        }
    }

    private static JsonNode? At(JsonObject root, string[] segments)
    {
        JsonNode? node = root;
        foreach (string segment in segments)
        {
            node = node is JsonObject o ? o[segment] : null;
        }
        return node;
    }

    private static void Set(JsonObject root, string[] segments, JsonNode value)
    {
        JsonObject parent = root;
        for (int i = 0; i < segments.Length - 1; i++)
        {
            if (parent[segments[i]] is not JsonObject child)
            {
                child = new JsonObject();
                parent[segments[i]] = child;
            }
            parent = child;
        }
        parent[segments[^1]] = value;
    }

    private static JsonNode? Clone(JsonNode? node) => node?.DeepClone();

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
