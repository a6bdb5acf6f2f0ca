using System.Text.Json.Nodes;
using LambdaGen.Deploy.Tests.Support;

namespace LambdaGen.Deploy.Tests;

/// <summary>
/// The configuration beside CreateFunction (issue 14) through the real engine and the control plane: reserved concurrency, aliases
/// with provisioned concurrency, the function URL with its public statements, and the asynchronous invocation config.
/// </summary>
public sealed class OperationsDeployTests
{
    private const string Concurrency = """{"ReservedConcurrentExecutions":50}""";
    private const string AliasLive = """{"Name":"live","Description":"traffic"}""";
    private const string AliasBeta = """{"Name":"beta"}""";
    private const string ProvisionedLive = """{"Qualifier":"live","ProvisionedConcurrentExecutions":5}""";
    private const string ProvisionedBeta = """{"Qualifier":"beta","ProvisionedConcurrentExecutions":2}""";
    private const string UrlNone = """{"Qualifier":"live","AuthType":"NONE","Cors":{"AllowCredentials":true,"AllowMethods":["GET","POST"],"AllowOrigins":["https://example.com"],"MaxAge":300},"InvokeMode":"BUFFERED"}""";
    private const string Async = """{"MaximumRetryAttempts":1,"MaximumEventAgeInSeconds":3600,"DestinationConfig":{"OnSuccess":{"Destination":"arn:aws:sqs:us-east-1:123456789012:done"},"OnFailure":{"Destination":"arn:aws:sns:us-east-1:123456789012:failed"}}}""";

    private static (string, string?, string)[] Everything(string? url = null, string? provisionedLive = null) =>
    [
        ("PutFunctionConcurrency", null, Concurrency),
        ("CreateAlias", "beta", AliasBeta),
        ("CreateAlias", "live", AliasLive),
        ("PutProvisionedConcurrencyConfig", "beta", ProvisionedBeta),
        ("PutProvisionedConcurrencyConfig", "live", provisionedLive ?? ProvisionedLive),
        ("CreateFunctionUrlConfig", null, url ?? UrlNone),
        ("PutFunctionEventInvokeConfig", null, Async),
    ];

    private static Task<DeployScenario> Start(Func<string, string, string?>? failure = null) =>
        DeployScenario.StartAsync(o =>
        {
            o.ProvisionedConcurrencyReadyAfterPolls = 2;
            o.ProvisionedConcurrencyFailure = failure;
        });

    /// <summary>A function with everything, deployed once.</summary>
    private static async Task<DeployScenario> Deployed(Func<string, string, string?>? failure = null)
    {
        var s = await Start(failure);
        s.AddFunction("orders", """{"Publish":true}""");
        s.SetOperations("orders", Everything());
        var (result, log) = await s.RunAsync();
        Assert.True(result.ExitCode == 0, log.Text);
        return s;
    }

    private static string Json(string json) => JsonNode.Parse(json)!.ToJsonString();

    private static JsonObject Body(string manifestJson) => JsonNode.Parse(manifestJson)!.AsObject();

    [Fact]
    public async Task The_first_deploy_creates_everything_with_the_manifests_as_the_request_bodies()
    {
        await using var s = await Start();
        s.AddFunction("orders", """{"Publish":true}""");
        s.SetOperations("orders", Everything());

        var (result, log) = await s.RunAsync();

        Assert.True(result.ExitCode == 0, log.Text);
        var function = Assert.Single(result.Functions);
        Assert.Equal(FunctionResult.Created, function.Action);
        Assert.Equal("1", function.Version); // Publish travels with CreateFunction
        var writes = s.Writes();
        Assert.Equal(
            ["CreateFunction", "PutFunctionConcurrency", "CreateAlias", "CreateAlias", "PutProvisionedConcurrencyConfig", "PutProvisionedConcurrencyConfig",
             "CreateFunctionUrlConfig", "AddPermission", "AddPermission", "PutFunctionEventInvokeConfig"],
            writes.Select(w => w.Operation));
        Assert.Equal(Json(Concurrency), writes[1].Body);
        Assert.Equal(Json("""{"Name":"beta","FunctionVersion":"1"}"""), writes[2].Body);
        Assert.Equal(Json("""{"Name":"live","Description":"traffic","FunctionVersion":"1"}"""), writes[3].Body);
        Assert.Equal(("Qualifier=beta", Json("""{"ProvisionedConcurrentExecutions":2}""")), (writes[4].Query, writes[4].Body));
        Assert.Equal(("Qualifier=live", Json("""{"ProvisionedConcurrentExecutions":5}""")), (writes[5].Query, writes[5].Body));
        var url = Body(UrlNone);
        url.Remove("Qualifier");
        Assert.Equal(("Qualifier=live", url.ToJsonString()), (writes[6].Query, writes[6].Body));
        Assert.Equal(("Qualifier=live", """{"StatementId":"LambdaGen-FunctionUrlAllowPublicAccess","Action":"lambda:InvokeFunctionUrl","Principal":"*","FunctionUrlAuthType":"NONE"}"""),
            (writes[7].Query, writes[7].Body));
        Assert.Equal(("Qualifier=live", """{"StatementId":"LambdaGen-FunctionUrlAllowInvokeFunction","Action":"lambda:InvokeFunction","Principal":"*","InvokedViaFunctionUrl":true}"""),
            (writes[8].Query, writes[8].Body));
        Assert.Equal(("", Json(Async)), (writes[9].Query, writes[9].Body));
        Assert.All(writes.Skip(1), w => Assert.Contains("/orders/", w.Path, StringComparison.Ordinal));

        var state = s.Plane.ResourcesOf("orders")!;
        Assert.Equal(50, state.ReservedConcurrency);
        Assert.Equal([("beta", "1", ""), ("live", "1", "traffic")], state.Aliases.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => (a.Name, a.FunctionVersion, a.Description)));
        Assert.Equal("READY", state.ProvisionedConcurrency["live"].Status);
        Assert.Equal(5, state.ProvisionedConcurrency["live"].Requested);
        Assert.Equal("READY", state.ProvisionedConcurrency["beta"].Status);
        Assert.Contains("\"AuthType\":\"NONE\"", state.FunctionUrlConfigs["live"], StringComparison.Ordinal);
        Assert.Contains("\"lambda:InvokedViaFunctionUrl\":\"true\"", state.Policies["live"], StringComparison.Ordinal);
        Assert.Contains("\"lambda:FunctionUrlAuthType\":\"NONE\"", state.Policies["live"], StringComparison.Ordinal);
        Assert.Contains("arn:aws:sqs:us-east-1:123456789012:done", state.EventInvokeConfigs["$LATEST"], StringComparison.Ordinal);
        Assert.Contains(log.Lines, l => l.StartsWith("LambdaDeploy: orders: configuration: concurrency, alias beta, alias live, provisioned beta, provisioned live, url, url-public, async", StringComparison.Ordinal));
        Assert.Contains(log.Lines, l => l.Contains("concurrency,alias:beta,alias:live,provisioned:beta,provisioned:live,url,url-public,async  1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_deploy_makes_no_write_call_and_the_aliases_stay_on_the_latest_published_version()
    {
        await using var s = await Deployed();

        var (again, log) = await s.RunAsync();

        Assert.True(again.ExitCode == 0, log.Text);
        Assert.Equal(FunctionResult.NoChange, Assert.Single(again.Functions).Action);
        Assert.Empty(s.Writes());
        Assert.Contains("ListVersionsByFunction", s.Operations());
        Assert.All(s.Plane.ResourcesOf("orders")!.Aliases, a => Assert.Equal("1", a.FunctionVersion));
    }

    [Fact]
    public async Task A_code_change_moves_the_aliases_to_the_new_version_and_touches_nothing_else()
    {
        await using var s = await Deployed();
        s.WritePublish("App.dll", "managed code v2");

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        var writes = s.Writes();
        Assert.Equal(["UpdateFunctionCode", "PublishVersion", "UpdateAlias", "UpdateAlias"], writes.Select(w => w.Operation));
        Assert.Equal(Json("""{"FunctionVersion":"2","Description":""}"""), writes[2].Body);
        Assert.EndsWith("/aliases/beta", writes[2].Path, StringComparison.Ordinal);
        Assert.Equal(Json("""{"FunctionVersion":"2","Description":"traffic"}"""), writes[3].Body);
        Assert.All(s.Plane.ResourcesOf("orders")!.Aliases, a => Assert.Equal("2", a.FunctionVersion));
    }

    [Fact]
    public async Task Changing_one_alias_provisioned_concurrency_touches_only_that()
    {
        await using var s = await Deployed();
        s.SetOperations("orders", Everything(provisionedLive: """{"Qualifier":"live","ProvisionedConcurrentExecutions":8}"""));

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        var write = Assert.Single(s.Writes());
        Assert.Equal(("PutProvisionedConcurrencyConfig", "Qualifier=live", Json("""{"ProvisionedConcurrentExecutions":8}""")), (write.Operation, write.Query, write.Body));
        Assert.Equal(8, s.Plane.ResourcesOf("orders")!.ProvisionedConcurrency["live"].Requested);
        Assert.Equal(FunctionResult.Updated, Assert.Single(run.Functions).Action);
        Assert.Equal(["provisioned live"], run.Functions[0].Changes);
    }

    [Fact]
    public async Task A_description_change_updates_only_that_alias()
    {
        await using var s = await Deployed();
        var ops = Everything();
        ops[2] = ("CreateAlias", "live", """{"Name":"live","Description":"all traffic"}""");
        s.SetOperations("orders", ops);

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        var write = Assert.Single(s.Writes());
        Assert.Equal(("UpdateAlias", Json("""{"FunctionVersion":"1","Description":"all traffic"}""")), (write.Operation, write.Body));
    }

    [Theory]
    [InlineData("PutFunctionConcurrency", null, "DeleteFunctionConcurrency")]
    [InlineData("PutFunctionEventInvokeConfig", null, "DeleteFunctionEventInvokeConfig")]
    [InlineData("PutProvisionedConcurrencyConfig", "beta", "DeleteProvisionedConcurrencyConfig")]
    public async Task Removing_an_attribute_removes_that_configuration_only(string operation, string? alias, string delete)
    {
        await using var s = await Deployed();
        s.SetOperations("orders", Everything().Where(o => !(o.Item1 == operation && o.Item2 == alias)).ToArray());

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        var write = Assert.Single(s.Writes());
        Assert.Equal(delete, write.Operation);
        var state = s.Plane.ResourcesOf("orders")!;
        switch (operation)
        {
            case "PutFunctionConcurrency":
                Assert.Null(state.ReservedConcurrency);
                break;
            case "PutFunctionEventInvokeConfig":
                Assert.Empty(state.EventInvokeConfigs);
                break;
            default:
                Assert.Equal(["live"], state.ProvisionedConcurrency.Keys);
                Assert.Equal("Qualifier=beta", write.Query);
                break;
        }
        Assert.DoesNotContain((await s.RunAsync()).Result.Functions, f => f.Action != FunctionResult.NoChange);
        Assert.Empty(s.Writes());
    }

    [Fact]
    public async Task Removing_an_alias_deletes_it_with_its_provisioned_concurrency()
    {
        await using var s = await Deployed();
        s.SetOperations("orders", Everything().Where(o => o.Item2 != "beta").ToArray());

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        Assert.Equal(["DeleteProvisionedConcurrencyConfig", "DeleteAlias"], s.Writes().Select(w => w.Operation));
        Assert.Equal(["live"], s.Plane.ResourcesOf("orders")!.Aliases.Select(a => a.Name));
    }

    [Fact]
    public async Task Removing_the_URL_deletes_it_and_LambdaGens_public_statements()
    {
        await using var s = await Deployed();
        s.SetOperations("orders", Everything().Where(o => o.Item1 != "CreateFunctionUrlConfig").ToArray());

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        var writes = s.Writes();
        Assert.Equal(["DeleteFunctionUrlConfig", "RemovePermission", "RemovePermission"], writes.Select(w => w.Operation));
        Assert.EndsWith("/policy/LambdaGen-FunctionUrlAllowPublicAccess", writes[1].Path, StringComparison.Ordinal);
        Assert.EndsWith("/policy/LambdaGen-FunctionUrlAllowInvokeFunction", writes[2].Path, StringComparison.Ordinal);
        Assert.All(writes, w => Assert.Equal("Qualifier=live", w.Query));
        var state = s.Plane.ResourcesOf("orders")!;
        Assert.Empty(state.FunctionUrlConfigs);
        Assert.DoesNotContain("LambdaGen-", state.Policies.GetValueOrDefault("live") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task NONE_to_AWS_IAM_updates_the_URL_and_removes_the_public_statements()
    {
        await using var s = await Deployed();
        s.SetOperations("orders", Everything(url: UrlNone.Replace("\"NONE\"", "\"AWS_IAM\"", StringComparison.Ordinal)));

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        var writes = s.Writes();
        Assert.Equal(["UpdateFunctionUrlConfig", "RemovePermission", "RemovePermission"], writes.Select(w => w.Operation));
        Assert.Equal("AWS_IAM", JsonNode.Parse(writes[0].Body)!["AuthType"]!.GetValue<string>());
        Assert.Contains("\"AuthType\":\"AWS_IAM\"", s.Plane.ResourcesOf("orders")!.FunctionUrlConfigs["live"], StringComparison.Ordinal);
        Assert.Contains("LambdaDeploy: orders: updating the function URL of alias live: AuthType NONE -> AWS_IAM", log.Lines);

        var (again, _) = await s.RunAsync();
        Assert.Equal(0, again.ExitCode);
        Assert.Empty(s.Writes());
    }

    [Fact]
    public async Task A_Cors_change_updates_the_URL_with_the_whole_Cors()
    {
        await using var s = await Deployed();
        s.SetOperations("orders", Everything(url: UrlNone.Replace("300", "600", StringComparison.Ordinal)));

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        var write = Assert.Single(s.Writes());
        Assert.Equal("UpdateFunctionUrlConfig", write.Operation);
        Assert.Equal(Json("""{"AllowCredentials":true,"AllowMethods":["GET","POST"],"AllowOrigins":["https://example.com"],"MaxAge":600}"""), JsonNode.Parse(write.Body)!["Cors"]!.ToJsonString());
    }

    [Fact]
    public async Task A_FAILED_provisioned_allocation_is_reported_with_its_reason_and_the_rest_is_deployed()
    {
        await using var s = await Start((fn, qualifier) => qualifier == "live" ? "FUNCTION_ERROR_INIT_FAILURE" : null);
        s.AddFunction("orders", """{"Publish":true}""");
        s.SetOperations("orders", Everything());

        var (run, log) = await s.RunAsync();

        Assert.Equal(1, run.ExitCode);
        var function = Assert.Single(run.Functions);
        Assert.Equal(FunctionResult.Failed, function.Action);
        Assert.Equal($"{Path.Combine(s.ManifestsDir, "orders.json")} : error LGD050: orders: PutProvisionedConcurrencyConfig failed: Status FAILED: FUNCTION_ERROR_INIT_FAILURE",
            Assert.Single(log.Errors, e => e.Contains("LGD050", StringComparison.Ordinal)));
        Assert.Equal("orders: PutProvisionedConcurrencyConfig failed: Status FAILED: FUNCTION_ERROR_INIT_FAILURE (the rest of the function is deployed)", function.Error);
        var state = s.Plane.ResourcesOf("orders")!;
        Assert.Equal("FAILED", state.ProvisionedConcurrency["live"].Status);
        Assert.Equal("READY", state.ProvisionedConcurrency["beta"].Status);
        Assert.Single(state.FunctionUrlConfigs);
        Assert.Single(state.EventInvokeConfigs);
    }

    [Fact]
    public async Task A_permanent_AWS_error_of_one_part_names_the_function_the_operation_and_the_error()
    {
        await using var s = await Start();
        s.AddFunction("orders", """{"Publish":true}""");
        // Over the account's unreserved minimum: the control plane answers the service's 400.
        var ops = Everything();
        ops[0] = ("PutFunctionConcurrency", null, """{"ReservedConcurrentExecutions":950}""");
        s.SetOperations("orders", ops);

        var (run, log) = await s.RunAsync();

        Assert.Equal(1, run.ExitCode);
        string error = Assert.Single(log.Errors, e => e.Contains("LGD050", StringComparison.Ordinal));
        Assert.Contains("orders: PutFunctionConcurrency failed: InvalidParameterValueException: Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100].", error, StringComparison.Ordinal);
        var state = s.Plane.ResourcesOf("orders")!;
        Assert.Null(state.ReservedConcurrency);
        Assert.Equal(2, state.Aliases.Count);
        Assert.Single(state.FunctionUrlConfigs);
    }

    [Fact]
    public async Task The_dry_run_lists_each_planned_change_and_makes_no_write_call()
    {
        await using var s = await Start();
        s.AddFunction("orders", """{"Publish":true}""");
        s.SetOperations("orders", Everything());

        var (plan, log) = await s.RunAsync(s.Options(dryRun: true));

        Assert.True(plan.ExitCode == 0, log.Text);
        Assert.Empty(s.Writes());
        Assert.Equal(FunctionResult.WouldCreate, Assert.Single(plan.Functions).Action);
        string[] expected =
        [
            "LambdaDeploy: orders: plan: setting reserved concurrency (none) -> 50 (orders.concurrency.json)",
            "LambdaDeploy: orders: plan: creating alias beta -> (the version this deploy publishes) (orders.alias.beta.json)",
            "LambdaDeploy: orders: plan: creating alias live -> (the version this deploy publishes) (orders.alias.live.json)",
            "LambdaDeploy: orders: plan: setting provisioned concurrency of beta (none) -> 2 (orders.provisioned.beta.json)",
            "LambdaDeploy: orders: plan: setting provisioned concurrency of live (none) -> 5 (orders.provisioned.live.json)",
            "LambdaDeploy: orders: plan: creating the function URL of alias live: AuthType NONE (orders.url.json)",
            "LambdaDeploy: orders: plan: adding the public access statement of alias live (LambdaGen-FunctionUrlAllowPublicAccess: lambda:InvokeFunctionUrl for *, FunctionUrlAuthType NONE)",
            "LambdaDeploy: orders: plan: adding the public invoke statement of alias live (LambdaGen-FunctionUrlAllowInvokeFunction: lambda:InvokeFunction for *, InvokedViaFunctionUrl true)",
            """LambdaDeploy: orders: plan: setting the asynchronous invocation config {"MaximumRetryAttempts":1,"MaximumEventAgeInSeconds":3600,"OnSuccess":"arn:aws:sqs:us-east-1:123456789012:done","OnFailure":"arn:aws:sns:us-east-1:123456789012:failed"} (orders.async.json)""",
        ];
        Assert.Equal(expected, log.Lines.Where(l => l.StartsWith("LambdaDeploy: orders: plan: ", StringComparison.Ordinal) && !l.Contains("plan: create (", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_dry_run_of_a_deployed_function_lists_removals_and_changes()
    {
        await using var s = await Deployed();
        s.SetOperations("orders", Everything(url: UrlNone.Replace("\"NONE\"", "\"AWS_IAM\"", StringComparison.Ordinal)).Where(o => o.Item2 != "beta" && o.Item1 != "PutFunctionConcurrency").ToArray());

        var (plan, log) = await s.RunAsync(s.Options(dryRun: true));

        Assert.True(plan.ExitCode == 0, log.Text);
        Assert.Empty(s.Writes());
        Assert.Equal(FunctionResult.WouldUpdate, Assert.Single(plan.Functions).Action);
        Assert.Equal(
        [
            "LambdaDeploy: orders: plan: removing reserved concurrency 50 (no ReservedConcurrentExecutions any more)",
            "LambdaDeploy: orders: plan: removing provisioned concurrency 2 of beta (no ProvisionedConcurrentExecutions any more)",
            "LambdaDeploy: orders: plan: updating the function URL of alias live: AuthType NONE -> AWS_IAM",
            "LambdaDeploy: orders: plan: removing the public statement LambdaGen-FunctionUrlAllowPublicAccess of alias live (the URL is no longer AuthType NONE)",
            "LambdaDeploy: orders: plan: removing the public statement LambdaGen-FunctionUrlAllowInvokeFunction of alias live (the URL is no longer AuthType NONE)",
            "LambdaDeploy: orders: plan: deleting alias beta (no [LambdaAlias(\"beta\")] any more)",
        ], log.Lines.Where(l => l.StartsWith("LambdaDeploy: orders: plan: ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_function_without_any_of_it_makes_only_reads_and_no_write()
    {
        await using var s = await Start();
        s.AddFunction("plain");
        Assert.Equal(0, (await s.RunAsync()).Result.ExitCode);

        var (again, log) = await s.RunAsync();

        Assert.True(again.ExitCode == 0, log.Text);
        Assert.Empty(s.Writes());
        Assert.Equal(FunctionResult.NoChange, Assert.Single(again.Functions).Action);
    }

    [Fact]
    public async Task Throttling_and_an_update_in_progress_are_retried_as_for_the_function()
    {
        await using var s = await Start();
        s.AddFunction("orders", """{"Publish":true}""");
        s.SetOperations("orders", Everything());
        s.Plane.Faults.Throttle("PutFunctionConcurrency", 2);
        s.Plane.Faults.Conflict("PutFunctionEventInvokeConfig", 1);

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        Assert.Equal(3, s.Operations().Count(o => o == "PutFunctionConcurrency"));
        Assert.Equal(2, s.Operations().Count(o => o == "PutFunctionEventInvokeConfig"));
        Assert.Contains(log.Lines, l => l.StartsWith("LambdaDeploy: orders: PutFunctionConcurrency throttled: TooManyRequestsException (HTTP 429); retry 1/", StringComparison.Ordinal));
        Assert.Contains(log.Lines, l => l.StartsWith("LambdaDeploy: orders: PutFunctionEventInvokeConfig blocked by an update in progress: ResourceConflictException (HTTP 409); retry 1/", StringComparison.Ordinal));
        Assert.Equal(50, s.Plane.ResourcesOf("orders")!.ReservedConcurrency);
    }

    [Fact]
    public async Task A_permanent_error_of_one_part_leaves_the_others_deployed()
    {
        await using var s = await Start();
        s.AddFunction("orders", """{"Publish":true}""");
        s.SetOperations("orders", Everything());
        s.Plane.Faults.Permanent("CreateFunctionUrlConfig", "orders", 403, "AccessDeniedException", "User is not authorized to perform: lambda:CreateFunctionUrlConfig");

        var (run, log) = await s.RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{Path.Combine(s.ManifestsDir, "orders.json")} : error LGD050: orders: CreateFunctionUrlConfig failed: AccessDeniedException: User is not authorized to perform: lambda:CreateFunctionUrlConfig",
            Assert.Single(log.Errors, e => e.Contains("LGD050", StringComparison.Ordinal)));
        var state = s.Plane.ResourcesOf("orders")!;
        Assert.Empty(state.FunctionUrlConfigs);
        Assert.Empty(state.Policies);
        Assert.Equal(50, state.ReservedConcurrency);
        Assert.Equal(2, state.Aliases.Count);
        Assert.Single(state.EventInvokeConfigs);

        s.Plane.Faults.Clear();
        var (again, log2) = await s.RunAsync();
        Assert.True(again.ExitCode == 0, log2.Text);
        Assert.Equal(["CreateFunctionUrlConfig", "AddPermission", "AddPermission"], s.Writes().Select(w => w.Operation));
    }

    [Fact]
    public async Task An_alias_added_without_a_code_change_points_at_the_latest_published_version()
    {
        await using var s = await Deployed();
        s.WritePublish("App.dll", "managed code v2");
        Assert.Equal(0, (await s.RunAsync()).Result.ExitCode); // version 2
        var ops = Everything().ToList();
        ops.Add(("CreateAlias", "canary", """{"Name":"canary"}"""));
        s.SetOperations("orders", ops.ToArray());

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        var write = Assert.Single(s.Writes());
        Assert.Equal(("CreateAlias", Json("""{"Name":"canary","FunctionVersion":"2"}""")), (write.Operation, write.Body));
        Assert.Contains("ListVersionsByFunction", s.Operations());
    }

    [Fact]
    public async Task An_alias_without_Publish_is_refused_by_the_re_check_before_any_call()
    {
        // The build reports it as LG0099; a manifest edited (or written) without Publish meets the same rule at deploy.
        await using var s = await Start();
        s.AddFunction("orders");
        s.SetOperations("orders", ("CreateAlias", "live", AliasLive), ("PutFunctionConcurrency", null, Concurrency));

        var (run, log) = await s.RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(log.Errors, e => e.EndsWith("orders.alias.live.json : error LG0099: Alias 'live' points at the version the deploy publishes, but Publish is not true, so no version is published; set Publish = true on [LambdaFunction] (in manifest " + e.Split(" : ")[0] + ")", StringComparison.Ordinal));
        Assert.Empty(s.Writes());
        Assert.Null(s.Plane.ResourcesOf("orders")?.ReservedConcurrency);
    }

    [Fact]
    public async Task A_deploy_role_denied_the_reads_still_deploys_a_function_that_declares_none_of_it()
    {
        await using var s = await Start();
        s.AddFunction("plain");
        Assert.Equal(0, (await s.RunAsync()).Result.ExitCode);
        foreach (string read in new[] { "GetFunctionConcurrency", "ListAliases", "ListFunctionUrlConfigs", "GetFunctionEventInvokeConfig" })
        {
            s.Plane.Faults.Permanent(read, "plain", 403, "AccessDeniedException", "User is not authorized to perform: lambda:" + read);
        }

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        Assert.Equal(FunctionResult.NoChange, Assert.Single(run.Functions).Action);
        Assert.Contains("LambdaDeploy: plain: ListAliases was denied (AccessDeniedException); no [LambdaAlias] is declared, so none is checked or removed", log.Lines);
        Assert.Contains("LambdaDeploy: plain: ListFunctionUrlConfigs was denied (AccessDeniedException); no [LambdaFunctionUrl] is declared, so none is checked or removed", log.Lines);
        Assert.DoesNotContain("ListProvisionedConcurrencyConfigs", s.Operations());
    }
}
