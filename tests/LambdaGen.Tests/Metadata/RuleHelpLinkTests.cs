using System.Text.RegularExpressions;
using LambdaGen.Core.Rules;

namespace LambdaGen.Tests.Metadata;

/// <summary>Every LG rule's help link opens analyzers.md at an anchor the page has, and the README's rule table is the catalog.</summary>
public class RuleHelpLinkTests
{
    public static TheoryData<string> RuleIds => new(RuleCatalog.All.Select(r => r.Id));

    private static string AnalyzersDoc { get; } = RepoFiles.Read("analyzers.md").Replace("\r\n", "\n");

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_help_link_anchor_exists_in_analyzers_md(string id)
    {
        var rule = RuleCatalog.All.Single(r => r.Id == id);
        Assert.StartsWith(ProjectLinksTests.DocsUrlProperty() + "analyzers.md#", rule.HelpLink);
        var anchor = rule.HelpLink[(rule.HelpLink.IndexOf('#') + 1)..];
        Assert.Single(Regex.Matches(AnalyzersDoc, $"<a id=\"{Regex.Escape(anchor)}\"></a>\n\n## {id}: "));
    }

    [Fact]
    public void The_readme_rule_table_is_the_catalog_in_order()
    {
        var readme = RepoFiles.Read("README.md").Replace("\r\n", "\n");
        var rows = Regex.Matches(readme, @"^\| \[(LG\d{4})\]\(analyzers\.md#(lg\d{4})\) \| (\w+) \| (.+) \|$", RegexOptions.Multiline)
            .Select(m => $"{m.Groups[1].Value} #{m.Groups[2].Value} {m.Groups[3].Value} {m.Groups[4].Value}")
            .ToList();
        var expected = RuleCatalog.All.Select(r => $"{r.Id} #{r.Id.ToLowerInvariant()} {r.Severity} {r.Title}").ToList();
        Assert.Equal(expected, rows);
    }
}
