using System;
using System.Collections.Generic;
using System.Linq;

namespace LambdaGen.Core.Model;

/// <summary>The map a list of environment or tag entries resolves to.</summary>
public static class KeyValues
{
    /// <summary>
    /// Method-level entries override assembly-level ones with the same key; within one level the first
    /// declaration counts (a later duplicate is an error whose fix removes it). Sorted by key, ordinal,
    /// so manifests are byte-identical on every machine.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Effective(IEnumerable<KeyValueEntry> entries)
    {
        var map = new Dictionary<string, (string Value, int Rank)>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Key is null)
            {
                continue;
            }

            int rank = entry.Origin == ValueOrigin.Assembly || entry.Origin == ValueOrigin.MsBuild ? 0 : 1;
            if (!map.TryGetValue(entry.Key, out var existing) || existing.Rank < rank)
            {
                map[entry.Key] = (entry.Value ?? "", rank);
            }
        }
        return map.OrderBy(pair => pair.Key, StringComparer.Ordinal)
                  .Select(pair => new KeyValuePair<string, string>(pair.Key, pair.Value.Value))
                  .ToList();
    }
}
