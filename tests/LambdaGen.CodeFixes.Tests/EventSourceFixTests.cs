using LambdaGen.CodeFixes.Tests.Harness;
using static LambdaGen.CodeFixes.Tests.Sources;

namespace LambdaGen.CodeFixes.Tests;

/// <summary>Issue 15: the fixes of [LambdaEventSource] — the batch size clamped to the source's maximum (LG0117) and the
/// model's ranges (LG0118) by the range fix, the API spelling of StartingPosition (LG0119), a setting the source refuses
/// removed (LG0121), the batching window an SQS batch above 10 needs (LG0123), and the 60-second minimum record age (LG0129).</summary>
public class EventSourceFixTests
{
    private const string Queue = "arn:aws:sqs:us-east-1:123456789012:orders";
    private const string Fifo = "arn:aws:sqs:us-east-1:123456789012:orders.fifo";
    private const string Stream = "arn:aws:kinesis:us-east-1:123456789012:stream/clicks";
    private static readonly ResourceRangeCodeFixProvider Range = new();
    private static readonly EnumerationCodeFixProvider Enumeration = new();
    private static readonly EventSourceCodeFixProvider EventSource = new();

    private static string Source(string arguments) => File(Handler($"[LambdaEventSource({arguments})] [LambdaFunction]"));

    [Theory]
    [InlineData($"\"{Fifo}\", BatchSize = [|11|]", $"\"{Fifo}\", BatchSize = 10", "LG0117", "BatchSize to 10")]
    [InlineData($"\"{Queue}\", BatchSize = [|0|]", $"\"{Queue}\", BatchSize = 1", "LG0117", "BatchSize to 1")]
    [InlineData($"\"{Stream}\", StartingPosition = \"LATEST\", ParallelizationFactor = [|11|]", $"\"{Stream}\", StartingPosition = \"LATEST\", ParallelizationFactor = 10", "LG0118", "ParallelizationFactor to 10")]
    public async Task Batch_sizes_and_ranges_become_the_nearest_bound(string arguments, string fixedArguments, string id, string title)
    {
        var actions = await CodeFixHarness.VerifyFixAsync(Range, Source(arguments), Source(fixedArguments), id);
        Assert.Equal("Set " + title, Assert.Single(actions).Title);
    }

    [Fact]
    public async Task A_starting_position_slip_becomes_the_API_spelling() =>
        await CodeFixHarness.VerifyFixAsync(Enumeration, Source($"\"{Stream}\", StartingPosition = [|\"latest\"|]"), Source($"\"{Stream}\", StartingPosition = \"LATEST\""), "LG0119");

    [Fact]
    public async Task A_setting_the_source_refuses_is_removed()
    {
        var actions = await CodeFixHarness.VerifyFixAsync(EventSource,
            Source($"\"{Queue}\", BatchSize = 5, ParallelizationFactor = [|2|]"), Source($"\"{Queue}\", BatchSize = 5"), "LG0121");
        Assert.Equal("Remove ParallelizationFactor", Assert.Single(actions).Title);
    }

    [Theory]
    [InlineData($"\"{Queue}\", BatchSize = [|100|]", $"\"{Queue}\", BatchSize = 100, MaximumBatchingWindowInSeconds = 1")]
    [InlineData($"\"{Queue}\", MaximumBatchingWindowInSeconds = 0, BatchSize = [|100|]", $"\"{Queue}\", MaximumBatchingWindowInSeconds = 1, BatchSize = 100")]
    public async Task An_SQS_batch_above_10_gets_a_one_second_window(string arguments, string fixedArguments)
    {
        var actions = await CodeFixHarness.VerifyFixAsync(EventSource, Source(arguments), Source(fixedArguments), "LG0123");
        Assert.Equal("Set MaximumBatchingWindowInSeconds to 1", Assert.Single(actions).Title);
    }

    [Fact]
    public async Task A_record_age_under_a_minute_becomes_60() =>
        await CodeFixHarness.VerifyFixAsync(EventSource,
            Source($"\"{Stream}\", StartingPosition = \"LATEST\", MaximumRecordAgeInSeconds = [|59|]"),
            Source($"\"{Stream}\", StartingPosition = \"LATEST\", MaximumRecordAgeInSeconds = 60"), "LG0129");

    [Fact]
    public async Task Fix_all_removes_every_refused_setting_of_one_attribute()
    {
        var source = Source($"\"{Queue}\", ParallelizationFactor = 2, TumblingWindowInSeconds = 60, BatchSize = 5");
        var fixedProject = await CodeFixHarness.VerifyFixAllAsync(EventSource, source, Source($"\"{Queue}\", BatchSize = 5"), ["LG0121"], "LambdaGen.RemoveSetting");
        Assert.DoesNotContain(await fixedProject.GetDiagnosticsAsync(), d => d.Id == "LG0121");
    }
}
