using LambdaGen.Deploy.Aws;

namespace LambdaGen.Deploy.Lambda;

/// <summary>S3 PutObject as a plain SigV4-signed PUT, for packages over Lambda's direct-upload limit.</summary>
internal sealed class S3Uploader
{
    private readonly AwsTransport _transport;
    private readonly string _region;
    private readonly Uri? _pathStyleEndpoint;

    public S3Uploader(AwsTransport transport, string region, Uri? pathStyleEndpoint)
    {
        _transport = transport;
        _region = region;
        _pathStyleEndpoint = pathStyleEndpoint;
    }

    /// <summary>A content-addressed key: one upload serves every function that shares the package.</summary>
    public static string ObjectKey(string sha256Hex) => $"lambdagen/{sha256Hex}.zip";

    public async Task PutObjectAsync(string bucket, string key, byte[] content, CancellationToken cancellationToken)
    {
        // Keys are made by ObjectKey (letters, digits, '-', '_', '.', '/'): nothing to escape.
        string encodedKey = key;
        Uri endpoint;
        string path;
        if (_pathStyleEndpoint is not null || bucket.Contains('.'))
        {
            endpoint = _pathStyleEndpoint ?? new Uri($"https://s3.{_region}.amazonaws.com");
            path = "/" + bucket + "/" + encodedKey;
        }
        else
        {
            endpoint = new Uri($"https://{bucket}.s3.{_region}.amazonaws.com");
            path = "/" + encodedKey;
        }
        var request = RequestSigner.NewRequest("S3", "PUT", endpoint, path);
        request.Content = content;
        await _transport.SendAsync("PutObject", request, "s3", doubleEncodePath: false, "application/zip", cancellationToken).ConfigureAwait(false);
    }
}
