using System.Text.Json.Nodes;
using LambdaGen.Deploy.Manifests;

namespace LambdaGen.Deploy.Planning;

internal enum MappingActionKind
{
    Create,
    Update,
    NoChange,
    Delete,
}

/// <summary>
/// What the deploy does to one event source mapping. <paramref name="Body"/> is the request to send: the manifest as is for a
/// create, only the members that differ for an update. <paramref name="Conflicts"/> are create-only members the manifest
/// declares differently from the deployed mapping (no update can apply them).
/// </summary>
internal sealed record MappingAction(
    MappingActionKind Kind,
    string Key,
    OperationManifest? Manifest,
    JsonObject? Deployed,
    JsonObject? Body,
    IReadOnlyList<FieldChange> Changes,
    IReadOnlyList<FieldChange> Conflicts)
{
    public string? Uuid => Deployed.GetString("UUID");
}

/// <summary>
/// Compares a function's declared mappings with its deployed ones, by source (<see cref="EventSourceMappingManifest.KeyOf"/>):
/// a declared source with no mapping is created; a deployed one is updated with only what differs; a deployed mapping of the
/// unqualified function whose source is no longer declared is deleted (the deploy owns the function's configuration; mappings of
/// a version or alias are left alone). A member the manifest leaves out goes back to the service default when the deployed
/// mapping has another value and the source has a default that can be set (<see cref="EventSourceMappingFields"/>).
/// </summary>
internal static class EventSourceMappingPlan
{
    public static List<MappingAction> Plan(IReadOnlyList<OperationManifest> declared, IReadOnlyList<JsonObject> deployed)
    {
        var byKey = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (JsonObject mapping in deployed)
        {
            if (EventSourceMappingManifest.KeyOf(mapping) is { } key && OperationsQualifier(mapping) is null)
            {
                byKey.TryAdd(key, mapping);
            }
        }

        var actions = new List<MappingAction>();
        foreach (OperationManifest manifest in declared)
        {
            string key = manifest.MappingKey!;
            if (!byKey.Remove(key, out JsonObject? current))
            {
                actions.Add(new MappingAction(MappingActionKind.Create, key, manifest, null, CreateBody(manifest), [], []));
                continue;
            }
            var (body, changes, conflicts) = Diff(manifest.Body, current);
            actions.Add(new MappingAction(changes.Count == 0 ? MappingActionKind.NoChange : MappingActionKind.Update, key, manifest, current, body, changes, conflicts));
        }
        foreach (var (key, mapping) in byKey.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            actions.Add(new MappingAction(MappingActionKind.Delete, key, null, mapping, null, [], []));
        }
        return actions;
    }

    /// <summary>The manifest as sent: unchanged, except that an ISO 8601 StartingPositionTimestamp (the CLI's input form)
    /// travels as epoch seconds, the REST-JSON form of a timestamp.</summary>
    public static JsonObject CreateBody(OperationManifest manifest)
    {
        JsonObject body = manifest.Body.DeepClone().AsObject();
        if (body.GetString("StartingPositionTimestamp") is { } text
            && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out DateTimeOffset at))
        {
            body["StartingPositionTimestamp"] = at.ToUnixTimeSeconds();
        }
        return body;
    }

    private static (JsonObject Body, List<FieldChange> Changes, List<FieldChange> Conflicts) Diff(JsonObject declared, JsonObject deployed)
    {
        string source = EventSourceMappingFields.SourceOf(EventSourceMappingManifest.KeyOf(declared)!);
        var body = new JsonObject();
        var changes = new List<FieldChange>();
        foreach (string member in EventSourceMappingFields.Updatable)
        {
            JsonNode? wanted = declared[member];
            JsonNode? have = member == "Enabled" ? JsonValue.Create(EventSourceMappingFields.IsEnabled(deployed)) : deployed[member];
            bool isReset = wanted is null;
            if (isReset)
            {
                wanted = EventSourceMappingFields.ResetValue(member, source);
                if (wanted is null || JsonDiff.SameValue(Prune(wanted), Prune(have)))
                {
                    continue;
                }
                body[member] = wanted.DeepClone();
                changes.Add(new FieldChange(member, JsonDiff.Show(have), JsonDiff.Show(wanted), IsReset: true));
                continue;
            }
            var found = new List<FieldChange>();
            JsonDiff.Compare(member, wanted, have, EventSourceMappingFields.ModeOf, isReset, found);
            if (found.Count > 0)
            {
                body[member] = wanted!.DeepClone();
                changes.AddRange(found);
            }
        }

        var conflicts = new List<FieldChange>();
        foreach (string member in EventSourceMappingFields.CreateOnly)
        {
            if (declared[member] is { } wanted)
            {
                JsonDiff.Compare(member, member == "StartingPositionTimestamp" ? Epoch(wanted) : wanted, deployed[member], EventSourceMappingFields.ModeOf, false, conflicts);
            }
        }
        return (body, changes, conflicts);
    }

    private static JsonNode? Epoch(JsonNode value) =>
        value.AsString() is { } text && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out DateTimeOffset at)
            ? JsonValue.Create(at.ToUnixTimeSeconds())
            : value;

    /// <summary>Empty objects, arrays and strings dropped, so "no destination" compares equal however the service spells it.</summary>
    private static JsonNode? Prune(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                var pruned = new JsonObject();
                foreach (var (name, value) in o)
                {
                    if (Prune(value) is { } kept)
                    {
                        pruned[name] = kept;
                    }
                }
                return pruned.Count == 0 ? null : pruned;
            case JsonArray { Count: 0 }:
                return null;
            case JsonValue v when v.AsString() is { Length: 0 }:
                return null;
            default:
                return node?.DeepClone();
        }
    }

    /// <summary>The qualifier of the mapping's function (a version or alias), or null for the unqualified function.</summary>
    private static string? OperationsQualifier(JsonObject mapping) => Engine.OperationsDeployer.Qualifier(mapping.GetString("FunctionArn"));
}
