using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using static LambdaGen.ControlPlane.CloudFormation.QueryXmlWriter;

namespace LambdaGen.ControlPlane.CloudFormation;

/// <summary>GetTemplate and GetTemplateSummary, and reading a request's template and parameters as the service checks them.</summary>
internal sealed partial class CloudFormationOperations
{
    private IEnumerable<XElement?> GetTemplate(QueryRequest request)
    {
        var name = request.Require("StackName");
        var stack = Find(name) ?? throw CloudFormationErrors.StackNotFound(name);
        string? body = stack.TemplateBody;
        if (request.Get("ChangeSetName") is { Length: > 0 } changeSetName)
        {
            body = (stack.ChangeSets.FirstOrDefault(c => c.Name == changeSetName || c.Id == changeSetName) ?? throw CloudFormationErrors.ChangeSetNotFound(changeSetName)).TemplateBody;
        }

        return [E("TemplateBody", body ?? ""), Members("StagesAvailable", [["Original"], ["Processed"]])];
    }

    private IEnumerable<XElement?> GetTemplateSummary(QueryRequest request)
    {
        JsonObject template;
        if (request.Get("StackName") is { Length: > 0 } name)
        {
            var stack = Find(name) ?? throw CloudFormationErrors.StackNotFound(name);
            template = stack.Template ?? stack.ChangeSets.LastOrDefault()?.Template ?? new JsonObject();
        }
        else
        {
            template = ParseTemplate(request).Template;
        }

        var declared = template["Parameters"] as JsonObject ?? new JsonObject();
        var resources = template["Resources"] as JsonObject ?? new JsonObject();
        return
        [
            Members("Parameters", declared.Select(p => new object?[]
            {
                E("ParameterKey", p.Key), E("DefaultValue", p.Value?["Default"]?.ToString()), E("ParameterType", p.Value?["Type"]?.ToString() ?? "String"),
                E("NoEcho", "false"), E("Description", p.Value?["Description"]?.ToString()), E("ParameterConstraints"),
            })),
            E("Description", template["Description"]?.ToString()),
            Members("ResourceTypes", resources.Select(r => r.Value?["Type"]?.ToString()).Distinct().Select(t => new object?[] { t })),
            E("Version", template["AWSTemplateFormatVersion"]?.ToString() ?? "2010-09-09"),
        ];
    }

    private static (JsonObject Template, string Body) ParseTemplate(QueryRequest request)
    {
        if (request.Get("TemplateURL") is { Length: > 0 })
        {
            throw CloudFormationErrors.Validation("The local control plane reads templates from TemplateBody only (TemplateURL is not served).");
        }

        var body = request.Get("TemplateBody") ?? throw CloudFormationErrors.Validation("Either Template URL or Template Body must be specified.");
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException e)
        {
            throw CloudFormationErrors.Validation($"Template format error: JSON not well-formed. (line {e.LineNumber + 1}, column {e.BytePositionInLine + 1})");
        }

        if (node is not JsonObject template)
        {
            throw CloudFormationErrors.Validation("Template format error: JSON not well-formed.");
        }

        if (template["Resources"] is not JsonObject { Count: > 0 } resources)
        {
            throw CloudFormationErrors.Validation("Template format error: At least one Resources member must be defined.");
        }

        foreach (var (id, resource) in resources)
        {
            if (resource?["Type"] is not JsonValue)
            {
                throw CloudFormationErrors.Validation($"Template format error: [/Resources/{id}] Every Resources object must contain a Type member.");
            }
        }

        return (template, body);
    }

    /// <summary>The value of every declared parameter: the one given, the stack's previous one, or the Default.</summary>
    private static Dictionary<string, string> ResolveParameters(JsonObject template, QueryRequest request, StackRecord stack, bool isCreate)
    {
        var declared = template["Parameters"] as JsonObject ?? new JsonObject();
        var given = request.Structures("Parameters");
        var unknown = given.Select(g => g.GetValueOrDefault("ParameterKey") ?? "").Where(k => !declared.ContainsKey(k)).ToList();
        if (unknown.Count > 0)
        {
            throw CloudFormationErrors.Validation($"Parameters: [{string.Join(", ", unknown)}] do not exist in the template");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in given)
        {
            var key = g["ParameterKey"];
            if (g.GetValueOrDefault("UsePreviousValue") == "true")
            {
                if (isCreate || !stack.Parameters.TryGetValue(key, out var previous))
                {
                    throw CloudFormationErrors.Validation($"Invalid input for parameter key {key}. Cannot specify usePreviousValue as true for a parameter key not in the previous template");
                }

                values[key] = previous;
            }
            else
            {
                values[key] = g.GetValueOrDefault("ParameterValue") ?? "";
            }
        }

        var missing = new List<string>();
        foreach (var (key, declaration) in declared)
        {
            if (values.ContainsKey(key))
            {
                continue;
            }

            if (declaration?["Default"] is JsonNode defaultValue)
            {
                values[key] = defaultValue is JsonValue v ? v.ToString() : defaultValue.ToJsonString();
            }
            else
            {
                missing.Add(key);
            }
        }

        if (missing.Count > 0)
        {
            throw CloudFormationErrors.Validation($"Parameters: [{string.Join(", ", missing)}] must have values");
        }

        return values;
    }

    private static void CheckReferences(JsonObject template, IReadOnlyDictionary<string, string> parameters)
    {
        var resources = template["Resources"] as JsonObject ?? new JsonObject();
        var unresolved = resources.SelectMany(r => TemplateEvaluator.References(r.Value?["Properties"]))
            .Concat(TemplateEvaluator.References(template["Outputs"]))
            .Where(r => !r.StartsWith("AWS::", StringComparison.Ordinal) && !parameters.ContainsKey(r) && !resources.ContainsKey(r))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (unresolved.Count > 0)
        {
            throw CloudFormationErrors.Validation($"Template format error: Unresolved resource dependencies [{string.Join(", ", unresolved)}] in the Resources block of the template");
        }
    }
}
