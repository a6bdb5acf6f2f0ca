using System.Diagnostics;
using System.Text.Json;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>Output of one `aws` invocation.</summary>
public sealed record CliResult(int ExitCode, string StdOut, string StdErr)
{
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

/// <summary>
/// Runs the real AWS CLI (whatever `aws` is on PATH) against a control plane, isolated from any
/// developer configuration: static credentials from the plane's options, nonexistent config files,
/// no instance metadata lookups.
/// </summary>
internal static class AwsCli
{
    public static async Task<CliResult> RunAsync(LambdaControlPlane plane, LambdaControlPlaneOptions options, params string[] args) =>
        await RunWithSecretAsync(plane, options, options.SecretAccessKey, args);

    public static async Task<CliResult> RunWithSecretAsync(LambdaControlPlane plane, LambdaControlPlaneOptions options, string secret, params string[] args)
    {
        var psi = new ProcessStartInfo("aws")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.ArgumentList.Add("--endpoint-url");
        psi.ArgumentList.Add(plane.Endpoint.ToString().TrimEnd('/'));
        psi.ArgumentList.Add("--output");
        psi.ArgumentList.Add("json");

        foreach (var name in new[] { "AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_MAX_ATTEMPTS", "AWS_RETRY_MODE", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_LAMBDA", "AWS_CA_BUNDLE", "AWS_REGION" })
        {
            psi.Environment.Remove(name);
        }

        psi.Environment["AWS_ACCESS_KEY_ID"] = options.AccessKeyId;
        psi.Environment["AWS_SECRET_ACCESS_KEY"] = secret;
        psi.Environment["AWS_DEFAULT_REGION"] = options.Region;
        psi.Environment["AWS_CONFIG_FILE"] = "/nonexistent/lambdagen/aws-config";
        psi.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/lambdagen/aws-credentials";
        psi.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        psi.Environment["AWS_PAGER"] = "";

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start aws");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"aws {string.Join(' ', args)} did not finish in 60 s");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
