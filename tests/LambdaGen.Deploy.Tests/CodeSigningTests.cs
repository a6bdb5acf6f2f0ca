using System.Text.Json.Nodes;
using LambdaGen.Deploy.Planning;
using LambdaGen.Deploy.Tests.Support;

namespace LambdaGen.Deploy.Tests;

/// <summary>
/// CodeSigningConfigArn on an existing function: read with GetFunctionCodeSigningConfig, written with
/// Put/DeleteFunctionCodeSigningConfig (it is not part of UpdateFunctionConfiguration), shown in the dry run.
/// </summary>
public sealed class CodeSigningTests
{
    private const string CscA = "arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdefg";
    private const string CscB = "arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-abcdefghij0123456";

    [Theory]
    [InlineData(null, null, nameof(CodeSigningAction.None))]
    [InlineData("", null, nameof(CodeSigningAction.None))]
    [InlineData(null, "", nameof(CodeSigningAction.None))]
    [InlineData(CscA, CscA, nameof(CodeSigningAction.None))]
    [InlineData(CscA, null, nameof(CodeSigningAction.Put))]
    [InlineData(CscB, CscA, nameof(CodeSigningAction.Put))]
    [InlineData(null, CscA, nameof(CodeSigningAction.Delete))]
    [InlineData("", CscA, nameof(CodeSigningAction.Delete))]
    public void Plan_puts_a_declared_arn_that_differs_and_deletes_an_undeclared_one(string? declared, string? deployed, string expected)
    {
        CodeSigningPlan plan = CodeSigningPlan.Compute(declared, deployed);

        Assert.Equal(expected, plan.Action.ToString());
        Assert.Equal(plan.Action != CodeSigningAction.None, plan.Change is not null);
    }

    [Fact]
    public async Task Setting_one_on_an_existing_function_is_planned_then_put()
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("signed");
        Assert.Equal(0, (await s.RunAsync()).Result.ExitCode);
        Assert.Null(s.Plane.Functions["signed"].CodeSigningConfigArn);
        s.Edit("signed", m => m["CodeSigningConfigArn"] = CscA);

        var (plan, planLog) = await s.RunAsync(s.Options(dryRun: true));
        Assert.True(plan.ExitCode == 0, planLog.Text);
        Assert.Empty(s.Writes());
        Assert.Contains(planLog.Lines, l => l.Contains("signed: plan: update (1 configuration change,", StringComparison.Ordinal));
        Assert.Contains($"LambdaDeploy: signed:   CodeSigningConfigArn: (none) -> \"{CscA}\"", planLog.Lines);

        var (run, log) = await s.RunAsync();
        Assert.True(run.ExitCode == 0, log.Text);
        var put = Assert.Single(s.Writes());
        Assert.Equal("PutFunctionCodeSigningConfig", put.Operation);
        Assert.Equal("/2020-06-30/functions/signed/code-signing-config", put.Path);
        Assert.Equal($$"""{"CodeSigningConfigArn":"{{CscA}}"}""", put.Body);
        Assert.Equal(CscA, s.Plane.Functions["signed"].CodeSigningConfigArn);
        Assert.Equal(FunctionResult.Updated, Assert.Single(run.Functions).Action);
    }

    [Fact]
    public async Task An_unchanged_configuration_is_read_but_not_written()
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("signed", $$"""{"CodeSigningConfigArn":"{{CscA}}"}""");
        Assert.Equal(0, (await s.RunAsync()).Result.ExitCode);
        Assert.Equal(CscA, s.Plane.Functions["signed"].CodeSigningConfigArn); // sent on CreateFunction

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        Assert.Contains("GetFunctionCodeSigningConfig", s.Operations());
        Assert.Empty(s.Writes());
        Assert.Equal(FunctionResult.NoChange, Assert.Single(run.Functions).Action);
    }

    [Fact]
    public async Task A_changed_arn_is_put()
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("signed", $$"""{"CodeSigningConfigArn":"{{CscA}}"}""");
        Assert.Equal(0, (await s.RunAsync()).Result.ExitCode);
        s.Edit("signed", m => m["CodeSigningConfigArn"] = CscB);

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        var put = Assert.Single(s.Writes());
        Assert.Equal("PutFunctionCodeSigningConfig", put.Operation);
        Assert.Equal(CscB, JsonNode.Parse(put.Body)!["CodeSigningConfigArn"]!.GetValue<string>());
        Assert.Equal(CscB, s.Plane.Functions["signed"].CodeSigningConfigArn);
        Assert.Contains(log.Lines, l => l.Contains($"CodeSigningConfigArn: \"{CscA}\" -> \"{CscB}\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_configuration_removed_from_the_manifest_is_deleted_and_the_dry_run_shows_it()
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("signed", $$"""{"CodeSigningConfigArn":"{{CscA}}"}""");
        Assert.Equal(0, (await s.RunAsync()).Result.ExitCode);
        s.Edit("signed", m => m.Remove("CodeSigningConfigArn"));

        var (plan, planLog) = await s.RunAsync(s.Options(dryRun: true));
        Assert.True(plan.ExitCode == 0, planLog.Text);
        Assert.Empty(s.Writes());
        Assert.Contains($"LambdaDeploy: signed:   CodeSigningConfigArn: \"{CscA}\" -> (none) (not in the manifest: reset to the service default)", planLog.Lines);
        Assert.Equal(CscA, s.Plane.Functions["signed"].CodeSigningConfigArn);

        var (run, log) = await s.RunAsync();
        Assert.True(run.ExitCode == 0, log.Text);
        var delete = Assert.Single(s.Writes());
        Assert.Equal("DeleteFunctionCodeSigningConfig", delete.Operation);
        Assert.Equal("DELETE", delete.Method);
        Assert.Null(s.Plane.Functions["signed"].CodeSigningConfigArn);

        var (again, log2) = await s.RunAsync();
        Assert.True(again.ExitCode == 0, log2.Text);
        Assert.Empty(s.Writes());
    }

    [Fact]
    public async Task Image_functions_are_not_asked_for_a_code_signing_configuration()
    {
        // Lambda answers GetFunctionCodeSigningConfig on an image function with a 400.
        const string uri = "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v1";
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("img", """{"PackageType":"Image"}""");
        s.Edit("img", m =>
        {
            m.Remove("Runtime");
            m.Remove("Handler");
        });
        Assert.Equal(0, (await s.RunAsync(s.Options(imageUri: uri))).Result.ExitCode);

        var (run, log) = await s.RunAsync(s.Options(imageUri: uri));

        Assert.True(run.ExitCode == 0, log.Text);
        Assert.DoesNotContain("GetFunctionCodeSigningConfig", s.Operations());
        Assert.Equal(FunctionResult.NoChange, Assert.Single(run.Functions).Action);
    }

    [Fact]
    public async Task A_denied_read_is_tolerated_only_when_the_manifest_declares_no_configuration()
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("plain");
        s.AddFunction("signed", $$"""{"CodeSigningConfigArn":"{{CscA}}"}""");
        Assert.Equal(0, (await s.RunAsync()).Result.ExitCode);
        const string denied = "User: arn:aws:sts::123456789012:assumed-role/deployer/ci is not authorized to perform: lambda:GetFunctionCodeSigningConfig";
        s.Plane.Faults.Permanent("GetFunctionCodeSigningConfig", "plain", 403, "AccessDeniedException", denied);
        s.Plane.Faults.Permanent("GetFunctionCodeSigningConfig", "signed", 403, "AccessDeniedException", denied);

        var (run, log) = await s.RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(FunctionResult.NoChange, run.Functions.Single(f => f.FunctionName == "plain").Action);
        Assert.Contains(log.Lines, l => l.StartsWith("LambdaDeploy: plain: GetFunctionCodeSigningConfig was denied (AccessDeniedException)", StringComparison.Ordinal));
        Assert.True(run.Functions.Single(f => f.FunctionName == "signed").IsFailure);
        Assert.Contains(log.Errors, e => e.Contains("signed: GetFunctionCodeSigningConfig failed: AccessDeniedException: " + denied, StringComparison.Ordinal));
        Assert.Empty(s.Writes());
    }

    [Fact]
    public async Task A_failed_put_after_a_configuration_update_says_what_state_the_function_is_in()
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("signed");
        Assert.Equal(0, (await s.RunAsync()).Result.ExitCode);
        string sha = s.Plane.Functions["signed"].CodeSha256;
        s.Edit("signed", m =>
        {
            m["MemorySize"] = 1024;
            m["CodeSigningConfigArn"] = CscA;
        });
        s.WritePublish("App.dll", "managed code v2");
        s.Plane.Faults.Permanent("PutFunctionCodeSigningConfig", "signed", 404, "CodeSigningConfigNotFoundException",
            $"The code signing configuration cannot be found. Check that the provided configuration is not deleted: {CscA}.");

        var (run, log) = await s.RunAsync();

        Assert.Equal(1, run.ExitCode);
        string error = Assert.Single(log.Errors, e => e.Contains("LGD050", StringComparison.Ordinal));
        Assert.Contains("signed: PutFunctionCodeSigningConfig failed: CodeSigningConfigNotFoundException:", error);
        Assert.Contains($"Left as: configuration updated to MemorySize=1024, code signing configuration NOT changed (still (none)), code NOT updated (still sha {sha})", error);
        Assert.DoesNotContain("UpdateFunctionCode", s.Operations());
        Assert.Equal(sha, s.Plane.Functions["signed"].CodeSha256);
    }
}
