using System.IO.Compression;

namespace LambdaGen.EndToEnd.Tests;

/// <summary>
/// Packs src/LambdaGen once for all end-to-end tests into a fresh temporary feed. Every test project restores it
/// into its own package folder (nuget.config globalPackagesFolder), so no copy of the same version in a shared
/// cache (~/.nuget/packages, samples/.nuget/packages) can ever stand in for the package under test.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        RepoRoot = FindRepoRoot();
        Root = Path.Combine(Path.GetTempPath(), "lambdagen-e2e", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss") + "-" + Guid.NewGuid().ToString("n")[..8]);
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);

        PackResult = DotNet.Run(RepoRoot, new[] { "pack", Path.Combine(RepoRoot, "src", "LambdaGen"), "-c", "Release", "-o", Feed, "--disable-build-servers", "-nologo" });
        // The same pack writes LambdaGen.<version>.nupkg and the template package LambdaGen.Templates.<version>.nupkg.
        var packages = Directory.GetFiles(Feed, "LambdaGen.*.nupkg").Where(p => char.IsAsciiDigit(Path.GetFileName(p)["LambdaGen.".Length])).ToArray();
        if (PackResult.ExitCode != 0 || packages.Length != 1)
        {
            throw new InvalidOperationException($"Packing src/LambdaGen failed or did not produce exactly one LambdaGen.<version>.nupkg ({packages.Length}):\n{PackResult}");
        }

        PackagePath = packages[0];
        Version = Path.GetFileNameWithoutExtension(PackagePath)["LambdaGen.".Length..];
        TemplatePackagePath = Path.Combine(Feed, $"LambdaGen.Templates.{Version}.nupkg");
        using var zip = ZipFile.OpenRead(PackagePath);
        PackageEntries = zip.Entries.Select(e => e.FullName).OrderBy(n => n, StringComparer.Ordinal).ToList();
        using var reader = new StreamReader(zip.GetEntry("LambdaGen.nuspec")!.Open());
        Nuspec = reader.ReadToEnd();
    }

    public string RepoRoot { get; }
    public string Root { get; }
    public string Feed { get; }
    public string PackagePath { get; }

    /// <summary>The `dotnet new lambdagen` template package of the same pack (it may be missing: the template tests say so).</summary>
    public string TemplatePackagePath { get; }
    public string Version { get; }
    public CommandResult PackResult { get; }
    public IReadOnlyList<string> PackageEntries { get; }
    public string Nuspec { get; }

    /// <summary>A new empty folder for one user project (with its own nuget.config and package folder).</summary>
    public UserProject CreateProject(string name) => new(this, Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("n")[..6]), name);

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("LAMBDAGEN_E2E_KEEP") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
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

        throw new InvalidOperationException("Cannot find the repository root (eng/Version.props and src/LambdaGen) above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "LambdaGen package";
}

/// <summary>A user's project folder outside the repository: no repository Directory.* file applies.</summary>
public sealed class UserProject
{
    private readonly PackageFixture _package;

    public UserProject(PackageFixture package, string directory, string name)
    {
        _package = package;
        Directory = directory;
        Name = name;
        System.IO.Directory.CreateDirectory(directory);
        // Stop MSBuild's upward search for Directory.Build.* at the project folder.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="packages" />
              </config>
              <packageSources>
                <clear />
                <add key="lambdagen-under-test" value="{package.Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    public string Directory { get; }
    public string Name { get; }
    public string OutputDirectory => Path.Combine(Directory, "bin", "Debug", "net10.0");
    public string ManifestDirectory => Path.Combine(OutputDirectory, "lambda");

    /// <summary>Where <c>dotnet publish</c> (Release by default since .NET 8) leaves the manifests it deploys.</summary>
    public string ReleaseManifestDirectory => Path.Combine(Directory, "bin", "Release", "net10.0", "lambda");

    /// <summary>
    /// Copies samples/&lt;name&gt; (its .cs files and project) as this project. The sample's own LambdaGen version
    /// property becomes the version under test, and the properties samples/Directory.Build.props gives every sample
    /// go into this folder's Directory.Build.props (without its import of the repository's version file).
    /// </summary>
    public void CopySample(string sample)
    {
        var source = Path.Combine(_package.RepoRoot, "samples", sample);
        foreach (var file in System.IO.Directory.GetFiles(source, "*.cs"))
        {
            File.Copy(file, Path.Combine(Directory, Path.GetFileName(file)), overwrite: true);
        }

        var project = File.ReadAllText(Path.Combine(source, sample + ".csproj"));
        if (!project.Contains("$(LambdaGenVersion)", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"samples/{sample}/{sample}.csproj no longer references LambdaGen as $(LambdaGenVersion); update CopySample.");
        }

        Write(Name + ".csproj", project.Replace("$(LambdaGenVersion)", _package.Version, StringComparison.Ordinal));
        Write("Directory.Build.props", """
            <Project>
              <PropertyGroup>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <LangVersion>latest</LangVersion>
              </PropertyGroup>
            </Project>
            """);
    }

    public void WriteProject(string properties = "") => Write(Name + ".csproj", $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            {properties}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="LambdaGen" Version="{_package.Version}" />
          </ItemGroup>
        </Project>
        """);

    public void Write(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Directory, relativePath));

    public CommandResult Dotnet(params string[] arguments) =>
        DotNet.Run(Directory, arguments.Concat(new[] { "--disable-build-servers", "-nologo" }).ToArray());

    /// <summary>A `dotnet` command with extra environment variables (the deploy's credentials).</summary>
    public CommandResult Dotnet(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        DotNet.Run(Directory, arguments.Concat(new[] { "--disable-build-servers", "-nologo" }).ToArray(), environment);

    public CommandResult Build(params string[] extra) => Dotnet(new[] { "build" }.Concat(extra).ToArray());
}
