using System.Collections.Generic;
using System.Linq;
using System.Text;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;

namespace LambdaGen.Core.Manifest;

/// <summary>
/// Writes a spec as the exact JSON body of a CreateFunction request, without <c>Code</c> (the deploy adds it), by walking
/// the field table: API member names, unset settings omitted, the table's order, objects opened for the rows that share a
/// path prefix, maps sorted by key. Values are written as given, even when a rule objects; the analyzer's error is what
/// stops the build.
/// </summary>
public static class ManifestWriter
{
    public static string Write(FunctionSpec spec)
    {
        var builder = new StringBuilder(512);
        Write(spec, builder);
        return builder.ToString();
    }

    /// <summary>Appends the CreateFunction body to <paramref name="builder"/> (what <see cref="Write(FunctionSpec)"/> returns),
    /// so the generator can write it without a string of its own per handler.</summary>
    public static void Write(FunctionSpec spec, StringBuilder builder)
    {
        var w = new JsonWriter(builder, escapeNonAscii: false);
        var rows = FieldTable.CreateFunction;
        // The key/value maps are resolved once: whether they are written and what is written come from the same list, which
        // is reused by the next manifest on the thread (a cold build writes one per handler).
        var present = s_present ?? new List<(Field Field, IReadOnlyList<KeyValuePair<string, string>>? Pairs)>(rows.Count);
        s_present = null;
        present.Clear();
        foreach (var field in rows)
        {
            if (field.Package == PackageScope.ZipOnly && spec.IsImage)
            {
                continue;
            }

            if (field is CollectionField && field.Kind != FieldKind.FileSystemList)
            {
                var pairs = Collection(spec, field);
                if (pairs.Count > 0)
                {
                    present.Add((field, pairs));
                }
            }
            else if (IsWritten(spec, field))
            {
                present.Add((field, null));
            }
        }
        w.BeginObject();
        WriteLevel(w, spec, spec.Settings, present, 0, present.Count, depth: 0);
        w.EndObject();
        present.Clear();
        s_present = present;
    }

    [System.ThreadStatic] private static List<(Field Field, IReadOnlyList<KeyValuePair<string, string>>? Pairs)>? s_present;

    /// <summary>The input of another operation the spec declares, as <c>aws lambda &lt;operation&gt; --cli-input-json</c> takes
    /// it: <c>FunctionName</c>, for a per-alias operation other than CreateAlias the alias as <c>Qualifier</c>, then the
    /// operation's rows. CreateAlias's <c>FunctionVersion</c> exists only at deploy time (the version the deploy publishes)
    /// and is left out: pass it with <c>--function-version</c>.</summary>
    public static string Write(FunctionSpec spec, OperationInstance operation)
    {
        if (operation.Operation == Operations.CreateFunction)
        {
            return Write(spec);
        }

        var w = new JsonWriter(escapeNonAscii: false);
        w.BeginObject();
        w.Property("FunctionName", spec.FunctionName?.Value ?? "");
        if (operation.Operation.PerAlias && operation.Operation != Operations.CreateAlias)
        {
            w.Property("Qualifier", operation.Alias ?? "");
        }

        var present = FieldTable.Of(operation.Operation).Where(field => operation.Settings[field] is { } value && value is not Setting<string> { Value: null })
            .Select(field => (field, (IReadOnlyList<KeyValuePair<string, string>>?)null)).ToList();
        WriteLevel(w, spec, operation.Settings, present, 0, present.Count, depth: 0);
        w.EndObject();
        return w.ToString();
    }

    /// <summary>True when the manifest carries the setting: it is set (a collection: not empty; a string: not null), and it is not a .zip-only
    /// setting of an Image function.</summary>
    public static bool IsWritten(FunctionSpec spec, Field field)
    {
        if (field.Package == PackageScope.ZipOnly && spec.IsImage)
        {
            return false;
        }

        return field switch
        {
            CollectionField when field.Kind == FieldKind.FileSystemList => spec.FileSystems.Count > 0,
            CollectionField => Collection(spec, field).Count > 0,
            // A null string is "not set" (a Setting<string> can carry one only when built by hand).
            _ => spec.Settings[field] is { } value && value is not Setting<string> { Value: null },
        };
    }

    /// <summary>The effective pairs of a key/value collection (<see cref="FieldTable.Environment"/>, <see cref="FieldTable.Tags"/>).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Collection(FunctionSpec spec, Field field) =>
        KeyValues.Effective(field == FieldTable.Tags ? spec.Tags : spec.Environment);

    /// <summary>Writes the rows at one depth of the path, grouping those that share the next segment into one object.</summary>
    /// <summary>Writes the rows <paramref name="start"/> to <paramref name="end"/> (exclusive) at one depth of the path,
    /// grouping those that share the next segment into one object. A key/value row carries its resolved pairs.</summary>
    private static void WriteLevel(JsonWriter w, FunctionSpec spec, SettingTable settings,
        List<(Field Field, IReadOnlyList<KeyValuePair<string, string>>? Pairs)> rows, int start, int end, int depth)
    {
        for (int i = start; i < end;)
        {
            var (field, pairs) = rows[i];
            var segment = field.Segments[depth];
            if (field.Segments.Length == depth + 1)
            {
                w.Name(segment);
                WriteValue(w, spec, settings, field, pairs);
                i++;
                continue;
            }
            int groupEnd = i;
            while (groupEnd < end && rows[groupEnd].Field.Segments.Length > depth + 1 && rows[groupEnd].Field.Segments[depth] == segment)
            {
                groupEnd++;
            }

            w.Name(segment).BeginObject();
            WriteLevel(w, spec, settings, rows, i, groupEnd, depth + 1);
            w.EndObject();
            i = groupEnd;
        }
    }

    /// <summary>One item of a list: a string, or the object <see cref="Field.ItemMember"/> (and <see cref="Field.ItemKeyMember"/>) describe.</summary>
    private static void WriteItem(JsonWriter w, Field field, string? item)
    {
        if (field.ItemMember is not { } member)
        {
            w.Value(item);
            return;
        }
        w.BeginObject();
        if (field.ItemKeyMember is { } keyMember)
        {
            var (key, value) = SplitKeyedItem(item);
            w.Property(keyMember, key).Property(member, value);
        }
        else
        {
            w.Property(member, item ?? "");
        }
        w.EndObject();
    }

    /// <summary><c>KEY=value</c> split at the first <c>=</c>; an item without one is all key.</summary>
    public static (string Key, string Value) SplitKeyedItem(string? item)
    {
        item ??= "";
        int equals = item.IndexOf('=');
        return equals < 0 ? (item, "") : (item.Substring(0, equals), item.Substring(equals + 1));
    }

    private static void WriteValue(JsonWriter w, FunctionSpec spec, SettingTable settings, Field field, IReadOnlyList<KeyValuePair<string, string>>? pairs)
    {
        switch (settings[field])
        {
            case Setting<string> s:
                w.Value(s.Value ?? "");
                return;
            case Setting<int> n:
                w.Value(n.Value);
                return;
            case Setting<double> d:
                w.Value(d.Value);
                return;
            case Setting<bool> flag when field.FlagItem is { } item:
                w.BeginArray();
                if (flag.Value)
                {
                    w.Value(item);
                }

                w.EndArray();
                return;
            case Setting<bool> b:
                w.Value(b.Value);
                return;
            case Setting<EquatableArray<string?>> list:
                w.BeginArray();
                foreach (var item in list.Value)
                {
                    WriteItem(w, field, item);
                }

                w.EndArray();
                return;
        }
        if (field.Kind == FieldKind.FileSystemList)
        {
            w.BeginArray();
            foreach (var fs in spec.FileSystems)
            {
                w.BeginObject().Property("Arn", fs.Arn ?? "").Property("LocalMountPath", fs.LocalMountPath ?? "").EndObject();
            }

            w.EndArray();
            return;
        }
        w.BeginObject();
        foreach (var pair in pairs ?? Collection(spec, field))
        {
            w.Property(pair.Key, pair.Value);
        }

        w.EndObject();
    }
}
