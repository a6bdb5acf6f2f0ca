using System.Text.Json.Nodes;
using LambdaGen.Build.Templates;

namespace LambdaGen.Build.Tests.Templates;

/// <summary>The templates a build writes are valid against the official resource schemas (TemplateSchemas), for .zip,
/// Image and Managed Instances functions with every operation, in both formats.</summary>
public sealed class TemplateSchemaTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string> Templates()
    {
        var data = new TheoryData<string, string>();
        foreach (var source in new[] { "rich", "image-and-managed", "event-sources" })
        {
            foreach (var file in new[] { CloudFormationTemplate.FileName, SamTemplate.FileName })
            {
                data.Add(source, file);
            }
        }

        return data;
    }

    /// <summary>The CloudFormation template against the AWS::Lambda::* provider schemas, the SAM one against the
    /// AWS::Serverless::Function schema.</summary>
    [Theory]
    [MemberData(nameof(Templates))]
    public void The_template_is_valid_against_the_resource_schemas(string source, string file)
    {
        TemplateSources.Export(source switch { "rich" => TemplateSources.Rich, "event-sources" => TemplateSources.EventSources, _ => TemplateSources.ImageAndManaged },
            _temp.Path, TemplateSources.Both);
        var text = File.ReadAllText(_temp.Combine("lambda", file));
        var problems = TemplateSchemas.Validate(text);
        Assert.True(problems.Count == 0, $"{source} {file}:\n" + string.Join("\n", problems) + "\n" + text);
        if (file == SamTemplate.FileName)
        {
            Assert.Equal("AWS::Serverless-2016-10-31", JsonNode.Parse(text)!["Transform"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Each_event_source_is_an_EventSourceMapping_of_its_function_and_SAM_warns_once_per_mapping()
    {
        var result = TemplateSources.Export(TemplateSources.EventSources, _temp.Path, TemplateSources.Both);
        var resources = JsonNode.Parse(File.ReadAllText(_temp.Combine("lambda", CloudFormationTemplate.FileName)))!["Resources"]!.AsObject();
        Assert.Equal(new[] { "ConsumerFunction", "ConsumerEventSourceClicks", "ConsumerEventSourceOrders", "ConsumerEventSourcePayments" }, resources.Select(r => r.Key));
        var clicks = resources["ConsumerEventSourceClicks"]!["Properties"]!;
        Assert.Equal("ConsumerFunction", clicks["FunctionName"]!["Ref"]!.GetValue<string>());
        Assert.Equal(1796083200, clicks["StartingPositionTimestamp"]!.GetValue<double>());
        Assert.Equal("b-1.kafka.example.com:9092", resources["ConsumerEventSourcePayments"]!["Properties"]!["SelfManagedEventSource"]!["Endpoints"]!["KafkaBootstrapServers"]![0]!.GetValue<string>());
        Assert.Equal("arn:aws:kms:us-east-1:123456789012:key/filters", resources["ConsumerEventSourceOrders"]!["Properties"]!["KmsKeyArn"]!.GetValue<string>());
        var warnings = result.Messages.Where(m => m.Code == "LGB005").Select(m => m.Text).ToList();
        Assert.Equal(3, warnings.Count);
        Assert.All(warnings, w => Assert.Contains("cannot be expressed in serverless.template", w));
    }

    [Fact]
    public void The_rich_template_has_every_resource_the_attributes_configure()
    {
        TemplateSources.Export(TemplateSources.Rich, _temp.Path, TemplateSources.Both);
        var resources = JsonNode.Parse(File.ReadAllText(_temp.Combine("lambda", CloudFormationTemplate.FileName)))!["Resources"]!.AsObject();
        var types = resources.Select(r => (r.Key, Type: r.Value!["Type"]!.GetValue<string>())).ToList();
        Assert.Equal(new[]
        {
            ("OrdersApiFunction", "AWS::Lambda::Function"),
            ("OrdersApiVersion", "AWS::Lambda::Version"),
            ("OrdersApiAliasBlueGreen", "AWS::Lambda::Alias"),
            ("OrdersApiAliasLive", "AWS::Lambda::Alias"),
            ("OrdersApiUrl", "AWS::Lambda::Url"),
            ("OrdersApiUrlPublicPermission", "AWS::Lambda::Permission"),
            ("OrdersApiUrlInvokePermission", "AWS::Lambda::Permission"),
            ("OrdersApiEventInvokeConfig", "AWS::Lambda::EventInvokeConfig"),
            ("OrdersApi2Function", "AWS::Lambda::Function"), // orders_api: the same PascalCase, so the next number
        }, types);
        // The public URL's permissions are on the alias the URL serves, after the alias exists.
        Assert.Equal("OrdersApiAliasLive", resources["OrdersApiUrlPublicPermission"]!["Properties"]!["FunctionName"]!["Ref"]!.GetValue<string>());
        Assert.Equal("OrdersApiAliasLive", resources["OrdersApiUrl"]!["DependsOn"]!.GetValue<string>());
        Assert.Equal(20, resources["OrdersApiFunction"]!["Properties"]!["ReservedConcurrentExecutions"]!.GetValue<int>());
    }

    [Fact]
    public void The_schema_copies_are_the_shared_reference_files()
    {
        // The copies let a clone without ../shared validate; when ../shared is there, they must be its bytes.
        var shared = FindShared();
        if (shared is null)
        {
            return; // no ../shared beside this clone: the committed copies are all there is
        }

        foreach (var copy in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Schemas"), "*.json"))
        {
            Assert.True(File.ReadAllBytes(copy).SequenceEqual(File.ReadAllBytes(Path.Combine(shared, Path.GetFileName(copy)))),
                $"{Path.GetFileName(copy)} differs from ../shared/reference/cloudformation: copy it again into tests/LambdaGen.Build.Tests/Templates/Schemas");
        }
    }

    private static string? FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "eng", "Version.props")))
            {
                var beside = Path.Combine(dir.Parent?.FullName ?? "", "shared", "reference", "cloudformation");
                return Directory.Exists(beside) ? beside : null;
            }
        }
        return null;
    }
}
