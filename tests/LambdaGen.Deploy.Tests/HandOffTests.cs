using System.Text.Json.Nodes;
using LambdaGen.Analyzers.Generation;
using LambdaGen.Build;
using LambdaGen.Deploy.Engine;
using LambdaGen.Deploy.Manifests;
using LambdaGen.Deploy.Tests.Support;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Deploy.Tests;

/// <summary>
/// The deploy agrees with the build: a project is analysed and generated with its own severity configuration, the
/// assembly is emitted, the real manifest task writes functions.json, and the real engine deploys to the loopback
/// control plane. A rule the project lowered does not stop the deploy, one it raised does, and a manifest edited by
/// hand after the build is checked with the build's project settings.
/// </summary>
public sealed class HandOffTests
{
    private const string AssemblyName = "App"; // the scenario's publish folder holds App.dll

    private static string Source(string arguments) => $$"""
        using System.IO;
        using LambdaGen;

        [assembly: LambdaDefaults(Role = "{{DeployScenario.Role}}")]

        namespace App;

        public static class Functions
        {
            [LambdaFunction({{arguments}})]
            public static Stream Handle(Stream input) => input;
        }
        """;

    private static string EditorConfig(string rule, string level) => $"root = true\n\n[*.cs]\ndotnet_diagnostic.{rule}.severity = {level}\n";

    /// <summary>What a build does: analyse (with the project's severities), generate, emit, write the manifests.</summary>
    private static async Task<(IReadOnlyList<Diagnostic> Diagnostics, ExportResult Export)> BuildAsync(
        DeployScenario scenario, string source, (string Path, string Text)[] configs, (string Key, string? Value)[]? properties = null,
        Func<CompilationOptions, CompilationOptions>? options = null)
    {
        var compilation = TestCompilation.Create(source, assemblyName: AssemblyName);
        compilation = AnalyzerConfigFiles.Apply(compilation, configs);
        if (options is not null)
        {
            compilation = compilation.WithOptions((Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions)options(compilation.Options));
        }

        var projectOptions = TestOptions.Create(properties, AssemblyName);

        var diagnostics = await AnalyzerRunner.GetBuildDiagnosticsAsync(compilation, projectOptions);
        var run = GeneratorRunner.Run(GeneratorRunner.CreateDriver(new[] { new LambdaGenerator() }, projectOptions), compilation);

        var assembly = Path.Combine(scenario.Root, "obj", AssemblyName + ".dll");
        Directory.CreateDirectory(Path.GetDirectoryName(assembly)!);
        var emit = run.OutputCompilation.Emit(assembly);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var export = ManifestExporter.Export(assembly, scenario.ManifestsDir);
        Assert.True(export.Success, string.Join("\n", export.Messages));
        return (diagnostics, export);
    }

    private static JsonObject Index(DeployScenario s) => JsonNode.Parse(File.ReadAllText(Path.Combine(s.ManifestsDir, "functions.json")))!.AsObject();

    [Theory]
    [InlineData("warning")]
    [InlineData("none")]
    public async Task A_runtime_newer_than_the_table_with_LG0005_lowered_builds_and_passes_the_deploy_check(string level)
    {
        await using var s = await DeployScenario.StartAsync();
        var (diagnostics, _) = await BuildAsync(s, Source("""FunctionName = "orders-next", Runtime = "dotnet12" """),
            new[] { ("/src/.editorconfig", EditorConfig("LG0005", level)) });

        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(level == "none" ? 0 : 1, diagnostics.Count(d => d.Id == "LG0005" && d.Severity == DiagnosticSeverity.Warning));
        var entry = Index(s)["Functions"]![0]!.AsObject();
        Assert.Equal($$"""{"LG0005":"{{level}}"}""", entry["Severities"]!.ToJsonString());
        Assert.Equal("net10.0", Index(s)["Project"]!["TargetFramework"]!.GetValue<string>());

        // The control plane (like Lambda's model today) does not know dotnet12, so the plan is as far as it can go.
        var (result, log) = await s.RunAsync(s.Options(dryRun: true));

        Assert.True(result.ExitCode == 0, log.Text);
        Assert.Equal(FunctionResult.WouldCreate, Assert.Single(result.Functions).Action);
        Assert.DoesNotContain(log.Lines, l => l.Contains("error LG0005", StringComparison.Ordinal));
        Assert.Equal(level == "none" ? 0 : 1, log.Lines.Count(l => l.Contains("warning LG0005", StringComparison.Ordinal) && l.Contains("[LG0005 is " + level, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_memory_size_over_LambdaMaxMemorySize_with_LG0010_lowered_is_created_for_real()
    {
        await using var s = await DeployScenario.StartAsync();
        var (diagnostics, _) = await BuildAsync(s, Source("""FunctionName = "orders-big", MemorySize = 4096"""),
            new[] { ("/src/.globalconfig", "is_global = true\ndotnet_diagnostic.LG0010.severity = none\n") },
            new[] { ("LambdaMaxMemorySize", (string?)"3008") });
        Assert.DoesNotContain(diagnostics, d => d.Id == "LG0010");
        Assert.Equal("3008", Index(s)["Project"]!["LambdaMaxMemorySize"]!.GetValue<string>());

        var (result, log) = await s.RunAsync();

        Assert.True(result.ExitCode == 0, log.Text);
        Assert.Equal(FunctionResult.Created, Assert.Single(result.Functions).Action);
        Assert.Equal(4096, s.Plane.Functions["orders-big"].Configuration.GetProperty("MemorySize").GetInt32());
    }

    [Fact]
    public async Task A_manifest_edited_after_the_build_is_still_checked_with_the_builds_memory_ceiling()
    {
        await using var s = await DeployScenario.StartAsync();
        var (diagnostics, export) = await BuildAsync(s, Source("""FunctionName = "orders-edit", MemorySize = 2048"""),
            Array.Empty<(string, string)>(), new[] { ("LambdaMaxMemorySize", (string?)"3008") });
        Assert.Empty(diagnostics);
        var manifest = Path.Combine(s.ManifestsDir, Assert.Single(export.Functions).ManifestFile);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"MemorySize\":2048", "\"MemorySize\":4096", StringComparison.Ordinal));

        var (result, log) = await s.RunAsync();

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(s.Writes());
        var line = Assert.Single(log.Lines, l => l.Contains("error LG0010", StringComparison.Ordinal));
        Assert.Equal($"{manifest} : error LG0010: MemorySize 4096 is above 3008 MB, the ceiling LambdaMaxMemorySize sets for a standard function (in manifest {manifest}); suggested value: 3008", line);
    }

    [Fact]
    public async Task A_rule_raised_to_an_error_fails_the_build_and_is_refused_by_the_deploy_too()
    {
        await using var s = await DeployScenario.StartAsync();
        var (diagnostics, _) = await BuildAsync(s, Source("""FunctionName = "orders-old", Runtime = "dotnet8" """),
            new[] { ("/src/.editorconfig", EditorConfig("LG0007", "error")) }, new[] { ("TargetFramework", (string?)"net8.0") });
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics, d => d.Id == "LG0007").Severity);

        var (result, log) = await s.RunAsync();

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(s.Writes());
        Assert.Contains(log.Lines, l => l.Contains("error LG0007: Runtime 'dotnet8' is deprecated", StringComparison.Ordinal) && l.Contains("[LG0007 is error in this project]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TreatWarningsAsErrors_is_carried_to_the_deploy()
    {
        await using var s = await DeployScenario.StartAsync();
        var (diagnostics, _) = await BuildAsync(s, Source("""FunctionName = "orders-strict", Runtime = "dotnet8" """),
            Array.Empty<(string, string)>(), new[] { ("TargetFramework", (string?)"net8.0") },
            options => options.WithGeneralDiagnosticOption(ReportDiagnostic.Error));
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics, d => d.Id == "LG0007").Severity);
        Assert.Equal("error", Index(s)["Functions"]![0]!["Severities"]!["LG0007"]!.GetValue<string>());

        var (result, log) = await s.RunAsync();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(log.Lines, l => l.Contains("error LG0007", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_configuration_the_deploy_warns_where_the_build_warned_and_deploys()
    {
        await using var s = await DeployScenario.StartAsync();
        var (diagnostics, _) = await BuildAsync(s, Source("""FunctionName = "orders-plain", Runtime = "dotnet8" """),
            Array.Empty<(string, string)>(), new[] { ("TargetFramework", (string?)"net8.0") });
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics).Severity);
        Assert.Null(Index(s)["Functions"]![0]!["Severities"]);

        var (result, log) = await s.RunAsync();

        Assert.True(result.ExitCode == 0, log.Text);
        Assert.Single(log.Lines, l => l.Contains("warning LG0007: Runtime 'dotnet8' is deprecated", StringComparison.Ordinal) && !l.Contains("[LG0007", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"Functions":[{"FunctionName":"fn","Manifest":"fn.json","Severities":"LG0005=warning"}]}""", "\"Severities\" of function 'fn' in functions.json must be an object")]
    [InlineData("""{"Functions":[{"FunctionName":"fn","Manifest":"fn.json","Severities":{"LG0005":"loud"}}]}""", "The severity of LG0005 for function 'fn' in functions.json is \"loud\"")]
    [InlineData("""{"Functions":[{"FunctionName":"fn","Manifest":"fn.json"}],"Project":{"LambdaMaxMemorySize":"lots"}}""", "\"Project\".LambdaMaxMemorySize in functions.json is \"lots\"")]
    public async Task A_malformed_hand_off_in_functions_json_is_an_error_naming_the_file(string index, string message)
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("fn");
        File.WriteAllText(Path.Combine(s.ManifestsDir, "functions.json"), index);

        var (result, log) = await s.RunAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(log.Lines, l => l.Contains("error LGD011", StringComparison.Ordinal) && l.Contains(message, StringComparison.Ordinal));
        Assert.Empty(s.Writes());
    }

    [Fact]
    public async Task Every_operation_the_build_writes_is_deployed_with_its_manifest_as_the_body_and_a_second_deploy_writes_nothing()
    {
        await using var s = await DeployScenario.StartAsync(o => o.ProvisionedConcurrencyReadyAfterPolls = 1);
        const string source = $$"""
            using System.IO;
            using LambdaGen;

            [assembly: LambdaDefaults(Role = "{{DeployScenario.Role}}")]

            namespace App;

            public static class Functions
            {
                [LambdaFunctionUrl(AuthType = LambdaFunctionUrlAuthType.None, InvokeMode = LambdaInvokeMode.Buffered, Qualifier = "live",
                    AllowOrigins = new[] { "https://example.com" }, AllowMethods = new[] { "GET", "POST" }, AllowCredentials = true, MaxAge = 300)]
                [LambdaAlias("live", Description = "traffic", ProvisionedConcurrentExecutions = 5)]
                [LambdaAsyncInvoke(MaximumRetryAttempts = 1, MaximumEventAgeInSeconds = 3600,
                    OnSuccess = "arn:aws:sqs:us-east-1:123456789012:done", OnFailure = "arn:aws:sns:us-east-1:123456789012:failed")]
                [LambdaFunction(FunctionName = "orders-api", Publish = true, ReservedConcurrentExecutions = 50)]
                public static Stream Handle(Stream input) => input;
            }
            """;
        var (diagnostics, export) = await BuildAsync(s, source, Array.Empty<(string, string)>());
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var operations = Assert.Single(export.Functions).Operations;
        Assert.Equal(5, operations.Count);

        var (result, log) = await s.RunAsync();

        Assert.True(result.ExitCode == 0, log.Text);
        var writes = s.Writes();
        foreach (var operation in operations)
        {
            var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(s.ManifestsDir, operation.ManifestFile)))!.AsObject();
            string? qualifier = manifest["Qualifier"]?.GetValue<string>();
            manifest.Remove("FunctionName");
            manifest.Remove("Qualifier");
            if (operation.Operation == "CreateAlias")
            {
                manifest["FunctionVersion"] = "1";
            }

            var sent = Assert.Single(writes, w => w.Operation == operation.Operation);
            Assert.Equal(manifest.ToJsonString(), sent.Body);
            Assert.Equal(qualifier is null ? "" : "Qualifier=" + qualifier, sent.Query);
        }
        Assert.Equal(2, writes.Count(w => w.Operation == "AddPermission"));

        var (again, log2) = await s.RunAsync();
        Assert.True(again.ExitCode == 0, log2.Text);
        Assert.Empty(s.Writes());
    }
}
