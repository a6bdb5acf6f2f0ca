using System.Text.Json;
using System.Text.RegularExpressions;
using LambdaGen.ControlPlane;

namespace LambdaGen.EndToEnd.Tests;

/// <summary>
/// A new user adds the LambdaGen package to a fresh project, makes the usual mistakes, reads the diagnostics,
/// fixes them and gets the manifests. Every step is a real `dotnet build` against the packed package.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class NewUserTests
{
    private readonly PackageFixture _package;
    private readonly ITestOutputHelper _log;

    public NewUserTests(PackageFixture package, ITestOutputHelper log)
    {
        _package = package;
        _log = log;
    }

    private const string BrokenHandlers = """
        using LambdaGen;

        [assembly: LambdaTag("aws:team", "checkout")]

        namespace Shop;

        public static class Handlers
        {
            [LambdaFunction(FunctionName = "shop-create", MemorySize = 20000, Architectures = new[] { "x86-64" }, Runtime = "dotnet8.0")]
            [LambdaEnvironment("AWS_REGION", "eu-west-1")]
            public static Stream Create(Stream input) => input;

            [LambdaFunction(FunctionName = "shop-notify")]
            public static async void Notify(Stream input) => await Task.Delay(1);
        }
        """;

    private const string FixedHandlers = """
        using LambdaGen;

        [assembly: LambdaTag("team", "checkout")]

        namespace Shop;

        public static class Handlers
        {
            [LambdaFunction(FunctionName = "shop-create", MemorySize = 2048, Architectures = new[] { LambdaArchitecture.X86_64 }, Runtime = LambdaRuntime.Dotnet10)]
            [LambdaEnvironment("ORDERS_REGION", "eu-west-1")]
            public static Stream Create(Stream input) => input;

            [LambdaFunction(FunctionName = "arn:aws:lambda:eu-west-1:123456789012:function:shop-notify")]
            public static async Task Notify(Stream input) => await Task.Delay(1);
        }
        """;

    private CommandResult Logged(CommandResult result)
    {
        _log.WriteLine(result.ToString());
        return result;
    }

    [Fact]
    public async Task Mistakes_show_as_diagnostics_with_help_links_and_fixed_handlers_produce_manifests_and_deploy()
    {
        var project = _package.CreateProject("Shop");
        project.WriteProject("<LambdaRole>arn:aws:iam::123456789012:role/shop</LambdaRole>\n<LambdaTimeout>20</LambdaTimeout>");
        project.Write("Handlers.cs", BrokenHandlers);

        // 1. The mistakes: the build fails with one diagnostic per mistake, each with its help link.
        var broken = Logged(project.Build());
        Assert.True(broken.ExitCode != 0, "The build with mistakes succeeded:\n" + broken);
        foreach (var (id, value) in new[]
                 {
                     ("LG0010", "20000"),      // MemorySize out of range
                     ("LG0018", "x86-64"),     // architecture spelling
                     ("LG0005", "dotnet8.0"),  // unknown runtime
                     ("LG0025", "AWS_REGION"), // reserved environment variable
                     ("LG0030", "aws:team"),   // reserved tag prefix
                     ("LG0054", "Notify"),     // async void handler
                 })
        {
            var line = broken.Output.Split('\n').FirstOrDefault(l => l.Contains($"error {id}:", StringComparison.Ordinal));
            Assert.True(line is not null, $"Expected error {id} in the build output:\n{broken.Output}");
            Assert.Contains(value, line);
            Assert.Matches(new Regex(@"\(https?://\S+#" + id.ToLowerInvariant() + @"\)"), line);
            Assert.Contains("Handlers.cs(", line);
        }
        Assert.False(Directory.Exists(project.ManifestDirectory), "A failed build must not write manifests.");

        // 2. Fixed: a clean build (no warnings at all) and one manifest per handler plus the index.
        project.Write("Handlers.cs", FixedHandlers);
        var clean = Logged(project.Build("-warnaserror"));
        Assert.True(clean.ExitCode == 0, "The fixed project does not build:\n" + clean);
        Assert.DoesNotMatch(new Regex(@": warning "), clean.Output);

        Assert.True(Directory.Exists(project.ManifestDirectory),
            $"No manifests: {project.ManifestDirectory} does not exist after a successful build. Does the generator emit " +
            "[assembly: AssemblyMetadata(\"LambdaGen.ManifestClass:<name>\", …)] and does build/LambdaGen.targets run WriteLambdaManifests?\n" + clean);
        // The manifests, their index and the CloudFormation template (on by default).
        Assert.Equal(new[] { "functions.json", "shop-create.json", "shop-notify.json", "template.json" },
            Directory.GetFiles(project.ManifestDirectory).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));

        using var create = JsonDocument.Parse(File.ReadAllText(Path.Combine(project.ManifestDirectory, "shop-create.json")));
        var body = create.RootElement;
        Assert.Equal("shop-create", body.GetProperty("FunctionName").GetString());
        Assert.Equal("dotnet10", body.GetProperty("Runtime").GetString());
        Assert.Equal("Shop::Shop.Handlers::Create", body.GetProperty("Handler").GetString());
        Assert.Equal("arn:aws:iam::123456789012:role/shop", body.GetProperty("Role").GetString()); // MSBuild LambdaRole
        Assert.Equal(20, body.GetProperty("Timeout").GetInt32());                                   // MSBuild LambdaTimeout
        Assert.Equal(2048, body.GetProperty("MemorySize").GetInt32());
        Assert.Equal("eu-west-1", body.GetProperty("Environment").GetProperty("Variables").GetProperty("ORDERS_REGION").GetString());
        Assert.Equal("checkout", body.GetProperty("Tags").GetProperty("team").GetString());
        Assert.False(body.TryGetProperty("Code", out _));

        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(project.ManifestDirectory, "functions.json")));
        var functions = index.RootElement.GetProperty("Functions").EnumerateArray().ToList();
        Assert.Equal(new[] { "arn:aws:lambda:eu-west-1:123456789012:function:shop-notify", "shop-create" },
            functions.Select(f => f.GetProperty("FunctionName").GetString()));
        Assert.Equal("shop-notify.json", functions[0].GetProperty("Manifest").GetString());
        Assert.Equal("Zip", functions[1].GetProperty("PackageType").GetString());

        // 3. Deployed: publish with deploy creates both functions on a local control plane, in the region the ARN names.
        var options = new LambdaControlPlaneOptions { Region = "eu-west-1", SettleDelay = TimeSpan.FromMilliseconds(50) };
        await using var plane = await LambdaControlPlane.StartAsync(options);
        var published = Logged(LocalDeploy.Publish(project, plane, options));
        Assert.True(published.ExitCode == 0, "The publish with deploy failed:\n" + published);
        Assert.Equal(new[] { "CreateFunction shop-create 201", "CreateFunction shop-notify 201" }, LocalDeploy.Writes(plane.Requests));
        Assert.Equal(new[] { "shop-create", "shop-notify" }, plane.Functions.Keys.Order(StringComparer.Ordinal));
        Assert.All(plane.Functions.Values, f => Assert.Equal("Active", f.State));
    }

    [Fact]
    public void Incremental_builds_keep_manifests_stable_remove_stale_ones_and_clean_deletes_them()
    {
        var project = _package.CreateProject("Billing");
        project.WriteProject("<LambdaRole>arn:aws:iam::123456789012:role/billing</LambdaRole>\n<LambdaFunctionNamePrefix>billing-</LambdaFunctionNamePrefix>");
        project.Write("Invoices.cs", """
            using LambdaGen;
            namespace Billing;
            public static class Invoices
            {
                [LambdaFunction(FunctionName = "invoice")]
                public static Stream Invoice(Stream input) => input;
            }
            """);
        project.Write("Refunds.cs", """
            using LambdaGen;
            namespace Billing;
            public static class Refunds
            {
                [LambdaFunction(FunctionName = "refund")]
                public static Stream Refund(Stream input) => input;
            }
            """);
        // A file of the user's own in the same folder must survive everything.
        Directory.CreateDirectory(project.ManifestDirectory);
        File.WriteAllText(Path.Combine(project.ManifestDirectory, "my-notes.json"), "{}");

        var first = Logged(project.Build());
        Assert.True(first.ExitCode == 0, first.ToString());
        var invoice = Path.Combine(project.ManifestDirectory, "billing-invoice.json");
        var refund = Path.Combine(project.ManifestDirectory, "billing-refund.json");
        Assert.True(File.Exists(invoice) && File.Exists(refund),
            "Missing manifests (prefix from LambdaFunctionNamePrefix expected): " + string.Join(", ", Directory.GetFiles(project.ManifestDirectory)));

        // A rebuild with a changed method body (the assembly is recompiled, the manifests are the same) rewrites nothing.
        var stamp = new DateTime(2021, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(invoice, stamp);
        project.Write("Invoices.cs", File.ReadAllText(Path.Combine(project.Directory, "Invoices.cs")).Replace("=> input;", "=> input; // edited"));
        Assert.Equal(0, Logged(project.Build()).ExitCode);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(invoice));

        // Removing a handler removes its manifest on the next build, and only that.
        project.Delete("Refunds.cs");
        Assert.Equal(0, Logged(project.Build()).ExitCode);
        Assert.False(File.Exists(refund), "The manifest of the removed handler was not deleted.");
        Assert.True(File.Exists(invoice));
        Assert.True(File.Exists(Path.Combine(project.ManifestDirectory, "my-notes.json")));
        Assert.DoesNotContain("refund", File.ReadAllText(Path.Combine(project.ManifestDirectory, "functions.json")));

        // Deleting the folder by hand: the next (otherwise up-to-date) build writes the manifests again.
        Directory.Delete(project.ManifestDirectory, recursive: true);
        Assert.Equal(0, Logged(project.Build()).ExitCode);
        Assert.True(File.Exists(invoice), "An up-to-date build did not restore the deleted manifests.");

        // dotnet clean removes what LambdaGen wrote (they are FileWrites), and nothing else.
        File.WriteAllText(Path.Combine(project.ManifestDirectory, "my-notes.json"), "{}");
        Assert.Equal(0, Logged(project.Dotnet("clean")).ExitCode);
        Assert.False(File.Exists(invoice));
        Assert.False(File.Exists(Path.Combine(project.ManifestDirectory, "functions.json")));
        Assert.True(File.Exists(Path.Combine(project.ManifestDirectory, "my-notes.json")));
    }

    [Fact]
    public void Manifests_can_be_turned_off()
    {
        var project = _package.CreateProject("NoManifests");
        project.WriteProject("<LambdaRole>arn:aws:iam::123456789012:role/x</LambdaRole>\n<LambdaGenerateManifests>false</LambdaGenerateManifests>");
        project.Write("F.cs", """
            using LambdaGen;
            namespace NoManifests;
            public static class F
            {
                [LambdaFunction(FunctionName = "off")]
                public static Stream Run(Stream input) => input;
            }
            """);

        var build = Logged(project.Build());

        Assert.Equal(0, build.ExitCode);
        Assert.False(Directory.Exists(project.ManifestDirectory));
        Assert.True(File.Exists(Path.Combine(project.OutputDirectory, "NoManifests.dll")));
    }
}
