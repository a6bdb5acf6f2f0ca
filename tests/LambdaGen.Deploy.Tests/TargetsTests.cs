using System.Diagnostics;
using LambdaGen.Deploy.Tests.Support;
using Xunit.Abstractions;

namespace LambdaGen.Deploy.Tests;

/// <summary>
/// src/LambdaGen/build/LambdaGen.Deploy.targets run by MSBuild: the target maps the Lambda* properties to the
/// tool's flags, the tool resolves credentials through the SDK's own chain (environment variables of the
/// child process), deploys to the loopback control plane, and its errors fail the build.
/// </summary>
public sealed class TargetsTests(ITestOutputHelper output)
{
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LambdaGen.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("LambdaGen.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The tool as built beside this test run (same configuration).</summary>
    private static string ToolPath()
    {
        string configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<Configuration>/net10.0
        string path = Path.Combine(RepoRoot(), "src", "LambdaGen.Deploy", "bin", configuration, "net8.0", "LambdaGen.Deploy.dll");
        Assert.True(File.Exists(path), "the deploy tool is not built at " + path);
        return path;
    }

    private static Task<(int ExitCode, string Output)> PublishAsync(DeployScenario s, params string[] properties) =>
        PublishAsync(s, environmentCredentials: true, properties);

    private static async Task<(int ExitCode, string Output)> PublishAsync(DeployScenario s, bool environmentCredentials, params string[] properties)
    {
        string project = Path.Combine(s.Root, "app.proj");
        File.WriteAllText(project, $"""
            <Project>
              <PropertyGroup>
                <OutDir>bin/</OutDir>
                <PublishDir>bin/publish/</PublishDir>
              </PropertyGroup>
              <!-- Stands in for the SDK's Publish: the publish folder is already there. -->
              <Target Name="Publish" />
              <Import Project="{Path.Combine(RepoRoot(), "src", "LambdaGen", "build", "LambdaGen.Deploy.targets")}" />
            </Project>
            """);

        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = s.Root,
        };
        foreach (string arg in new[] { "msbuild", project, "-t:Publish", "-nologo", "-nr:false", "-v:n", "-p:LambdaDeploy=true",
                     $"-p:LambdaEndpoint={s.Plane.Endpoint}", $"-p:LambdaGenDeployToolPath={ToolPath()}" }.Concat(properties))
        {
            psi.ArgumentList.Add(arg);
        }
        // The child gets the test credentials through the SDK's standard chain (environment), nothing else.
        foreach (string key in psi.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal) || k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            psi.Environment.Remove(key);
        }
        if (environmentCredentials)
        {
            psi.Environment["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE";
            psi.Environment["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
        }
        psi.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        psi.Environment["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(s.Root, "credentials");
        psi.Environment["AWS_CONFIG_FILE"] = Path.Combine(s.Root, "no-config");

        using var process = Process.Start(psi)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    [Fact]
    public async Task Publish_with_LambdaDeploy_deploys_and_a_failure_fails_the_build_with_the_tools_message()
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("orders-create", """{"Tags":{"owner":"orders"}}""");
        s.AddFunction("orders-list");

        var (dryExit, dryOutput) = await PublishAsync(s, "-p:LambdaDeployDryRun=true");
        Assert.True(dryExit == 0, dryOutput);
        Assert.Contains("LambdaDeploy: orders-create: plan: create", dryOutput);
        Assert.Empty(s.Writes());

        var (exit, log) = await PublishAsync(s, "-p:LambdaDeployParallelism=2");
        output.WriteLine(log);
        Assert.True(exit == 0, log);
        Assert.Contains("LambdaDeploy: orders-create: created", log);
        Assert.Contains("LambdaDeploy: deploying 2 function(s)", log);
        Assert.Contains("2 at a time", log);
        Assert.Equal(2, s.Plane.Functions.Count);

        s.WritePublish("App.dll", "managed code v2");
        s.Plane.Faults.Permanent("UpdateFunctionCode", "orders-list", 400, "InvalidParameterValueException", "Unzipped size must be smaller than 262144000 bytes");
        var (failExit, failOutput) = await PublishAsync(s);
        output.WriteLine(failOutput);
        Assert.NotEqual(0, failExit);
        Assert.Contains("error LGD050: orders-list: UpdateFunctionCode failed: InvalidParameterValueException: Unzipped size must be smaller than 262144000 bytes", failOutput);
        Assert.Contains("Build FAILED", failOutput);
    }

    [Fact]
    public async Task LambdaProfile_takes_credentials_from_the_shared_credentials_file()
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("from-profile");
        File.WriteAllText(Path.Combine(s.Root, "credentials"),
            "[deploy-test]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n");

        var (exit, log) = await PublishAsync(s, environmentCredentials: false, "-p:LambdaProfile=deploy-test");
        Assert.True(exit == 0, log);
        Assert.True(s.Plane.Functions.ContainsKey("from-profile"));
        Assert.DoesNotContain("wJalrXUtnFEMI", log); // the secret never reaches the log

        var (missing, missingLog) = await PublishAsync(s, environmentCredentials: false, "-p:LambdaProfile=nobody");
        Assert.NotEqual(0, missing);
        Assert.Contains("error LGD031: AWS profile 'nobody'", missingLog);
    }

    [Fact]
    public async Task A_missing_tool_is_a_clear_build_error()
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("f");
        var (exit, log) = await PublishAsync(s, "-p:LambdaGenDeployToolPath=" + Path.Combine(s.Root, "nope.dll"));
        Assert.NotEqual(0, exit);
        Assert.Contains("error LGD003", log);
    }

    [Theory]
    [InlineData("-p:LambdaDeployEngine=Terraform", "error LGD005: LambdaDeployEngine 'Terraform' is not a deploy engine; use Direct (the default: Lambda API calls) or CloudFormation (a change set on LambdaStackName).")]
    [InlineData("-p:LambdaDeployEngine=CloudFormation", "error LGD006: LambdaDeployEngine CloudFormation needs LambdaStackName: the stack to create or update (for example -p:LambdaStackName=orders-dev).")]
    [InlineData("-p:LambdaDeployEngine=CloudFormation -p:LambdaStackName=orders.dev", "error LGD006: LambdaStackName 'orders.dev' is not a stack name: it must start with a letter, contain only letters, digits and hyphens ([a-zA-Z][-a-zA-Z0-9]*) and have at most 128 characters.")]
    public async Task A_bad_engine_or_stack_name_fails_the_build_before_the_tool_runs(string properties, string error)
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("f");
        var (exit, log) = await PublishAsync(s, properties.Split(' '));
        Assert.NotEqual(0, exit);
        Assert.Contains(error, log);
        Assert.Empty(s.Plane.Requests);
    }

    [Fact]
    public async Task LambdaDeployEngine_CloudFormation_deploys_the_template_as_a_stack_through_the_targets()
    {
        await using var s = await DeployScenario.StartAsync();
        s.Plane.CreateBucket("stack-code");
        s.AddFunction("orders-create");
        StackDeployTests.WriteTemplate(s, "orders-create");

        var (exit, log) = await PublishAsync(s, "-p:LambdaDeployEngine=CloudFormation", "-p:LambdaStackName=orders-dev", "-p:LambdaS3Bucket=stack-code",
            $"-p:LambdaCloudFormationEndpoint={s.Plane.CloudFormationEndpoint}", $"-p:LambdaS3Endpoint={s.Plane.S3Endpoint}");
        output.WriteLine(log);
        Assert.True(exit == 0, log);
        Assert.Contains("LambdaDeploy: stack orders-dev: CREATE_COMPLETE (1 change(s)", log);
        Assert.Equal("CREATE_COMPLETE", s.Plane.Stacks["orders-dev"].Status);
        Assert.True(s.Plane.Functions.ContainsKey("orders-create"));
    }
}
