namespace LambdaGen.ControlPlane;

/// <summary>
/// Settings for one <see cref="LambdaControlPlane"/> instance. The server keeps this object and reads it
/// per request, so SettleDelay and the credentials may be changed while it runs; set Region and AccountId
/// before <see cref="LambdaControlPlane.StartAsync"/> (they are baked into ARNs of created functions).
/// </summary>
public sealed class LambdaControlPlaneOptions
{
    /// <summary>How long Pending→Active (after CreateFunction) and InProgress→Successful (after an update) take.</summary>
    public TimeSpan SettleDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Recompute every request's SigV4 signature with botocore and answer 403 on mismatch.</summary>
    public bool VerifySignatures { get; set; } = true;

    public string Region { get; set; } = "us-east-1";

    public string AccountId { get; set; } = "123456789012";

    /// <summary>The only access key the server accepts (dummy test credentials).</summary>
    public string AccessKeyId { get; set; } = "AKIDEXAMPLE";

    public string SecretAccessKey { get; set; } = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    /// <summary>
    /// What Code.S3Bucket naming a bucket the plane does not hold means. false (default): an outside bucket the
    /// plane cannot read, so CodeSha256 hashes the location and CodeSize is 0. true: the error the service gives
    /// for a missing bucket. Buckets the plane holds (<see cref="LambdaControlPlane.CreateBucket"/>) are always read.
    /// </summary>
    public bool RejectUnknownS3Buckets { get; set; }

    /// <summary>The account's concurrent executions limit (the default quota is 1,000 per Region).</summary>
    public int AccountConcurrencyLimit { get; set; } = 1000;

    /// <summary>How much concurrency must stay unreserved (the service keeps 100).</summary>
    public int MinimumUnreservedConcurrency { get; set; } = 100;

    /// <summary>How long a provisioned concurrency allocation stays IN_PROGRESS (when no poll count is set).</summary>
    public TimeSpan ProvisionedConcurrencyDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// When set, a provisioned concurrency allocation ends on the Nth GetProvisionedConcurrencyConfig /
    /// ListProvisionedConcurrencyConfigs read instead of after <see cref="ProvisionedConcurrencyDelay"/>
    /// (1 or less: the first read already shows READY or FAILED).
    /// </summary>
    public int? ProvisionedConcurrencyReadyAfterPolls { get; set; }

    /// <summary>
    /// Decides, when PutProvisionedConcurrencyConfig is called for (function name, qualifier), whether the allocation
    /// will end FAILED: return the StatusReason to fail with, or null for READY. Null (default): always READY.
    /// </summary>
    public Func<string, string, string?>? ProvisionedConcurrencyFailure { get; set; }

    /// <summary>How event source mappings settle (Creating/Updating/Enabling/Disabling/Deleting).</summary>
    public EventSourceMappingOptions EventSourceMappings { get; } = new();
}
