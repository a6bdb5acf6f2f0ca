using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace LambdaGen.Build.Tests.Templates;

/// <summary>
/// Checks a template as CloudFormation would before creating anything: every reference (<c>Ref</c>, <c>Fn::GetAtt</c>,
/// <c>DependsOn</c>) names a parameter or resource of the template and an attribute the type has; then, with each
/// reference replaced by a value of the kind CloudFormation would put there, every resource's Properties against its
/// type's provider schema (unknown properties, required ones, types, patterns, enums, ranges), and no read-only property
/// set. Returns the problems, one line each (empty: valid).
/// </summary>
internal static class TemplateSchemas
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["AWS::Lambda::Function"] = "aws-lambda-function.json",
        ["AWS::Lambda::Url"] = "aws-lambda-url.json",
        ["AWS::Lambda::Alias"] = "aws-lambda-alias.json",
        ["AWS::Lambda::Version"] = "aws-lambda-version.json",
        ["AWS::Lambda::EventInvokeConfig"] = "aws-lambda-eventinvokeconfig.json",
        ["AWS::Lambda::Permission"] = "aws-lambda-permission.json",
        ["AWS::Lambda::EventSourceMapping"] = "aws-lambda-eventsourcemapping.json",
        ["AWS::Serverless::Function"] = "aws-serverless-function.json",
    };

    /// <summary>The attributes Fn::GetAtt may ask of each type, and the kind of value each gives.</summary>
    private static readonly Dictionary<(string Type, string Attribute), Func<string, JsonObject, string>> Attributes = new()
    {
        [("AWS::Lambda::Function", "Arn")] = (_, p) => "arn:aws:lambda:us-east-1:123456789012:function:" + p["FunctionName"],
        [("AWS::Lambda::Version", "Version")] = (_, _) => "1",
        [("AWS::Lambda::Url", "FunctionUrl")] = (_, _) => "https://abcdefghij.lambda-url.us-east-1.on.aws/",
        [("AWS::Serverless::Function", "Arn")] = (_, p) => "arn:aws:lambda:us-east-1:123456789012:function:" + p["FunctionName"],
    };

    /// <summary>Draft-07, the provider definition meta-schema's, with the provider schemas' own keywords (typeName, handlers,
    /// insertionOrder, …) allowed and ignored.</summary>
    private static readonly BuildOptions Options = new() { Dialect = Dialect.Draft07.With(Array.Empty<IKeywordHandler>(), allowUnknownKeywords: true) };

    private static readonly Lazy<Dictionary<string, (JsonSchema Schema, JsonObject Document)>> Schemas = new(() =>
        Files.ToDictionary(f => f.Key, f =>
        {
            var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", f.Value));
            return (JsonSchema.FromText(text, Options), JsonNode.Parse(text)!.AsObject());
        }));

    public static IReadOnlyList<string> Validate(string templateText)
    {
        var problems = new List<string>();
        var template = JsonNode.Parse(templateText)!.AsObject();
        var parameters = template["Parameters"]?.AsObject() ?? new JsonObject();
        var resources = template["Resources"]!.AsObject();

        foreach (var (id, resourceNode) in resources)
        {
            var resource = resourceNode!.AsObject();
            var type = resource["Type"]!.GetValue<string>();
            if (!System.Text.RegularExpressions.Regex.IsMatch(id, "^[A-Za-z0-9]{1,255}$"))
            {
                problems.Add($"{id}: a logical ID is 1–255 ASCII letters and digits");
            }

            if (!Schemas.Value.TryGetValue(type, out var schema))
            {
                problems.Add($"{id}: no schema for {type}");
                continue;
            }
            if (resource["DependsOn"] is { } dependsOn && !resources.ContainsKey(dependsOn.GetValue<string>()))
            {
                problems.Add($"{id}: DependsOn {dependsOn} names no resource");
            }

            var properties = Resolve(resource["Properties"]!.DeepClone(), id, parameters, resources, problems)!.AsObject();

            foreach (var readOnly in schema.Document["readOnlyProperties"]?.AsArray() ?? new JsonArray())
            {
                var name = readOnly!.GetValue<string>().Split('/')[2];
                if (properties.ContainsKey(name))
                {
                    problems.Add($"{id}: {name} is read-only in {type}");
                }
            }
            var result = schema.Schema.Evaluate(JsonDocument.Parse(properties.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (!result.IsValid)
            {
                // A failed branch of an anyOf/oneOf that another branch satisfied is no problem: leave those out.
                var valid = result.Details.Where(d => d.IsValid).Select(d => d.EvaluationPath.ToString()).ToHashSet();
                foreach (var detail in result.Details.Where(d => d.Errors is { Count: > 0 } && !InSatisfiedChoice(d.EvaluationPath.ToString(), valid)))
                {
                    foreach (var error in detail.Errors!)
                    {
                        problems.Add($"{id} ({type}) at {detail.InstanceLocation}: {error.Key}: {error.Value}");
                    }
                }
            }
        }
        foreach (var (name, output) in template["Outputs"]?.AsObject() ?? new JsonObject())
        {
            Resolve(output!["Value"]!.DeepClone(), "Outputs." + name, parameters, resources, problems);
        }

        return problems;
    }

    private static bool InSatisfiedChoice(string path, HashSet<string> valid)
    {
        foreach (var keyword in new[] { "/anyOf", "/oneOf" })
        {
            for (int at = path.IndexOf(keyword, StringComparison.Ordinal); at >= 0; at = path.IndexOf(keyword, at + 1, StringComparison.Ordinal))
            {
                if (valid.Contains(path.Substring(0, at + keyword.Length)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The node with every intrinsic function replaced by a value of the kind CloudFormation gives.</summary>
    private static JsonNode? Resolve(JsonNode? node, string where, JsonObject parameters, JsonObject resources, List<string> problems)
    {
        switch (node)
        {
            case JsonObject { Count: 1 } reference when reference["Ref"] is { } target:
                return Ref(target.GetValue<string>(), where, parameters, resources, problems);
            case JsonObject { Count: 1 } getAtt when getAtt["Fn::GetAtt"] is JsonArray { Count: 2 } args:
            {
                var id = args[0]!.GetValue<string>();
                var attribute = args[1]!.GetValue<string>();
                if (resources[id] is not JsonObject resource)
                {
                    problems.Add($"{where}: Fn::GetAtt names no resource {id}");
                    return "unresolved";
                }
                var type = resource["Type"]!.GetValue<string>();
                if (!Attributes.TryGetValue((type, attribute), out var value))
                {
                    problems.Add($"{where}: {type} has no attribute {attribute} (Fn::GetAtt {id}.{attribute})");
                    return "unresolved";
                }
                return value(id, resource["Properties"]!.AsObject());
            }
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    obj[key] = Resolve(obj[key]?.DeepClone(), where, parameters, resources, problems);
                }

                return obj;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    array[i] = Resolve(array[i]?.DeepClone(), where, parameters, resources, problems);
                }

                return array;
            default:
                return node;
        }
    }

    private static JsonNode Ref(string target, string where, JsonObject parameters, JsonObject resources, List<string> problems)
    {
        if (parameters.ContainsKey(target))
        {
            return target switch
            {
                "CodeS3Bucket" => "lambdagen-code-bucket",
                "CodeS3Key" => "packages/0123abcd.zip",
                "CodeSha256" => "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
                _ when target.EndsWith("ImageUri", StringComparison.Ordinal) => "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1",
                _ => "value",
            };
        }
        if (resources[target] is not JsonObject resource)
        {
            problems.Add($"{where}: Ref {target} names no parameter or resource");
            return "unresolved";
        }
        var properties = resource["Properties"]!.AsObject();
        return resource["Type"]!.GetValue<string>() switch
        {
            // Ref of a function is its name; of an alias its ARN (the CloudFormation docs' return values).
            "AWS::Lambda::Function" => properties["FunctionName"]!.DeepClone(),
            "AWS::Lambda::Alias" => "arn:aws:lambda:us-east-1:123456789012:function:" + Name(properties["FunctionName"], resources) + ":" + properties["Name"],
            var type => Unresolved($"{where}: Ref of a {type} is not a value LambdaGen's templates use", problems),
        };
    }

    private static string Name(JsonNode? functionName, JsonObject resources) =>
        functionName is JsonObject { Count: 1 } r && r["Ref"] is { } id ? resources[id.GetValue<string>()]!["Properties"]!["FunctionName"]!.GetValue<string>() : functionName!.GetValue<string>();

    private static string Unresolved(string problem, List<string> problems)
    {
        problems.Add(problem);
        return "unresolved";
    }
}
