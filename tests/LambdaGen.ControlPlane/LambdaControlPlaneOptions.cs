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
}
