using System.Text.RegularExpressions;
using LambdaGen.Analyzers.Diagnostics;
using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Tests.Metadata;

public class DescriptorTests
{
    private static readonly IReadOnlyList<DiagnosticDescriptor> Supported = new LambdaFunctionAnalyzer().SupportedDiagnostics;

    public static TheoryData<string> RuleIds => new(RuleCatalog.All.Select(r => r.Id));

    [Fact]
    public void Ids_are_unique_and_well_formed_and_every_rule_has_a_descriptor()
    {
        Assert.All(RuleCatalog.All, r => Assert.Matches(@"^LG\d{4}$", r.Id));
        Assert.Equal(RuleCatalog.All.Length, RuleCatalog.All.Select(r => r.Id).Distinct().Count());
        Assert.Equal(RuleCatalog.All.Select(r => r.Id).OrderBy(i => i, StringComparer.Ordinal), Supported.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal));
        // Ordered by ID, and no gaps: an ID is never reused, so a retired one would stay listed.
        Assert.Equal(Enumerable.Range(1, RuleCatalog.All.Length).Select(i => $"LG{i:0000}"), RuleCatalog.All.Select(r => r.Id));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Descriptor_matches_the_catalog(string id)
    {
        var rule = RuleCatalog.All.Single(r => r.Id == id);
        var descriptor = Supported.Single(d => d.Id == id);
        Assert.Equal($"{ProjectLinksTests.DocsUrlProperty()}analyzers.md#{id.ToLowerInvariant()}", descriptor.HelpLinkUri);
        Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
        Assert.Equal(rule.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(rule.Category, descriptor.Category);
        Assert.Equal(rule.Severity == RuleSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.StartsWith("LambdaGen.", descriptor.Category);
        Assert.False(string.IsNullOrWhiteSpace(rule.Description));
        Assert.Contains("Source: ", descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(id is "LG0002" or "LG0128", descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd));
    }

    [Fact]
    public void Titles_are_sentences_without_a_final_period() =>
        Assert.All(RuleCatalog.All, r => Assert.Matches(@"^[A-Z][^\r\n]*[^.]$", r.Title));

    private static readonly Regex ReleaseRow = new(@"^(LG\d{4})\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|\s*(.*)$", RegexOptions.Multiline);

    [Fact]
    public void Every_rule_is_in_the_release_tracking_files_once_with_its_category_and_severity()
    {
        var rows = new[] { "src/LambdaGen.Analyzers/AnalyzerReleases.Shipped.md", "src/LambdaGen.Analyzers/AnalyzerReleases.Unshipped.md" }
            .SelectMany(path => ReleaseRow.Matches(RepoFiles.Read(path)).Select(m => (Id: m.Groups[1].Value, Category: m.Groups[2].Value, Severity: m.Groups[3].Value, Notes: m.Groups[4].Value.Trim())))
            .ToList();
        Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct().Count());
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), rows.Select(r => r.Id).OrderBy(i => i, StringComparer.Ordinal));
        foreach (var rule in RuleCatalog.All)
        {
            var row = rows.Single(r => r.Id == rule.Id);
            Assert.Equal(rule.Category, row.Category);
            Assert.Equal(rule.Severity.ToString(), row.Severity);
            // A link relative to src/LambdaGen.Analyzers/: the address itself is written only in Directory.Build.props.
            Assert.Equal($"{rule.Title}, [Documentation](../../analyzers.md#{rule.Id.ToLowerInvariant()})", row.Notes);
        }
    }

    [Fact]
    public void Analyzers_md_has_a_table_row_and_an_anchored_section_per_rule_in_order()
    {
        var doc = RepoFiles.Read("analyzers.md").Replace("\r\n", "\n");
        int previous = -1;
        foreach (var rule in RuleCatalog.All)
        {
            var lower = rule.Id.ToLowerInvariant();
            Assert.Contains($"| [{rule.Id}](#{lower}) | {rule.Severity} | {rule.Title} |\n", doc);
            var section = $"<a id=\"{lower}\"></a>\n\n## {rule.Id}: {rule.Title}\n\n**Severity:** {rule.Severity} · **Category:** {rule.Category}\n";
            int at = doc.IndexOf(section, StringComparison.Ordinal);
            Assert.True(at > previous, $"analyzers.md has no section (or an out-of-order one) for {rule.Id}:\n{section}");
            previous = at;
            Assert.Single(Regex.Matches(doc, $"<a id=\"{lower}\"></a>"));
        }
        Assert.DoesNotMatch(@"<a id=""lg(?!0000)\d{4}""></a>\n\n## (?!LG\d{4}: )", doc);
    }
}
