using LambdaGen.Tests.Analyzer;
using Microsoft.CodeAnalysis.Testing;

namespace LambdaGen.Analyzers.Testing.Tests;

/// <summary>
/// Every rule example (tests/LambdaGen.Tests/Analyzer/RuleExamples.cs: a failing source with each diagnostic's span marked
/// and its exact message, and a passing source at the valid boundary) verified by Microsoft.CodeAnalysis.Testing: the
/// exact spans, IDs, severities and messages and nothing else, including compiler errors.
/// </summary>
public class RuleExampleTests
{
    public static TheoryData<RuleExample> Examples()
    {
        var data = new TheoryData<RuleExample>();
        foreach (var example in RuleExamples.All.Where(e => !NeedsGenerator(e)))
        {
            data.Add(example);
        }

        return data;
    }

    /// <summary>The rules about the generator's own output (LG0110–LG0112) need the generator to run before the analyzer,
    /// as a build does; the Testing package's analyzer test runs no generator, so those examples stay on the hand-written
    /// harness (AnalyzerSetup.RunGenerator).</summary>
    private static bool NeedsGenerator(RuleExample example) => example.RunGenerator;

    [Fact]
    public void Only_the_rules_about_generated_code_stay_on_the_hand_written_harness() =>
        Assert.Equal(new[] { "LG0110", "LG0111", "LG0112", "LG0115" }, RuleExamples.All.Where(NeedsGenerator).Select(e => e.Id));

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task The_failing_source_reports_exactly_the_marked_diagnostics(RuleExample example)
    {
        var (code, expected) = LambdaGenProject.Expect(example.FailingMarkup, example.Messages);
        var test = new AnalyzerTest(example.Properties, example.FailingReferences()) { TestCode = code };
        if (!example.FailingCompiles)
        {
            test.CompilerDiagnostics = CompilerDiagnostics.None;
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task The_passing_source_reports_nothing(RuleExample example)
    {
        await new AnalyzerTest(example.PassingProperties ?? example.Properties, example.PassingReferencesOrDefault()) { TestCode = example.PassingSource }.RunAsync();
    }
}
