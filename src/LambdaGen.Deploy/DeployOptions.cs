using Amazon.Runtime;
using RetryPolicy = LambdaGen.Deploy.Retry.RetryPolicy;

namespace LambdaGen.Deploy;

/// <summary>Everything one deploy run needs; the command line maps onto it one to one.</summary>
public sealed record DeployOptions
{
    public const long DefaultDirectUploadLimit = 52_428_800;   // 50 MB zipped, CreateFunction/UpdateFunctionCode ZipFile
    public const long DefaultUnzippedLimit = 262_144_000;      // 250 MB unzipped, including layers

    /// <summary>The folder with functions.json and one manifest per function (the build's <c>$(OutDir)lambda</c>).</summary>
    public string ManifestsDir { get; init; } = "";

    /// <summary>The publish folder to package.</summary>
    public string PublishDir { get; init; } = "";

    public string? Region { get; init; }
    public string? Profile { get; init; }

    /// <summary>Overrides the Lambda endpoint (a local test server); signs for us-east-1 unless <see cref="Region"/> is set.</summary>
    public string? Endpoint { get; init; }

    /// <summary>Print the plan; make read calls only.</summary>
    public bool DryRun { get; init; }

    /// <summary>How many functions deploy at once.</summary>
    public int Parallelism { get; init; } = 4;

    /// <summary>Bucket for packages over the direct-upload limit.</summary>
    public string? S3Bucket { get; init; }

    /// <summary>Code.ImageUri for PackageType Image functions.</summary>
    public string? ImageUri { get; init; }

    /// <summary>Remove deployed tags the manifest does not declare.</summary>
    public bool PruneTags { get; init; }

    /// <summary>The publish RuntimeIdentifier, checked against each custom-runtime function's architecture.</summary>
    public string? RuntimeIdentifier { get; init; }

    /// <summary>How the code reaches AWS: direct Lambda API calls (default) or a CloudFormation change set.</summary>
    public DeployEngineKind Engine { get; init; } = DeployEngineKind.Direct;

    /// <summary>The stack the CloudFormation engine creates or updates (required for it).</summary>
    public string? StackName { get; init; }

    /// <summary>Overrides the CloudFormation endpoint (a local test server).</summary>
    public string? CloudFormationEndpoint { get; init; }

    /// <summary>A path-style S3 endpoint (a local test server); default is the regional S3 endpoint.</summary>
    public string? S3Endpoint { get; init; }

    /// <summary>Time between DescribeChangeSet / DescribeStackEvents polls (CloudFormation engine).</summary>
    public TimeSpan StackPollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Polls before a change set or stack operation that is still in progress counts as failed (1 h at 2 s).</summary>
    public int StackMaxPolls { get; init; } = 1800;

    // ---- seams (tests and embedding); the command line does not set these ----

    /// <summary>Credentials to use instead of the SDK's default chain.</summary>
    public AWSCredentials? Credentials { get; init; }

    /// <summary>The HTTP handler under the client (tests); default is a pooled SocketsHttpHandler.</summary>
    public HttpMessageHandler? HttpHandler { get; init; }

    /// <summary>Per request; generous because a 50 MB package travels as ~67 MB of base64 JSON.</summary>
    public TimeSpan HttpTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Time between GetFunctionConfiguration polls while waiting for a function to settle.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Polls before giving up (botocore's waiters use 300 × 1 s).</summary>
    public int MaxPolls { get; init; } = 300;

    /// <summary>GetProvisionedConcurrencyConfig polls (<see cref="PollInterval"/> apart) before a provisioned concurrency
    /// allocation that is still IN_PROGRESS counts as failed; AWS documents no allocation time, so the default is generous (15 min at 1 s).</summary>
    public int ProvisionedConcurrencyMaxPolls { get; init; } = 900;

    public long DirectUploadLimit { get; init; } = DefaultDirectUploadLimit;
    public long UnzippedLimit { get; init; } = DefaultUnzippedLimit;

    /// <summary>Waits (retries and polls) go through this; default <see cref="Task.Delay(TimeSpan, CancellationToken)"/>.</summary>
    public Func<TimeSpan, CancellationToken, Task>? Delay { get; init; }

    internal RetryPolicy? RetryPolicy { get; init; }
}

/// <summary>The two deploy engines; both read the same manifests.</summary>
public enum DeployEngineKind
{
    /// <summary>Lambda API calls, function by function (the default).</summary>
    Direct,

    /// <summary>A CloudFormation change set of lambda/template.json on one stack.</summary>
    CloudFormation,
}
