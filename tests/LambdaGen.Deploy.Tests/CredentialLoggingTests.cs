using Amazon.Runtime;
using LambdaGen.Deploy.Aws;
using LambdaGen.Deploy.Tests.Support;

namespace LambdaGen.Deploy.Tests;

/// <summary>Credentials never reach the log, even when AWS quotes what was signed back in an error.</summary>
public sealed class CredentialLoggingTests
{
    private const string SessionToken = "IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN/+long+and+base64==";
    private const string WrongSecret = "not-the-secret-the-server-expects-EXAMPLEKEY";

    [Fact]
    public async Task A_signature_mismatch_quoting_the_canonical_request_does_not_log_the_session_token_or_secret()
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("fn");
        // Right access key, wrong secret: the server recomputes the signature and answers 403 with the canonical
        // request it expected, which lists every signed header with its value (x-amz-security-token included).
        var options = s.Options() with { Credentials = new SessionAWSCredentials("AKIDEXAMPLE", WrongSecret, SessionToken) };

        var (result, log) = await s.RunAsync(options);

        Assert.Equal(1, result.ExitCode);
        string error = Assert.Single(log.Errors, e => e.Contains("LGD050", StringComparison.Ordinal));
        Assert.Contains("GetFunctionConfiguration failed: InvalidSignatureException", error);
        Assert.Contains("x-amz-security-token:" + SecretRedactor.Mask, error); // the header was quoted, its value was not
        Assert.DoesNotContain(SessionToken, log.Text);
        Assert.DoesNotContain(WrongSecret, log.Text);
        Assert.Contains(s.Plane.Requests, r => r.Headers.TryGetValue("X-Amz-Security-Token", out string? t) && t == SessionToken);
    }

    [Fact]
    public void Known_secrets_and_security_token_fields_are_masked()
    {
        var redactor = new SecretRedactor();
        redactor.Remember(WrongSecret);

        string text = redactor.Redact($"secret {WrongSecret}; header x-amz-security-token:abc/def+ghi=\nquery ?X-Amz-Security-Token=abc%2Fdef&X-Amz-Date=1");

        Assert.Equal($"secret {SecretRedactor.Mask}; header x-amz-security-token:{SecretRedactor.Mask}\nquery ?X-Amz-Security-Token={SecretRedactor.Mask}&X-Amz-Date=1", text);
    }

    [Fact]
    public void Short_values_are_not_treated_as_secrets()
    {
        // An empty or tiny "secret" would otherwise mask every occurrence of a common substring.
        var redactor = new SecretRedactor();
        redactor.Remember("");
        redactor.Remember("ab");

        Assert.Equal("about abc", redactor.Redact("about abc"));
    }
}
