using System.Text.Json;
using System.Text.Json.Nodes;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;
using LambdaGen.Core.Rules;

namespace LambdaGen.Deploy.Manifests;

/// <summary>A problem found in a manifest before any call.</summary>
public sealed record ManifestProblem(bool IsError, string Code, string Message, string File);

/// <summary>
/// The one seam where manifests are re-checked before any AWS call, with the same rules the analyzer
/// uses (LambdaGen.Core's <see cref="SpecValidator"/>): the manifest is read back into a
/// <see cref="FunctionSpec"/> whose values all have origin <see cref="ValueOrigin.Manifest"/>, so every
/// message names the value, what is allowed and the manifest file. The check agrees with the build: each rule has
/// the severity the build gave it for this handler (<see cref="FunctionManifest.Severities"/>), and the project
/// settings are the build's (<see cref="FunctionManifest.Build"/>). A manifest edited after the build is checked
/// all the same.
/// </summary>
public static class ManifestCheck
{
    /// <summary>The top-level request members the field table describes.</summary>
    private static readonly HashSet<string> KnownFields = new(FieldTable.CreateFunction.Select(field => field.TopLevel), StringComparer.Ordinal);

    /// <param name="region">The region the deploy targets (--region / LambdaRegion), for the rules that compare ARNs with it.</param>
    public static IReadOnlyList<ManifestProblem> Check(FunctionManifest manifest, string? runtimeIdentifier, string? region = null)
    {
        var problems = new List<ManifestProblem>();
        string file = manifest.ManifestPath;

        foreach (var (name, _) in manifest.Body)
        {
            if (name == "Code")
            {
                problems.Add(new ManifestProblem(true, "LGD015", "The manifest has a \"Code\" field; manifests describe everything but the code, which the deploy adds from the publish folder.", file));
            }
            else if (!KnownFields.Contains(name))
            {
                problems.Add(new ManifestProblem(false, "LGD015", $"\"{name}\" is not a CreateFunction field LambdaGen manages; it is sent as is on create and ignored on update.", file));
            }
        }

        var reader = new SpecReader(manifest.Body, file, problems);
        FunctionSpec spec = reader.Read();
        spec = WithOperations(spec, manifest, problems, out Dictionary<string, string> files);
        // The project the build checked with: its TargetFramework and LambdaMaxMemorySize, and its RuntimeIdentifier
        // unless the publish names one (the binaries are the publish's).
        var context = new ProjectContext
        {
            ManifestPath = file,
            TargetFramework = manifest.Build.TargetFramework,
            RuntimeIdentifier = string.IsNullOrEmpty(runtimeIdentifier) ? manifest.Build.RuntimeIdentifier : runtimeIdentifier,
            MaxMemorySize = manifest.Build.MaxMemorySize,
            Region = string.IsNullOrWhiteSpace(region) ? null : region!.Trim(),
        };
        foreach (Violation violation in SpecValidator.Validate(spec, context))
        {
            // The severity the build gave the rule for this handler (.editorconfig, NoWarn, WarningsAsErrors, …):
            // a rule the project lowered does not stop the deploy, one it raised to an error does.
            RuleLevel level = RuleLevels.Effective(violation.Rule, manifest.Severities);
            if (level is RuleLevel.None or RuleLevel.Silent)
            {
                continue;
            }
            string message = violation.Message;
            if (violation.Fix is { Length: > 0 } fix)
            {
                message += $"; suggested value: {fix}";
            }
            if (level != RuleLevels.Default(violation.Rule))
            {
                message += $" [{violation.Rule.Id} is {RuleLevels.Name(level)} in this project]";
            }
            // A value of another operation is reported in (and names) that operation's manifest.
            string at = FileOf(violation.Field, files) ?? file;
            if (at != file)
            {
                message = message.Replace("in manifest " + file, "in manifest " + at, StringComparison.Ordinal);
            }
            problems.Add(new ManifestProblem(level == RuleLevel.Error, violation.Rule.Id, message, at));
        }
        return problems;
    }

    /// <summary>
    /// The other operations' manifests read back into the spec, as the parser reads their attributes: reserved concurrency into the
    /// function's settings, each alias (with its provisioned concurrency), the URL and the asynchronous invocation config as attached
    /// settings, so the rules check them at their keys (<c>Url.AuthType</c>, <c>Alias#1.Description</c>). <paramref name="files"/> maps a
    /// key (<c>ReservedConcurrentExecutions</c>, <c>Url</c>, <c>AsyncInvoke</c>, <c>Alias#1</c>, <c>Alias#1.ProvisionedConcurrentExecutions</c>)
    /// to the file it came from.
    /// </summary>
    private static FunctionSpec WithOperations(FunctionSpec spec, FunctionManifest manifest, List<ManifestProblem> problems, out Dictionary<string, string> files)
    {
        files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (manifest.Operations.Count == 0)
        {
            return spec;
        }
        SettingTable functionSettings = spec.Settings;
        var attached = new List<AttachedSettings>();
        var aliasPositions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (OperationManifest operation in manifest.Operations)
        {
            Operation? op = Operations.All.FirstOrDefault(o => o.Name == operation.Operation);
            if (op is null)
            {
                continue;
            }
            var rows = FieldTable.Of(op);
            var known = new HashSet<string>(rows.Select(r => r.TopLevel), StringComparer.Ordinal) { "FunctionName" };
            if (op.PerAlias && op != Operations.CreateAlias)
            {
                known.Add("Qualifier");
            }
            foreach (var (name, _) in operation.Body)
            {
                if (!known.Contains(name))
                {
                    problems.Add(new ManifestProblem(false, "LGD015",
                        name == "FunctionVersion" && op == Operations.CreateAlias
                            ? "\"FunctionVersion\" is set by the deploy (the version it publishes, or the latest published one); the value in the manifest is ignored."
                            : $"\"{name}\" is not a {op.Name} field LambdaGen manages; it is sent as is.", operation.ManifestPath));
                }
            }
            var reader = new SpecReader(operation.Body, operation.ManifestPath, problems);
            if (op == Operations.PutFunctionConcurrency)
            {
                functionSettings = reader.ReadRows(rows, functionSettings);
                files[FieldTable.ReservedConcurrentExecutions.Name] = operation.ManifestPath;
                continue;
            }
            if (op.PerAlias)
            {
                string alias = operation.Alias!;
                if (!aliasPositions.TryGetValue(alias, out int position))
                {
                    position = attached.Count;
                    aliasPositions[alias] = position;
                    var named = new SettingTable().With(FieldTable.AliasName, new Setting<string>(alias, ValueOrigin.Manifest));
                    attached.Add(new AttachedSettings(Operations.LambdaAliasAttribute, position, named));
                }
                int index = attached.FindIndex(a => a.Attribute == Operations.LambdaAliasAttribute && a.Position == position);
                attached[index] = attached[index] with { Settings = reader.ReadRows(rows, attached[index].Settings) };
                string key = op.KeyPrefix + "#" + position.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (op == Operations.CreateAlias)
                {
                    files[key] = operation.ManifestPath;
                }
                else
                {
                    foreach (Field row in rows)
                    {
                        files[key + "." + row.Name] = operation.ManifestPath;
                    }
                }
                continue;
            }
            if (op.PerSource)
            {
                // One attached instance per mapping, each with its own file (its violations are keyed EventSource#<position>).
                int position = attached.Count;
                attached.Add(new AttachedSettings(op.Attribute, position, reader.ReadRows(rows, new SettingTable())));
                files[op.KeyPrefix + "#" + position.ToString(System.Globalization.CultureInfo.InvariantCulture)] = operation.ManifestPath;
                continue;
            }
            attached.Add(new AttachedSettings(op.Attribute, attached.Count, reader.ReadRows(rows, new SettingTable())));
            files[op.KeyPrefix] = operation.ManifestPath;
        }
        return spec with { Settings = functionSettings, Attached = attached.ToEquatableArray() };
    }

    /// <summary>The operation manifest a violation's key is in (the longest mapped prefix), or null for the function's own.</summary>
    private static string? FileOf(string key, Dictionary<string, string> files)
    {
        string? best = null;
        int length = -1;
        foreach (var (prefix, file) in files)
        {
            bool matches = key == prefix || key.StartsWith(prefix + ".", StringComparison.Ordinal) || key.StartsWith(prefix + "#", StringComparison.Ordinal);
            if (matches && prefix.Length > length)
            {
                best = file;
                length = prefix.Length;
            }
        }
        return best;
    }

    /// <summary>Reads CreateFunction JSON back into the shared model (the inverse of Core's ManifestWriter).</summary>
    internal sealed class SpecReader
    {
        private const ValueOrigin Origin = ValueOrigin.Manifest;
        private readonly JsonObject _body;
        private readonly string _file;
        private readonly List<ManifestProblem> _problems;

        public SpecReader(JsonObject body, string file, List<ManifestProblem> problems)
        {
            _body = body;
            _file = file;
            _problems = problems;
        }

        /// <summary>Every row of the field table, read at its API path as its kind.</summary>
        public FunctionSpec Read()
        {
            string name = Str(_body, "FunctionName")?.Value ?? "";
            var settings = ReadRows(FieldTable.CreateFunction, new SettingTable());
            return new FunctionSpec
            {
                MethodDisplayName = name,
                MethodName = name,
                Settings = settings,
                Environment = Map(Obj(Obj(_body, "Environment"), "Variables", "Environment.Variables"), "Environment.Variables"),
                Tags = Map(Obj(_body, "Tags"), "Tags"),
                FileSystems = FileSystems(),
            };
        }

        /// <summary>The given rows (of one operation), read at their API paths in this body into <paramref name="settings"/>.</summary>
        public SettingTable ReadRows(IEnumerable<Field> rows, SettingTable settings)
        {
            foreach (Field field in rows.Where(f => f.Index >= 0))
            {
                JsonObject? parent = Parent(field);
                string leaf = field.Segments[^1];
                object? setting = field.Kind switch
                {
                    FieldKind.String => Str(parent, leaf, field.ApiPath),
                    FieldKind.Int => Int(parent, leaf, field.ApiPath),
                    FieldKind.Double => Double(parent, leaf, field.ApiPath),
                    FieldKind.Bool when field.FlagItem is { } flag => Flag(parent, leaf, field.ApiPath, flag),
                    FieldKind.Bool => Bool(parent, leaf, field.ApiPath),
                    FieldKind.StringList when field.ItemMember is { } member => Items(parent, leaf, field.ApiPath, member, field.ItemKeyMember),
                    FieldKind.StringList => List(parent, leaf, field.ApiPath),
                    _ => null,
                };
                if (setting is not null)
                {
                    settings = settings.With(field, setting);
                }
            }
            return settings;
        }

        /// <summary>The object that holds a row's leaf; each object is read (and a wrong one reported) once.</summary>
        private JsonObject? Parent(Field field)
        {
            JsonObject? parent = _body;
            for (int i = 0; i < field.Segments.Length - 1 && parent is not null; i++)
            {
                string path = string.Join(".", field.Segments, 0, i + 1);
                if (!_objects.TryGetValue(path, out JsonObject? next))
                {
                    next = Obj(parent, field.Segments[i], path);
                    _objects[path] = next;
                }
                parent = next;
            }
            return parent;
        }

        private readonly Dictionary<string, JsonObject?> _objects = new(StringComparer.Ordinal);

        private EquatableArray<FileSystemEntry> FileSystems()
        {
            if (!_body.ContainsKey("FileSystemConfigs"))
            {
                return EquatableArray<FileSystemEntry>.Empty;
            }
            if (_body["FileSystemConfigs"] is not JsonArray array)
            {
                Wrong("FileSystemConfigs", "an array of {\"Arn\",\"LocalMountPath\"}", _body["FileSystemConfigs"]);
                return EquatableArray<FileSystemEntry>.Empty;
            }
            var entries = new List<FileSystemEntry>();
            for (int i = 0; i < array.Count; i++)
            {
                var item = array[i] as JsonObject;
                entries.Add(new FileSystemEntry(Str(item, "Arn", $"FileSystemConfigs[{i}].Arn")?.Value, Str(item, "LocalMountPath", $"FileSystemConfigs[{i}].LocalMountPath")?.Value, Origin, i));
            }
            return entries.ToEquatableArray();
        }

        private EquatableArray<KeyValueEntry> Map(JsonObject? map, string path)
        {
            if (map is null)
            {
                return EquatableArray<KeyValueEntry>.Empty;
            }
            var entries = new List<KeyValueEntry>();
            int index = 0;
            foreach (var (key, value) in map)
            {
                string? text = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
                if (text is null)
                {
                    Wrong($"{path}.{key}", "a string", value);
                }
                entries.Add(new KeyValueEntry(key, text, Origin, index++));
            }
            return entries.ToEquatableArray();
        }

        private JsonObject? Obj(JsonObject? parent, string name, string? path = null)
        {
            if (parent is null || !parent.TryGetPropertyValue(name, out JsonNode? node) || node is null)
            {
                return null;
            }
            if (node is JsonObject o)
            {
                return o;
            }
            Wrong(path ?? name, "an object", node);
            return null;
        }

        private Setting<string>? Str(JsonObject? parent, string name, string? path = null)
        {
            if (parent is null || !parent.TryGetPropertyValue(name, out JsonNode? node) || node is null)
            {
                return null;
            }
            if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
            {
                return new Setting<string>(v.GetValue<string>(), Origin);
            }
            Wrong(path ?? name, "a string", node);
            return null;
        }

        private Setting<int>? Int(JsonObject? parent, string name, string? path = null)
        {
            if (parent is null || !parent.TryGetPropertyValue(name, out JsonNode? node) || node is null)
            {
                return null;
            }
            if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out int i))
            {
                return new Setting<int>(i, Origin);
            }
            Wrong(path ?? name, "a whole number", node);
            return null;
        }

        private Setting<double>? Double(JsonObject? parent, string name, string? path = null)
        {
            if (parent is null || !parent.TryGetPropertyValue(name, out JsonNode? node) || node is null)
            {
                return null;
            }
            if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out double d))
            {
                return new Setting<double>(d, Origin);
            }
            Wrong(path ?? name, "a number", node);
            return null;
        }

        private Setting<bool>? Bool(JsonObject? parent, string name, string? path = null)
        {
            if (parent is null || !parent.TryGetPropertyValue(name, out JsonNode? node) || node is null)
            {
                return null;
            }
            if (node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
            {
                return new Setting<bool>(v.GetValue<bool>(), Origin);
            }
            Wrong(path ?? name, "true or false", node);
            return null;
        }

        private Setting<EquatableArray<string?>>? List(JsonObject? parent, string name, string? path = null)
        {
            if (parent is null || !parent.TryGetPropertyValue(name, out JsonNode? node) || node is null)
            {
                return null;
            }
            if (node is JsonArray array)
            {
                var items = new List<string?>();
                foreach (JsonNode? item in array)
                {
                    if (item is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                    {
                        items.Add(v.GetValue<string>());
                    }
                    else
                    {
                        Wrong(path ?? name, "an array of strings", item);
                        items.Add(null);
                    }
                }
                return new Setting<EquatableArray<string?>>(items.ToEquatableArray(), Origin);
            }
            Wrong(path ?? name, "an array of strings", node);
            return null;
        }

        /// <summary>A flag written as a one-item list (<c>FunctionResponseTypes: ["ReportBatchItemFailures"]</c>): true when the
        /// list holds the item, false when it is empty (the inverse of the manifest writer's <see cref="Field.FlagItem"/>).</summary>
        private Setting<bool>? Flag(JsonObject? parent, string name, string path, string item)
        {
            if (parent is null || !parent.TryGetPropertyValue(name, out JsonNode? node) || node is null)
            {
                return null;
            }
            if (node is JsonArray { Count: 0 })
            {
                return new Setting<bool>(false, Origin);
            }
            if (node is JsonArray { Count: 1 } one && one[0].AsString() == item)
            {
                return new Setting<bool>(true, Origin);
            }
            Wrong(path, $"[] or [\"{item}\"]", node);
            return null;
        }

        /// <summary>A list whose items are objects (<see cref="Field.ItemMember"/>: <c>FilterCriteria.Filters[].Pattern</c>; with
        /// <see cref="Field.ItemKeyMember"/> each item reads back as <c>KEY=value</c>: <c>{"Type","URI"}</c>).</summary>
        private Setting<EquatableArray<string?>>? Items(JsonObject? parent, string name, string path, string member, string? keyMember)
        {
            if (parent is null || !parent.TryGetPropertyValue(name, out JsonNode? node) || node is null)
            {
                return null;
            }
            string shape = keyMember is null ? $"an array of {{\"{member}\": string}}" : $"an array of {{\"{keyMember}\": string, \"{member}\": string}}";
            if (node is not JsonArray array)
            {
                Wrong(path, shape, node);
                return null;
            }
            var items = new List<string?>();
            foreach (JsonNode? item in array)
            {
                string? value = (item as JsonObject)?[member].AsString();
                string? key = keyMember is null ? null : (item as JsonObject)?[keyMember].AsString();
                if (value is null || (keyMember is not null && key is null))
                {
                    Wrong(path, shape, item);
                    items.Add(null);
                    continue;
                }
                items.Add(keyMember is null ? value : key + "=" + value);
            }
            return new Setting<EquatableArray<string?>>(items.ToEquatableArray(), Origin);
        }

        private void Wrong(string path, string expected, JsonNode? found) =>
            _problems.Add(new ManifestProblem(true, "LGD016",
                $"{path} is {found?.ToJsonString() ?? "null"}; it must be {expected} (in manifest {_file})", _file));
    }
}
