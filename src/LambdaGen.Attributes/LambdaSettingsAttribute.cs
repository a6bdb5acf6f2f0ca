using System;

namespace LambdaGen;

/// <summary>
/// The settings a handler's function can take on <see cref="LambdaFunctionAttribute"/> and, as project-wide defaults, on
/// <see cref="LambdaDefaultsAttribute"/>; declared once here. Property names follow the Lambda CreateFunction API (a nested
/// member by its leaf name); each is a row of LambdaGen's field table, which checks, writes and deploys it.
/// </summary>
public abstract class LambdaSettingsAttribute : Attribute
{
    /// <summary>Runtime identifier, for example <see cref="LambdaRuntime.Dotnet10"/>. Derived from the TargetFramework when unset.</summary>
    public string? Runtime { get; set; }
    /// <summary>Memory in MB (128–10240).</summary>
    public int MemorySize { get; set; }
    /// <summary>Timeout in seconds (1–900).</summary>
    public int Timeout { get; set; }
    /// <summary>Exactly one instruction set architecture, <see cref="LambdaArchitecture.X86_64"/> or <see cref="LambdaArchitecture.Arm64"/>.</summary>
    public string[]? Architectures { get; set; }
    /// <summary>Size of /tmp in MB (512–10240).</summary>
    public int EphemeralStorage { get; set; }
    /// <summary>Execution role ARN.</summary>
    public string? Role { get; set; }
    /// <summary>KMS key ARN used to encrypt environment variables.</summary>
    public string? KMSKeyArn { get; set; }
    /// <summary>Layer version ARNs (at most 5).</summary>
    public string[]? Layers { get; set; }
    /// <summary>X-Ray tracing mode, <see cref="LambdaTracingMode"/>.</summary>
    public string? TracingMode { get; set; }
    /// <summary>SQS queue or SNS topic ARN for failed asynchronous invocations.</summary>
    public string? DeadLetterTargetArn { get; set; }
    /// <summary>VPC subnet IDs (at most 16).</summary>
    public string[]? SubnetIds { get; set; }
    /// <summary>VPC security group IDs (at most 5).</summary>
    public string[]? SecurityGroupIds { get; set; }
    /// <summary>Allow outbound IPv6 traffic in a dual-stack VPC.</summary>
    public bool Ipv6AllowedForDualStack { get; set; }
    /// <summary>Deployment package type, <see cref="LambdaPackageType"/>.</summary>
    public string? PackageType { get; set; }
    /// <summary>Container image entry point override (Image functions only).</summary>
    public string[]? ImageEntryPoint { get; set; }
    /// <summary>Container image command override (Image functions only).</summary>
    public string[]? ImageCommand { get; set; }
    /// <summary>Container image working directory override (Image functions only).</summary>
    public string? ImageWorkingDirectory { get; set; }
    /// <summary>Code signing configuration ARN (.zip functions only).</summary>
    public string? CodeSigningConfigArn { get; set; }
    /// <summary>Publish a version after creating or updating the function.</summary>
    public bool Publish { get; set; }
    /// <summary>SnapStart setting, <see cref="LambdaSnapStart"/>.</summary>
    public string? SnapStart { get; set; }
    /// <summary>Log format, <see cref="LambdaLogFormat"/>.</summary>
    public string? LogFormat { get; set; }
    /// <summary>Application log level (needs the JSON log format), <see cref="LambdaLogLevel"/>.</summary>
    public string? ApplicationLogLevel { get; set; }
    /// <summary>System log level (needs the JSON log format): DEBUG, INFO or WARN.</summary>
    public string? SystemLogLevel { get; set; }
    /// <summary>CloudWatch log group name.</summary>
    public string? LogGroup { get; set; }
    /// <summary>Tenant isolation, <see cref="LambdaTenantIsolationMode"/>: one execution environment per tenant. Fixed at creation.</summary>
    public string? TenantIsolationMode { get; set; }
    /// <summary>Lambda Managed Instances: the capacity provider ARN the function runs on (arn:aws:lambda:…:capacity-provider:name).</summary>
    public string? CapacityProviderArn { get; set; }
    /// <summary>Lambda Managed Instances: concurrent requests per execution environment (1–1600). Needs <see cref="CapacityProviderArn"/>.</summary>
    public int PerExecutionEnvironmentMaxConcurrency { get; set; }
    /// <summary>Lambda Managed Instances: GiB of memory per vCPU (2, 4 or 8). Needs <see cref="CapacityProviderArn"/>.</summary>
    public double ExecutionEnvironmentMemoryGiBPerVCpu { get; set; }
    /// <summary>Durable functions: how long one durable execution may run, in seconds (1–31622400).</summary>
    public int DurableExecutionTimeout { get; set; }
    /// <summary>Durable functions: days a finished execution's history is kept (1–90).</summary>
    public int DurableRetentionPeriodInDays { get; set; }
    /// <summary>Durable functions: the KMS key ARN that encrypts the execution state.</summary>
    public string? DurableKMSKeyArn { get; set; }
    /// <summary>Reserved concurrency (Lambda's PutFunctionConcurrency): the most concurrent executions the function may use,
    /// and the share of the account's concurrency kept for it. 0 throttles every invocation.</summary>
    public int ReservedConcurrentExecutions { get; set; }
    /// <summary>Where the deploy publishes, <see cref="LambdaPublishTo"/> (functions on a capacity provider).</summary>
    public string? PublishTo { get; set; }
}
