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

    /// <summary>
    /// Throws an <see cref="AwsServiceException"/> unless the request is correctly signed for <paramref name="service"/>
    /// ("lambda": Lambda's 403 errors; "s3": S3's error codes, and the path is signed as sent, without S3's
    /// double encoding).
    /// </summary>
    public async Task VerifyAsync(string method, string rawPath, string rawQuery, IHeaderDictionary headers, byte[] body, string service = "lambda")
    {
        var reject = service == "s3" ? (Rejections)new S3Rejections(_options.Region) : new LambdaRejections();
        var authorization = headers.Authorization.ToString();
        if (authorization.Length == 0)
        {
            throw reject.MissingAuthorization();
        }

        var auth = ParseAuthorization(authorization, reject);

        var scope = auth.Credential.Split('/');
        if (scope.Length != 5)
        {
            throw reject.Malformed($"Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '{auth.Credential}'");
        }

        var (accessKey, scopeDate, scopeRegion, scopeService, terminator) = (scope[0], scope[1], scope[2], scope[3], scope[4]);
        if (!string.Equals(accessKey, _options.AccessKeyId, StringComparison.Ordinal))
        {
            throw reject.UnknownAccessKey(accessKey);
        }

        var amzDate = headers["X-Amz-Date"].ToString();
        if (amzDate.Length == 0)
        {
            throw reject.MissingDate();
        }

        if (!DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var signedAt))
        {
            throw reject.Malformed($"X-Amz-Date must be in the ISO8601 basic format yyyyMMdd'T'HHmmss'Z', got '{amzDate}'.");
        }

        if (scopeDate != amzDate[..8])
        {
            throw reject.ScopeDate(scopeDate, amzDate);
        }

        if (scopeRegion != _options.Region)
        {
            throw reject.ScopeRegion(scopeRegion);
        }

        if (scopeService != service)
        {
            throw reject.ScopeService(scopeService, service);
        }

        if (terminator != "aws4_request")
        {
            throw reject.ScopeTerminator(terminator);
        }

        var signedHeaderNames = auth.SignedHeaders.Split(';');
        if (!signedHeaderNames.Contains("host", StringComparer.Ordinal))
        {
            throw reject.Malformed("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }

        var now = DateTimeOffset.UtcNow;
        if (signedAt < now - MaxSkew || signedAt > now + MaxSkew)
        {
            throw reject.Skewed(amzDate, signedAt < now, now, MaxSkew);
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
            // S3 bodies (packages of many MB) stay here: their hash header was checked against the body already.
            ["body_b64"] = service == "s3" ? "" : Convert.ToBase64String(body),
            ["payload_hash"] = service == "s3" ? headers["x-amz-content-sha256"].ToString() : null,
            ["amz_date"] = amzDate,
            ["region"] = _options.Region,
            ["service"] = service,
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
            throw reject.Mismatch(accessKey, auth.Signature, reply["canonical_request"]!.GetValue<string>(), reply["string_to_sign"]!.GetValue<string>());
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

    private static AuthorizationHeader ParseAuthorization(string header, Rejections reject)
    {
        if (!header.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            throw reject.Malformed($"Authorization header must use the {Algorithm} algorithm.");
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
            : throw reject.Malformed($"Authorization header requires '{name}' parameter. Authorization={header}");

        return new AuthorizationHeader(Need("Credential"), Need("SignedHeaders"), Need("Signature"));
    }

    private static string Basic(DateTimeOffset t) => t.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>How each service words a rejected signature; the checks are the same.</summary>
    private abstract class Rejections
    {
        public abstract AwsServiceException MissingAuthorization();

        public abstract AwsServiceException Malformed(string detail);

        public abstract AwsServiceException UnknownAccessKey(string accessKey);

        public abstract AwsServiceException MissingDate();

        public abstract AwsServiceException ScopeDate(string scopeDate, string amzDate);

        public abstract AwsServiceException ScopeRegion(string region);

        public abstract AwsServiceException ScopeService(string service, string expected);

        public abstract AwsServiceException ScopeTerminator(string terminator);

        public abstract AwsServiceException Skewed(string amzDate, bool expired, DateTimeOffset now, TimeSpan maxSkew);

        public abstract AwsServiceException Mismatch(string accessKey, string signature, string canonicalRequest, string stringToSign);
    }

    private sealed class LambdaRejections : Rejections
    {
        public override AwsServiceException MissingAuthorization() => AwsServiceException.InvalidSignature(
            "Missing Authentication Token: the request has no Authorization header (AWS Signature Version 4 is required).");

        public override AwsServiceException Malformed(string detail) => new(403, "IncompleteSignatureException", detail);

        public override AwsServiceException UnknownAccessKey(string accessKey) =>
            new(403, "UnrecognizedClientException", "The security token included in the request is invalid.");

        public override AwsServiceException MissingDate() =>
            Malformed("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");

        public override AwsServiceException ScopeDate(string scopeDate, string amzDate) => AwsServiceException.InvalidSignature(
            $"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{scopeDate}' != '{amzDate[..8]}', from '{amzDate}'.");

        public override AwsServiceException ScopeRegion(string region) =>
            AwsServiceException.InvalidSignature($"Credential should be scoped to a valid region, not '{region}'. ");

        public override AwsServiceException ScopeService(string service, string expected) =>
            AwsServiceException.InvalidSignature($"Credential should be scoped to correct service: '{expected}'. ");

        public override AwsServiceException ScopeTerminator(string terminator) =>
            AwsServiceException.InvalidSignature($"Credential should be scoped with a valid terminator: 'aws4_request', not '{terminator}'. ");

        public override AwsServiceException Skewed(string amzDate, bool expired, DateTimeOffset now, TimeSpan maxSkew) => AwsServiceException.InvalidSignature(expired
            ? $"Signature expired: {amzDate} is now earlier than {Basic(now - maxSkew)} ({Basic(now)} - 15 min.)"
            : $"Signature not yet current: {amzDate} is still later than {Basic(now + maxSkew)} ({Basic(now)} + 15 min.)");

        // Same shape as the service's message, which tells the caller what it should have signed.
        public override AwsServiceException Mismatch(string accessKey, string signature, string canonicalRequest, string stringToSign) => AwsServiceException.InvalidSignature(
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\n" +
            $"The Canonical String for this request should have been\n'{canonicalRequest}'\n\n" +
            $"The String-to-Sign should have been\n'{stringToSign}'\n");
    }

    /// <summary>S3's codes (AccessDenied, InvalidAccessKeyId, AuthorizationHeaderMalformed, RequestTimeTooSkewed, SignatureDoesNotMatch).</summary>
    private sealed class S3Rejections(string region) : Rejections
    {
        public override AwsServiceException MissingAuthorization() => new(403, "AccessDenied", "Access Denied");

        // Approximate wording after the fixed prefix.
        public override AwsServiceException Malformed(string detail) =>
            new(400, "AuthorizationHeaderMalformed", "The authorization header is malformed; " + detail);

        public override AwsServiceException UnknownAccessKey(string accessKey) =>
            With(new(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records."), "AWSAccessKeyId", accessKey);

        public override AwsServiceException MissingDate() =>
            new(403, "AccessDenied", "AWS authentication requires a valid Date or x-amz-date header");

        public override AwsServiceException ScopeDate(string scopeDate, string amzDate) =>
            Malformed("Invalid credential date. Date is not the same as X-Amz-Date.");

        public override AwsServiceException ScopeRegion(string wrong) =>
            With(Malformed($"the region '{wrong}' is wrong; expecting '{region}'"), "Region", region);

        public override AwsServiceException ScopeService(string service, string expected) =>
            Malformed($"incorrect service \"{service}\". This endpoint belongs to \"{expected}\".");

        public override AwsServiceException ScopeTerminator(string terminator) =>
            Malformed($"incorrect terminal \"{terminator}\". This endpoint uses \"aws4_request\".");

        public override AwsServiceException Skewed(string amzDate, bool expired, DateTimeOffset now, TimeSpan maxSkew)
        {
            var e = new AwsServiceException(403, "RequestTimeTooSkewed", "The difference between the request time and the current time is too large.");
            e.ExtraBody["RequestTime"] = amzDate;
            e.ExtraBody["ServerTime"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            e.ExtraBody["MaxAllowedSkewMilliseconds"] = ((long)maxSkew.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
            return e;
        }

        public override AwsServiceException Mismatch(string accessKey, string signature, string canonicalRequest, string stringToSign)
        {
            var e = new AwsServiceException(403, "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided. Check your key and signing method.");
            e.ExtraBody["AWSAccessKeyId"] = accessKey;
            e.ExtraBody["StringToSign"] = stringToSign;
            e.ExtraBody["SignatureProvided"] = signature;
            e.ExtraBody["CanonicalRequest"] = canonicalRequest;
            return e;
        }

        private static AwsServiceException With(AwsServiceException e, string element, string value)
        {
            e.ExtraBody[element] = value;
            return e;
        }
    }

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
