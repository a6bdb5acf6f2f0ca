using System.Collections.Generic;
using System.Linq;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

public static partial class SpecValidator
{
    /// <summary>
    /// LG0113 and LG0114 over every value a manifest carries, whatever rule family the row belongs to: a null item in any
    /// list row (which would reach the manifest as JSON null), and an unpaired surrogate in any string, list item, key, value
    /// or mount (which UTF-8 cannot encode: the file would carry U+FFFD, not what the code says).
    /// </summary>
    private static void CheckItemsAndEncoding(Run run)
    {
        foreach (var (rule, key, origin, message) in UnwritableValues(run.Spec))
        {
            run.Report(rule, key, origin, message);
        }
    }

    /// <summary>The spec holds a value no manifest can carry as written (LG0113, LG0114, or a NaN or infinite number, which
    /// the range rules report and JSON has no spelling for): the generator leaves such a handler out rather than write
    /// something else than the code says, whatever severity the rules were given.</summary>
    /// <remarks>The same values as <see cref="UnwritableValues"/> looks at, without building a key or message for each: the
    /// generator asks this of every handler on a cold run.</remarks>
    public static bool HasUnwritableValue(FunctionSpec spec)
    {
        foreach (var operation in OperationInstance.Declared(spec))
        {
            foreach (var field in FieldTable.Of(operation.Operation))
            {
                switch (operation.Settings[field])
                {
                    case Setting<string> { Value: { } value } when Text.UnpairedSurrogate(value) is not null:
                        return true;
                    case Setting<double> { Value: var number } when double.IsNaN(number) || double.IsInfinity(number):
                        return true;
                    case Setting<EquatableArray<string?>> list:
                        foreach (var item in list.Value)
                        {
                            if (item is null || Text.UnpairedSurrogate(item) is not null)
                            {
                                return true;
                            }
                        }

                        break;
                }
            }
        }
        foreach (var entry in spec.Environment)
        {
            if (Unwritable(entry.Key) || Unwritable(entry.Value))
            {
                return true;
            }
        }

        foreach (var entry in spec.Tags)
        {
            if (Unwritable(entry.Key) || Unwritable(entry.Value))
            {
                return true;
            }
        }

        foreach (var fs in spec.FileSystems)
        {
            if (Unwritable(fs.Arn) || Unwritable(fs.LocalMountPath))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Unwritable(string? value) => value is not null && Text.UnpairedSurrogate(value) is not null;

    private static IEnumerable<(Rule Rule, string Key, ValueOrigin Origin, string Message)> UnwritableValues(FunctionSpec spec)
    {
        foreach (var operation in OperationInstance.Declared(spec))
        {
            foreach (var field in FieldTable.Of(operation.Operation))
            {
                var key = field.Key(operation.Position);
                switch (operation.Settings[field])
                {
                    case Setting<string> { Value: { } value } text:
                        if (Surrogate(key, Subject(field, operation), text.Origin, value) is { } inText)
                        {
                            yield return inText;
                        }

                        break;
                    case Setting<EquatableArray<string?>> list:
                        for (int i = 0; i < list.Value.Count; i++)
                        {
                            var subject = $"{Subject(field, operation)} item {Text.Number(i + 1)}";
                            if (list.Value[i] is not { } item)
                            {
                                yield return (RuleCatalog.NullItem, FieldKeys.Item(key, i), list.Origin,
                                    $"{subject} is null; the API takes no null items: remove it or give it a value");
                            }
                            else if (Surrogate(FieldKeys.Item(key, i), subject, list.Origin, item) is { } inItem)
                            {
                                yield return inItem;
                            }
                        }
                        break;
                }
            }
        }

        var parts = new List<(string Key, string Subject, ValueOrigin Origin, string? Value)>();
        foreach (var entry in spec.Environment)
        {
            AddPair(parts, FieldKeys.Item(FieldKeys.Environment, entry.Index), "Environment variable", entry);
        }

        foreach (var entry in spec.Tags)
        {
            AddPair(parts, FieldKeys.Item(FieldKeys.Tags, entry.Index), "Tag", entry);
        }

        foreach (var fs in spec.FileSystems)
        {
            var item = FieldKeys.Item(FieldKeys.FileSystem, fs.Index);
            parts.Add((FieldKeys.Part(item, "Arn"), "File system ARN", fs.Origin, fs.Arn));
            parts.Add((FieldKeys.Part(item, "LocalMountPath"), "LocalMountPath", fs.Origin, fs.LocalMountPath));
        }
        foreach (var (key, subject, origin, value) in parts)
        {
            if (Surrogate(key, subject, origin, value) is { } problem)
            {
                yield return problem;
            }
        }
    }

    private static void AddPair(List<(string, string, ValueOrigin, string?)> parts, string item, string what, KeyValueEntry entry)
    {
        parts.Add((FieldKeys.Part(item, "Key"), what + " name", entry.Origin, entry.Key));
        parts.Add((FieldKeys.Part(item, "Value"), what + " value", entry.Origin, entry.Value));
    }

    private static (Rule, string, ValueOrigin, string)? Surrogate(string key, string subject, ValueOrigin origin, string? value)
    {
        if (value is null || Text.UnpairedSurrogate(value) is not { } index)
        {
            return null;
        }

        var unit = ((int)value[index]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        return (RuleCatalog.UnpairedSurrogate, key, origin,
            $"{subject} has an unpaired surrogate U+{unit} at position {Text.Number(index + 1)}: it has no UTF-8 encoding, so the manifest would carry U+FFFD instead; remove it or complete the pair");
    }
}
