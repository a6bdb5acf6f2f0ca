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
        foreach (var operation in OperationInstance.Declared(run.Spec))
        {
            foreach (var field in FieldTable.Of(operation.Operation))
            {
                var key = field.Key(operation.Position);
                switch (operation.Settings[field])
                {
                    case Setting<string> { Value: { } value } text:
                        CheckSurrogates(run, key, Subject(field, operation), text.Origin, value);
                        break;
                    case Setting<EquatableArray<string?>> list:
                        for (int i = 0; i < list.Value.Count; i++)
                        {
                            var subject = $"{Subject(field, operation)} item {Text.Number(i + 1)}";
                            if (list.Value[i] is { } item)
                                CheckSurrogates(run, FieldKeys.Item(key, i), subject, list.Origin, item);
                            else
                                run.Report(RuleCatalog.NullItem, FieldKeys.Item(key, i), list.Origin,
                                    $"{subject} is null; the API takes no null items: remove it or give it a value");
                        }
                        break;
                }
            }
        }

        foreach (var entry in run.Spec.Environment)
            CheckPair(run, FieldKeys.Item(FieldKeys.Environment, entry.Index), "Environment variable", entry);
        foreach (var entry in run.Spec.Tags)
            CheckPair(run, FieldKeys.Item(FieldKeys.Tags, entry.Index), "Tag", entry);
        foreach (var fs in run.Spec.FileSystems)
        {
            var item = FieldKeys.Item(FieldKeys.FileSystem, fs.Index);
            CheckSurrogates(run, FieldKeys.Part(item, "Arn"), "File system ARN", fs.Origin, fs.Arn);
            CheckSurrogates(run, FieldKeys.Part(item, "LocalMountPath"), "LocalMountPath", fs.Origin, fs.LocalMountPath);
        }
    }

    private static void CheckPair(Run run, string item, string what, KeyValueEntry entry)
    {
        CheckSurrogates(run, FieldKeys.Part(item, "Key"), what + " name", entry.Origin, entry.Key);
        CheckSurrogates(run, FieldKeys.Part(item, "Value"), what + " value", entry.Origin, entry.Value);
    }

    private static void CheckSurrogates(Run run, string key, string subject, ValueOrigin origin, string? value)
    {
        if (value is null || Text.UnpairedSurrogate(value) is not { } index)
            return;
        var unit = ((int)value[index]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        run.Report(RuleCatalog.UnpairedSurrogate, key, origin,
            $"{subject} has an unpaired surrogate U+{unit} at position {Text.Number(index + 1)}: it has no UTF-8 encoding, so the manifest would carry U+FFFD instead; remove it or complete the pair");
    }
}
