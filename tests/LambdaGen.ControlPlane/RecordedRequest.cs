namespace LambdaGen.ControlPlane;

/// <summary>
/// One request as the server saw it. <paramref name="Path"/> is the raw (still percent-encoded) path,
/// <paramref name="Query"/> the raw query without '?'. <paramref name="StatusCode"/> is 0 when the
/// connection was dropped by fault injection and -1 while the request is still being handled. Header names are case-insensitive.
/// S3 requests (<see cref="Service"/> "s3", operation PutObject) keep "(N bytes)" as their body; the bytes are in S3Objects.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    string Operation,
    int StatusCode)
{
    /// <summary>"lambda", or "s3" for a request to <see cref="LambdaControlPlane.S3Endpoint"/>.</summary>
    public string Service { get; init; } = "lambda";
}
