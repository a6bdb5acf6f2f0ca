using System.Text.Json.Nodes;

namespace LambdaGen.Deploy;

internal static class JsonNodes
{
    /// <summary>The string value of <paramref name="name"/>, or null when absent or not a string.</summary>
    public static string? GetString(this JsonObject? o, string name) => o?[name].AsString();

    /// <summary>The node's string value, or null when it is not a JSON string.</summary>
    public static string? AsString(this JsonNode? node) => node is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}
