using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using LambdaGen.CodeFixes.Tests.Harness;

namespace LambdaGen.CodeFixes.Tests;

/// <summary>
/// The real-client proof: <c>dotnet format analyzers</c> loads LambdaGen's analyzer and code fixes from a project
/// (as <c>&lt;Analyzer&gt;</c> items pointing at the built DLLs, no package), applies each rule's Fix All, and
/// <c>dotnet build</c> then reports none of those rules. Runs the SDK on a temporary project, so it takes ~30 s.
/// </summary>
public class DotnetFormatTests
{
    private static readonly string[] Ids =
        ["LG0001", "LG0005", "LG0010", "LG0011", "LG0012", "LG0017", "LG0018", "LG0022", "LG0024", "LG0025", "LG0030", "LG0036", "LG0048", "LG0054"];

    private const string Broken = """
        using System.IO;
        using System.Threading.Tasks;
        using LambdaGen;

        [assembly: LambdaDefaults(Role = "arn:aws:iam::123456789012:role/app", Timeout = 0)]
        [assembly: LambdaTag("aws:stage", "prod")]

        namespace Sample;

        public static class Functions
        {
            [LambdaFunction(MemorySize = 20000, EphemeralStorage = 100, Architectures = new[] { "aarch64" }, Runtime = "DotNet10", TracingMode = "active")]
            [LambdaEnvironment("AWS_REGION", "eu-west-1")]
            [LambdaEnvironment("TABLE", "orders")]
            [LambdaEnvironment("TABLE", "orders-v2")]
            public static Stream Create(Stream input) => input;

            [LambdaFunction(FunctionName = "orders.list", Architectures = new[] { "x86_64", "arm64" }, LogFormat = "json",
                Layers = new[] { "arn:aws:lambda:us-east-1:123456789012:layer:shared:1", "arn:aws:lambda:us-east-1:123456789012:layer:shared:4" })]
            public static async void List(Stream input) => await input.FlushAsync();
        }
        """;

    private const string Fixed = """
        using System.IO;
        using System.Threading.Tasks;
        using LambdaGen;

        [assembly: LambdaDefaults(Role = "arn:aws:iam::123456789012:role/app", Timeout = 1)]
        [assembly: LambdaTag("stage", "prod")]

        namespace Sample;

        public static class Functions
        {
            [LambdaFunction(MemorySize = 10240, EphemeralStorage = 512, Architectures = new[] { "arm64" }, Runtime = "dotnet10", TracingMode = "Active")]
            [LambdaEnvironment("TABLE", "orders")]
            public static Stream Create(Stream input) => input;

            [LambdaFunction(FunctionName = "orders-list", Architectures = new[] { "x86_64" }, LogFormat = "JSON",
                Layers = new[] { "arn:aws:lambda:us-east-1:123456789012:layer:shared:4" })]
            public static async Task List(Stream input) => await input.FlushAsync();
        }
        """;

    [Fact]
    public async Task Dotnet_format_applies_the_fixes_and_the_build_is_then_clean()
    {
        var directory = Path.Combine(Path.GetTempPath(), "lambdagen-format-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            // The DLLs the test itself runs against: LambdaGen.CodeFixes and what it references, copied beside the test.
            string Built(string name)
            {
                var path = Path.Combine(AppContext.BaseDirectory, name);
                Assert.True(File.Exists(path), $"{path} was not built");
                return path;
            }
            await File.WriteAllTextAsync(Path.Combine(directory, "Sample.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                  </PropertyGroup>
                  <ItemGroup>
                    <Reference Include="{Built("LambdaGen.Attributes.dll")}" />
                    <Analyzer Include="{Built("LambdaGen.Analyzers.dll")}" />
                    <Analyzer Include="{Built("LambdaGen.Core.dll")}" />
                    <Analyzer Include="{Built("LambdaGen.CodeFixes.dll")}" />
                    <!-- What the package's props declare; the analyzer reads the TargetFramework. -->
                    <CompilerVisibleProperty Include="TargetFramework" />
                  </ItemGroup>
                </Project>
                """);
            // Keep the repository's (or any parent's) build settings out of the sample.
            await File.WriteAllTextAsync(Path.Combine(directory, "Directory.Build.props"), "<Project />");
            await File.WriteAllTextAsync(Path.Combine(directory, "Directory.Build.targets"), "<Project />");
            await File.WriteAllTextAsync(Path.Combine(directory, "Directory.Packages.props"), "<Project />");
            var source = Path.Combine(directory, "Functions.cs");
            await File.WriteAllTextAsync(source, Broken);

            var before = await DotnetAsync(directory, "build", "Sample.csproj", "-nologo", "--disable-build-servers", "-p:UseSharedCompilation=false");
            Assert.True(before.ExitCode != 0, "The broken sample should not build:\n" + before.Output);
            Assert.All(Ids, id => Assert.Contains(id + ":", before.Output));

            var format = await DotnetAsync(directory, ["format", "analyzers", "Sample.csproj", "--diagnostics", .. Ids, "--severity", "warn", "-v", "diag"]);
            Assert.True(format.ExitCode == 0, "dotnet format failed:\n" + format.Output);
            Assert.DoesNotContain("Unable to fix", format.Output);
            CodeFixHarness.AssertText(Fixed, Microsoft.CodeAnalysis.Text.SourceText.From(await File.ReadAllTextAsync(source)), source);

            var after = await DotnetAsync(directory, "build", "Sample.csproj", "-nologo", "--disable-build-servers", "-p:UseSharedCompilation=false");
            var remaining = Ids.Where(id => after.Output.Contains(id + ":", StringComparison.Ordinal)).ToList();
            Assert.True(remaining.Count == 0, $"Still reported after dotnet format: {string.Join(", ", remaining)}\n{after.Output}");
            Assert.True(after.ExitCode == 0, "The fixed sample should build:\n" + after.Output);
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static async Task<(int ExitCode, string Output)> DotnetAsync(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // The test host runs under MSBuild/VSTest; its variables would point the child SDK at the wrong MSBuild.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {string.Join(' ', arguments)} did not finish in 5 minutes:\n{await stdout}\n{await stderr}");
        }
        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, Regex.Replace(output.ToString(), @"\x1b\[[0-9;]*m", ""));
    }
}
