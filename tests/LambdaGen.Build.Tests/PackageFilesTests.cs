using System.Xml.Linq;
using LambdaGen.Core.Model;

namespace LambdaGen.Build.Tests;

/// <summary>The package's MSBuild files (src/LambdaGen/build, buildTransitive) agree with the code.</summary>
public sealed class PackageFilesTests
{
    private static readonly string PackageProject = Path.Combine(FindRepoRoot(), "src", "LambdaGen");

    [Fact]
    public void Every_property_LambdaGen_reads_is_declared_CompilerVisibleProperty()
    {
        var declared = XDocument.Load(Path.Combine(PackageProject, "build", "LambdaGen.props"))
            .Descendants("CompilerVisibleProperty").Select(e => (string?)e.Attribute("Include")).ToHashSet(StringComparer.Ordinal);

        var read = MsBuildDefaults.PropertyNames.Concat(new[] { "TargetFramework", "RuntimeIdentifier", "RootNamespace" });

        var missing = read.Where(p => !declared.Contains(p)).ToList();
        Assert.True(missing.Count == 0, "Not declared in build/LambdaGen.props: " + string.Join(", ", missing));
    }

    [Fact]
    public void BuildTransitive_imports_the_build_files()
    {
        foreach (var file in new[] { "LambdaGen.props", "LambdaGen.targets" })
        {
            var imports = XDocument.Load(Path.Combine(PackageProject, "buildTransitive", file)).Descendants("Import").Select(e => (string?)e.Attribute("Project"));
            Assert.Contains("$(MSBuildThisFileDirectory)../build/" + file, imports);
        }
    }

    [Fact]
    public void The_targets_use_the_task_this_assembly_defines()
    {
        var targets = XDocument.Load(Path.Combine(PackageProject, "build", "LambdaGen.targets"));
        var usingTask = Assert.Single(targets.Descendants("UsingTask"));
        Assert.Equal(typeof(WriteLambdaManifests).FullName, (string?)usingTask.Attribute("TaskName"));
        Assert.Equal("$(MSBuildThisFileDirectory)../tasks/netstandard2.0/" + typeof(WriteLambdaManifests).Assembly.GetName().Name + ".dll", (string?)usingTask.Attribute("AssemblyFile"));
        var call = Assert.Single(targets.Descendants("WriteLambdaManifests"));
        var parameters = call.Attributes().Select(a => a.Name.LocalName).ToList();
        Assert.All(parameters, p => Assert.NotNull(typeof(WriteLambdaManifests).GetProperty(p)));
        Assert.Contains(nameof(WriteLambdaManifests.AssemblyPath), parameters);
        Assert.Contains(nameof(WriteLambdaManifests.OutputDirectory), parameters);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "eng", "Version.props")) && Directory.Exists(Path.Combine(dir.FullName, "src", "LambdaGen")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
