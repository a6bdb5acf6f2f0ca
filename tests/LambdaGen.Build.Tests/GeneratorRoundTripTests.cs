using LambdaGen.Analyzers.Generation;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaGen.Build.Tests;

/// <summary>
/// The hand-off as it runs in a build: the real LambdaGen generator records the manifests in the compiled
/// assembly, and the task writes them. Fails (does not skip) when the generator emits no LambdaGen.* metadata.
/// </summary>
public sealed class GeneratorRoundTripTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>What a build does after the generator: the output compilation emitted to obj/App.dll, then the task's export
    /// into bin/lambda (asserted to succeed).</summary>
    private (ExportResult Result, string Output) Export(GeneratorRun run)
    {
        var path = _temp.Combine("obj", "App.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var emit = run.OutputCompilation.Emit(path);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));

        var output = _temp.Combine("bin", "lambda");
        var result = ManifestExporter.Export(path, output);
        Assert.True(result.Success, string.Join("\n", result.Messages));
        return (result, output);
    }

    [Fact]
    public void Manifests_written_by_the_task_are_the_generators_ManifestJson_constants()
    {
        const string source = """
            using System.IO;
            using System.Threading.Tasks;
            using LambdaGen;

            [assembly: LambdaDefaults(Role = "arn:aws:iam::123456789012:role/app", MemorySize = 512)]

            namespace App;

            public static class Handlers
            {
                [LambdaFunction(FunctionName = "app-create", Timeout = 30)]
                public static Stream Create(Stream input) => input;

                [LambdaFunction(FunctionName = "arn:aws:lambda:eu-west-1:123456789012:function:app-report", Description = "Grüße")]
                public static Task<Stream> Report(Stream input) => Task.FromResult(input);
            }
            """;
        var run = GeneratorRunner.Run(new LambdaGenerator(), source);
        var (result, output) = Export(run);

        Assert.True(result.Functions.Count == 2,
            $"Expected 2 functions from the generator's LambdaGen.ManifestClass:* assembly metadata, found {result.Functions.Count}. " +
            "Is the generator (src/LambdaGen.Analyzers/Generation) emitting [assembly: AssemblyMetadata(\"LambdaGen.ManifestClass:<name>\", …)]?");

        var generated = string.Join("\n", run.GeneratedSources.Select(s => s.SourceText.ToString()));
        foreach (var (name, file, handler) in new[]
                 {
                     ("app-create", "app-create.json", "TestFunctions::App.Handlers::Create"),
                     ("arn:aws:lambda:eu-west-1:123456789012:function:app-report", "app-report.json", "TestFunctions::App.Handlers::Report"),
                 })
        {
            var function = Assert.Single(result.Functions, f => f.FunctionName == name);
            Assert.Equal(file, function.ManifestFile);
            Assert.Equal(handler, function.Handler);
            Assert.Equal("Zip", function.PackageType);
            var manifest = File.ReadAllText(Path.Combine(output, file));
            Assert.StartsWith("{\"FunctionName\":\"" + name + "\"", manifest);
            // The same JSON the generator exposes as LambdaFunctions.<Name>.ManifestJson.
            Assert.Contains("public const string ManifestJson = " + SymbolDisplay.FormatLiteral(manifest, quote: true) + ";", generated);
        }
    }

    [Fact]
    public void The_generators_operation_entries_become_one_file_each_listed_in_the_index()
    {
        const string source = """
            using System.IO;
            using LambdaGen;

            namespace App;

            public static class Handlers
            {
                [LambdaFunctionUrl(AuthType = LambdaFunctionUrlAuthType.None, Qualifier = "live", AllowOrigins = new[] { "https://example.com" }, MaxAge = 300)]
                [LambdaAlias("live", Description = "traffic", ProvisionedConcurrentExecutions = 5)]
                [LambdaAlias("beta")]
                [LambdaAsyncInvoke(MaximumRetryAttempts = 1, OnFailure = "arn:aws:sns:us-east-1:123456789012:failed")]
                [LambdaFunction(FunctionName = "orders-api", Role = "arn:aws:iam::123456789012:role/app", Publish = true, ReservedConcurrentExecutions = 50)]
                public static Stream Api(Stream input) => input;
            }
            """;
        var run = GeneratorRunner.Run(new LambdaGenerator(), source);
        var (result, output) = Export(run);

        var function = Assert.Single(result.Functions);
        Assert.Equal(
            [
                ("PutFunctionConcurrency", null, "orders-api.concurrency.json"),
                ("CreateAlias", "beta", "orders-api.alias.beta.json"),
                ("CreateAlias", "live", "orders-api.alias.live.json"),
                ("PutProvisionedConcurrencyConfig", "live", "orders-api.provisioned.live.json"),
                ("CreateFunctionUrlConfig", null, "orders-api.url.json"),
                ("PutFunctionEventInvokeConfig", null, "orders-api.async.json"),
            ],
            function.Operations.Select(o => (o.Operation, o.Alias, o.ManifestFile)));
        Assert.Equal("{\"FunctionName\":\"orders-api\",\"ReservedConcurrentExecutions\":50}", File.ReadAllText(Path.Combine(output, "orders-api.concurrency.json")));
        Assert.Equal("{\"FunctionName\":\"orders-api\",\"Qualifier\":\"live\",\"ProvisionedConcurrentExecutions\":5}", File.ReadAllText(Path.Combine(output, "orders-api.provisioned.live.json")));
        Assert.Contains("\"AuthType\":\"NONE\"", File.ReadAllText(Path.Combine(output, "orders-api.url.json")), StringComparison.Ordinal);
        Assert.Contains("\"Operations\":[{\"Operation\":\"PutFunctionConcurrency\",\"Manifest\":\"orders-api.concurrency.json\"}", File.ReadAllText(Path.Combine(output, "functions.json")), StringComparison.Ordinal);
    }

    /// <summary>The index's Handler and PackageType come from the manifest: a container image has PackageType Image and no
    /// Handler, a zip function beside it Zip and its handler (what the entries of their own used to carry).</summary>
    [Fact]
    public void The_index_takes_handler_and_package_type_from_the_manifest()
    {
        const string source = """
            using System.IO;
            using LambdaGen;

            [assembly: LambdaDefaults(Role = "arn:aws:iam::123456789012:role/app")]

            namespace App;

            public static class Handlers
            {
                [LambdaFunction(FunctionName = "app-image", PackageType = LambdaPackageType.Image, ImageCommand = new[] { "App::App.Handlers::Render" })]
                public static Stream Render(Stream input) => input;

                [LambdaFunction(FunctionName = "app-zip")]
                public static Stream Zip(Stream input) => input;
            }
            """;
        var run = GeneratorRunner.Run(new LambdaGenerator(), source);
        Assert.DoesNotContain(run.GeneratedSources, s => s.SourceText.ToString().Contains("LambdaGen.Handler:", StringComparison.Ordinal)
            || s.SourceText.ToString().Contains("LambdaGen.PackageType:", StringComparison.Ordinal));
        var (result, output) = Export(run);

        Assert.Equal(
            [("app-image", null, "Image"), ("app-zip", "TestFunctions::App.Handlers::Zip", "Zip")],
            result.Functions.Select(f => (f.FunctionName, f.Handler, f.PackageType)));
        Assert.Equal(
            "{\"Functions\":[{\"FunctionName\":\"app-image\",\"Manifest\":\"app-image.json\",\"PackageType\":\"Image\"}," +
            "{\"FunctionName\":\"app-zip\",\"Manifest\":\"app-zip.json\",\"Handler\":\"TestFunctions::App.Handlers::Zip\",\"PackageType\":\"Zip\"}],",
            File.ReadAllText(Path.Combine(output, "functions.json")).Split("\"Project\"")[0]);
    }

    /// <summary>The manifest entry names the generated class by its metadata name, as the compiler emits it: a namespace made
    /// of keywords (RootNamespace <c>event.class</c>, written <c>@event.@class</c> in C#) without the '@', one with a
    /// formatting character (U+FEFF, U+200D: C# ignores them in identifiers) without it.</summary>
    [Theory]
    [InlineData("event.class", "namespace @event.@class", "event.class")]
    [InlineData("My\uFEFFApp.Fu\u200Dnctions", "namespace My\uFEFFApp.Fu\u200Dnctions", "MyApp.Functions")]
    public void The_manifest_is_read_from_the_class_the_entry_names_as_the_compiler_names_it(string rootNamespace, string declared, string metadataNamespace)
    {
        const string source = """
            using System.IO;
            using LambdaGen;

            [assembly: LambdaDefaults(Role = "arn:aws:iam::123456789012:role/app")]

            public static class Handlers
            {
                [LambdaFunction(FunctionName = "app-keyword")]
                public static Stream Run(Stream input) => input;
            }
            """;
        var run = GeneratorRunner.Run(new LambdaGenerator(), source, [("build_property.RootNamespace", rootNamespace)]);
        var generated = string.Join("\n", run.GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.Contains(declared, generated, StringComparison.Ordinal);
        Assert.Contains($"\"LambdaGen.ManifestClass:app-keyword\", \"{metadataNamespace}.LambdaFunctions+AppKeyword\")", generated, StringComparison.Ordinal);
        var (result, _) = Export(run);

        var function = Assert.Single(result.Functions);
        Assert.Contains("public const string ManifestJson = " + SymbolDisplay.FormatLiteral(function.Manifest, quote: true) + ";", generated, StringComparison.Ordinal);
    }
}
