namespace LambdaGen.EndToEnd.Tests;

/// <summary>What `dotnet pack src/LambdaGen` puts in the package, and that consumers get no dependencies.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackageFixture _package;

    public PackageLayoutTests(PackageFixture package) => _package = package;

    [Theory]
    [InlineData("lib/netstandard2.0/LambdaGen.Attributes.dll")]
    [InlineData("lib/netstandard2.0/LambdaGen.Attributes.xml")]
    [InlineData("analyzers/dotnet/cs/LambdaGen.Analyzers.dll")]
    [InlineData("analyzers/dotnet/cs/LambdaGen.Core.dll")]
    [InlineData("build/LambdaGen.props")]
    [InlineData("build/LambdaGen.targets")]
    [InlineData("buildTransitive/LambdaGen.props")]
    [InlineData("buildTransitive/LambdaGen.targets")]
    [InlineData("tasks/netstandard2.0/LambdaGen.Build.dll")]
    [InlineData("tasks/netstandard2.0/LambdaGen.Core.dll")]
    public void Package_contains(string entry) => Assert.Contains(entry, _package.PackageEntries);

    [Fact]
    public void Optional_parts_are_packed_when_their_projects_exist()
    {
        if (File.Exists(Path.Combine(_package.RepoRoot, "src", "LambdaGen.CodeFixes", "LambdaGen.CodeFixes.csproj")))
        {
            Assert.Contains("analyzers/dotnet/cs/LambdaGen.CodeFixes.dll", _package.PackageEntries);
        }

        if (File.Exists(Path.Combine(_package.RepoRoot, "src", "LambdaGen.Deploy", "LambdaGen.Deploy.csproj")))
        {
            Assert.Contains("tools/deploy/LambdaGen.Deploy.dll", _package.PackageEntries);
            Assert.Contains("tools/deploy/LambdaGen.Deploy.runtimeconfig.json", _package.PackageEntries);
            Assert.Contains(_package.PackageEntries, e => e.StartsWith("tools/deploy/AWSSDK.Core", StringComparison.Ordinal));
        }
        if (File.Exists(Path.Combine(_package.RepoRoot, "src", "LambdaGen", "build", "LambdaGen.Deploy.targets")))
        {
            Assert.Contains("build/LambdaGen.Deploy.targets", _package.PackageEntries);
        }
    }

    [Fact]
    public void Nothing_else_ships_in_lib_analyzers_or_tasks()
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal)
        {
            "lib/netstandard2.0/LambdaGen.Attributes.dll", "lib/netstandard2.0/LambdaGen.Attributes.xml",
            "analyzers/dotnet/cs/LambdaGen.Analyzers.dll", "analyzers/dotnet/cs/LambdaGen.Core.dll", "analyzers/dotnet/cs/LambdaGen.CodeFixes.dll",
            "tasks/netstandard2.0/LambdaGen.Build.dll", "tasks/netstandard2.0/LambdaGen.Core.dll",
        };
        var unexpected = _package.PackageEntries
            .Where(e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("analyzers/", StringComparison.Ordinal) || e.StartsWith("tasks/", StringComparison.Ordinal))
            .Where(e => !allowed.Contains(e))
            .ToList();
        Assert.Empty(unexpected);
        Assert.DoesNotContain(_package.PackageEntries, e => e.EndsWith(".pdb", StringComparison.Ordinal));
    }

    [Fact]
    public void Consumers_get_no_package_dependencies()
    {
        Assert.DoesNotContain("<dependency ", _package.Nuspec);
        Assert.Contains($"<version>{_package.Version}</version>", _package.Nuspec);
    }

    [Fact]
    public void Every_property_LambdaGen_reads_is_compiler_visible()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(_package.PackagePath);
        using var reader = new StreamReader(zip.GetEntry("build/LambdaGen.props")!.Open());
        var props = reader.ReadToEnd();
        foreach (var property in new[] { "LambdaRole", "LambdaRuntime", "LambdaArchitecture", "LambdaMemorySize", "LambdaTimeout", "LambdaFunctionNamePrefix", "LambdaMaxMemorySize", "TargetFramework", "RuntimeIdentifier", "RootNamespace" })
        {
            Assert.Contains($"<CompilerVisibleProperty Include=\"{property}\" />", props);
        }
    }
}
