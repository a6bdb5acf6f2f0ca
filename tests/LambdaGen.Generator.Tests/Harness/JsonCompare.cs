using System.Text.Json;
using System.Text.Json.Nodes;

namespace LambdaGen.Generator.Tests.Harness;

/// <summary>Compares JSON as values (object key order ignored, numbers by value) and names the first differing path.</summary>
public static class JsonCompare
{
    public static void AssertEqual(JsonNode? expected, JsonNode? actual, string what)
    {
        // Re-parse so values built in memory (JsonValue.Create) compare like values read from text.
        expected = expected is null ? null : JsonNode.Parse(expected.ToJsonString());
        actual = actual is null ? null : JsonNode.Parse(actual.ToJsonString());
        var difference = FirstDifference(expected, actual, "$");
        if (difference is not null)
        {
            Assert.Fail($"{what}: {difference}\n  expected: {expected?.ToJsonString()}\n  actual:   {actual?.ToJsonString()}");
        }
    }

    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        }

        switch (expected)
        {
            case JsonObject e when actual is JsonObject a:
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)).OrderBy(k => k, StringComparer.Ordinal))
                {
                    if (!e.ContainsKey(key))
                    {
                        return $"{path}.{key}: unexpected (actual {Show(a[key])})";
                    }

                    if (!a.ContainsKey(key))
                    {
                        return $"{path}.{key}: missing (expected {Show(e[key])})";
                    }

                    if (FirstDifference(e[key], a[key], $"{path}.{key}") is { } d)
                    {
                        return d;
                    }
                }
                return null;
            case JsonArray e when actual is JsonArray a:
                if (e.Count != a.Count)
                {
                    return $"{path}: {e.Count} items vs {a.Count}";
                }

                for (int i = 0; i < e.Count; i++)
                {
                    if (FirstDifference(e[i], a[i], $"{path}[{i}]") is { } d)
                    {
                        return d;
                    }
                }

                return null;
            case JsonValue e when actual is JsonValue a:
                var (ek, ak) = (e.GetValueKind(), a.GetValueKind());
                if (ek != ak)
                {
                    return $"{path}: {ek} {Show(e)} vs {ak} {Show(a)}";
                }

                return ek switch
                {
                    JsonValueKind.String => e.GetValue<string>() == a.GetValue<string>() ? null : $"{path}: {Show(e)} vs {Show(a)}",
                    JsonValueKind.Number => e.GetValue<decimal>() == a.GetValue<decimal>() ? null : $"{path}: {Show(e)} vs {Show(a)}",
                    _ => null,
                };
            default:
                return $"{path}: {expected.GetValueKind()} vs {actual.GetValueKind()}";
        }
    }

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";
}
