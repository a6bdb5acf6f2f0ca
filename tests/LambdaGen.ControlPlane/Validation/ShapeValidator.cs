using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane;

/// <summary>
/// Checks a JSON body against a <see cref="StructureShape"/> in the two stages the service's front end
/// has: first deserialisation (wrong JSON types, unknown members → 400 SerializationException, first
/// problem only), then model constraints (→ 400 ValidationException listing every violation as
/// "N validation error(s) detected: Value '…' at 'camelPath' failed to satisfy constraint: …").
/// </summary>
internal static class ShapeValidator
{
    public static JsonObject ParseAndValidate(string body, StructureShape shape)
    {
        var obj = Parse(body);
        var errors = new List<string>();
        CheckStructure(obj, shape, "", errors);
        ThrowIfAny(errors);
        return obj;
    }

    public static JsonObject Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return new JsonObject();
        }

        try
        {
            // A member given twice is ambiguous; the service's parser refuses it, so do we (here, not in a handler).
            if (JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }) is JsonObject obj)
            {
                return obj;
            }
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            throw AwsServiceException.Serialization($"Could not parse request body into json: {e.Message}");
        }

        throw AwsServiceException.Serialization("Could not parse request body into json: the body must be a JSON object.");
    }

    public static void ThrowIfAny(List<string> errors)
    {
        if (errors.Count == 0)
        {
            return;
        }

        var head = errors.Count == 1 ? "1 validation error detected: " : $"{errors.Count} validation errors detected: ";
        throw new AwsServiceException(400, "ValidationException", head + string.Join("; ", errors));
    }

    /// <summary>Validates one value that arrived outside the body (URI label or query parameter).</summary>
    public static void CheckLabel(string value, StringShape shape, string memberPath)
    {
        var errors = new List<string>();
        foreach (var c in StringConstraints(value, shape))
        {
            errors.Add(Error(Quote(value), memberPath, c));
        }

        ThrowIfAny(errors);
    }

    public static string Error(string renderedValue, string path, string constraint) =>
        renderedValue.Length == 0
            ? $"Value at '{path}' failed to satisfy constraint: {constraint}"
            : $"Value {renderedValue} at '{path}' failed to satisfy constraint: {constraint}";

    private static string Quote(string text) => $"'{text}'";

    private static string CamelPath(string parent, string member)
    {
        var camel = char.ToLowerInvariant(member[0]) + member[1..];
        return parent.Length == 0 ? camel : parent + "." + camel;
    }

    private static void CheckStructure(JsonObject obj, StructureShape shape, string path, List<string> errors)
    {
        foreach (var (name, _) in obj)
        {
            if (shape.Find(name) is null)
            {
                var where = path.Length == 0 ? shape.Name : $"'{path}'";
                throw AwsServiceException.Serialization(
                    $"Unrecognized field \"{name}\" in {where}: it is not a member of {shape.Name} (API 2015-03-31).");
            }
        }

        foreach (var (name, memberShape, required) in shape.Members)
        {
            var memberPath = CamelPath(path, name);
            obj.TryGetPropertyValue(name, out var node);
            if (node is null)
            {
                if (required)
                {
                    errors.Add(Error("null", memberPath, "Member must not be null"));
                }

                continue;
            }

            CheckValue(node, memberShape, memberPath, errors);
        }
    }

    private static void CheckValue(JsonNode node, Shape shape, string path, List<string> errors)
    {
        switch (shape)
        {
            case StructureShape s:
                CheckStructure(node as JsonObject ?? throw TypeError(path, "a structure", node), s, path, errors);
                break;

            case ListShape l:
                CheckList(node as JsonArray ?? throw TypeError(path, "a list", node), l, path, errors);
                break;

            case MapShape m:
                CheckMap(node as JsonObject ?? throw TypeError(path, "a map", node), m, path, errors);
                break;

            default:
                foreach (var c in ScalarConstraints(node, shape, path))
                {
                    errors.Add(Error(Render(node, shape), path, c));
                }

                break;
        }
    }

    private static void CheckList(JsonArray array, ListShape shape, string path, List<string> errors)
    {
        if (shape.Min is { } min && array.Count < min)
        {
            errors.Add(Error(Render(array, shape), path, $"Member must have length greater than or equal to {min}"));
        }

        if (shape.Max is { } max && array.Count > max)
        {
            errors.Add(Error(Render(array, shape), path, $"Member must have length less than or equal to {max}"));
        }

        if (shape.Member is StructureShape structure)
        {
            for (var i = 0; i < array.Count; i++)
            {
                var item = array[i] ?? throw TypeError(path, "a structure", null);
                CheckStructure(item as JsonObject ?? throw TypeError(path, "a structure", item), structure,
                    $"{path}.{i + 1}.member", errors);
            }

            return;
        }

        // Scalar members: the service folds every member violation into one error for the list.
        var memberConstraints = new List<string>();
        foreach (var item in array)
        {
            if (item is null)
            {
                throw TypeError(path, "a list without null members", null);
            }

            foreach (var c in ScalarConstraints(item, shape.Member, path))
            {
                if (!memberConstraints.Contains(c))
                {
                    memberConstraints.Add(c);
                }
            }
        }

        if (memberConstraints.Count > 0)
        {
            errors.Add(Error(Render(array, shape), path,
                $"Member must satisfy constraint: [{string.Join(", ", memberConstraints)}]"));
        }
    }

    private static void CheckMap(JsonObject map, MapShape shape, string path, List<string> errors)
    {
        var keyConstraints = new List<string>();
        var valueConstraints = new List<string>();
        foreach (var (key, value) in map)
        {
            foreach (var c in StringConstraints(key, shape.Key))
            {
                if (!keyConstraints.Contains(c))
                {
                    keyConstraints.Add(c);
                }
            }

            if (value is null)
            {
                throw TypeError(path, "a map of strings", null);
            }

            foreach (var c in ScalarConstraints(value, shape.Value, path))
            {
                if (!valueConstraints.Contains(c))
                {
                    valueConstraints.Add(c);
                }
            }
        }

        if (keyConstraints.Count > 0)
        {
            errors.Add(Error(Render(map, shape), path, $"Map keys must satisfy constraint: [{string.Join(", ", keyConstraints)}]"));
        }

        if (valueConstraints.Count > 0)
        {
            errors.Add(Error(Render(map, shape), path, $"Map value must satisfy constraint: [{string.Join(", ", valueConstraints)}]"));
        }
    }

    private static IEnumerable<string> ScalarConstraints(JsonNode node, Shape shape, string path)
    {
        switch (shape)
        {
            case StringShape s:
                return StringConstraints(ReadString(node, path), s);

            case IntegerShape i:
            {
                var v = ReadInteger(node, path);
                var list = new List<string>();
                if (i.Min is { } min && v < min)
                {
                    list.Add($"Member must have value greater than or equal to {min}");
                }

                if (i.Max is { } max && v > max)
                {
                    list.Add($"Member must have value less than or equal to {max}");
                }

                return list;
            }

            case DoubleShape d:
            {
                if (node is not JsonValue jv || jv.GetValueKind() != JsonValueKind.Number)
                {
                    throw TypeError(path, "a number", node);
                }

                var v = jv.GetValue<double>();
                var list = new List<string>();
                if (d.Min is { } min && v < min)
                {
                    list.Add($"Member must have value greater than or equal to {min.ToString(CultureInfo.InvariantCulture)}");
                }

                if (d.Max is { } max && v > max)
                {
                    list.Add($"Member must have value less than or equal to {max.ToString(CultureInfo.InvariantCulture)}");
                }

                return list;
            }

            case BooleanShape:
                if (node.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
                {
                    throw TypeError(path, "a boolean", node);
                }

                return [];

            case BlobShape:
                ReadBlob(node, path);
                return [];

            default:
                throw TypeError(path, "a scalar", node);
        }
    }

    public static IEnumerable<string> StringConstraints(string value, StringShape shape)
    {
        // Lengths are counted in UTF-16 code units, as the service's Java front end does.
        if (shape.Min is { } min && value.Length < min)
        {
            yield return $"Member must have length greater than or equal to {min}";
        }

        var max = shape.ServiceMaxLength?.Invoke(value) ?? shape.Max;
        if (max is { } m && value.Length > m)
        {
            yield return $"Member must have length less than or equal to {m}";
        }

        if (shape.Pattern is not null && !shape.Matches(value))
        {
            yield return $"Member must satisfy regular expression pattern: {shape.Pattern}";
        }

        if (shape.Enum is not null && !shape.Enum.Contains(value, StringComparer.Ordinal))
        {
            yield return $"Member must satisfy enum value set: [{string.Join(", ", shape.EnumShown ?? shape.Enum)}]{shape.EnumSuffix}";
        }
    }

    public static string ReadString(JsonNode node, string path) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : throw TypeError(path, "a string", node);

    public static long ReadInteger(JsonNode node, string path)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
        {
            if (v.TryGetValue<int>(out var i))
            {
                return i;
            }

            if (v.TryGetValue<long>(out _) || v.TryGetValue<double>(out _))
            {
                throw AwsServiceException.Serialization($"Numeric value ({v.ToJsonString()}) at '{path}' is not an integer in the range of a 32-bit int.");
            }
        }

        throw TypeError(path, "an integer", node);
    }

    public static byte[] ReadBlob(JsonNode node, string path)
    {
        var text = ReadString(node, path);
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw AwsServiceException.Serialization($"Value at '{path}' is not valid base64 for a blob member.");
        }
    }

    private static AwsServiceException TypeError(string path, string expected, JsonNode? node) =>
        AwsServiceException.Serialization(
            $"Could not parse request body into json: '{path}' must be {expected}, found {Describe(node)}.");

    private static string Describe(JsonNode? node) => node is null ? "null" : node.GetValueKind() switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>How the service quotes a value in an error: Java toString style, nothing for sensitive members.</summary>
    private static string Render(JsonNode node, Shape shape)
    {
        if (shape.Sensitive || shape is MapShape { Value.Sensitive: true } || shape is ListShape { Member.Sensitive: true })
        {
            return "";
        }

        return Quote(RenderRaw(node));
    }

    private static string RenderRaw(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return "null";
            case JsonArray a:
                return "[" + string.Join(", ", a.Select(RenderRaw)) + "]";
            case JsonObject o:
            {
                var sb = new StringBuilder("{");
                var first = true;
                foreach (var (k, v) in o)
                {
                    sb.Append(first ? "" : ", ").Append(k).Append('=').Append(RenderRaw(v));
                    first = false;
                }

                return sb.Append('}').ToString();
            }

            default:
                return node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
        }
    }
}
