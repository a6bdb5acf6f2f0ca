using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LambdaGen.ControlPlane.CloudFormation;

/// <summary>
/// The intrinsic functions LambdaGen's templates (and simple hand-written ones) use: Ref (parameters, resources, pseudo
/// parameters), Fn::GetAtt (list or "Id.Attr" form), Fn::Sub (string or [string, variables]) and Fn::Join. With no
/// resources given (<see cref="ParametersOnly"/>) a reference to a resource is left as written, which is how a change set
/// compares two templates before anything is created.
/// </summary>
internal sealed partial class TemplateEvaluator
{
    private readonly IReadOnlyDictionary<string, string> _parameters;
    private readonly IReadOnlyDictionary<string, DeployedResource>? _resources;
    private readonly IReadOnlyDictionary<string, string> _pseudo;

    public TemplateEvaluator(IReadOnlyDictionary<string, string> parameters, IReadOnlyDictionary<string, DeployedResource>? resources, IReadOnlyDictionary<string, string> pseudo)
    {
        _parameters = parameters;
        _resources = resources;
        _pseudo = pseudo;
    }

    public static TemplateEvaluator ParametersOnly(IReadOnlyDictionary<string, string> parameters, IReadOnlyDictionary<string, string> pseudo) => new(parameters, null, pseudo);

    /// <summary>Thrown for a reference that cannot be resolved (a resource not created, an unknown attribute).</summary>
    public sealed class UnresolvedException(string message) : Exception(message);

    /// <summary>The resolved node, or null when a reference cannot be resolved yet.</summary>
    public JsonNode? TryResolve(JsonNode? node)
    {
        try
        {
            return Resolve(node);
        }
        catch (UnresolvedException)
        {
            return null;
        }
    }

    public JsonNode? Resolve(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o when o.Count == 1:
                var (fn, arg) = o.First();
                switch (fn)
                {
                    case "Ref":
                        return Ref(arg?.GetValue<string>() ?? "", o);
                    case "Fn::GetAtt":
                        var (id, attribute) = GetAttParts(arg);
                        return GetAtt(id, attribute, o);
                    case "Fn::Sub":
                        return Sub(arg, o);
                    case "Fn::Join" when arg is JsonArray { Count: 2 } join:
                        var parts = (Resolve(join[1]) as JsonArray ?? new JsonArray()).Select(p => p is JsonValue v ? v.ToString() : p?.ToJsonString() ?? "");
                        return JsonValue.Create(string.Join(join[0]?.GetValue<string>() ?? "", parts));
                }

                return new JsonObject { [fn] = Resolve(arg) };
            case JsonObject o:
                var copy = new JsonObject();
                foreach (var (k, v) in o)
                {
                    var resolved = Resolve(v);
                    if (resolved is JsonValue nv && nv.ToString() == NoValue)
                    {
                        continue; // AWS::NoValue removes the property
                    }

                    copy[k] = resolved;
                }

                return copy;
            case JsonArray a:
                return new JsonArray(a.Select(Resolve).ToArray());
            default:
                return node?.DeepClone();
        }
    }

    private const string NoValue = "\u0000AWS::NoValue";

    /// <summary>The resources a node refers to (Ref, Fn::GetAtt, ${Id} in Fn::Sub), for ordering and validation.</summary>
    public static IEnumerable<string> References(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o when o.Count == 1 && o.First().Key == "Ref":
                yield return o.First().Value?.GetValue<string>() ?? "";
                break;
            case JsonObject o when o.Count == 1 && o.First().Key == "Fn::GetAtt":
                yield return GetAttParts(o.First().Value).Id;
                break;
            case JsonObject o when o.Count == 1 && o.First().Key == "Fn::Sub":
                var arg = o.First().Value;
                var text = arg is JsonArray a0 ? a0[0]?.GetValue<string>() ?? "" : arg?.GetValue<string>() ?? "";
                foreach (Match m in SubVariable().Matches(text))
                {
                    yield return m.Groups[1].Value.Split('.')[0];
                }

                if (arg is JsonArray { Count: 2 } a1)
                {
                    foreach (var r in References(a1[1]))
                    {
                        yield return r;
                    }
                }

                break;
            case JsonObject o:
                foreach (var (_, v) in o)
                {
                    foreach (var r in References(v))
                    {
                        yield return r;
                    }
                }

                break;
            case JsonArray a:
                foreach (var v in a)
                {
                    foreach (var r in References(v))
                    {
                        yield return r;
                    }
                }

                break;
        }
    }

    private JsonNode? Ref(string name, JsonObject original)
    {
        if (name == "AWS::NoValue")
        {
            return JsonValue.Create(NoValue);
        }

        if (_pseudo.TryGetValue(name, out var pseudo))
        {
            return JsonValue.Create(pseudo);
        }

        if (_parameters.TryGetValue(name, out var value))
        {
            return JsonValue.Create(value);
        }

        if (_resources is null)
        {
            return original.DeepClone();
        }

        return _resources.TryGetValue(name, out var resource)
            ? JsonValue.Create(resource.PhysicalId)
            : throw new UnresolvedException($"Unresolved resource dependencies [{name}] in the Resources block of the template");
    }

    private JsonNode? GetAtt(string id, string attribute, JsonObject original)
    {
        if (_resources is null)
        {
            return original.DeepClone();
        }

        if (!_resources.TryGetValue(id, out var resource))
        {
            throw new UnresolvedException($"Template error: instance of Fn::GetAtt references undefined resource {id}");
        }

        return resource.Attributes.TryGetValue(attribute, out var value)
            ? JsonValue.Create(value)
            : throw new UnresolvedException($"Template error: resource {id} does not support attribute type {attribute} in Fn::GetAtt");
    }

    private JsonNode? Sub(JsonNode? arg, JsonObject original)
    {
        var text = arg is JsonArray a ? a[0]?.GetValue<string>() ?? "" : arg?.GetValue<string>() ?? "";
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (arg is JsonArray { Count: 2 } withVariables && withVariables[1] is JsonObject map)
        {
            foreach (var (k, v) in map)
            {
                variables[k] = Resolve(v) is JsonValue sv ? sv.ToString() : "";
            }
        }

        if (_resources is null && References(original).Any(r => !_parameters.ContainsKey(r) && !_pseudo.ContainsKey(r) && !variables.ContainsKey(r)))
        {
            return original.DeepClone();
        }

        var result = new StringBuilder();
        var last = 0;
        foreach (Match m in SubVariable().Matches(text))
        {
            result.Append(text, last, m.Index - last);
            var name = m.Groups[1].Value;
            var dot = name.IndexOf('.', StringComparison.Ordinal);
            string value;
            if (variables.TryGetValue(name, out var variable))
            {
                value = variable;
            }
            else if (dot > 0)
            {
                value = GetAtt(name[..dot], name[(dot + 1)..], original)?.ToString() ?? "";
            }
            else
            {
                value = Ref(name, original)?.ToString() ?? "";
            }

            result.Append(value);
            last = m.Index + m.Length;
        }

        result.Append(text, last, text.Length - last);
        return JsonValue.Create(result.ToString());
    }

    private static (string Id, string Attribute) GetAttParts(JsonNode? arg) => arg switch
    {
        JsonArray { Count: 2 } a => (a[0]?.GetValue<string>() ?? "", a[1]?.GetValue<string>() ?? ""),
        JsonValue v when v.ToString().IndexOf('.', StringComparison.Ordinal) is var dot and > 0 => (v.ToString()[..dot], v.ToString()[(dot + 1)..]),
        _ => ("", ""),
    };

    [GeneratedRegex(@"\$\{([^!}][^}]*)\}")]
    private static partial Regex SubVariable();
}
