namespace LambdaGen.Tests.Analyzer;

public class HarnessSmokeTests
{
    [Fact]
    public async Task MemorySize_below_range_is_reported_at_the_argument()
    {
        var source = """
            using LambdaGen;
            public class Functions
            {
                [LambdaFunction(Role = "arn:aws:iam::123456789012:role/app", MemorySize = {|LG0010:64|})]
                public System.IO.Stream Handle(System.IO.Stream input) => input;
            }
            """;
        await AnalyzerRunner.VerifyAsync(source);
    }
}
