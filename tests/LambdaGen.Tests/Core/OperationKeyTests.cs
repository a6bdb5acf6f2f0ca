using LambdaGen.Core.Manifest;

namespace LambdaGen.Tests.Core;

/// <summary>The operation key the generator writes and the build task reads: every form round-trips, a function name with
/// '|' keeps its bars (even a leading or doubled one), and a key with a missing or empty part is refused.</summary>
public class OperationKeyTests
{
    [Theory]
    [InlineData("orders", "CreateFunctionUrlConfig", null)]
    [InlineData("orders", "CreateAlias", "live")]
    [InlineData("orders", "CreateEventSourceMapping", "sqs-orders")]
    [InlineData("a|b", "PutFunctionConcurrency", null)]
    [InlineData("a|b", "CreateAlias", "live")]
    [InlineData("orders", "NotAnOperation", null)]
    [InlineData("|orders", "CreateFunctionUrlConfig", null)]
    [InlineData("a||b|", "CreateAlias", "live")]
    public void What_the_generator_writes_reads_back(string function, string operation, string? instance)
    {
        Assert.True(OperationKey.TryParse(function + OperationKey.Suffix(operation, instance), out var key));

        Assert.Equal((function, operation, instance), (key.FunctionName, key.Operation, key.Instance));
    }

    [Fact]
    public void An_unknown_last_part_after_two_bars_is_read_as_an_alias_of_the_middle_operation()
    {
        Assert.True(OperationKey.TryParse("orders|CreateAlias|blue", out var key));

        Assert.Equal(("orders", "CreateAlias", "blue"), (key.FunctionName, key.Operation, key.Instance));
    }

    [Theory]
    [InlineData("orders")]
    [InlineData("")]
    [InlineData("|CreateAlias")]
    [InlineData("orders|")]
    [InlineData("orders||live")]
    [InlineData("orders|CreateAlias|")]
    public void A_key_with_a_missing_or_empty_part_is_refused(string withoutPrefix)
    {
        Assert.False(OperationKey.TryParse(withoutPrefix, out _));
    }
}
