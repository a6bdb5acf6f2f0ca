using System.Text.RegularExpressions;
using LambdaGen.Core.Codes;

namespace LambdaGen.Tests.Metadata;

/// <summary>
/// The build task's (LGBnnn) and the deploy's (LGDnnn) codes: every code the sources report is in
/// <see cref="ToolCodeCatalog"/>, every catalog entry is reported somewhere, and each has a section in
/// build-and-deploy-codes.md, written with the same parts as an LG rule's (severity, what and why, example, fix).
/// </summary>
public class ToolCodeDocTests
{
    private static readonly Regex CodeInSource = new(@"\bLG[BD]\d{3}\b");

    public static TheoryData<string> CodeIds => new(ToolCodeCatalog.All.Select(c => c.Id));

    private static string Doc { get; } = RepoFiles.Read(ToolCode.PageName).Replace("\r\n", "\n");

    /// <summary>Every LGBnnn/LGDnnn under src/ (C# and MSBuild files), outside the catalog itself, with where it is.</summary>
    private static Dictionary<string, List<string>> CodesUsedInSources()
    {
        var catalog = Path.Combine("src", "LambdaGen.Core", "Codes");
        var used = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoFiles.Root, "src"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoFiles.Root, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Contains("bin") || parts.Contains("obj") || relative.StartsWith(catalog, StringComparison.Ordinal)
                || Path.GetExtension(file) is not (".cs" or ".props" or ".targets" or ".csproj"))
            {
                continue;
            }
            foreach (Match m in CodeInSource.Matches(File.ReadAllText(file)))
            {
                if (!used.TryGetValue(m.Value, out var files))
                {
                    used[m.Value] = files = new List<string>();
                }
                files.Add(relative);
            }
        }
        return used;
    }

    [Fact]
    public void Every_code_used_in_src_is_in_the_catalog_and_every_catalog_code_is_used()
    {
        var used = CodesUsedInSources();
        var catalog = ToolCodeCatalog.All.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = used.Where(u => !catalog.Contains(u.Key)).Select(u => $"{u.Key} ({string.Join(", ", u.Value.Distinct())})").ToList();
        Assert.True(unknown.Count == 0, "Used under src/ but not in ToolCodeCatalog (add it, and its section in build-and-deploy-codes.md): " + string.Join("; ", unknown));
        var unused = catalog.Where(id => !used.ContainsKey(id)).ToList();
        Assert.True(unused.Count == 0, "In ToolCodeCatalog but used nowhere under src/: " + string.Join(", ", unused));
    }

    [Fact]
    public void Ids_are_unique_and_in_order()
    {
        var ids = ToolCodeCatalog.All.Select(c => c.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.All(ids, id => Assert.Matches(@"^LG[BD]\d{3}$", id));
        Assert.All(ToolCodeCatalog.All, c => Assert.Equal(c.Id.StartsWith("LGB", StringComparison.Ordinal), c.Origin == ToolCodeOrigin.BuildTask));
    }

    [Theory]
    [MemberData(nameof(CodeIds))]
    public void Each_code_has_a_table_row_and_a_section_with_severity_why_example_and_fix(string id)
    {
        var code = ToolCodeCatalog.Find(id)!;
        var severity = code.Severity switch
        {
            ToolCodeSeverity.Error => "Error",
            ToolCodeSeverity.Warning => "Warning",
            _ => "Error or warning",
        };
        Assert.Contains($"| [{id}](#{code.Anchor}) | {severity} | {code.Title} |\n", Doc);
        Assert.Single(Regex.Matches(Doc, $"<a id=\"{code.Anchor}\"></a>"));

        var heading = $"<a id=\"{code.Anchor}\"></a>\n\n## {id}: {code.Title}\n\n**Severity:** ";
        int start = Doc.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{ToolCode.PageName} has no section for {id} starting:\n{heading}");
        // The severity line: the catalog's severity (an "error or warning" code says when it is which), then who reports it.
        var reporter = code.Origin switch
        {
            ToolCodeOrigin.BuildTask => "the WriteLambdaManifests build task",
            ToolCodeOrigin.DeployTool => "the deploy tool",
            _ => "the LambdaDeploy target",
        };
        var severityLine = Doc[(start + heading.Length)..Doc.IndexOf('\n', start + heading.Length)];
        var severityPattern = code.Severity switch
        {
            ToolCodeSeverity.Error => "Error",
            ToolCodeSeverity.Warning => "Warning",
            _ => "Error [^·]*Warning[^·]*",
        };
        Assert.Matches($"^{severityPattern} · \\*\\*Reported by:\\*\\* {reporter}$", severityLine);
        int end = Doc.IndexOf("\n<a id=\"", start + heading.Length, StringComparison.Ordinal);
        var section = end < 0 ? Doc[start..] : Doc[start..end];

        // What and why: a paragraph between the severity line and the example.
        int example = section.IndexOf("\n**Example.**", StringComparison.Ordinal);
        Assert.True(example > 0, $"{id}: no **Example.**");
        Assert.True(section[(section.IndexOf('\n', heading.Length) + 1)..example].Trim().Length >= 80, $"{id}: the section says too little about what and why");
        // The example shows the message as printed, with its code and severity.
        var printed = $"{(code.Severity == ToolCodeSeverity.Warning ? "warning" : code.Severity == ToolCodeSeverity.Error ? "error" : "(error|warning)")} {id}: ";
        Assert.Matches(new Regex("```text\n[^`]*" + printed + "[^`]*```"), section);
        Assert.Contains("\n**How to fix.** ", section);
    }

    [Theory]
    [MemberData(nameof(CodeIds))]
    public void Each_help_link_is_the_page_and_an_anchor_it_has(string id)
    {
        var code = ToolCodeCatalog.Find(id)!;
        Assert.Equal(ProjectLinksTests.DocsUrlProperty() + ToolCode.PageName + "#" + id.ToLowerInvariant(), code.HelpLink);
        Assert.Equal(code.HelpLink, ToolCodeCatalog.HelpLink(id));
        Assert.Contains($"<a id=\"{code.HelpLink[(code.HelpLink.IndexOf('#') + 1)..]}\"></a>", Doc);
    }

    [Fact]
    public void The_page_documents_no_code_the_catalog_lacks()
    {
        var sections = Regex.Matches(Doc, @"^## (LG[BD]\d{3}):", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ToolCodeCatalog.All.Select(c => c.Id), sections);
        Assert.Null(ToolCodeCatalog.HelpLink("LGD999"));
        Assert.Null(ToolCodeCatalog.HelpLink(null));
    }
}
