using System.Text.RegularExpressions;
using System.Xml.Linq;
using LambdaGen.Core;
using LambdaGen.Core.Codes;
using LambdaGen.Core.Rules;

namespace LambdaGen.Tests.Metadata;

/// <summary>
/// The project's address is written once, as the MSBuild property LambdaGenRepositoryUrl in Directory.Build.props; the
/// help links, the package's RepositoryUrl and PackageProjectUrl, the packed README and the template's README derive from it.
/// </summary>
public class ProjectLinksTests
{
    /// <summary>LambdaGenRepositoryUrl as Directory.Build.props writes it.</summary>
    public static string RepositoryUrlProperty() => Property("LambdaGenRepositoryUrl");

    /// <summary>LambdaGenDocsUrl with LambdaGenRepositoryUrl expanded, as MSBuild evaluates it.</summary>
    public static string DocsUrlProperty() => Property("LambdaGenDocsUrl").Replace("$(LambdaGenRepositoryUrl)", RepositoryUrlProperty());

    private static string Property(string name)
    {
        var values = XDocument.Parse(RepoFiles.Read("Directory.Build.props")).Descendants(name).Select(e => e.Value).ToList();
        Assert.True(values.Count == 1, $"Directory.Build.props should set {name} once, not {values.Count} times.");
        return values[0];
    }

    [Fact]
    public void The_compiled_links_are_the_properties()
    {
        Assert.StartsWith("https://", RepositoryUrlProperty());
        Assert.EndsWith("/", DocsUrlProperty());
        Assert.Equal(ProjectLinks.Repository, RepositoryUrlProperty());
        Assert.Equal(ProjectLinks.Docs, DocsUrlProperty());
        Assert.Equal(Rule.HelpBaseUri, DocsUrlProperty() + "analyzers.md#");
        Assert.Equal(ToolCode.HelpBaseUri, DocsUrlProperty() + "build-and-deploy-codes.md#");
    }

    [Fact]
    public void The_package_takes_its_repository_and_project_url_from_the_property()
    {
        var project = XDocument.Parse(RepoFiles.Read("src/LambdaGen/LambdaGen.csproj"));
        Assert.Equal("$(LambdaGenRepositoryUrl)", Assert.Single(project.Descendants("RepositoryUrl")).Value);
        Assert.Equal("$(LambdaGenRepositoryUrl)", Assert.Single(project.Descendants("PackageProjectUrl")).Value);
    }

    [Fact]
    public void The_template_readme_links_through_a_token_its_pack_fills_in()
    {
        Assert.Contains("(LAMBDAGEN_REPOSITORY_URL)", RepoFiles.Read("src/LambdaGen.Templates/content/lambdagen/README.md"));
        Assert.Contains(".Replace('LAMBDAGEN_REPOSITORY_URL', '$(LambdaGenRepositoryUrl)')", RepoFiles.Read("src/LambdaGen.Templates/LambdaGen.Templates.csproj"));
    }

    [Fact]
    public void The_address_is_written_nowhere_else_in_the_tree()
    {
        // The host and path without the scheme, so an http:// or a trailing .git copy is caught as well.
        var address = new Uri(RepositoryUrlProperty()).Host + new Uri(RepositoryUrlProperty()).AbsolutePath.TrimEnd('/');
        var copies = TreeFiles()
            .Where(path => path != "Directory.Build.props" && File.ReadAllText(Path.Combine(RepoFiles.Root, path)).Contains(address, StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(copies.Count == 0, $"'{address}' is written outside Directory.Build.props (use LambdaGenRepositoryUrl, ProjectLinks or a relative link): {string.Join(", ", copies)}");
    }

    [Fact]
    public void The_readme_links_are_relative_and_resolve_so_the_packed_ones_do_too()
    {
        // The pack makes each relative link absolute with LambdaGenDocsUrl; a link to a missing file would break there.
        var readme = RepoFiles.Read("README.md");
        var missing = Regex.Matches(readme, @"\]\((?![a-zA-Z][a-zA-Z0-9+.-]*:|#)([^)\s#]+)(#[^)\s]*)?\)")
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .Where(link => !File.Exists(Path.Combine(RepoFiles.Root, link)) && !Directory.Exists(Path.Combine(RepoFiles.Root, link)))
            .ToList();
        Assert.True(missing.Count == 0, "README.md links to files that do not exist: " + string.Join(", ", missing));
    }

    /// <summary>The tree's text files, relative to the root, without build output, git's own files or installed packages.</summary>
    private static IEnumerable<string> TreeFiles()
    {
        // Build output is not source: bin, obj, artifacts, and samples/.nuget (the samples' package folder, a packed copy of the docs).
        var skippedDirectories = new HashSet<string>(StringComparer.Ordinal) { ".git", "bin", "obj", "artifacts", "node_modules", "TestResults", ".vs", ".idea", ".nuget", "BenchmarkDotNet.Artifacts" };
        var textExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            ".cs", ".csproj", ".props", ".targets", ".sln", ".md", ".json", ".yml", ".yaml", ".sh", ".xml", ".txt", ".config", ".editorconfig", ".template", "",
        };
        var pending = new Stack<string>();
        pending.Push(RepoFiles.Root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var child in Directory.GetDirectories(directory))
            {
                if (!skippedDirectories.Contains(Path.GetFileName(child)) && !new DirectoryInfo(child).Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    pending.Push(child);
                }
            }
            foreach (var file in Directory.GetFiles(directory))
            {
                if (textExtensions.Contains(Path.GetExtension(file)) && new FileInfo(file).Length < 5_000_000)
                {
                    yield return Path.GetRelativePath(RepoFiles.Root, file).Replace('\\', '/');
                }
            }
        }
    }
}
