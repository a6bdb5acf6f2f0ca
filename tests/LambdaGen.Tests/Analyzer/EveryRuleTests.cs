using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;
using static LambdaGen.Tests.Analyzer.Src;

namespace LambdaGen.Tests.Analyzer;

public class EveryRuleTests
{
    public static TheoryData<RuleExample> Examples => RuleExamples.Data();

    [Fact]
    public void Every_rule_in_the_catalog_has_an_example()
    {
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), RuleExamples.All.Select(e => e.Id));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Fires_at_the_exact_span_with_the_exact_message(RuleExample example)
    {
        Assert.Contains(example.Messages, m => m.Id == example.Id);
        await AnalyzerRunner.VerifyAsync(example.FailingMarkup, new AnalyzerSetup
        {
            Properties = example.Properties, References = example.FailingReferences(), RunGenerator = example.RunGenerator, RequireCompiles = example.FailingCompiles,
        }, example.Messages);
    }

    /// <summary>STYLE.md §3.5: every invalid usage also goes through the generator, which must not throw (CS8785).</summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void The_generator_does_not_throw_on_the_failing_source(RuleExample example)
    {
        var driver = GeneratorRunner.CreateDriver([new LambdaGen.Analyzers.Generation.LambdaGenerator()], TestOptions.Create(example.Properties));
        var source = Markup.Parse(example.FailingMarkup).Source;
        var compilation = example.FailingCompiles
            ? TestCompilation.Create(source, example.FailingReferences())
            : TestCompilation.CreateUnchecked([(TestCompilation.DefaultPath, source)], example.FailingReferences());
        GeneratorRunner.Run(driver, compilation, requireCleanOutput: false);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Is_silent_at_the_valid_boundary(RuleExample example)
    {
        await AnalyzerRunner.VerifyAsync(example.PassingSource, new AnalyzerSetup
        {
            Properties = example.PassingProperties ?? example.Properties, References = example.PassingReferencesOrDefault(), RunGenerator = example.RunGenerator,
        });
    }
}
