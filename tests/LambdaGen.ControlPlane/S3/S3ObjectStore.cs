using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace LambdaGen.ControlPlane;

/// <summary>
/// One stored S3 object (a snapshot). <paramref name="ETag"/> is the quoted hex MD5, as S3 reports it for a
/// single-part upload; <paramref name="CodeSha256"/> is base64(SHA-256(content)), what Lambda reports as CodeSha256
/// for a function whose code came from this object.
/// </summary>
public sealed record S3ObjectState(string Bucket, string Key, byte[] Content, string ETag, string CodeSha256, DateTimeOffset LastModified);

/// <summary>
/// The buckets and objects behind the plane's S3 endpoint. Buckets are unversioned: a PUT replaces the object.
/// Lambda reads an object when CreateFunction/UpdateFunctionCode name it (the real service copies the code then,
/// so a later overwrite does not change a deployed function).
/// </summary>
internal sealed class S3ObjectStore
{
    // S3's general-purpose bucket naming rules (3–63 characters, lower-case letters, digits, '.', '-';
    // a letter or digit at both ends). The IP-address and reserved-prefix rules are not checked.
    private static readonly Regex BucketName = new("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant);

    private readonly object _sync = new();
    private readonly Dictionary<string, Dictionary<string, S3ObjectState>> _buckets = new(StringComparer.Ordinal);

    public static bool IsValidBucketName(string name) => BucketName.IsMatch(name) && !name.Contains("..", StringComparison.Ordinal);

    public void CreateBucket(string bucket)
    {
        lock (_sync)
        {
            _buckets.TryAdd(bucket, new Dictionary<string, S3ObjectState>(StringComparer.Ordinal));
        }
    }

    public bool HasBucket(string bucket)
    {
        lock (_sync)
        {
            return _buckets.ContainsKey(bucket);
        }
    }

    /// <summary>Stores (or replaces) an object; false when the bucket does not exist.</summary>
    public bool TryPut(string bucket, string key, byte[] content, out S3ObjectState stored)
    {
        stored = new S3ObjectState(bucket, key, content, $"\"{Convert.ToHexStringLower(MD5.HashData(content))}\"",
            Convert.ToBase64String(SHA256.HashData(content)), DateTimeOffset.UtcNow);
        lock (_sync)
        {
            if (!_buckets.TryGetValue(bucket, out var objects))
            {
                return false;
            }

            objects[key] = stored;
            return true;
        }
    }

    public S3ObjectState? Find(string bucket, string key)
    {
        lock (_sync)
        {
            return _buckets.TryGetValue(bucket, out var objects) && objects.TryGetValue(key, out var o) ? o : null;
        }
    }

    /// <summary>Every object, keyed "bucket/key".</summary>
    public Dictionary<string, S3ObjectState> Snapshot()
    {
        lock (_sync)
        {
            return _buckets.SelectMany(b => b.Value.Values)
                .ToDictionary(o => o.Bucket + "/" + o.Key, o => o with { Content = o.Content.ToArray() }, StringComparer.Ordinal);
        }
    }
}
