using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LambdaGen.Fuzz.Tests;

/// <summary>
/// Checks a manifest against the committed Lambda service model (tests/LambdaGen.Tests/Model/lambda-service-2.json): every
/// member is one the request shape has, and every value has the member's type, range, length, pattern and enum, with no null
/// anywhere. Lengths are Unicode code points, as AWS counts them (DESIGN.md); patterns must match the whole value.
/// </summary>
internal static class ManifestShapes
{
    private static readonly JsonObject Shapes = (JsonObject)JsonNode.Parse(File.ReadAllText(ModelPath()))!["shapes"]!;

    private static readonly Dictionary<string, Regex?> Patterns = new(StringComparer.Ordinal);

    private static string ModelPath()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "lambda-service-2.json");
        return File.Exists(beside) ? beside : throw new FileNotFoundException("lambda-service-2.json is not beside the test assembly (see the csproj)", beside);
    }

    /// <summary>The problems of <paramref name="manifest"/> as a <paramref name="requestShape"/> (e.g. CreateFunctionRequest).</summary>
    /// <param name="constraints">False when the analyzer reported an error (the build fails, the value is known bad): then only
    /// what must hold even so is checked (no null, JSON types of the model, no member the model lacks, no unpaired surrogate),
    /// not the ranges, lengths, enums and patterns.</param>
    public static List<string> Check(JsonNode? manifest, string requestShape, bool constraints = true)
    {
        var problems = new List<string>();
        Check(manifest, requestShape, "$", problems, constraints);
        return problems;
    }

    public static bool HasShape(string name) => Shapes.ContainsKey(name);

    private static void Check(JsonNode? node, string shapeName, string path, List<string> problems, bool constraints)
    {
        var shape = (JsonObject)Shapes[shapeName]!;
        if (node is null)
        {
            problems.Add($"{path}: null where the model wants a {shapeName}");
            return;
        }
        switch ((string)shape["type"]!)
        {
            case "structure":
                if (node is not JsonObject obj)
                {
                    problems.Add($"{path}: {Kind(node)} where the model wants the structure {shapeName}");
                    return;
                }
                var members = (JsonObject)shape["members"]!;
                foreach (var (name, value) in obj)
                {
                    if (members[name] is not JsonObject member)
                    {
                        problems.Add($"{path}.{name}: {shapeName} has no member {name}");
                    }
                    else
                    {
                        Check(value, (string)member["shape"]!, $"{path}.{name}", problems, constraints);
                    }
                }
                return;
            case "list":
                if (node is not JsonArray array)
                {
                    problems.Add($"{path}: {Kind(node)} where the model wants the list {shapeName}");
                    return;
                }
                if (constraints)
                {
                    Range(array.Count, shape, path, "items", problems);
                }

                for (int i = 0; i < array.Count; i++)
                {
                    Check(array[i], (string)shape["member"]!["shape"]!, $"{path}[{i}]", problems, constraints);
                }

                return;
            case "map":
                if (node is not JsonObject map)
                {
                    problems.Add($"{path}: {Kind(node)} where the model wants the map {shapeName}");
                    return;
                }
                if (constraints)
                {
                    Range(map.Count, shape, path, "entries", problems);
                }

                foreach (var (key, value) in map)
                {
                    Check(JsonValue.Create(key), (string)shape["key"]!["shape"]!, $"{path} key '{key}'", problems, constraints);
                    Check(value, (string)shape["value"]!["shape"]!, $"{path}['{key}']", problems, constraints);
                }
                return;
            case "string":
                if (node is not JsonValue stringValue || !stringValue.TryGetValue<string>(out var text))
                {
                    problems.Add($"{path}: {Kind(node)} where the model wants the string {shapeName}");
                    return;
                }
                if (constraints)
                {
                    Range(CodePoints(text), shape, path, "code points", problems);
                }

                if (UnpairedSurrogateAt(text) is int at and >= 0)
                {
                    problems.Add($"{path}: an unpaired surrogate U+{(int)text[at]:X4} at {at} (no UTF-8 file can carry it)");
                }

                if (constraints && shape["enum"] is JsonArray values && !values.Any(v => (string)v! == text))
                {
                    problems.Add($"{path}: '{text}' is not one of {shapeName}'s values ({string.Join(", ", values.Select(v => (string)v!))})");
                }

                if (constraints && shape["pattern"] is JsonValue pattern && PatternOf((string)pattern!) is { } regex && !regex.IsMatch(text))
                {
                    problems.Add($"{path}: '{text}' does not match {shapeName}'s pattern {(string)pattern!}");
                }

                return;
            case "integer" or "long":
                if (node is not JsonValue number || !number.TryGetValue<long>(out var whole))
                {
                    problems.Add($"{path}: {Kind(node)} where the model wants the whole number {shapeName}");
                    return;
                }
                if (constraints)
                {
                    Bounds(whole, shape, path, problems);
                }

                return;
            case "double" or "float":
                if (node is not JsonValue real || !real.TryGetValue<double>(out var d) || double.IsNaN(d) || double.IsInfinity(d))
                {
                    problems.Add($"{path}: {Kind(node)} where the model wants the number {shapeName}");
                    return;
                }
                if (constraints)
                {
                    Bounds(d, shape, path, problems);
                }

                return;
            case "boolean":
                if (node is not JsonValue flag || !flag.TryGetValue<bool>(out _))
                {
                    problems.Add($"{path}: {Kind(node)} where the model wants the boolean {shapeName}");
                }

                return;
            case "timestamp":
                // A --cli-input-json timestamp is an ISO 8601 string (botocore parses it) or epoch seconds.
                // Its JSON type is always checked; whether the string is a date only when the analyzer reported no error.
                if (node is JsonValue stamp && (stamp.TryGetValue<double>(out _)
                    || (stamp.TryGetValue<string>(out var iso) && (!constraints || DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _)))))
                {
                    return;
                }

                problems.Add($"{path}: {Kind(node)} where the model wants the timestamp {shapeName} (an ISO 8601 string or epoch seconds)");
                return;
            default:
                problems.Add($"{path}: a {shape["type"]} ({shapeName}) in a manifest");
                return;
        }
    }

    private static void Range(long count, JsonObject shape, string path, string what, List<string> problems)
    {
        if (shape["min"] is JsonValue min && count < (long)min)
        {
            problems.Add($"{path}: {count} {what}, the model's minimum is {min}");
        }

        if (shape["max"] is JsonValue max && count > (long)max)
        {
            problems.Add($"{path}: {count} {what}, the model's maximum is {max}");
        }
    }

    private static void Bounds(double value, JsonObject shape, string path, List<string> problems)
    {
        if (shape["min"] is JsonValue min && value < (double)min)
        {
            problems.Add($"{path}: {value.ToString(CultureInfo.InvariantCulture)} is below the model's minimum {min}");
        }

        if (shape["max"] is JsonValue max && value > (double)max)
        {
            problems.Add($"{path}: {value.ToString(CultureInfo.InvariantCulture)} is above the model's maximum {max}");
        }
    }

    /// <summary>Code points; an unpaired surrogate counts as one (it is reported on its own).</summary>
    private static int CodePoints(string text)
    {
        int count = text.Length;
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                count--;
                i++;
            }
        }
        return count;
    }

    private static int UnpairedSurrogateAt(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }
        return -1;
    }

    private static string Kind(JsonNode node) => node.GetValueKind().ToString();

    /// <summary>The model's (Java) pattern as a whole-value .NET regex; null when .NET cannot read it (then only the other
    /// constraints are checked).</summary>
    private static Regex? PatternOf(string pattern)
    {
        lock (Patterns)
        {
            if (!Patterns.TryGetValue(pattern, out var regex))
            {
                try
                {
                    regex = new Regex("^(?:" + pattern + ")\\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                }
                catch (ArgumentException)
                {
                    regex = null;
                }
                Patterns[pattern] = regex;
            }
            return regex;
        }
    }
}
