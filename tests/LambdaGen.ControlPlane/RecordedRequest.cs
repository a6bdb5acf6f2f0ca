namespace LambdaGen.ControlPlane;

/// <summary>
/// One request as the server saw it. <paramref name="Path"/> is the raw (still percent-encoded) path,
/// <paramref name="Query"/> the raw query without '?'. <paramref name="StatusCode"/> is 0 when the
/// connection was dropped by fault injection and -1 while the request is still being handled. Header names are case-insensitive.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    string Operation,
    int StatusCode);
