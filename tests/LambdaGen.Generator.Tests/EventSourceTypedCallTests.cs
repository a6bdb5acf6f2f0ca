using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json.Nodes;
using Amazon.Lambda.Model;
using LambdaGen.Generator.Tests.Harness;

namespace LambdaGen.Generator.Tests;

/// <summary>
/// The typed CreateEventSourceMapping builders: <c>LambdaFunctions.&lt;Function&gt;.EventSources.&lt;Source&gt;</c> per
/// <c>[LambdaEventSource]</c>, compiled with zero diagnostics against the AWSSDK.Lambda stand-in (the harness also re-runs
/// the generator and requires every step cached), and each built request equal to its manifest.
/// </summary>
public sealed class EventSourceTypedCallTests
{
    [Fact]
    public void Every_mapping_request_equals_its_manifest()
    {
        var result = GeneratorHarness.Run(GeneratorInput.Of(EventSourceManifestTests.Source, awsSdk: true));
        var manifests = result.OperationManifests;
        var generated = result.Sources.Values.Single();
        Assert.Contains("public static partial class EventSources", generated);

        using var stream = new MemoryStream();
        var emit = result.Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        var context = new LoadContext();
        try
        {
            var orders = context.LoadFromStream(stream).GetTypes().Single(t => t.DeclaringType?.Name == "LambdaFunctions" && t.Name == "Orders");
            var sources = orders.GetNestedType("EventSources")!.GetNestedTypes();
            Assert.Equal(new[] { "Clicks", "Docs", "Events", "Orders", "Orders2", "OrdersBroker", "OrdersFifo", "Payments" }, sources.Select(t => t.Name).Order(StringComparer.Ordinal));
            foreach (var (key, manifest) in manifests)
            {
                var source = key.Split('|')[2];
                var type = sources.Single(t => t.Name == Pascal(source));
                var request = type.GetMethod("CreateEventSourceMappingRequest", Type.EmptyTypes)!.Invoke(null, null)!;
                Assert.Equal(typeof(CreateEventSourceMappingRequest).FullName, request.GetType().FullName);
                JsonCompare.AssertEqual(JsonNode.Parse(manifest)!.AsObject(), TypedCallTests.RequestToJson(request), key + ": the typed request vs its manifest");
                var arn = (string)type.GetField("EventSourceArn")!.GetValue(null)!;
                Assert.Equal((string?)JsonNode.Parse(manifest)!["EventSourceArn"] ?? "", arn);
            }
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void A_starting_timestamp_becomes_the_same_instant_in_UTC()
    {
        var result = GeneratorHarness.Run(GeneratorInput.Of("""
            using System.IO;
            using LambdaGen;
            [assembly: LambdaDefaults(Role = "arn:aws:iam::123456789012:role/app")]
            public class Handlers
            {
                [LambdaFunction(FunctionName = "clicks")]
                [LambdaEventSource("arn:aws:kinesis:us-east-1:123456789012:stream/clicks", StartingPosition = LambdaStartingPosition.AtTimestamp,
                    StartingPositionTimestamp = "2026-12-01T10:30:00+02:00")]
                public static Stream Handle(Stream input) => input;
            }
            """, awsSdk: true));
        Assert.Equal("""{"FunctionName":"clicks","EventSourceArn":"arn:aws:kinesis:us-east-1:123456789012:stream/clicks","StartingPosition":"AT_TIMESTAMP","StartingPositionTimestamp":"2026-12-01T10:30:00+02:00"}""",
            result.OperationManifests["clicks|CreateEventSourceMapping|clicks"]);
        using var stream = new MemoryStream();
        Assert.True(result.Output.Emit(stream).Success);
        stream.Position = 0;
        var context = new LoadContext();
        try
        {
            var type = context.LoadFromStream(stream).GetTypes().Single(t => t.Name == "Clicks" && t.DeclaringType?.Name == "EventSources");
            dynamic request = type.GetMethod("CreateEventSourceMappingRequest")!.Invoke(null, null)!;
            DateTime? stamp = request.StartingPositionTimestamp;
            Assert.Equal(new DateTime(2026, 12, 1, 8, 30, 0, DateTimeKind.Utc), stamp);
            Assert.Equal(DateTimeKind.Utc, stamp!.Value.Kind);
        }
        finally
        {
            context.Unload();
        }
    }

    private static string Pascal(string name) =>
        string.Concat(name.Split('-', '_').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private sealed class LoadContext() : AssemblyLoadContext("LambdaGen.EventSourceCalls", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            return name.Name is "AWSSDK.Core" or "AWSSDK.Lambda" or "LambdaGen.Attributes" && File.Exists(path)
                ? Default.LoadFromAssemblyPath(path)
                : null;
        }
    }
}
