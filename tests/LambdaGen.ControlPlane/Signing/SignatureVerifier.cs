using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LambdaGen.ControlPlane;

/// <summary>
/// Checks AWS Signature Version 4 on every request. The header-level checks (credential scope, access key,
/// clock skew, signed-header list) are done here; the signature itself is recomputed by botocore's
/// SigV4Auth in one long-lived Python process (sigv4/verify.py), so our C# signer is never checked by
/// our own C# understanding of SigV4. Requests are serialised through that process under a lock.
/// </summary>
internal sealed class SignatureVerifier : IAsyncDisposable
{
    private const string Algorithm = "AWS4-HMAC-SHA256";
    private static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(15);

    private readonly LambdaControlPlaneOptions _options;
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly SemaphoreSlim _lock = new(1, 1);

    private SignatureVerifier(LambdaControlPlaneOptions options, Process process)
    {
        _options = options;
        _process = process;
    }

    /// <summary>Which botocore the sidecar runs (from its ready line).</summary>
    public string BotocoreVersion { get; private set; } = "";

    public static async Task<SignatureVerifier> StartAsync(LambdaControlPlaneOptions options)
    {
        var python = Environment.GetEnvironmentVariable("LAMBDAGEN_SIGV4_PYTHON") is { Length: > 0 } p ? p : "python3";
        var psi = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        psi.ArgumentList.Add("-u");
        psi.ArgumentList.Add(ScriptPath());
        psi.Environment["PYTHONIOENCODING"] = "utf-8";

        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new InvalidOperationException("Process.Start returned null.");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"The SigV4 verifier needs '{python}' with botocore (set LAMBDAGEN_SIGV4_PYTHON to choose another interpreter, or VerifySignatures = false).", e);
        }

        var verifier = new SignatureVerifier(options, process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (verifier._stderr)
                {
                    verifier._stderr.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string? ready;
        try
        {
            ready = await process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            ready = null;
        }

        if (ready is null || JsonNode.Parse(ready) is not JsonObject r || r["ready"]?.GetValue<bool>() != true)
        {
            await verifier.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException(
                $"The SigV4 verifier ({python} + botocore) did not start. stderr:\n{verifier.StdErr()}");
        }

        verifier.BotocoreVersion = r["botocore"]?.GetValue<string>() ?? "";
        return verifier;
    }

    /// <summary>Throws a 403 <see cref="AwsServiceException"/> unless the request is correctly signed.</summary>
    public async Task VerifyAsync(string method, string rawPath, string rawQuery, IHeaderDictionary headers, byte[] body)
    {
        var authorization = headers.Authorization.ToString();
        if (authorization.Length == 0)
        {
            throw AwsServiceException.InvalidSignature(
                "Missing Authentication Token: the request has no Authorization header (AWS Signature Version 4 is required).");
        }

        var auth = ParseAuthorization(authorization);

        var scope = auth.Credential.Split('/');
        if (scope.Length != 5)
        {
            throw Incomplete($"Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '{auth.Credential}'");
        }

        var (accessKey, scopeDate, scopeRegion, scopeService, terminator) = (scope[0], scope[1], scope[2], scope[3], scope[4]);
        if (!string.Equals(accessKey, _options.AccessKeyId, StringComparison.Ordinal))
        {
            throw new AwsServiceException(403, "UnrecognizedClientException", "The security token included in the request is invalid.");
        }

        var amzDate = headers["X-Amz-Date"].ToString();
        if (amzDate.Length == 0)
        {
            throw Incomplete("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }

        if (!DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var signedAt))
        {
            throw Incomplete($"X-Amz-Date must be in the ISO8601 basic format yyyyMMdd'T'HHmmss'Z', got '{amzDate}'.");
        }

        if (scopeDate != amzDate[..8])
        {
            throw AwsServiceException.InvalidSignature(
                $"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{scopeDate}' != '{amzDate[..8]}', from '{amzDate}'.");
        }

        if (scopeRegion != _options.Region)
        {
            throw AwsServiceException.InvalidSignature($"Credential should be scoped to a valid region, not '{scopeRegion}'. ");
        }

        if (scopeService != "lambda")
        {
            throw AwsServiceException.InvalidSignature("Credential should be scoped to correct service: 'lambda'. ");
        }

        if (terminator != "aws4_request")
        {
            throw AwsServiceException.InvalidSignature($"Credential should be scoped with a valid terminator: 'aws4_request', not '{terminator}'. ");
        }

        var signedHeaderNames = auth.SignedHeaders.Split(';');
        if (!signedHeaderNames.Contains("host", StringComparer.Ordinal))
        {
            throw Incomplete("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }

        var now = DateTimeOffset.UtcNow;
        if (signedAt < now - MaxSkew)
        {
            throw AwsServiceException.InvalidSignature(
                $"Signature expired: {amzDate} is now earlier than {Basic(now - MaxSkew)} ({Basic(now)} - 15 min.)");
        }

        if (signedAt > now + MaxSkew)
        {
            throw AwsServiceException.InvalidSignature(
                $"Signature not yet current: {amzDate} is still later than {Basic(now + MaxSkew)} ({Basic(now)} + 15 min.)");
        }

        var signedHeaders = new JsonArray();
        foreach (var name in signedHeaderNames)
        {
            foreach (var value in headers[name])
            {
                signedHeaders.Add(new JsonArray(name, value));
            }
        }

        var request = new JsonObject
        {
            ["method"] = method,
            ["url"] = "http://" + headers.Host.ToString() + rawPath,
            ["query"] = rawQuery,
            ["headers"] = signedHeaders,
            ["body_b64"] = Convert.ToBase64String(body),
            ["amz_date"] = amzDate,
            ["region"] = _options.Region,
            ["service"] = "lambda",
            ["access_key"] = _options.AccessKeyId,
            ["secret_key"] = _options.SecretAccessKey,
        };

        var reply = await RoundTripAsync(request.ToJsonString()).ConfigureAwait(false);
        if (reply["error"] is { } error)
        {
            throw new AwsServiceException(500, "ServiceException", "SigV4 verifier failed: " + error.GetValue<string>());
        }

        var expected = reply["signature"]!.GetValue<string>();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(auth.Signature)))
        {
            // Same shape as the service's message, which tells the caller what it should have signed.
            throw AwsServiceException.InvalidSignature(
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\n" +
                $"The Canonical String for this request should have been\n'{reply["canonical_request"]!.GetValue<string>()}'\n\n" +
                $"The String-to-Sign should have been\n'{reply["string_to_sign"]!.GetValue<string>()}'\n");
        }
    }

    private async Task<JsonObject> RoundTripAsync(string line)
    {
        await _lock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_process.HasExited)
            {
                throw new AwsServiceException(500, "ServiceException", "SigV4 verifier process has exited. stderr:\n" + StdErr());
            }

            await _process.StandardInput.WriteLineAsync(line).ConfigureAwait(false);
            await _process.StandardInput.FlushAsync().ConfigureAwait(false);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            string? reply;
            try
            {
                reply = await _process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // A late answer would be read as the next request's: stop the process so later requests fail loudly.
                _process.Kill();
                throw new AwsServiceException(500, "ServiceException", "SigV4 verifier did not answer within 30 s. stderr:\n" + StdErr());
            }

            if (reply is null)
            {
                throw new AwsServiceException(500, "ServiceException", "SigV4 verifier closed its output. stderr:\n" + StdErr());
            }

            return JsonNode.Parse(reply) as JsonObject
                ?? throw new AwsServiceException(500, "ServiceException", "SigV4 verifier answered: " + reply);
        }
        finally
        {
            _lock.Release();
        }
    }

    private sealed record AuthorizationHeader(string Credential, string SignedHeaders, string Signature);

    private static AuthorizationHeader ParseAuthorization(string header)
    {
        if (!header.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            throw Incomplete($"Authorization header must use the {Algorithm} algorithm.");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in header[(Algorithm.Length + 1)..].Split(','))
        {
            var kv = part.Trim();
            var eq = kv.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                fields[kv[..eq]] = kv[(eq + 1)..];
            }
        }

        string Need(string name) => fields.TryGetValue(name, out var v) && v.Length > 0
            ? v
            : throw Incomplete($"Authorization header requires '{name}' parameter. Authorization={header}");

        return new AuthorizationHeader(Need("Credential"), Need("SignedHeaders"), Need("Signature"));
    }

    private static AwsServiceException Incomplete(string message) => new(403, "IncompleteSignatureException", message);

    private static string Basic(DateTimeOffset t) => t.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private string StdErr()
    {
        lock (_stderr)
        {
            return _stderr.ToString();
        }
    }

    private static string ScriptPath()
    {
        // Content-addressed temp copy of the embedded script: concurrent servers share it safely.
        using var stream = typeof(SignatureVerifier).Assembly.GetManifestResourceStream("LambdaGen.ControlPlane.sigv4.verify.py")
            ?? throw new InvalidOperationException("verify.py is not embedded in LambdaGen.ControlPlane.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"lambdagen-sigv4-verify-{hash}.py");
        if (!File.Exists(path))
        {
            var temp = path + "." + Guid.NewGuid().ToString("N");
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }

        return path;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.StandardInput.Close(); // EOF ends the script's read loop
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(3));
                try
                {
                    await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill();
                }
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        finally
        {
            _process.Dispose();
            _lock.Dispose();
        }
    }
}
