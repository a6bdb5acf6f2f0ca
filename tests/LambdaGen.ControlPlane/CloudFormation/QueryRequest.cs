using System.Globalization;

namespace LambdaGen.ControlPlane.CloudFormation;

/// <summary>
/// One AWS Query protocol request as CloudFormation receives it: the form-encoded body (<c>Action=…&amp;Version=…</c>,
/// '+' for a space as HTML forms write it), with lists flattened as <c>Name.member.N</c> and <c>Name.member.N.Field</c>.
/// </summary>
internal sealed class QueryRequest
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private QueryRequest()
    {
    }

    public string Action => Get("Action") ?? "";

    public string? Version => Get("Version");

    public static QueryRequest Parse(string body)
    {
        var request = new QueryRequest();
        foreach (var part in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var key = Decode(eq < 0 ? part : part[..eq]);
            var value = eq < 0 ? "" : Decode(part[(eq + 1)..]);
            request._values[key] = value;
        }

        return request;
    }

    public string? Get(string name) => _values.TryGetValue(name, out var v) ? v : null;

    /// <summary>The member, or the ValidationError the service gives when a required one is missing.</summary>
    public string Require(string name) =>
        Get(name) is { Length: > 0 } v ? v : throw CloudFormationErrors.Validation($"1 validation error detected: Value null at '{LowerFirst(name)}' failed to satisfy constraint: Member must not be null");

    /// <summary>The entries of a list of structures, in index order: <c>Name.member.1.Field</c>, <c>Name.member.2.Field</c>, …</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Structures(string list)
    {
        var prefix = list + ".member.";
        var byIndex = new SortedDictionary<int, Dictionary<string, string>>();
        foreach (var (key, value) in _values)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = key[prefix.Length..];
            var dot = rest.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || !int.TryParse(rest[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                continue;
            }

            if (!byIndex.TryGetValue(index, out var fields))
            {
                byIndex[index] = fields = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            fields[rest[(dot + 1)..]] = value;
        }

        return byIndex.Values.ToList();
    }

    /// <summary>A list of strings: <c>Name.member.1</c>, <c>Name.member.2</c>, …</summary>
    public IReadOnlyList<string> Strings(string list)
    {
        var prefix = list + ".member.";
        return _values
            .Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(p.Key[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .OrderBy(p => int.Parse(p.Key[prefix.Length..], CultureInfo.InvariantCulture))
            .Select(p => p.Value)
            .ToList();
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static string LowerFirst(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
