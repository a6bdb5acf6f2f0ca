using System;
using System.Collections.Generic;

namespace LambdaGen.Core.Model;

/// <summary>The map a list of environment or tag entries resolves to.</summary>
public static class KeyValues
{
    /// <summary>Above this many keys, a dictionary finds a repeated key; below it, a scan of the few found so far is cheaper
    /// than building one (a handler has a handful of variables and tags, and the manifest writer asks for them per handler).</summary>
    private const int ScanLimit = 16;

    /// <summary>
    /// Method-level entries override assembly-level ones with the same key; within one level the first
    /// declaration counts (a later duplicate is an error whose fix removes it). Sorted by key, ordinal,
    /// so manifests are byte-identical on every machine.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Effective(IEnumerable<KeyValueEntry> entries)
    {
        List<(string Key, string Value, int Rank)>? found = null;
        Dictionary<string, int>? indexOf = null;
        foreach (var entry in entries)
        {
            if (entry.Key is not { } key)
            {
                continue;
            }

            int rank = entry.Origin == ValueOrigin.Assembly || entry.Origin == ValueOrigin.MsBuild ? 0 : 1;
            found ??= new List<(string, string, int)>();
            int at = Find(found, ref indexOf, key);
            if (at < 0)
            {
                indexOf?.Add(key, found.Count);
                found.Add((key, entry.Value ?? "", rank));
            }
            else if (found[at].Rank < rank)
            {
                found[at] = (key, entry.Value ?? "", rank);
            }
        }
        if (found is null)
        {
            return Array.Empty<KeyValuePair<string, string>>();
        }

        // Keys are unique here, so an unstable sort gives one order.
        found.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var result = new KeyValuePair<string, string>[found.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = new KeyValuePair<string, string>(found[i].Key, found[i].Value);
        }

        return result;
    }

    private static int Find(List<(string Key, string Value, int Rank)> found, ref Dictionary<string, int>? indexOf, string key)
    {
        if (indexOf is null && found.Count >= ScanLimit)
        {
            indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < found.Count; i++)
            {
                indexOf[found[i].Key] = i;
            }
        }
        if (indexOf is not null)
        {
            return indexOf.TryGetValue(key, out var at) ? at : -1;
        }

        for (int i = 0; i < found.Count; i++)
        {
            if (string.Equals(found[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
