using System.Text.Json.Nodes;
using LambdaGen.Deploy.Tests.Support;

namespace LambdaGen.Deploy.Tests;

/// <summary>
/// The 2025–2026 CreateFunction members through the real engine and the control plane: TenancyConfig is create-only,
/// DurableConfig and CapacityProviderConfig can be neither added nor removed after creation but their values update through
/// UpdateFunctionConfiguration, and PublishTo travels with the publish call.
/// </summary>
public sealed class NewMembersDeployTests
{
    private const string Provider = "arn:aws:lambda:us-east-1:123456789012:capacity-provider:fleet-1";
    private const string Capacity = """{"LambdaManagedInstancesCapacityProviderConfig":{"CapacityProviderArn":"arn:aws:lambda:us-east-1:123456789012:capacity-provider:fleet-1","PerExecutionEnvironmentMaxConcurrency":64,"ExecutionEnvironmentMemoryGiBPerVCpu":4.0}}""";
    private const string Durable = """{"ExecutionTimeout":86400,"RetentionPeriodInDays":30,"KMSKeyArn":"arn:aws:kms:us-east-1:123456789012:key/durable"}""";

    /// <summary>A function with every new member, created and settled.</summary>
    private static async Task<DeployScenario> CreatedWithEverything(string name = "managed")
    {
        var s = await DeployScenario.StartAsync();
        s.AddFunction(name, $$"""
            {"MemorySize":4096,"Publish":true,"PublishTo":"LATEST_PUBLISHED","TenancyConfig":{"TenantIsolationMode":"PER_TENANT"},
             "CapacityProviderConfig":{{Capacity}},"DurableConfig":{{Durable}}}
            """);
        var (created, log) = await s.RunAsync();
        Assert.True(created.ExitCode == 0, log.Text);
        return s;
    }

    private static string ManifestPath(DeployScenario s, string name) => Path.Combine(s.ManifestsDir, name + ".json");

    private static string Member(DeployScenario s, string name, string member) =>
        JsonNode.Parse(s.Plane.Functions[name].ConfigurationJson)![member]?.ToJsonString() ?? "(none)";

    [Fact]
    public async Task A_function_with_every_new_member_is_created_with_the_manifest_as_its_CreateFunction_body_and_published_to_LATEST_PUBLISHED()
    {
        await using var s = await DeployScenario.StartAsync();
        JsonObject manifest = s.AddFunction("managed", $$"""
            {"MemorySize":4096,"Publish":true,"PublishTo":"LATEST_PUBLISHED","TenancyConfig":{"TenantIsolationMode":"PER_TENANT"},
             "CapacityProviderConfig":{{Capacity}},"DurableConfig":{{Durable}}}
            """);

        var (result, log) = await s.RunAsync();

        Assert.True(result.ExitCode == 0, log.Text);
        var created = Assert.Single(result.Functions);
        Assert.Equal(FunctionResult.Created, created.Action);
        Assert.Equal("$LATEST.PUBLISHED", created.Version);
        var create = Assert.Single(s.Writes()); // Publish + PublishTo travel with CreateFunction: no PublishVersion
        Assert.Equal("CreateFunction", create.Operation);
        var body = JsonNode.Parse(create.Body)!.AsObject();
        Assert.NotNull(body["Code"]!["ZipFile"]);
        body.Remove("Code");
        Assert.Equal(manifest.ToJsonString(), body.ToJsonString());

        Assert.Equal(JsonNode.Parse(Capacity)!.ToJsonString(), Member(s, "managed", "CapacityProviderConfig"));
        Assert.Equal(JsonNode.Parse(Durable)!.ToJsonString(), Member(s, "managed", "DurableConfig"));
        Assert.Equal("""{"TenantIsolationMode":"PER_TENANT"}""", Member(s, "managed", "TenancyConfig"));
        Assert.NotNull(s.Plane.Functions["managed"].LatestPublished);
        Assert.Empty(s.Plane.Functions["managed"].Versions);
    }

    [Fact]
    public async Task A_redeploy_with_no_change_makes_no_write_call()
    {
        await using var s = await CreatedWithEverything();

        var (again, log) = await s.RunAsync();

        Assert.True(again.ExitCode == 0, log.Text);
        Assert.Equal(FunctionResult.NoChange, Assert.Single(again.Functions).Action);
        Assert.Empty(s.Writes());
        Assert.False(log.Lines.Any(l => l.Contains(" : warning LGD", StringComparison.Ordinal)), log.Text);
    }

    [Fact]
    public async Task A_changed_durable_retention_updates_only_DurableConfig_and_the_publish_goes_to_LATEST_PUBLISHED()
    {
        await using var s = await CreatedWithEverything();
        s.Edit("managed", m => m["DurableConfig"]!["RetentionPeriodInDays"] = 45);

        var (plan, planLog) = await s.RunAsync(s.Options(dryRun: true));
        Assert.True(plan.ExitCode == 0, planLog.Text);
        Assert.Empty(s.Writes());
        Assert.Contains("LambdaDeploy: managed: plan: update (1 configuration change, code unchanged, sha " + s.Plane.Functions["managed"].CodeSha256 + ", 0 tag changes)", planLog.Lines);
        Assert.Contains("LambdaDeploy: managed:   DurableConfig.RetentionPeriodInDays: 30 -> 45", planLog.Lines);
        Assert.Contains("LambdaDeploy: managed:   then publish (PublishTo LATEST_PUBLISHED)", planLog.Lines);

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        var writes = s.Writes();
        Assert.Equal(["UpdateFunctionConfiguration", "PublishVersion"], writes.Select(w => w.Operation));
        // The whole structure is sent, so the members that did not change are kept whether the service replaces or merges it.
        Assert.Equal("""{"DurableConfig":{"ExecutionTimeout":86400,"RetentionPeriodInDays":45,"KMSKeyArn":"arn:aws:kms:us-east-1:123456789012:key/durable"}}""", writes[0].Body);
        Assert.Equal("LATEST_PUBLISHED", JsonNode.Parse(writes[1].Body)!["PublishTo"]!.GetValue<string>());
        Assert.Equal("$LATEST.PUBLISHED", Assert.Single(run.Functions).Version);
        Assert.Contains("\"RetentionPeriodInDays\":45", Member(s, "managed", "DurableConfig"), StringComparison.Ordinal);
        Assert.Contains("\"RetentionPeriodInDays\":45", s.Plane.Functions["managed"].LatestPublished!.ConfigurationJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_max_concurrency_updates_only_CapacityProviderConfig()
    {
        await using var s = await CreatedWithEverything();
        s.Edit("managed", m =>
        {
            m["CapacityProviderConfig"]!["LambdaManagedInstancesCapacityProviderConfig"]!["PerExecutionEnvironmentMaxConcurrency"] = 128;
            m.Remove("Publish");
            m.Remove("PublishTo");
        });

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        var update = Assert.Single(s.Writes());
        Assert.Equal("UpdateFunctionConfiguration", update.Operation);
        Assert.Equal("""{"CapacityProviderConfig":{"LambdaManagedInstancesCapacityProviderConfig":{"CapacityProviderArn":""" + $"\"{Provider}\"" + ""","PerExecutionEnvironmentMaxConcurrency":128,"ExecutionEnvironmentMemoryGiBPerVCpu":4.0}}}""", update.Body);
        Assert.Contains(log.Lines, l => l == "LambdaDeploy: managed: updating configuration: CapacityProviderConfig.LambdaManagedInstancesCapacityProviderConfig.PerExecutionEnvironmentMaxConcurrency=128");
        Assert.Contains("\"PerExecutionEnvironmentMaxConcurrency\":128", Member(s, "managed", "CapacityProviderConfig"), StringComparison.Ordinal);
        Assert.Equal(JsonNode.Parse(Durable)!.ToJsonString(), Member(s, "managed", "DurableConfig"));
    }

    [Fact]
    public async Task A_code_change_publishes_with_PublishTo()
    {
        await using var s = await CreatedWithEverything();
        s.WritePublish("App.dll", "managed code v2");

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        var writes = s.Writes();
        Assert.Equal(["UpdateFunctionCode", "PublishVersion"], writes.Select(w => w.Operation));
        Assert.False(JsonNode.Parse(writes[0].Body)!["Publish"]!.GetValue<bool>());
        var publish = JsonNode.Parse(writes[1].Body)!.AsObject();
        Assert.Equal("LATEST_PUBLISHED", publish["PublishTo"]!.GetValue<string>());
        Assert.Equal(s.Plane.Functions["managed"].CodeSha256, publish["CodeSha256"]!.GetValue<string>());
        Assert.Equal(s.Plane.Functions["managed"].CodeSha256, s.Plane.Functions["managed"].LatestPublished!.CodeSha256);
    }

    [Fact]
    public async Task A_durable_value_dropped_from_the_manifest_has_no_default_so_the_deploy_says_it_keeps_it()
    {
        await using var s = await CreatedWithEverything();
        s.Edit("managed", m => ((JsonObject)m["DurableConfig"]!).Remove("RetentionPeriodInDays"));

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        Assert.Equal(FunctionResult.NoChange, Assert.Single(run.Functions).Action);
        Assert.Empty(s.Writes());
        Assert.Contains($"{ManifestPath(s, "managed")} : warning LGD044: managed: DurableRetentionPeriodInDays (DurableConfig.RetentionPeriodInDays) is not declared in managed.json but the deployed function has 30; Lambda documents no default to reset it to, so the deploy leaves it at 30. Declare DurableRetentionPeriodInDays to manage it.", log.Lines);
        Assert.Contains("\"RetentionPeriodInDays\":30", Member(s, "managed", "DurableConfig"), StringComparison.Ordinal);

        // Together with a change to the structure, the kept value is sent back as deployed.
        s.Edit("managed", m => m["DurableConfig"]!["ExecutionTimeout"] = 3600);
        var (changed, log2) = await s.RunAsync();
        Assert.True(changed.ExitCode == 0, log2.Text);
        Assert.Equal("""{"DurableConfig":{"ExecutionTimeout":3600,"RetentionPeriodInDays":30,"KMSKeyArn":"arn:aws:kms:us-east-1:123456789012:key/durable"}}""",
            s.Writes().Single(w => w.Operation == "UpdateFunctionConfiguration").Body);
        Assert.Contains("\"RetentionPeriodInDays\":30", Member(s, "managed", "DurableConfig"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_DurableConfig_cannot_be_done_by_an_update_so_the_deploy_fails_before_any_call_changes_the_function()
    {
        await using var s = await CreatedWithEverything();
        string before = s.Plane.Functions["managed"].ConfigurationJson;
        s.Edit("managed", m =>
        {
            m.Remove("DurableConfig");
            m["Timeout"] = 60; // an updatable change too: it must not be applied on its own
        });
        s.WritePublish("App.dll", "managed code v2");

        var (run, log) = await s.RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(FunctionResult.Failed, Assert.Single(run.Functions).Action);
        Assert.Empty(s.Writes());
        Assert.Equal(["GetFunctionConfiguration"], s.Operations());
        Assert.Equal(before, s.Plane.Functions["managed"].ConfigurationJson);
        string error = Assert.Single(log.Errors, e => e.Contains("LGD043", StringComparison.Ordinal));
        Assert.Equal(
            $"{ManifestPath(s, "managed")} : error LGD043: managed: DurableConfig (DurableExecutionTimeout, DurableRetentionPeriodInDays, DurableKMSKeyArn) is not declared in managed.json " +
            """but the deployed function has {"ExecutionTimeout":86400,"KMSKeyArn":"arn:aws:kms:us-east-1:123456789012:key/durable","RetentionPeriodInDays":30}. """ +
            "Lambda sets DurableConfig only when it creates a function, so the deploy changed nothing. " +
            "Delete the function (aws lambda delete-function --function-name managed; its versions and aliases go with it) and deploy again to recreate it without it, " +
            """or revert the attributes to match the deployed function (set DurableExecutionTimeout = 86400, DurableRetentionPeriodInDays = 30, DurableKMSKeyArn = "arn:aws:kms:us-east-1:123456789012:key/durable").""",
            error);
    }

    [Fact]
    public async Task Declaring_tenant_isolation_on_an_existing_function_fails_with_the_exact_message_and_no_write_and_the_dry_run_shows_it()
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("tenant");
        Assert.Equal(0, (await s.RunAsync()).Result.ExitCode);
        s.Edit("tenant", m =>
        {
            m["TenancyConfig"] = JsonNode.Parse("""{"TenantIsolationMode":"PER_TENANT"}""");
            m["MemorySize"] = 512;
        });
        string expected = $"{ManifestPath(s, "tenant")} : error LGD043: tenant: TenantIsolationMode (TenancyConfig.TenantIsolationMode) is \"PER_TENANT\" in tenant.json " +
            "but the deployed function has none. Lambda sets TenancyConfig.TenantIsolationMode only when it creates a function, so the deploy changed nothing. " +
            "Delete the function (aws lambda delete-function --function-name tenant; its versions and aliases go with it) and deploy again to recreate it with the declared value, " +
            "or revert the attribute to match the deployed function (remove TenantIsolationMode).";

        var (plan, planLog) = await s.RunAsync(s.Options(dryRun: true));
        Assert.Equal(1, plan.ExitCode);
        Assert.Contains("LambdaDeploy: tenant: plan: cannot update (1 create-only setting differs from the deployed function; nothing would be changed)", planLog.Lines);
        Assert.Contains("LambdaDeploy: tenant:   TenancyConfig.TenantIsolationMode: (none) -> \"PER_TENANT\" (create-only: cannot be applied to an existing function)", planLog.Lines);
        Assert.Contains(expected, planLog.Errors);
        Assert.Empty(s.Writes());

        var (run, log) = await s.RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(expected, Assert.Single(log.Errors, e => e.Contains("LGD043", StringComparison.Ordinal)));
        Assert.Empty(s.Writes());
        Assert.Equal(256, s.Plane.Functions["tenant"].Configuration.GetProperty("MemorySize").GetInt32());
        Assert.Equal("(none)", Member(s, "tenant", "TenancyConfig"));
    }

    [Fact]
    public async Task Dropping_tenant_isolation_or_the_capacity_provider_fails_and_names_the_value_to_revert_to()
    {
        await using var s = await CreatedWithEverything();
        s.Edit("managed", m =>
        {
            m.Remove("TenancyConfig");
            m.Remove("CapacityProviderConfig");
        });

        var (run, log) = await s.RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(s.Writes());
        var errors = log.Errors.Where(e => e.Contains("LGD043", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, errors.Count);
        Assert.EndsWith("managed: TenantIsolationMode (TenancyConfig.TenantIsolationMode) is not declared in managed.json but the deployed function has \"PER_TENANT\". " +
            "Lambda sets TenancyConfig.TenantIsolationMode only when it creates a function, so the deploy changed nothing. " +
            "Delete the function (aws lambda delete-function --function-name managed; its versions and aliases go with it) and deploy again to recreate it without it, " +
            "or revert the attribute to match the deployed function (set TenantIsolationMode = \"PER_TENANT\").", errors[0], StringComparison.Ordinal);
        Assert.Contains("managed: CapacityProviderConfig (CapacityProviderArn, PerExecutionEnvironmentMaxConcurrency, ExecutionEnvironmentMemoryGiBPerVCpu) is not declared in managed.json", errors[1], StringComparison.Ordinal);
        Assert.EndsWith($"(set CapacityProviderArn = \"{Provider}\", PerExecutionEnvironmentMaxConcurrency = 64, ExecutionEnvironmentMemoryGiBPerVCpu = 4.0).", errors[1], StringComparison.Ordinal);
        Assert.Contains("\"PER_TENANT\"", Member(s, "managed", "TenancyConfig"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_a_capacity_provider_or_durable_execution_to_an_existing_function_fails_before_any_write()
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("plain", """{"MemorySize":4096}""");
        Assert.Equal(0, (await s.RunAsync()).Result.ExitCode);
        s.Edit("plain", m =>
        {
            m["CapacityProviderConfig"] = JsonNode.Parse(Capacity);
            m["DurableConfig"] = JsonNode.Parse("""{"ExecutionTimeout":3600}""");
        });

        var (run, log) = await s.RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(s.Writes());
        var errors = log.Errors.Where(e => e.Contains("LGD043", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains("plain: CapacityProviderConfig (CapacityProviderArn, PerExecutionEnvironmentMaxConcurrency, ExecutionEnvironmentMemoryGiBPerVCpu) is " +
            $$$"""{"LambdaManagedInstancesCapacityProviderConfig":{"CapacityProviderArn":"{{{Provider}}}","ExecutionEnvironmentMemoryGiBPerVCpu":4.0,"PerExecutionEnvironmentMaxConcurrency":64}}""" +
            " in plain.json but the deployed function has none.", errors[0], StringComparison.Ordinal);
        Assert.EndsWith("(remove CapacityProviderArn, PerExecutionEnvironmentMaxConcurrency, ExecutionEnvironmentMemoryGiBPerVCpu).", errors[0], StringComparison.Ordinal);
        Assert.Equal(
            $"{ManifestPath(s, "plain")} : error LGD043: plain: DurableConfig (DurableExecutionTimeout) is {{\"ExecutionTimeout\":3600}} in plain.json but the deployed function has none. " +
            "Lambda sets DurableConfig only when it creates a function, so the deploy changed nothing. " +
            "Delete the function (aws lambda delete-function --function-name plain; its versions and aliases go with it) and deploy again to recreate it with the declared value, " +
            "or revert the attribute to match the deployed function (remove DurableExecutionTimeout).",
            errors[1]);
        Assert.Equal("(none)", Member(s, "plain", "DurableConfig"));
    }

    [Fact]
    public async Task A_package_type_change_is_reported_under_its_own_code_before_any_write()
    {
        await using var s = await DeployScenario.StartAsync();
        s.Plane.SeedFunction("img", createFunctionRequestJson: """{"PackageType":"Image","Code":{"ImageUri":"123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v1"}}""");
        s.AddFunction("img");

        var (run, log) = await s.RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(s.Writes());
        Assert.Contains($"{ManifestPath(s, "img")} : error LGD040: img: PackageType is 'Zip' in img.json but the deployed function is 'Image'; Lambda cannot change a function's package type. Delete the function or deploy under another FunctionName.", log.Errors);
    }

    [Fact]
    public async Task Switching_to_another_capacity_provider_goes_through_UpdateFunctionConfiguration()
    {
        await using var s = await CreatedWithEverything();
        const string other = "arn:aws:lambda:us-east-1:123456789012:capacity-provider:fleet-2";
        s.Edit("managed", m => m["CapacityProviderConfig"]!["LambdaManagedInstancesCapacityProviderConfig"]!["CapacityProviderArn"] = other);

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        Assert.Equal(["UpdateFunctionConfiguration", "PublishVersion"], s.Writes().Select(w => w.Operation));
        Assert.Contains(other, Member(s, "managed", "CapacityProviderConfig"), StringComparison.Ordinal);
    }
}
