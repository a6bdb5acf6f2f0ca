using System.Globalization;
using System.Text.Json.Nodes;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Rules;
using LambdaGen.Tests.Metadata;

namespace LambdaGen.Tests.Model;

/// <summary>
/// Diffs the field table against the committed service model (tests/LambdaGen.Tests/Model/lambda-service-2.json), so a
/// model update shows up as a readable list of differences and the fix is data.
/// </summary>
public class ServiceModelTests
{
    private static readonly JsonObject Shapes = (JsonObject)JsonNode.Parse(RepoFiles.Read("tests/LambdaGen.Tests/Model/lambda-service-2.json"))!["shapes"]!;

    /// <summary>Request members the table describes without a row per leaf, and why, by "Operation.Member".</summary>
    private static readonly Dictionary<string, string> NotRows = new(StringComparer.Ordinal)
    {
        ["CreateFunction.Code"] = "the deploy adds the code; manifests describe everything else",
        ["CreateFunction.FileSystemConfigs"] = "one CollectionField row for the whole list of {Arn, LocalMountPath} ([LambdaFileSystem])",
        ["CreateAlias.FunctionVersion"] = "the version the deploy publishes: it exists only at deploy time",
        ["CreateAlias.RoutingConfig"] = "weighted routing between versions is not declared in code (the deploy moves the alias to the new version)",
        ["PutProvisionedConcurrencyConfig.Qualifier"] = "the alias the [LambdaAlias] attribute declares",
        ["PutFunctionEventInvokeConfig.Qualifier"] = "the configuration is for the unqualified function",
        ["CreateEventSourceMapping.DestinationConfig.OnSuccess"] = "not supported by CreateEventSourceMapping (API_DestinationConfig: OnSuccess is for asynchronous invocation only)",
        ["CreateEventSourceMapping.Tags"] = "tags of the mapping are not declared in code yet",
        ["CreateEventSourceMapping.AmazonManagedKafkaEventSourceConfig.SchemaRegistryConfig"] = "Kafka schema registries are not declared in code yet",
        ["CreateEventSourceMapping.SelfManagedKafkaEventSourceConfig.SchemaRegistryConfig"] = "Kafka schema registries are not declared in code yet",
    };

    [Fact]
    public void Every_row_has_the_models_constraints()
    {
        var differences = new List<string>();
        foreach (var field in FieldTable.All)
        {
            if (Resolve(field.ApiPath, field.Operation.Name + "Request") is not { } member)
            {
                differences.Add($"{field.Name}: the model's {field.Operation.Name}Request has no member {field.ApiPath}");
                continue;
            }
            Compare(field, member.Shape, member.RequiredInParent, differences);
        }
        Assert.True(differences.Count == 0, "The field table differs from the service model:\n" + string.Join("\n", differences));
    }

    [Fact]
    public void Every_member_of_every_operation_has_a_row()
    {
        var missing = new List<string>();
        foreach (var operation in Operations.All)
        {
            var rows = FieldTable.Of(operation).Select(f => f.ApiPath).ToHashSet(StringComparer.Ordinal);
            // FunctionName is every operation's identity (a URI label except for CreateFunction), written from the function.
            // A map leaf is described by rows per key (SelfManagedEventSource.Endpoints.KAFKA_BOOTSTRAP_SERVERS).
            missing.AddRange(Leaves(operation.Name + "Request", "")
                .Where(path => !rows.Contains(path) && !rows.Any(r => r.StartsWith(path + ".", StringComparison.Ordinal))
                               && !Prefixes(path).Any(p => NotRows.ContainsKey(operation.Name + "." + p))
                               && !(operation != Operations.CreateFunction && path == "FunctionName"))
                .Select(path => operation.Name + "." + path));
        }
        Assert.True(missing.Count == 0, "Request members with no row in the field table:\n" + string.Join("\n", missing));
    }

    private static IEnumerable<string> Prefixes(string path)
    {
        for (int dot = path.IndexOf('.'); dot > 0; dot = path.IndexOf('.', dot + 1))
        {
            yield return path.Substring(0, dot);
        }

        yield return path;
    }

    /// <summary>A mapping's setting that UpdateEventSourceMapping has no member for is fixed at creation (CreateOnly); the others
    /// are updated (OwnCall). ConsumerGroupId is in the update's Kafka structures but can only be set at creation (the Amazon MSK
    /// and self-managed Kafka parameter pages).</summary>
    [Fact]
    public void Mapping_rows_the_update_request_lacks_are_create_only()
    {
        var update = Shape("UpdateEventSourceMappingRequest")["members"]!.AsObject();
        foreach (var field in FieldTable.Of(Operations.CreateEventSourceMapping))
        {
            bool updatable = update.ContainsKey(field.TopLevel) && !field.ApiPath.EndsWith(".ConsumerGroupId", StringComparison.Ordinal);
            Assert.True(updatable == (field.Channel != DeployChannel.CreateOnly), $"{field.Name} ({field.ApiPath}): Channel {field.Channel}, but the update request {(updatable ? "takes" : "has no member for")} it");
        }
    }

    [Fact]
    public void The_Runtime_row_is_the_lifecycle_table_and_the_model_lists_the_same_runtimes()
    {
        var model = Enum(Shape(Resolve("Runtime")!.Value.Shape));
        var table = Runtimes.All.Select(r => r.Identifier).ToList();
        Assert.Equal(table, FieldTable.Runtime.Model.Enum.ToList());
        Assert.True(model.ToHashSet().SetEquals(table),
            "Runtimes in the model but not in the lifecycle table: " + string.Join(", ", model.Except(table)) +
            "; in the table but not in the model: " + string.Join(", ", table.Except(model)));
    }

    [Fact]
    public void The_diff_names_the_row_the_setting_and_both_values()
    {
        // The check itself can fail: a row with a wrong maximum is reported in a line a person can act on.
        var wrong = new Field<int>("MemorySize", "MemorySize", FieldKind.Int) { Model = ModelConstraints.Range(128, 10240) };
        var differences = new List<string>();
        Compare(wrong, Resolve("MemorySize")!.Value.Shape, false, differences);
        Assert.Equal(new[] { "MemorySize (MemorySize): Max is 10240 in the table, 32768 in the model" }, differences);
    }

    private static void Compare(Field field, string shapeName, bool requiredInParent, List<string> differences)
    {
        var shape = Shape(shapeName);
        var type = (string)shape["type"]!;
        var m = field.Model;
        void Check<T>(string what, T table, T model)
        {
            if (!EqualityComparer<T>.Default.Equals(table, model))
            {
                differences.Add($"{field.Name} ({field.ApiPath}): {what} is {Show(table)} in the table, {Show(model)} in the model");
            }
        }

        Check("RequiredInParent", m.RequiredInParent, requiredInParent);
        switch (field.Kind)
        {
            case FieldKind.String when field.Timestamp:
                Check("type", "timestamp", type);
                CheckString(shape);
                break;
            case FieldKind.String:
                Check("type", "string", type);
                CheckString(shape);
                break;
            case FieldKind.Bool when field.FlagItem is { } flag:
                // A bool written as a one-item list: the list's bounds and its one allowed item.
                Check("type", "list", type);
                Check("MinItems", m.MinItems, Int(shape, "min"));
                Check("MaxItems", m.MaxItems, Int(shape, "max"));
                var flagItem = Shape((string)shape["member"]!["shape"]!);
                Check("Enum", string.Join("|", m.Enum), string.Join("|", Enum(flagItem)));
                Check("FlagItem in the model's values", true, Enum(flagItem).Contains(flag));
                break;
            case FieldKind.Int:
                Check("type", "integer", type);
                CheckNumber(shape);
                break;
            case FieldKind.Double:
                Check("type", "double", type);
                CheckNumber(shape);
                break;
            case FieldKind.Bool:
                Check("type", "boolean", type);
                break;
            case FieldKind.StringList:
                Check("type", "list", type);
                Check("MinItems", m.MinItems, Int(shape, "min"));
                Check("MaxItems", m.MaxItems, Int(shape, "max"));
                var item = Shape((string)shape["member"]!["shape"]!);
                if (field.ItemMember is { } itemMember)
                {
                    // Items are objects: the row's string constraints are the value member's, ItemKeys the key member's enum.
                    Check("item type", "structure", (string)item["type"]!);
                    if (item["members"]?[itemMember]?["shape"] is not JsonValue valueShape)
                    {
                        differences.Add($"{field.Name} ({field.ApiPath}): the model's item has no member {itemMember}");
                        break;
                    }
                    CheckString(Shape((string)valueShape!));
                    if (field.ItemKeyMember is { } keyMember)
                    {
                        Check("ItemKeys", string.Join("|", m.ItemKeys), item["members"]?[keyMember]?["shape"] is JsonValue keyShape ? string.Join("|", Enum(Shape((string)keyShape!))) : "(no key member)");
                    }

                    break;
                }
                CheckString(item);
                break;
            case FieldKind.KeyValueMap:
                Check("type", "map", type);
                var key = Shape((string)shape["key"]!["shape"]!);
                Check("key MinLength", m.MinLength, Int(key, "min"));
                Check("key MaxLength", m.MaxLength, Int(key, "max"));
                Check("key Pattern", m.Pattern, (string?)key["pattern"]);
                break;
            case FieldKind.FileSystemList:
                Check("type", "list", type);
                Check("MinItems", m.MinItems, Int(shape, "min"));
                Check("MaxItems", m.MaxItems, Int(shape, "max"));
                break;
        }

        void CheckString(JsonObject s)
        {
            Check("MinLength", m.MinLength, Int(s, "min"));
            Check("MaxLength", m.MaxLength, Int(s, "max"));
            Check("Pattern", m.Pattern, (string?)s["pattern"]);
            Check("Enum", string.Join("|", m.Enum), string.Join("|", Enum(s)));
        }

        void CheckNumber(JsonObject s)
        {
            Check("Min", m.Min, s["min"]?.GetValue<double>());
            Check("Max", m.Max, s["max"]?.GetValue<double>());
        }
    }

    /// <summary>The shape name of a request member and whether its parent structure requires it.</summary>
    private static (string Shape, bool RequiredInParent)? Resolve(string apiPath, string request = "CreateFunctionRequest")
    {
        var shape = request;
        bool required = false;
        foreach (var segment in apiPath.Split('.'))
        {
            var structure = Shape(shape);
            if ((string)structure["type"]! == "map")
            {
                // A row per map key: the key must be one of the key shape's values; the row describes the value.
                if (!Enum(Shape((string)structure["key"]!["shape"]!)).Contains(segment))
                {
                    return null;
                }

                shape = (string)structure["value"]!["shape"]!;
                required = false;
                continue;
            }
            if (structure["members"]?[segment]?["shape"] is not JsonValue next)
            {
                return null;
            }

            required = structure["required"] is JsonArray names && names.Any(n => (string?)n == segment);
            shape = (string)next!;
        }
        return (shape, required);
    }

    /// <summary>Every leaf member path under a structure (maps and lists are leaves).</summary>
    private static IEnumerable<string> Leaves(string shapeName, string prefix)
    {
        var structure = Shape(shapeName);
        foreach (var (name, member) in (JsonObject)structure["members"]!)
        {
            var path = prefix.Length == 0 ? name : prefix + "." + name;
            var child = (string)member!["shape"]!;
            if ((string)Shape(child)["type"]! == "structure")
            {
                foreach (var leaf in Leaves(child, path))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    private static JsonObject Shape(string name) => (JsonObject)Shapes[name]!;

    private static int? Int(JsonObject shape, string key) => shape[key] is JsonValue v ? (int)v.GetValue<double>() : null;

    private static List<string> Enum(JsonObject shape) =>
        shape["enum"] is JsonArray values ? values.Select(v => (string)v!).ToList() : new List<string>();

    private static string Show<T>(T value) => value switch
    {
        null => "(none)",
        double d => d.ToString(CultureInfo.InvariantCulture),
        string s => s.Length == 0 ? "(none)" : s,
        _ => value.ToString()!,
    };
}
