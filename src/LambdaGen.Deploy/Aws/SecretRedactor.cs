using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace LambdaGen.Deploy.Aws;

/// <summary>
/// Masks credentials in text the deploy is about to log. AWS error messages can quote what was signed: a
/// SigV4 mismatch answer carries the canonical request with every signed header and its value, so a session
/// token would otherwise reach the build log (and CI logs are often public).
/// </summary>
internal sealed class SecretRedactor
{
    public const string Mask = "[redacted]";

    /// <summary>Shorter values are not masked: they cannot be real keys and would mask common text.</summary>
    private const int MinimumSecretLength = 8;

    /// <summary>A security token as a header (<c>name:value</c>) or a query parameter (<c>name=value</c>).</summary>
    private static readonly Regex TokenField = new(
        @"(?<name>x-amz-security-token\s*[:=]\s*)[^\s&'"",;]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private readonly ConcurrentDictionary<string, bool> _secrets = new(StringComparer.Ordinal);

    /// <summary>Adds a value that must never be logged (a secret access key, a session token).</summary>
    public void Remember(string? secret)
    {
        if (secret is { Length: >= MinimumSecretLength })
        {
            _secrets.TryAdd(secret, true);
        }
    }

    public string Redact(string text)
    {
        foreach (string secret in _secrets.Keys)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }
        return TokenField.Replace(text, m => m.Groups["name"].Value + Mask);
    }
}
