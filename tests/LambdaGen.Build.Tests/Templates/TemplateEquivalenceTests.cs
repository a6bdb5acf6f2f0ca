using System.Text.Json.Nodes;
using LambdaGen.Build.Templates;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Manifest;
using LambdaGen.Core.Model;
using LambdaGen.Core.Templates;
using LambdaGen.Tests.Fields;

namespace LambdaGen.Build.Tests.Templates;

/// <summary>
/// The templates say what the manifests say, field by field: a function with every row of the field table set goes through
/// the manifest writer and then each template writer, and for every row the template's value (where <see cref="TemplateMapping"/>
/// puts it, carried as it says) equals the manifest's, or the build warns with the setting's name.
/// </summary>
public sealed class TemplateEquivalenceTests
{
    private const string Alias = "live";

    /// <summary>A function with every row set (the alias named like the URL's qualifier, so SAM's URL follows it).</summary>
    private static ExportedFunction Everything()
    {
        var settings = new SettingTable();
        foreach (var field in FieldTable.Slotted.Where(f => f.Operation.Attribute == Operations.LambdaFunctionAttribute))
        {
            settings = settings.With(field, FieldSamples.Setting(field, ValueOrigin.Method));
        }

        settings = settings.With(FieldTable.PackageType, new Setting<string>("Zip", ValueOrigin.Method)).With(FieldTable.Publish, new Setting<bool>(true, ValueOrigin.Method));
        SettingTable Attached(string attribute)
        {
            var table = new SettingTable();
            foreach (var field in FieldTable.Slotted.Where(f => f.Operation.Attribute == attribute))
            {
                table = table.With(field, FieldSamples.Setting(field, ValueOrigin.Method));
            }

            return table;
        }
        var spec = new FunctionSpec
        {
            Settings = settings.With(FieldTable.FunctionName, new Setting<string>("everything", ValueOrigin.Method)),
            Environment = EquatableArray.From(new KeyValueEntry("MODE", "on", ValueOrigin.Method, 0)),
            Tags = EquatableArray.From(new KeyValueEntry("team", "orders", ValueOrigin.Method, 0), new KeyValueEntry("tier", "1", ValueOrigin.Method, 1)),
            FileSystems = EquatableArray.From(new FileSystemEntry("arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0", "/mnt/data", ValueOrigin.Method, 0)),
            Attached = EquatableArray.From(
                new AttachedSettings(Operations.LambdaAliasAttribute, 0, Attached(Operations.LambdaAliasAttribute).With(FieldTable.AliasName, new Setting<string>(Alias, ValueOrigin.Method))),
                new AttachedSettings(Operations.LambdaFunctionUrlAttribute, 0, Attached(Operations.LambdaFunctionUrlAttribute).With(FieldTable.UrlQualifier, new Setting<string>(Alias, ValueOrigin.Method))),
                new AttachedSettings(Operations.LambdaAsyncInvokeAttribute, 0, Attached(Operations.LambdaAsyncInvokeAttribute)),
                new AttachedSettings(Operations.LambdaEventSourceAttribute, 0, Attached(Operations.LambdaEventSourceAttribute)
                    .With(FieldTable.EsmStartingPositionTimestamp, new Setting<string>("2026-12-01T00:00:00Z", ValueOrigin.Method)))),
        };
        var operations = OperationInstance.Declared(spec).Where(o => o.Operation != Operations.CreateFunction)
            .Select(o => new ExportedOperation(o.Operation.Name, o.Alias, o.FileStem("everything") + ".json", ManifestWriter.Write(spec, o))
            {
                EventSourceArn = o.Operation.PerSource ? o.Settings.Get(FieldTable.EsmEventSourceArn)?.Value ?? "" : null,
            })
            .ToList();
        return new ExportedFunction("everything", "everything", "everything.json", ManifestWriter.Write(spec), "App::App.Handlers::Run", "Zip") { Operations = operations };
    }

    private static JsonNode? At(JsonNode? node, string path)
    {
        foreach (var segment in path.Split('.'))
        {
            node = node?[segment];
        }

        return node;
    }

    /// <summary>The manifest an entry's row is in.</summary>
    private static JsonNode Manifest(ExportedFunction function, Operation operation) =>
        JsonNode.Parse(operation == Operations.CreateFunction ? function.Manifest : function.Operations.First(o => o.Operation == operation.Name).Manifest)!;

    [Fact]
    public void Every_row_of_the_field_table_has_exactly_one_entry()
    {
        Assert.Equal(FieldTable.All.Count, TemplateMapping.All.Count);
        Assert.Equal(FieldTable.All.ToHashSet(), TemplateMapping.All.Select(p => p.Field).ToHashSet());
    }

    [Fact]
    public void The_CloudFormation_template_carries_every_manifest_value()
    {
        var function = Everything();
        var messages = new List<BuildMessage>();
        var resources = JsonNode.Parse(CloudFormationTemplate.Write("App", new[] { function }, messages))!["Resources"]!;
        JsonNode Resource(TemplateResource kind) => kind switch
        {
            TemplateResource.Function => resources["EverythingFunction"]!,
            TemplateResource.Alias => resources["EverythingAliasLive"]!,
            TemplateResource.Url => resources["EverythingUrl"]!,
            TemplateResource.EventInvokeConfig => resources["EverythingEventInvokeConfig"]!,
            TemplateResource.EventSourceMapping => resources["EverythingEventSourceValueOfEventSourceArn"]!,
            _ => resources["EverythingVersion"]!,
        };

        foreach (var entry in TemplateMapping.All)
        {
            var field = entry.Field;
            var manifestValue = At(Manifest(function, field.Operation), field.ApiPath);
            Assert.True(manifestValue is not null, $"{field.Operation.Name}.{field.Name}: the sample function does not set it");
            if (entry.Value == TemplateValue.PublishesVersion)
            {
                Assert.Equal("AWS::Lambda::Version", Resource(TemplateResource.Version)["Type"]!.GetValue<string>());
                continue;
            }
            if (entry.Path is null)
            {
                Assert.Contains(messages, m => m.Code == "LGB005" && m.Text.Contains(field.Name + " (" + field.Operation.AttributeDisplay + ") cannot be expressed in template.json", StringComparison.Ordinal));
                continue;
            }
            var templateValue = At(Resource(entry.Resource)["Properties"], entry.Path);
            var expected = entry.Value switch
            {
                TemplateValue.TagList => new JsonArray(manifestValue.AsObject().Select(t => (JsonNode)new JsonObject { ["Key"] = t.Key, ["Value"] = t.Value!.DeepClone() }).ToArray()),
                TemplateValue.LatestPublishedFlag => JsonValue.Create(manifestValue.GetValue<string>() == "LATEST_PUBLISHED"),
                TemplateValue.EpochSeconds => JsonValue.Create(DateTimeOffset.Parse(manifestValue.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds()),
                _ => manifestValue.DeepClone(),
            };
            Assert.True(JsonNode.DeepEquals(expected, templateValue), $"{field.Operation.Name}.{field.Name}: manifest {manifestValue.ToJsonString()} → template {templateValue?.ToJsonString() ?? "nothing"} at {entry.Resource}.{entry.Path}");
        }
        Assert.All(messages, m => Assert.Equal("LGB005", m.Code));
    }

    [Fact]
    public void The_SAM_template_carries_every_manifest_value_it_can_express()
    {
        var function = Everything();
        var messages = new List<BuildMessage>();
        var properties = JsonNode.Parse(SamTemplate.Write("App", new[] { function }, "../publish", messages))!["Resources"]!["EverythingFunction"]!["Properties"]!;
        foreach (var entry in TemplateMapping.All)
        {
            var field = entry.Field;
            var manifestValue = At(Manifest(function, field.Operation), field.ApiPath)!;
            if (field.Operation.PerSource)
            {
                // Not in the templates yet: one LGB005 per mapping, naming its manifest.
                Assert.Contains(messages, m => m.Code == "LGB005" && m.Text.Contains("the event source mapping of 'value-of-EventSourceArn' (everything.esm.value-of-EventSourceArn.json) cannot be expressed in serverless.template", StringComparison.Ordinal));
                continue;
            }
            if (entry.SamValue == TemplateValue.PublishesVersion)
            {
                Assert.Equal(Alias, properties["AutoPublishAlias"]!.GetValue<string>()); // SAM publishes through its alias
                continue;
            }
            if (field == FieldTable.UrlQualifier)
            {
                Assert.Null(properties["FunctionUrlConfig"]!["Qualifier"]); // implied: SAM's URL is on the AutoPublishAlias
                continue;
            }
            if (entry.SamPath is null)
            {
                Assert.Contains(messages, m => m.Code == "LGB005" && m.Text.Contains(field.Name, StringComparison.Ordinal));
                continue;
            }
            var templateValue = At(properties, entry.SamPath);
            var expected = entry.SamValue switch
            {
                TemplateValue.LatestPublishedFlag => JsonValue.Create(manifestValue.GetValue<string>() == "LATEST_PUBLISHED"),
                TemplateValue.DeadLetterQueue => new JsonObject { ["Type"] = "SQS", ["TargetArn"] = manifestValue.DeepClone() },
                TemplateValue.SamDestination => new JsonObject { ["Type"] = "SQS", ["Destination"] = manifestValue.DeepClone() },
                _ => manifestValue.DeepClone(),
            };
            Assert.True(JsonNode.DeepEquals(expected, templateValue), $"{field.Operation.Name}.{field.Name}: manifest {manifestValue.ToJsonString()} → template {templateValue?.ToJsonString() ?? "nothing"} at {entry.SamPath}");
        }
    }
}
