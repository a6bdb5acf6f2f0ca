using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane.CloudFormation;

/// <summary>
/// What a change set would do to a stack: Add for a logical ID the stack lacks, Remove for one the template dropped,
/// Modify where the type or a property differs. Both sides are compared with their own parameters resolved and their
/// references to other resources as written, as CloudFormation compares templates before anything runs.
/// </summary>
internal static class ChangeSetPlanner
{
    public static List<PlannedChange> Plan(StackRecord stack, JsonObject template, IReadOnlyDictionary<string, string> parameters, IReadOnlyDictionary<string, string> pseudo)
    {
        var evaluator = TemplateEvaluator.ParametersOnly(parameters, pseudo);
        var changes = new List<PlannedChange>();
        var resources = template["Resources"] as JsonObject ?? new JsonObject();
        foreach (var (id, node) in resources)
        {
            var type = node?["Type"]?.GetValue<string>() ?? "";
            var properties = evaluator.Resolve(node?["Properties"] ?? new JsonObject()) as JsonObject ?? new JsonObject();
            if (!stack.Resources.TryGetValue(id, out var deployed))
            {
                changes.Add(new PlannedChange("Add", id, type, null, null, []));
                continue;
            }

            if (deployed.Type != type)
            {
                changes.Add(new PlannedChange("Modify", id, type, deployed.PhysicalId, "True", []));
                continue;
            }

            var changed = LambdaResourceProvisioner.ChangedProperties(deployed.TemplateProperties ?? new JsonObject(), properties);
            if (changed.Count > 0)
            {
                var details = changed.Select(p => (p, LambdaResourceProvisioner.Recreates(type, p))).ToList();
                changes.Add(new PlannedChange("Modify", id, type, deployed.PhysicalId, details.Any(d => d.Item2) ? "True" : "False", details));
            }
        }

        foreach (var (id, deployed) in stack.Resources)
        {
            if (!resources.ContainsKey(id))
            {
                changes.Add(new PlannedChange("Remove", id, deployed.Type, deployed.PhysicalId, null, []));
            }
        }

        return changes;
    }

    /// <summary>The template's resources in an order where each comes after what it refers to (Ref, GetAtt, Sub, DependsOn).</summary>
    public static List<string> CreationOrder(JsonObject template)
    {
        var resources = template["Resources"] as JsonObject ?? new JsonObject();
        var order = new List<string>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);

        void Visit(string id)
        {
            if (state.TryGetValue(id, out var s))
            {
                if (s == 1)
                {
                    throw CloudFormationErrors.Validation($"Circular dependency between resources: [{id}]");
                }

                return;
            }

            state[id] = 1;
            var node = resources[id];
            var dependsOn = node?["DependsOn"] switch
            {
                JsonArray a => a.Select(d => d?.GetValue<string>() ?? ""),
                JsonValue v => [v.ToString()],
                _ => [],
            };
            foreach (var dependency in TemplateEvaluator.References(node?["Properties"]).Concat(dependsOn).Where(resources.ContainsKey).Distinct(StringComparer.Ordinal))
            {
                Visit(dependency);
            }

            state[id] = 2;
            order.Add(id);
        }

        foreach (var (id, _) in resources)
        {
            Visit(id);
        }

        return order;
    }
}
