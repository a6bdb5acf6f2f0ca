using System.Text.Json;
using System.Text.RegularExpressions;

namespace LambdaGen.EndToEnd.Tests;

/// <summary>
/// `dotnet new lambdagen` from the packed LambdaGen.Templates package, installed into a template hive of the test's
/// own (the user's hive is never touched), then built against the packed LambdaGen as a new user's project.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class TemplateTests
{
    private readonly PackageFixture _package;
    private readonly ITestOutputHelper _log;

    public TemplateTests(PackageFixture package, ITestOutputHelper log)
    {
        _package = package;
        _log = log;
    }

    private CommandResult Logged(CommandResult result)
    {
        _log.WriteLine(result.ToString());
        return result;
    }

    [Fact]
    public void The_pack_writes_the_template_package_at_LambdaGens_version()
    {
        Assert.True(File.Exists(_package.TemplatePackagePath),
            $"dotnet pack src/LambdaGen wrote no {Path.GetFileName(_package.TemplatePackagePath)} beside {Path.GetFileName(_package.PackagePath)}:\n{_package.PackResult}");
        using var zip = System.IO.Compression.ZipFile.OpenRead(_package.TemplatePackagePath);
        Assert.Equal(new[] { "content/lambdagen/.template.config/template.json", "content/lambdagen/Function.cs", "content/lambdagen/MyFunctions.csproj", "content/lambdagen/README.md" },
            zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("content/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        using var nuspec = new StreamReader(zip.GetEntry("LambdaGen.Templates.nuspec")!.Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains("<packageType name=\"Template\" />", text);
        Assert.Contains($"<version>{_package.Version}</version>", text);
        Assert.DoesNotContain("<dependencies>", text);
    }

    [Fact]
    public void Dotnet_new_lambdagen_gives_a_project_that_builds_without_warnings_and_writes_its_manifest()
    {
        var hive = InstallTemplate();
        var project = _package.CreateProject("Orders");
        var created = Logged(DotNet.Run(project.Directory, new[] { "new", "lambdagen", "-n", "Orders", "-o", ".", "--role", "arn:aws:iam::111122223333:role/orders", "--debug:custom-hive", hive }));
        Assert.True(created.ExitCode == 0, created.ToString());

        // The project, its one handler and its README; no placeholder of the template is left.
        var ownFiles = new[] { "Directory.Build.props", "Directory.Build.targets", "nuget.config" }; // the test's, for the local feed
        Assert.Equal(new[] { "Function.cs", "Orders.csproj", "README.md" },
            Directory.GetFiles(project.Directory).Select(Path.GetFileName).Except(ownFiles).Order(StringComparer.Ordinal));
        var csproj = File.ReadAllText(Path.Combine(project.Directory, "Orders.csproj"));
        var function = File.ReadAllText(Path.Combine(project.Directory, "Function.cs"));
        var readme = File.ReadAllText(Path.Combine(project.Directory, "README.md"));
        Assert.Contains($"<PackageReference Include=\"LambdaGen\" Version=\"{_package.Version}\" />", csproj);
        Assert.Contains("<LambdaRole>arn:aws:iam::111122223333:role/orders</LambdaRole>", csproj);
        Assert.Single(Regex.Matches(function, @"\[LambdaFunction\("));
        Assert.Contains("namespace Orders;", function);
        foreach (var text in new[] { csproj, function, readme })
        {
            Assert.DoesNotContain("MyFunctions", text);
            Assert.DoesNotContain("FUNCTION_NAME_PREFIX", text);
            Assert.DoesNotContain("LAMBDAGEN_VERSION", text);
        }
        Assert.Contains("dotnet publish -c Release -p:LambdaDeploy=true", readme);
        Assert.Contains("bin/Debug/net10.0/lambda/orders-echo.json", readme);

        // Builds with no warning at all and writes the manifest the README names.
        var build = Logged(project.Build("-warnaserror"));
        Assert.True(build.ExitCode == 0, "The project from the template does not build:\n" + build);
        Assert.DoesNotMatch(new Regex(@": warning "), build.Output);
        Assert.Equal(new[] { "functions.json", "orders-echo.json", "template.json" },
            Directory.GetFiles(project.ManifestDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(project.ManifestDirectory, "orders-echo.json")));
        Assert.Equal("orders-echo", manifest.RootElement.GetProperty("FunctionName").GetString());
        Assert.Equal("Orders::Orders.Function::Echo", manifest.RootElement.GetProperty("Handler").GetString());
        Assert.Equal("arn:aws:iam::111122223333:role/orders", manifest.RootElement.GetProperty("Role").GetString());
        Assert.Equal("dotnet10", manifest.RootElement.GetProperty("Runtime").GetString());
    }

    [Fact]
    public void A_project_name_with_characters_a_function_name_cannot_hold_gives_a_valid_function_name()
    {
        var hive = InstallTemplate();
        var folder = Path.Combine(_package.Root, "template-dotted-" + Guid.NewGuid().ToString("n")[..6]);
        Directory.CreateDirectory(folder);
        var created = Logged(DotNet.Run(folder, new[] { "new", "lambdagen", "-n", "Shop.Orders", "-o", ".", "--debug:custom-hive", hive }));
        Assert.True(created.ExitCode == 0, created.ToString());
        var function = File.ReadAllText(Path.Combine(folder, "Function.cs"));
        Assert.Contains("namespace Shop.Orders;", function);
        Assert.Contains("FunctionName = \"shop-orders-echo\"", function);
    }

    /// <summary>Installs the packed template into a new hive under the fixture's folder and returns the hive.</summary>
    private string InstallTemplate()
    {
        Assert.True(File.Exists(_package.TemplatePackagePath), "No template package: " + _package.TemplatePackagePath);
        var hive = Path.Combine(_package.Root, "template-hive-" + Guid.NewGuid().ToString("n")[..6]);
        var install = Logged(DotNet.Run(_package.Root, new[] { "new", "install", _package.TemplatePackagePath, "--debug:custom-hive", hive }));
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Contains("lambdagen", install.Output);
        return hive;
    }
}
