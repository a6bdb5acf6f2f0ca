using System.Collections.Generic;
using System.Linq;
using LambdaGen.Analyzers.Parsing;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Manifest;
using LambdaGen.Core.Model;

namespace LambdaGen.Analyzers.Generation;

/// <summary>
/// The typed CreateEventSourceMapping calls: in <c>EventSources</c>, one class per <c>[LambdaEventSource]</c>, named after the
/// source's file name in PascalCase (<c>orders-fifo</c> → <c>OrdersFifo</c>), with its <c>EventSourceArn</c>, a
/// <c>CreateEventSourceMappingRequest()</c> and a <c>CreateEventSourceMappingAsync(lambda)</c>. The request is the rows'
/// walk of <see cref="TypedCallEmitter"/>; the values only mappings have are written here (<see cref="Value"/>).
/// </summary>
internal static class EventSourceCallEmitter
{
    private const string Model = "global::Amazon.Lambda.Model.";
    private const string StringList = "global::System.Collections.Generic.List<string>";

    /// <summary>The class holding one class per source.</summary>
    public const string EventSourcesClass = "EventSources";

    public static void Write(SourceWriter w, FunctionSpec spec, IReadOnlyList<OperationInstance> declared, SdkSurface sdk)
    {
        var sources = declared.Where(o => o.Operation == Operations.CreateEventSourceMapping).ToList();
        if (sources.Count == 0 || sdk.Lacks(Operations.CreateEventSourceMapping))
        {
            return;
        }

        var names = TypedCallEmitter.AliasClassNames(sources.Select(s => s.Source).ToList(), "Source");
        w.Line();
        w.Line("/// <summary>The function's event source mappings (<c>[LambdaEventSource]</c>), one class each, named after the source.</summary>");
        w.Open("public static partial class " + EventSourcesClass);
        for (int i = 0; i < sources.Count; i++)
        {
            var arn = sources[i].Settings.Get(FieldTable.EsmEventSourceArn)?.Value ?? "";
            if (i > 0)
            {
                w.Line();
            }

            w.Line($"/// <summary>Event source <c>{Emitter.Xml(sources[i].Source ?? "")}</c>.</summary>");
            w.Open("public static partial class " + names[i]);
            w.Line("/// <summary>The source's ARN (empty for a self-managed Kafka cluster).</summary>");
            w.Line($"public const string EventSourceArn = {Emitter.Literal(arn)};");
            TypedCallEmitter.WriteOperation(w, spec, sources[i], sdk, functionName: Emitter.Literal(spec.FunctionName?.Value ?? ""));
            w.Close();
        }
        w.Close();
    }

    /// <summary>The C# of a mapping value that is not a plain string, number, bool or string list; null for the others.</summary>
    public static string? Value(SettingTable settings, Field field)
    {
        switch (settings[field])
        {
            case Setting<bool> flag when field.FlagItem is { } item:
                return flag.Value ? $"new {StringList} {{ {Emitter.Literal(item)} }}" : $"new {StringList}()";
            case Setting<string> stamp when field.Timestamp:
                // Validated as ISO 8601 (LG0124); read back exactly as written, in UTC.
                return $"global::System.DateTime.Parse({Emitter.Literal(stamp.Value ?? "")}, global::System.Globalization.CultureInfo.InvariantCulture, " +
                       "global::System.Globalization.DateTimeStyles.AdjustToUniversal | global::System.Globalization.DateTimeStyles.AssumeUniversal)";
            case Setting<EquatableArray<string?>> map when field.SdkMapKey is { } key:
                return $"new global::System.Collections.Generic.Dictionary<string, {StringList}> {{ [{Emitter.Literal(key)}] = new {StringList} {{ {string.Join(", ", Emitter.Items(map.Value))} }} }}";
            case Setting<EquatableArray<string?>> list when field.SdkItemType is { } itemType:
                var items = list.Value.Select(entry =>
                {
                    if (field.ItemKeyMember is not { } keyMember)
                    {
                        return $"new {Model}{itemType} {{ {field.ItemMember} = {Emitter.Literal(entry ?? "")} }}";
                    }

                    var (type, value) = ManifestWriter.SplitKeyedItem(entry);
                    return $"new {Model}{itemType} {{ {keyMember} = global::Amazon.Lambda.{field.SdkItemKeyConstantClass}.FindValue({Emitter.Literal(type)}), {field.ItemMember} = {Emitter.Literal(value)} }}";
                });
                return $"new global::System.Collections.Generic.List<{Model}{itemType}> {{ {string.Join(", ", items)} }}";
            default:
                return null;
        }
    }
}
