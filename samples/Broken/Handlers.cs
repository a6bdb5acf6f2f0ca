using LambdaGen;

// Mistake: "aws:" tag keys are reserved for AWS.
[assembly: LambdaTag("aws:team", "checkout")]

namespace Broken;

public static class Handlers
{
    // Mistakes: MemorySize above 10240 MB; "x86-64" is not an architecture (x86_64 is);
    // "dotnet8.0" is not a runtime identifier (dotnet8 / dotnet10 are).
    [LambdaFunction(FunctionName = "broken-create", MemorySize = 20000, Architectures = new[] { "x86-64" }, Runtime = "dotnet8.0")]
    // Mistake: AWS_REGION is set by Lambda itself and cannot be overridden.
    [LambdaEnvironment("AWS_REGION", "eu-west-1")]
    public static Stream Create(Stream input) => input;

    // Mistake: Lambda cannot await an async void handler (the invocation ends before the work does).
    [LambdaFunction(FunctionName = "broken-notify")]
    public static async void Notify(Stream input)
    {
        await Task.Delay(10);
    }
}
