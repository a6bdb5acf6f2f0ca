using LambdaGen;

namespace TypedCall;

public static class Greeter
{
    [LambdaFunction(
        FunctionName = "typed-greeter",
        Description = "Greets whoever calls",
        MemorySize = 256,
        Timeout = 10,
        Architectures = new[] { LambdaArchitecture.Arm64 },
        TracingMode = LambdaTracingMode.Active,
        LogFormat = LambdaLogFormat.Json,
        ApplicationLogLevel = LambdaLogLevel.Info)]
    [LambdaEnvironment("GREETING", "Hello")]
    [LambdaTag("sample", "typed-call")]
    public static Stream Greet(Stream input)
    {
        using var reader = new StreamReader(input);
        return new MemoryStream(System.Text.Encoding.UTF8.GetBytes("Hello, " + reader.ReadToEnd()));
    }
}
