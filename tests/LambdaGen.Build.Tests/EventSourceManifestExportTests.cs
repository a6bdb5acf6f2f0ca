using System.Text;
using static LambdaGen.Build.Tests.TestAssembly;

namespace LambdaGen.Build.Tests;

/// <summary>The event source mappings' manifests (<c>LambdaGen.Operation:&lt;function&gt;|CreateEventSourceMapping|&lt;source&gt;</c>): a file
/// <c>&lt;function&gt;.esm.&lt;source&gt;.json</c> each, listed in functions.json with the EventSourceArn the deploy identifies them by.</summary>
public sealed class EventSourceManifestExportTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private string Output => _temp.Combine("bin", "lambda");

    public void Dispose() => _temp.Dispose();

    private const string Queue = "{\"FunctionName\":\"orders\",\"EventSourceArn\":\"arn:aws:sqs:us-east-1:123456789012:orders\",\"BatchSize\":10}";
    private const string Kafka = "{\"FunctionName\":\"orders\",\"Topics\":[\"payments\"],\"SelfManagedEventSource\":{\"Endpoints\":{\"KAFKA_BOOTSTRAP_SERVERS\":[\"b-1:9092\"]}}}";
    private const string Table = "{\"FunctionName\":\"orders\",\"EventSourceArn\":\"arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/x\",\"StartingPosition\":\"LATEST\"}";

    private string Read(string file) => File.ReadAllText(Path.Combine(Output, file), Encoding.UTF8);

    [Fact]
    public void Each_mapping_gets_its_file_and_an_index_entry_with_its_EventSourceArn()
    {
        var assembly = EmitAssembly(_temp.Combine("obj"), Source(Entries(new[] { Zip("orders") }).Concat(new[]
        {
            ("LambdaGen.Operation:orders|CreateEventSourceMapping|orders", Queue),
            ("LambdaGen.Operation:orders|CreateEventSourceMapping|payments", Kafka),
            ("LambdaGen.Operation:orders|CreateEventSourceMapping|orders-2", Table),
            ("LambdaGen.Operation:orders|PutFunctionConcurrency", "{\"FunctionName\":\"orders\",\"ReservedConcurrentExecutions\":5}"),
        })));

        var result = ManifestExporter.Export(assembly, Output);

        Assert.True(result.Success, string.Join("\n", result.Messages));
        Assert.Equal(Queue, Read("orders.esm.orders.json"));
        Assert.Equal(Kafka, Read("orders.esm.payments.json"));
        Assert.Equal(Table, Read("orders.esm.orders-2.json"));
        Assert.Equal(
            "{\"Functions\":[{\"FunctionName\":\"orders\",\"Manifest\":\"orders.json\",\"Handler\":\"Functions::Functions.Handlers::orders\",\"PackageType\":\"Zip\"," +
            "\"Operations\":[" +
            "{\"Operation\":\"PutFunctionConcurrency\",\"Manifest\":\"orders.concurrency.json\"}," +
            "{\"Operation\":\"CreateEventSourceMapping\",\"EventSourceArn\":\"arn:aws:sqs:us-east-1:123456789012:orders\",\"Manifest\":\"orders.esm.orders.json\"}," +
            "{\"Operation\":\"CreateEventSourceMapping\",\"EventSourceArn\":\"arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/x\",\"Manifest\":\"orders.esm.orders-2.json\"}," +
            "{\"Operation\":\"CreateEventSourceMapping\",\"EventSourceArn\":\"\",\"Manifest\":\"orders.esm.payments.json\"}]}]}",
            Read("functions.json"));
    }

    [Fact]
    public void A_mapping_entry_without_its_source_name_is_an_error_naming_the_entry()
    {
        var assembly = EmitAssembly(_temp.Combine("obj"), Source(Entries(new[] { Zip("orders") }).Concat(new[]
        {
            ("LambdaGen.Operation:orders|CreateEventSourceMapping", Queue),
        })));

        var result = ManifestExporter.Export(assembly, Output);

        Assert.False(result.Success);
        Assert.Contains(result.Messages, m => m.Text.Contains("'LambdaGen.Operation:orders|CreateEventSourceMapping' has no source name; CreateEventSourceMapping is written once per [LambdaEventSource]", StringComparison.Ordinal));
    }
    /// <summary>Found by the fuzz test: a function name with '|' (LG0001 turned off) made the task misread the operation key
    /// and blame the generator; read from the right, the key names the function, and the name's own error is the one given.</summary>
    [Fact]
    public void A_function_name_with_a_bar_is_reported_as_the_name_and_its_operation_keys_are_read()
    {
        var assembly = EmitAssembly(_temp.Combine("obj"), Source(Entries(new[] { Zip("a|b") }).Concat(new[]
        {
            ("LambdaGen.Operation:a|b|PutFunctionConcurrency", "{\"FunctionName\":\"a|b\",\"ReservedConcurrentExecutions\":5}"),
            ("LambdaGen.Operation:a|b|CreateEventSourceMapping|orders", Queue.Replace("\"orders\",\"Event", "\"a|b\",\"Event", StringComparison.Ordinal)),
        })));

        var result = ManifestExporter.Export(assembly, Output);

        Assert.False(result.Success);
        var message = Assert.Single(result.Messages).Text;
        Assert.Contains("function name 'a|b' gives the manifest file name 'a|b.json', which is not a usable file name", message, StringComparison.Ordinal);
    }
}
