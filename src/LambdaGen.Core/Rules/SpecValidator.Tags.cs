using System;
using System.Collections.Generic;
using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

public static partial class SpecValidator
{
    public const int MaxTags = 50;
    private const int TagKeyMax = 128;
    private const int TagValueMax = 256;

    private static void CheckTags(Run run)
    {
        var entries = run.Spec.Tags;
        var seen = new HashSet<(ValueOrigin, string)>();
        foreach (var entry in entries)
        {
            var item = FieldKeys.Item(FieldKeys.Tags, entry.Index);
            var key = entry.Key ?? "";
            var value = entry.Value ?? "";
            int keyLength = Text.CodePoints(key);
            if (keyLength < 1 || keyLength > TagKeyMax || !Patterns.IsTagText(key))
            {
                run.Report(RuleCatalog.TagInvalid, FieldKeys.Part(item, "Key"), entry.Origin,
                    $"Tag key {Text.Quote(entry.Key)} is not valid: 1–{TagKeyMax} letters, digits, spaces or _.:/=+-@");
            }
            else if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                run.Report(RuleCatalog.TagReservedPrefix, FieldKeys.Part(item, "Key"), entry.Origin,
                    $"Tag key {Text.Quote(key)} uses the prefix 'aws:', which is reserved for AWS", key.Substring(4));
            }
            else if (!seen.Add((entry.Origin, key)))
            {
                run.Report(RuleCatalog.TagDuplicate, item, entry.Origin, $"Tag '{key}' is declared more than once");
            }

            if (Text.CodePoints(value) > TagValueMax || !Patterns.IsTagText(value))
            {
                run.Report(RuleCatalog.TagInvalid, FieldKeys.Part(item, "Value"), entry.Origin,
                    $"Tag value {Text.Quote(entry.Value)} of '{key}' is not valid: 0–{TagValueMax} letters, digits, spaces or _.:/=+-@");
            }
        }

        var effective = KeyValues.Effective(entries);
        if (effective.Count > MaxTags)
        {
            var last = entries[entries.Count - 1];
            run.Report(RuleCatalog.TooManyTags, FieldKeys.Item(FieldKeys.Tags, last.Index), last.Origin,
                $"The function has {effective.Count} tags; the maximum is {MaxTags}");
        }
    }
}
