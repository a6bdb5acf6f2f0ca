using System.Text.RegularExpressions;
using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Tests.Metadata;

/// <summary>
/// Keeps analyzers.md true: every C# example marked <c>&lt;!-- fails LG0010 --&gt;</c> must report exactly those
/// rules, and every one marked <c>&lt;!-- passes --&gt;</c> no LambdaGen diagnostic. A marker may add MSBuild
/// properties: <c>&lt;!-- fails LG0009 msbuild: TargetFramework=net9.0 --&gt;</c>, and an AWSSDK.Lambda reference:
/// <c>awssdk: before-2026-07-07</c> (a release without DurableConfig.KMSKeyArn) or <c>awssdk: current</c> (one with it), see
/// <see cref="OlderAwsSdk"/>; and <c>as-is</c>: the snippet is the whole file, not wrapped (for declarations the usings or the
/// stubs would clash with). The generator runs first, as in a build: some rules are about what its output meets.
/// </summary>
public class AnalyzersDocTests
{
    public sealed record DocExample(string Section, int Number, bool Fails, string[] Ids, (string Key, string? Value)[] Properties, string Code, string? AwsSdk = null, bool AsIs = false)
    {
        /// <summary>The references the marker's <c>awssdk:</c> asks for.</summary>
        public MetadataReference[] References() => AwsSdk switch
        {
            null => [],
            "before-2026-07-07" => [OlderAwsSdk.WithoutDurableKmsKeyArn],
            "current" => [OlderAwsSdk.WithDurableKmsKeyArn],
            _ => throw new InvalidOperationException($"{this}: unknown awssdk: {AwsSdk}"),
        };

        public override string ToString() => $"{Section} #{Number} ({(Fails ? "fails " + string.Join(" ", Ids) : "passes")})";
    }

    private static readonly Regex Example = new(
        @"<!-- (?:fails (?<ids>LG\d{4}(?: LG\d{4})*)|(?<passes>passes))(?: msbuild: (?<msbuild>\S+))?(?: awssdk: (?<awssdk>\S+))?(?<asis> as-is)? -->\n```csharp\n(?<code>.*?)```",
        RegexOptions.Singleline);

    private static readonly Regex Section = new(@"^## (LG\d{4}):", RegexOptions.Multiline);

    public static IReadOnlyList<DocExample> All { get; } = Parse(RepoFiles.Read("analyzers.md").Replace("\r\n", "\n"));

    private static List<DocExample> Parse(string doc)
    {
        var sections = Section.Matches(doc).Select(m => (m.Index, Id: m.Groups[1].Value)).ToList();
        var examples = new List<DocExample>();
        foreach (Match m in Example.Matches(doc))
        {
            var section = sections.LastOrDefault(s => s.Index < m.Index).Id ?? "intro";
            var properties = m.Groups["msbuild"].Success
                ? m.Groups["msbuild"].Value.Split(';').Select(p => p.Split('=', 2)).Select(p => (p[0], (string?)p[1])).ToArray()
                : Array.Empty<(string, string?)>();
            examples.Add(new DocExample(section, examples.Count(e => e.Section == section) + 1, !m.Groups["passes"].Success,
                m.Groups["ids"].Success ? m.Groups["ids"].Value.Split(' ') : Array.Empty<string>(), properties, m.Groups["code"].Value,
                m.Groups["awssdk"].Success ? m.Groups["awssdk"].Value : null, m.Groups["asis"].Success));
        }
        return examples;
    }

    public static TheoryData<DocExample> Examples()
    {
        var data = new TheoryData<DocExample>();
        foreach (var example in All)
        {
            data.Add(example);
        }

        return data;
    }

    /// <summary>Usings, the snippet's assembly attributes (plus a default role unless it declares LambdaDefaults), the
    /// snippet inside <c>public class Functions</c> unless it declares a type, and the Amazon.Lambda stubs.</summary>
    public static string Wrap(string code)
    {
        var lines = code.Replace("\r\n", "\n").Split('\n');
        var assembly = lines.Where(l => l.TrimStart().StartsWith("[assembly:", StringComparison.Ordinal)).ToList();
        var body = string.Join("\n", lines.Where(l => !l.TrimStart().StartsWith("[assembly:", StringComparison.Ordinal)));
        if (!code.Contains("[assembly: LambdaDefaults", StringComparison.Ordinal))
        {
            assembly.Insert(0, TestSources.DefaultsWithRole);
        }

        bool declaresType = Regex.IsMatch(body, @"^\s*(public |internal )?(static |abstract |sealed |partial )*(class|struct|record) ", RegexOptions.Multiline);
        return $$"""
            using System;
            using System.IO;
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using LambdaGen;
            {{string.Join("\n", assembly)}}

            {{(declaresType ? body : "public class Functions\n{\n" + body + "\n}")}}

            {{TestSources.LambdaCoreStubs}}
            namespace Amazon.Lambda.Serialization.SystemTextJson { public class DefaultLambdaJsonSerializer { } }
            """;
    }

    [Fact]
    public void Every_rule_section_has_one_failing_example_for_its_rule_and_one_passing_example()
    {
        foreach (var rule in RuleCatalog.All)
        {
            var examples = All.Where(e => e.Section == rule.Id).ToList();
            Assert.True(examples.Count(e => e.Fails && e.Ids.Contains(rule.Id)) == 1, $"{rule.Id}: expected one failing example marked with {rule.Id}");
            Assert.True(examples.Count(e => !e.Fails) == 1, $"{rule.Id}: expected one passing example");
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_reports_what_its_marker_says(DocExample example)
    {
        var source = example.AsIs ? example.Code : Wrap(example.Code);
        var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(source, new AnalyzerSetup { Properties = example.Properties, References = example.References(), RunGenerator = true });
        var reported = diagnostics.Where(d => TestCompilation.IsLambdaGen(d.Id)).Select(d => d.Id).Distinct().OrderBy(i => i, StringComparer.Ordinal).ToArray();
        Assert.True(example.Ids.OrderBy(i => i, StringComparer.Ordinal).SequenceEqual(reported),
            $"{example}: expected [{string.Join(", ", example.Ids)}], got [{string.Join(", ", reported)}]\n{Markup.Annotate(source, diagnostics)}");
    }
}
