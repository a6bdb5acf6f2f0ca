using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace LambdaGen.Testing;

/// <summary>What one <c>aws</c> run printed.</summary>
public sealed record AwsCliResult(int ExitCode, string StdOut, string StdErr)
{
    /// <summary>The JSON the CLI printed; fails the test (with the CLI's error text) when it did not succeed.</summary>
    public JsonElement Json
    {
        get
        {
            Assert.True(ExitCode == 0, $"aws failed ({ExitCode}): {StdErr}");
            using var doc = JsonDocument.Parse(StdOut);
            return doc.RootElement.Clone();
        }
    }
}

/// <summary>Where the CLI sends its requests and as whom.</summary>
public sealed record AwsCliTarget(string EndpointUrl, string AccessKeyId, string SecretAccessKey, string Region)
{
    /// <summary>AWS_MAX_ATTEMPTS for the run; null keeps the CLI's own retry policy.</summary>
    public int? MaxAttempts { get; init; }
}

/// <summary>
/// Runs the real AWS CLI (whatever <c>aws</c> is on PATH; the machine image ships aws-cli 1.x with botocore) against
/// a loopback endpoint, isolated from the developer's own setup: every inherited AWS_* variable and proxy is removed,
/// credentials and region come from <see cref="AwsCliTarget"/>, config files do not exist, instance metadata is off.
/// </summary>
public static class AwsCli
{
    private static readonly string[] ProxyVariables = ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"];

    public static Task<AwsCliResult> RunAsync(AwsCliTarget target, params string[] args) => RunAsync(target, args, timeout: null);

    public static async Task<AwsCliResult> RunAsync(AwsCliTarget target, IReadOnlyList<string> args, TimeSpan? timeout)
    {
        var psi = new ProcessStartInfo("aws")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        psi.ArgumentList.Add("--endpoint-url");
        psi.ArgumentList.Add(target.EndpointUrl.TrimEnd('/'));
        psi.ArgumentList.Add("--output");
        psi.ArgumentList.Add("json");

        // AWS_PROFILE, AWS_ENDPOINT_URL*, AWS_SESSION_TOKEN, AWS_RETRY_MODE… of the host must not reach the CLI.
        foreach (var name in psi.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase)).Concat(ProxyVariables).ToList())
        {
            psi.Environment.Remove(name);
        }

        psi.Environment["AWS_ACCESS_KEY_ID"] = target.AccessKeyId;
        psi.Environment["AWS_SECRET_ACCESS_KEY"] = target.SecretAccessKey;
        psi.Environment["AWS_DEFAULT_REGION"] = target.Region;
        psi.Environment["AWS_CONFIG_FILE"] = "/nonexistent/lambdagen/aws-config";
        psi.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/lambdagen/aws-credentials";
        psi.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        psi.Environment["AWS_PAGER"] = "";
        psi.Environment["NO_PROXY"] = "127.0.0.1,localhost";
        if (target.MaxAttempts is { } attempts)
        {
            psi.Environment["AWS_MAX_ATTEMPTS"] = attempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new InvalidOperationException("Process.Start returned null for 'aws'.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("The AWS CLI ('aws') is not on PATH. These tests need aws-cli with botocore (.ci/run installs Debian's awscli).", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var limit = timeout ?? TimeSpan.FromSeconds(60);
            using var cancel = new CancellationTokenSource(limit);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"aws {string.Join(' ', args)} did not finish in {limit.TotalSeconds:0} s");
            }

            return new AwsCliResult(process.ExitCode, await stdout, await stderr);
        }
    }
}
