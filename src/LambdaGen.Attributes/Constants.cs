namespace LambdaGen;

/// <summary>Lambda runtime identifiers for .NET handlers. Any string is accepted; LambdaGen validates it.</summary>
public static class LambdaRuntime
{
    /// <summary>.NET 8 (deprecated on 2026-11-10; creation blocked from 2027-02-01).</summary>
    public const string Dotnet8 = "dotnet8";
    /// <summary>.NET 10.</summary>
    public const string Dotnet10 = "dotnet10";
    /// <summary>OS-only runtime on Amazon Linux 2023, for Native AOT.</summary>
    public const string ProvidedAl2023 = "provided.al2023";
    /// <summary>OS-only runtime on Amazon Linux 2 (deprecated).</summary>
    public const string ProvidedAl2 = "provided.al2";
}

/// <summary>Instruction set architectures.</summary>
public static class LambdaArchitecture
{
    /// <summary>64-bit x86.</summary>
    public const string X86_64 = "x86_64";
    /// <summary>64-bit ARM (Graviton).</summary>
    public const string Arm64 = "arm64";
}

/// <summary>X-Ray tracing modes.</summary>
public static class LambdaTracingMode
{
    /// <summary>Sample and trace incoming requests.</summary>
    public const string Active = "Active";
    /// <summary>Trace only when the caller has sampled the request (Lambda's default).</summary>
    public const string PassThrough = "PassThrough";
}

/// <summary>Deployment package types.</summary>
public static class LambdaPackageType
{
    /// <summary>A .zip file archive (Lambda's default).</summary>
    public const string Zip = "Zip";
    /// <summary>A container image.</summary>
    public const string Image = "Image";
}

/// <summary>Log formats.</summary>
public static class LambdaLogFormat
{
    /// <summary>Structured JSON logs; needed for log levels.</summary>
    public const string Json = "JSON";
    /// <summary>Plain text logs (Lambda's default).</summary>
    public const string Text = "Text";
}

/// <summary>Log levels. SystemLogLevel accepts only DEBUG, INFO and WARN.</summary>
public static class LambdaLogLevel
{
    /// <summary>TRACE (application logs only).</summary>
    public const string Trace = "TRACE";
    /// <summary>DEBUG.</summary>
    public const string Debug = "DEBUG";
    /// <summary>INFO.</summary>
    public const string Info = "INFO";
    /// <summary>WARN.</summary>
    public const string Warn = "WARN";
    /// <summary>ERROR (application logs only).</summary>
    public const string Error = "ERROR";
    /// <summary>FATAL (application logs only).</summary>
    public const string Fatal = "FATAL";
}

/// <summary>SnapStart settings.</summary>
public static class LambdaSnapStart
{
    /// <summary>Take a snapshot when a version is published.</summary>
    public const string PublishedVersions = "PublishedVersions";
    /// <summary>No SnapStart (Lambda's default).</summary>
    public const string None = "None";
}

/// <summary>Tenant isolation modes.</summary>
public static class LambdaTenantIsolationMode
{
    /// <summary>Each tenant gets its own execution environments.</summary>
    public const string PerTenant = "PER_TENANT";
}

/// <summary>Where a version is published.</summary>
public static class LambdaPublishTo
{
    /// <summary>The $LATEST.PUBLISHED version (functions on a capacity provider).</summary>
    public const string LatestPublished = "LATEST_PUBLISHED";
}

/// <summary>Function URL auth types.</summary>
public static class LambdaFunctionUrlAuthType
{
    /// <summary>Callers sign requests with IAM credentials (SigV4).</summary>
    public const string AwsIam = "AWS_IAM";
    /// <summary>A public URL: anyone can invoke it.</summary>
    public const string None = "NONE";
}

/// <summary>Function URL invoke modes.</summary>
public static class LambdaInvokeMode
{
    /// <summary>The response is returned when the invocation completes (Lambda's default; up to 6 MB).</summary>
    public const string Buffered = "BUFFERED";
    /// <summary>The response is streamed as it is produced (up to 20 MB).</summary>
    public const string ResponseStream = "RESPONSE_STREAM";
}
