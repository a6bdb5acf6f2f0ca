using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LambdaGen.Deploy.Planning;

/// <summary>How a JSON value at some path is compared.</summary>
internal enum CompareAs
{
    /// <summary>Objects: only the declared properties count; arrays: order matters; scalars: equal.</summary>
    Declared,
    /// <summary>A string map that the manifest owns whole (Environment.Variables): keys added, changed and removed.</summary>
    Map,
    /// <summary>An array whose order does not matter (subnet and security group ids, file systems).</summary>
    Set,
}

/// <summary>
/// Compares what the manifest declares with what GetFunctionConfiguration reports. Only declared
/// properties are compared (the service adds LogGroup, VpcId, layer sizes, …); a property the
/// service omits matches an empty declared value ("", [], {}, false).
/// </summary>
internal static class JsonDiff
{
    public static void Compare(string path, JsonNode? declared, JsonNode? deployed, Func<string, CompareAs> modeOf, bool isReset, List<FieldChange> changes)
    {
        switch (modeOf(path))
        {
            case CompareAs.Map:
                CompareMap(path, declared as JsonObject, deployed as JsonObject, isReset, changes);
                return;
            case CompareAs.Set:
                if (!SameSet(declared, deployed))
                {
                    changes.Add(new FieldChange(path, Show(deployed), Show(declared), isReset));
                }
                return;
        }

        if (declared is JsonObject declaredObject)
        {
            var deployedObject = deployed as JsonObject;
            foreach (var (name, value) in declaredObject)
            {
                Compare(path + "." + name, value, deployedObject?[name], modeOf, isReset, changes);
            }
            return;
        }

        if (!SameValue(declared, deployed))
        {
            changes.Add(new FieldChange(path, Show(deployed), Show(declared), isReset));
        }
    }

    private static void CompareMap(string path, JsonObject? declared, JsonObject? deployed, bool isReset, List<FieldChange> changes)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (k, _) in declared ?? new JsonObject())
        {
            keys.Add(k);
        }
        foreach (var (k, _) in deployed ?? new JsonObject())
        {
            keys.Add(k);
        }
        foreach (string key in keys)
        {
            JsonNode? want = declared?[key];
            JsonNode? have = deployed?[key];
            bool wantHas = declared?.ContainsKey(key) == true;
            bool haveHas = deployed?.ContainsKey(key) == true;
            if (wantHas != haveHas || !SameValue(want, have))
            {
                changes.Add(new FieldChange(path + "." + key, haveHas ? Show(have) : FieldChange.None, wantHas ? Show(want) : FieldChange.None, isReset));
            }
        }
    }

    /// <summary>Equality of JSON values; numbers numerically; a missing value equals an empty one.</summary>
    public static bool SameValue(JsonNode? a, JsonNode? b)
    {
        if (IsEmpty(a) && IsEmpty(b))
        {
            return true;
        }
        if (a is null || b is null)
        {
            return false;
        }
        if (a is JsonValue va && b is JsonValue vb)
        {
            var ka = va.GetValueKind();
            var kb = vb.GetValueKind();
            if (ka == JsonValueKind.Number && kb == JsonValueKind.Number)
            {
                return decimal.Parse(va.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
                    == decimal.Parse(vb.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
            }
            return ka == kb && va.ToJsonString() == vb.ToJsonString();
        }
        if (a is JsonArray aa && b is JsonArray ab)
        {
            return aa.Count == ab.Count && aa.Zip(ab).All(p => SameValue(p.First, p.Second));
        }
        if (a is JsonObject oa && b is JsonObject ob)
        {
            return oa.Count == ob.Count && oa.All(p => ob.ContainsKey(p.Key) && SameValue(p.Value, ob[p.Key]));
        }
        return false;
    }

    private static bool SameSet(JsonNode? a, JsonNode? b)
    {
        var left = Items(a).Select(Canonical).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var right = Items(b).Select(Canonical).OrderBy(s => s, StringComparer.Ordinal).ToList();
        return left.SequenceEqual(right, StringComparer.Ordinal);
    }

    private static IEnumerable<JsonNode?> Items(JsonNode? n) => n is JsonArray a ? a : Enumerable.Empty<JsonNode?>();

    /// <summary>Compact JSON with object keys sorted, so equal values print equally.</summary>
    public static string Canonical(JsonNode? n) => n switch
    {
        null => "null",
        JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => JsonValue.Create(p.Key).ToJsonString() + ":" + Canonical(p.Value))) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        _ => n.ToJsonString(),
    };

    public static bool IsEmpty(JsonNode? n) => n switch
    {
        null => true,
        JsonArray a => a.Count == 0,
        JsonObject o => o.Count == 0,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>().Length == 0,
            JsonValueKind.False or JsonValueKind.Null => true,
            _ => false,
        },
        _ => false,
    };

    public static string Show(JsonNode? n) => n is null ? FieldChange.None : Canonical(n);
}
