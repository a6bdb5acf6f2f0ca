using LambdaGen;

// Project-wide defaults: a value on a handler wins over these, which win over the MSBuild properties
// (LambdaRole, LambdaMemorySize, LambdaFunctionNamePrefix in Orders.csproj).
[assembly: LambdaDefaults(
    Runtime = LambdaRuntime.Dotnet10,
    Timeout = 30,
    Architectures = new[] { LambdaArchitecture.Arm64 },
    TracingMode = LambdaTracingMode.Active,
    LogFormat = LambdaLogFormat.Json,
    ApplicationLogLevel = LambdaLogLevel.Info,
    SystemLogLevel = LambdaLogLevel.Warn)]

// Every handler gets these; a handler can override a key.
[assembly: LambdaEnvironment("SERVICE_NAME", "orders")]
[assembly: LambdaEnvironment("ORDERS_TABLE", "orders-prod")]
[assembly: LambdaTag("team", "checkout")]
[assembly: LambdaTag("cost-center", "cc-1042")]
