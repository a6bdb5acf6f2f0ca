using System.Text.Json;
using System.Text.Json.Nodes;
using LambdaGen.Deploy.Tests.Support;

namespace LambdaGen.Deploy.Tests;

/// <summary>The real engine, in-process, against the loopback Lambda control plane (SigV4 checked by botocore).</summary>
public sealed class DeployIntegrationTests
{
    private static async Task<DeployScenario> ThreeFunctions()
    {
        var s = await DeployScenario.StartAsync();
        s.AddFunction("orders-create", """{"Environment":{"Variables":{"STAGE":"test"}},"Tags":{"owner":"orders"},"TracingConfig":{"Mode":"Active"}}""");
        s.AddFunction("orders-list", """{"Architectures":["arm64"],"Publish":true}""");
        s.AddFunction("orders-delete", """{"Description":"deletes orders","MemorySize":512}""");
        return s;
    }

    [Fact]
    public async Task First_run_creates_every_function_and_second_run_changes_nothing()
    {
        await using var s = await ThreeFunctions();

        var (first, log1) = await s.RunAsync();

        Assert.True(first.ExitCode == 0, log1.Text);
        Assert.All(first.Functions, f => Assert.Equal(FunctionResult.Created, f.Action));
        Assert.Equal(3, s.Operations().Count(o => o == "CreateFunction"));
        Assert.All(s.Plane.Functions.Values, f => Assert.Equal("Active", f.State));
        Assert.Equal("1", first.Functions.Single(f => f.FunctionName == "orders-list").Version);
        Assert.Equal("orders", s.Plane.Functions["orders-create"].Tags["owner"]);
        Assert.Contains(log1.Lines, l => l.StartsWith("LambdaDeploy: orders-create: waiting for State Active", StringComparison.Ordinal));
        Assert.Contains(log1.Lines, l => l.Contains("summary:", StringComparison.Ordinal));

        var (second, log2) = await s.RunAsync();

        Assert.True(second.ExitCode == 0, log2.Text);
        Assert.All(second.Functions, f => Assert.Equal(FunctionResult.NoChange, f.Action));
        Assert.Empty(s.Writes());
        Assert.Contains(log2.Lines, l => l.StartsWith("LambdaDeploy: orders-list: no change", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_code_change_updates_only_code_and_a_memory_change_only_configuration()
    {
        await using var s = await ThreeFunctions();
        Assert.Equal(0, (await s.RunAsync()).Result.ExitCode);
        string oldSha = s.Plane.Functions["orders-delete"].CodeSha256;

        s.WritePublish("App.dll", "managed code v2");
        var (codeRun, log) = await s.RunAsync();

        Assert.True(codeRun.ExitCode == 0, log.Text);
        var writes = s.Writes().Select(w => w.Operation).ToList();
        Assert.Equal(3, writes.Count(o => o == "UpdateFunctionCode"));
        Assert.DoesNotContain("UpdateFunctionConfiguration", writes);
        Assert.Equal(1, writes.Count(o => o == "PublishVersion")); // only orders-list has Publish
        Assert.NotEqual(oldSha, s.Plane.Functions["orders-delete"].CodeSha256);
        Assert.Equal("2", codeRun.Functions.Single(f => f.FunctionName == "orders-list").Version);

        s.Edit("orders-delete", m => m["MemorySize"] = 1024);
        var (memoryRun, log2) = await s.RunAsync();

        Assert.True(memoryRun.ExitCode == 0, log2.Text);
        var update = Assert.Single(s.Writes());
        Assert.Equal("UpdateFunctionConfiguration", update.Operation);
        Assert.Equal("""{"MemorySize":1024}""", update.Body);
        Assert.Equal(1024, s.Plane.Functions["orders-delete"].Configuration.GetProperty("MemorySize").GetInt32());
        Assert.Equal(FunctionResult.Updated, memoryRun.Functions.Single(f => f.FunctionName == "orders-delete").Action);
        Assert.Equal(2, memoryRun.Functions.Count(f => f.Action == FunctionResult.NoChange));
    }

    [Fact]
    public async Task A_setting_removed_from_the_manifest_is_reset_and_the_dry_run_shows_it()
    {
        await using var s = await ThreeFunctions();
        Assert.Equal(0, (await s.RunAsync()).Result.ExitCode);
        s.Edit("orders-create", m =>
        {
            m.Remove("TracingConfig");
            m.Remove("Environment");
        });

        var (plan, planLog) = await s.RunAsync(s.Options(dryRun: true));
        Assert.Equal(0, plan.ExitCode);
        Assert.Empty(s.Writes());
        Assert.Contains(planLog.Lines, l => l.Contains("orders-create:   TracingConfig.Mode: \"Active\" -> \"PassThrough\" (not in the manifest: reset to the service default)", StringComparison.Ordinal));
        Assert.Contains(planLog.Lines, l => l.Contains("Environment.Variables.STAGE: \"test\" -> (none)", StringComparison.Ordinal));
        Assert.Equal(FunctionResult.WouldUpdate, plan.Functions.Single(f => f.FunctionName == "orders-create").Action);

        var (run, log) = await s.RunAsync();
        Assert.True(run.ExitCode == 0, log.Text);
        var update = JsonNode.Parse(Assert.Single(s.Writes()).Body)!.AsObject();
        Assert.Equal("PassThrough", update["TracingConfig"]!["Mode"]!.GetValue<string>());
        Assert.Equal("{}", update["Environment"]!["Variables"]!.ToJsonString());
        var config = s.Plane.Functions["orders-create"].Configuration;
        Assert.Equal("PassThrough", config.GetProperty("TracingConfig").GetProperty("Mode").GetString());
    }

    [Fact]
    public async Task Dry_run_on_an_empty_account_plans_creates_and_writes_nothing()
    {
        await using var s = await ThreeFunctions();

        var (result, log) = await s.RunAsync(s.Options(dryRun: true));

        Assert.Equal(0, result.ExitCode);
        Assert.All(result.Functions, f => Assert.Equal(FunctionResult.WouldCreate, f.Action));
        Assert.Empty(s.Writes());
        Assert.Empty(s.Plane.Functions);
        Assert.Contains(log.Lines, l => l.StartsWith("LambdaDeploy: orders-create: plan: create (Zip,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Throttles_conflicts_server_errors_and_dropped_connections_are_retried_until_the_deploy_converges()
    {
        await using var s = await ThreeFunctions();
        s.Plane.Faults.Throttle("CreateFunction", 2, retryAfterSeconds: 3);
        s.Plane.Faults.ServerError("GetFunctionConfiguration", 2);
        s.Plane.Faults.DropConnection("CreateFunction", 1);

        var (created, log) = await s.RunAsync();

        Assert.True(created.ExitCode == 0, log.Text);
        Assert.Equal(3, s.Plane.Functions.Count);
        Assert.Contains(TimeSpan.FromSeconds(3), s.Waits); // Retry-After honoured
        Assert.Equal(2, log.Lines.Count(l => l.Contains("CreateFunction throttled: TooManyRequestsException (HTTP 429)", StringComparison.Ordinal)));
        Assert.Equal(2, log.Lines.Count(l => l.Contains("GetFunctionConfiguration server fault: ServiceException (HTTP 500)", StringComparison.Ordinal)));
        Assert.Contains(log.Lines, l => l.Contains("CreateFunction connection dropped", StringComparison.Ordinal));

        s.WritePublish("App.dll", "managed code v2");
        s.Edit("orders-create", m => m["Timeout"] = 60);
        s.Plane.Faults.Conflict("UpdateFunctionConfiguration", 2);
        s.Plane.Faults.Conflict("UpdateFunctionCode", 1);
        s.Plane.Faults.Throttle("UpdateFunctionCode", 1);
        s.Plane.Faults.DropConnection("PublishVersion", 1);

        var (updated, log2) = await s.RunAsync();

        Assert.True(updated.ExitCode == 0, log2.Text);
        Assert.All(updated.Functions, f => Assert.Equal(FunctionResult.Updated, f.Action));
        Assert.Equal(2, log2.Lines.Count(l => l.Contains("UpdateFunctionConfiguration blocked by an update in progress", StringComparison.Ordinal)));
        Assert.Equal(60, s.Plane.Functions["orders-create"].Configuration.GetProperty("Timeout").GetInt32());
        Assert.Single(s.Plane.Functions.Values.Select(f => f.CodeSha256).Distinct());
    }

    [Fact]
    public async Task A_permanent_failure_fails_the_run_with_a_clear_message_and_the_others_deploy()
    {
        await using var s = await ThreeFunctions();
        s.Plane.Faults.Permanent("CreateFunction", "orders-list", 400, "InvalidParameterValueException", "The role defined for the function cannot be assumed by Lambda.");

        var (result, log) = await s.RunAsync();

        Assert.Equal(1, result.ExitCode);
        var failed = Assert.Single(result.Functions, f => f.IsFailure);
        Assert.Equal("orders-list", failed.FunctionName);
        string error = Assert.Single(log.Errors, e => e.Contains("LGD050", StringComparison.Ordinal));
        Assert.Contains("orders-list.json : error LGD050: orders-list: CreateFunction failed: InvalidParameterValueException: The role defined for the function cannot be assumed by Lambda.", error);
        Assert.True(s.Plane.Functions.ContainsKey("orders-create"));
        Assert.True(s.Plane.Functions.ContainsKey("orders-delete"));
        Assert.False(s.Plane.Functions.ContainsKey("orders-list"));
        Assert.Contains(log.Errors, e => e.Contains("1 of 3 function(s) failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_code_update_after_a_configuration_update_says_what_state_the_function_is_in()
    {
        await using var s = await ThreeFunctions();
        Assert.Equal(0, (await s.RunAsync()).Result.ExitCode);
        string oldSha = s.Plane.Functions["orders-delete"].CodeSha256;
        s.Edit("orders-delete", m => m["MemorySize"] = 2048);
        s.WritePublish("App.dll", "managed code v3");
        s.Plane.Faults.Permanent("UpdateFunctionCode", "orders-delete", 400, "CodeStorageExceededException", "Code storage limit exceeded.");

        var (result, log) = await s.RunAsync();

        Assert.Equal(1, result.ExitCode);
        string error = Assert.Single(log.Errors, e => e.Contains("LGD050", StringComparison.Ordinal));
        Assert.Contains("orders-delete: UpdateFunctionCode failed: CodeStorageExceededException: Code storage limit exceeded.", error);
        Assert.Contains($"configuration updated to MemorySize=2048, code NOT updated (still sha {oldSha})", error);
        Assert.Equal(2048, s.Plane.Functions["orders-delete"].Configuration.GetProperty("MemorySize").GetInt32());
        Assert.Equal(oldSha, s.Plane.Functions["orders-delete"].CodeSha256);
    }

    [Fact]
    public async Task An_architecture_change_travels_with_UpdateFunctionCode_even_when_the_code_is_unchanged()
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("arch");
        Assert.Equal(0, (await s.RunAsync()).Result.ExitCode);
        string sha = s.Plane.Functions["arch"].CodeSha256;
        s.Edit("arch", m =>
        {
            m["Architectures"] = new JsonArray("arm64");
            m["MemorySize"] = 512;
        });

        var (plan, planLog) = await s.RunAsync(s.Options(dryRun: true));
        Assert.True(plan.ExitCode == 0, planLog.Text);
        Assert.Contains("LambdaDeploy: arch:   Architectures: [\"x86_64\"] -> [\"arm64\"] (with the code)", planLog.Lines);

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        var writes = s.Writes();
        Assert.Equal(["UpdateFunctionConfiguration", "UpdateFunctionCode"], writes.Select(w => w.Operation));
        Assert.Equal("""{"MemorySize":512}""", writes[0].Body); // Architectures is not a configuration member
        var code = JsonNode.Parse(writes[1].Body)!.AsObject();
        Assert.Equal("""["arm64"]""", code["Architectures"]!.ToJsonString());
        Assert.Equal(sha, Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Convert.FromBase64String(code["ZipFile"]!.GetValue<string>()))));
        var config = s.Plane.Functions["arch"].Configuration;
        Assert.Equal("arm64", config.GetProperty("Architectures")[0].GetString());
        Assert.Equal(sha, s.Plane.Functions["arch"].CodeSha256);
    }

    [Fact]
    public async Task The_summary_table_has_a_row_per_function_with_action_duration_and_version()
    {
        await using var s = await ThreeFunctions();
        s.AddFunction("img", """{"PackageType":"Image"}""");
        s.Edit("img", m =>
        {
            m.Remove("Runtime");
            m.Remove("Handler");
        });

        var (result, log) = await s.RunAsync();

        Assert.True(result.ExitCode == 0, log.Text);
        var lines = log.Lines.ToList();
        int header = lines.FindIndex(l => l.StartsWith("LambdaDeploy:   function", StringComparison.Ordinal));
        Assert.True(header > 0 && lines[header - 1] == "LambdaDeploy: summary:", log.Text);
        var rows = lines.Skip(header + 1).Take(4)
            .Select(l => l["LambdaDeploy:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        Assert.Equal(["img", "orders-create", "orders-delete", "orders-list"], rows.Select(r => r[0]));
        Assert.Equal(["skipped", "-"], new[] { rows[0][1], rows[0][^1] });
        Assert.Equal(["created", "$LATEST"], new[] { rows[1][1], rows[1][^1] });
        Assert.Equal(["created", "1"], new[] { rows[3][1], rows[3][^1] }); // Publish: the version it published
        Assert.All(rows.Skip(1), r => Assert.Matches(@"^\d+\.\d$", r[2]));
        Assert.All(rows.Skip(1), r => Assert.Equal("s", r[3]));
    }

    [Fact]
    public async Task Undeclared_tags_are_left_alone_unless_pruning()
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("tagged", """{"Tags":{"keep":"1","drop":"2"}}""");
        Assert.Equal(0, (await s.RunAsync()).Result.ExitCode);
        s.Edit("tagged", m => m["Tags"] = JsonNode.Parse("""{"keep":"1","added":"3"}"""));

        var (run, log) = await s.RunAsync();
        Assert.True(run.ExitCode == 0, log.Text);
        var tagCall = Assert.Single(s.Writes());
        Assert.Equal("TagResource", tagCall.Operation);
        Assert.Equal("""{"Tags":{"added":"3"}}""", tagCall.Body);
        Assert.Contains(log.Lines, l => l.Contains("tags not in the manifest left alone (drop;", StringComparison.Ordinal));

        var (pruned, log2) = await s.RunAsync(s.Options(pruneTags: true));
        Assert.True(pruned.ExitCode == 0, log2.Text);
        var untag = Assert.Single(s.Writes());
        Assert.Equal("UntagResource", untag.Operation);
        Assert.Equal("tagKeys=drop", untag.Query);
        Assert.Equal(new[] { "added", "keep" }, s.Plane.Functions["tagged"].Tags.Keys.Order());
    }

    [Fact]
    public async Task An_image_function_is_skipped_without_an_image_uri_and_deployed_with_one()
    {
        await using var s = await DeployScenario.StartAsync();
        var body = s.AddFunction("img", """{"PackageType":"Image"}""");
        s.Edit("img", m =>
        {
            m.Remove("Runtime");
            m.Remove("Handler");
        });

        var (skipped, log) = await s.RunAsync();
        Assert.Equal(0, skipped.ExitCode);
        Assert.Equal(FunctionResult.Skipped, Assert.Single(skipped.Functions).Action);
        Assert.Contains(log.Lines, l => l.Contains("img: skipped: PackageType Image needs an image URI", StringComparison.Ordinal));
        Assert.Empty(s.Plane.Requests);

        const string uri = "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v1";
        var (created, log2) = await s.RunAsync(s.Options(imageUri: uri));
        Assert.True(created.ExitCode == 0, log2.Text);
        Assert.Equal(uri, s.Plane.Functions["img"].ImageUri);

        var (again, log3) = await s.RunAsync(s.Options(imageUri: uri));
        Assert.True(again.ExitCode == 0, log3.Text);
        Assert.Equal(FunctionResult.NoChange, Assert.Single(again.Functions).Action);
        Assert.Empty(s.Writes());
    }

    [Fact]
    public async Task Checks_fail_before_any_call()
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("big");

        var (tooBig, log) = await s.RunAsync(s.Options(directUploadLimit: 10));
        Assert.Equal(1, tooBig.ExitCode);
        Assert.Contains(log.Errors, e => e.Contains("LGD024", StringComparison.Ordinal) && e.Contains("--s3-bucket", StringComparison.Ordinal) && e.Contains("big.json", StringComparison.Ordinal));

        var (unzipped, log2) = await s.RunAsync(s.Options(unzippedLimit: 10));
        Assert.Equal(1, unzipped.ExitCode);
        Assert.Contains(log2.Errors, e => e.Contains("LGD023", StringComparison.Ordinal) && e.Contains("unzipped", StringComparison.Ordinal));

        s.Edit("big", m => m["MemorySize"] = 99999);
        var (invalid, log3) = await s.RunAsync();
        Assert.Equal(1, invalid.ExitCode);
        Assert.Contains(log3.Errors, e => e.Contains("99999", StringComparison.Ordinal) && e.Contains("big.json", StringComparison.Ordinal));

        Assert.Empty(s.Plane.Requests);
    }

    [Fact]
    public async Task A_custom_runtime_needs_a_matching_runtime_identifier()
    {
        await using var s = await DeployScenario.StartAsync();
        File.WriteAllBytes(Path.Combine(s.PublishDir, "App"), TempDir.Elf(62));
        s.AddFunction("aot", """{"Runtime":"provided.al2023","Handler":"App","Architectures":["arm64"]}""");

        var (mismatch, log) = await s.RunAsync(s.Options(rid: "linux-x64"));
        Assert.Equal(1, mismatch.ExitCode);
        Assert.Contains(log.Errors, e => e.Contains("linux-x64", StringComparison.Ordinal) && e.Contains("arm64", StringComparison.Ordinal));

        var (elf, log2) = await s.RunAsync(s.Options());
        Assert.Equal(1, elf.ExitCode);
        Assert.Contains(log2.Errors, e => e.Contains("LGD042", StringComparison.Ordinal) && e.Contains("x86_64", StringComparison.Ordinal));
        Assert.Empty(s.Plane.Requests);

        s.Edit("aot", m => m["Architectures"] = new JsonArray("x86_64"));
        var (ok, log3) = await s.RunAsync(s.Options(rid: "linux-x64"));
        Assert.True(ok.ExitCode == 0, log3.Text);
        Assert.NotNull(s.Plane.Functions["aot"].ZipFile);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(s.Plane.Functions["aot"].ZipFile!));
        Assert.Contains(zip.Entries, e => e.FullName == "bootstrap" && ((e.ExternalAttributes >> 16) & 0x1FF) == 0b111_101_101);
    }
}
