using System.Text.Json.Nodes;
using LambdaGen.ControlPlane;
using LambdaGen.Deploy.Tests.Support;

namespace LambdaGen.Deploy.Tests;

/// <summary>
/// The CloudFormation engine against the plane's CloudFormation, S3 and Lambda endpoints: the code goes to S3 once, a
/// change set of lambda/template.json is created, waited for, shown and executed, and the stack's events are followed
/// until it settles. The template here is written from the scenario's manifests as the build writes it (a function per
/// manifest, the code location as parameters).
/// </summary>
public sealed class StackDeployTests
{
    private const string Bucket = "lambdagen-stack-code";
    private const string Stack = "orders-dev";

    /// <summary>lambda/template.json for <paramref name="functions"/>, as the build writes it for plain functions.</summary>
    internal static void WriteTemplate(DeployScenario s, params string[] functions)
    {
        var resources = new JsonObject();
        foreach (var name in functions)
        {
            var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(s.ManifestsDir, name + ".json")))!.AsObject();
            manifest.Remove("PackageType");
            manifest["Code"] = new JsonObject { ["S3Bucket"] = new JsonObject { ["Ref"] = "CodeS3Bucket" }, ["S3Key"] = new JsonObject { ["Ref"] = "CodeS3Key" } };
            resources[LogicalId(name)] = new JsonObject { ["Type"] = "AWS::Lambda::Function", ["Properties"] = manifest };
        }
        var template = new JsonObject
        {
            ["AWSTemplateFormatVersion"] = "2010-09-09",
            ["Parameters"] = new JsonObject
            {
                ["CodeS3Bucket"] = new JsonObject { ["Type"] = "String" },
                ["CodeS3Key"] = new JsonObject { ["Type"] = "String" },
            },
            ["Resources"] = resources,
            ["Outputs"] = new JsonObject
            {
                [LogicalId(functions[0]) + "Arn"] = new JsonObject { ["Value"] = new JsonObject { ["Fn::GetAtt"] = new JsonArray(LogicalId(functions[0]), "Arn") } },
            },
        };
        File.WriteAllText(Path.Combine(s.ManifestsDir, "template.json"), template.ToJsonString());
    }

    private static string LogicalId(string function) =>
        string.Concat(function.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..])) + "Function";

    private static DeployOptions StackOptions(DeployScenario s, bool dryRun = false) => s.Options(dryRun: dryRun, s3Bucket: Bucket, s3Endpoint: s.Plane.S3Endpoint.ToString()) with
    {
        Engine = DeployEngineKind.CloudFormation,
        StackName = Stack,
        CloudFormationEndpoint = s.Plane.CloudFormationEndpoint.ToString(),
        StackPollInterval = TimeSpan.FromMilliseconds(10),
    };

    private static async Task<DeployScenario> StartAsync()
    {
        var s = await DeployScenario.StartAsync();
        s.Plane.CreateBucket(Bucket);
        s.AddFunction("orders-create");
        s.AddFunction("orders-list");
        WriteTemplate(s, "orders-create", "orders-list");
        return s;
    }

    /// <summary>Calls in order as "Service Operation", CloudFormation's by Action.</summary>
    private static List<string> Calls(DeployScenario s) => s.Plane.Requests.Select(r => $"{r.Service} {r.Operation} {r.StatusCode}").ToList();

    [Fact]
    public async Task A_new_stack_is_created_from_a_CREATE_change_set_and_its_functions_are_in_the_Lambda_store()
    {
        await using var s = await StartAsync();

        var (result, log) = await s.RunAsync(StackOptions(s));

        Assert.True(result.ExitCode == 0, log.Text);
        Assert.Equal(
        [
            "cloudformation DescribeStacks 400", "s3 HeadObject 404", "s3 PutObject 200", "cloudformation CreateChangeSet 200", "cloudformation DescribeChangeSet 200",
            "cloudformation DescribeStackEvents 200", "cloudformation ExecuteChangeSet 200",
            "cloudformation DescribeStackEvents 200", "cloudformation DescribeStacks 200",
        ], Calls(s));
        Assert.Equal((Stack, "CREATE", true, "CREATE_COMPLETE"), (result.Stack!.StackName, result.Stack.ChangeSetType, result.Stack.Executed, result.Stack.FinalStatus));
        Assert.Equal(["Add OrdersCreateFunction (AWS::Lambda::Function)", "Add OrdersListFunction (AWS::Lambda::Function)"], result.Stack.Changes);
        var stored = Assert.Single(s.Plane.S3Objects.Values);
        Assert.All(new[] { "orders-create", "orders-list" }, name =>
            Assert.Equal((Bucket, stored.Key, stored.CodeSha256, "Active"), (s.Plane.Functions[name].S3Bucket, s.Plane.Functions[name].S3Key, s.Plane.Functions[name].CodeSha256, s.Plane.Functions[name].State)));
        var stack = s.Plane.Stacks[Stack];
        Assert.Equal("CREATE_COMPLETE", stack.Status);
        Assert.Equal(("AWS::Lambda::Function", "orders-create"), stack.Resources["OrdersCreateFunction"]);
        Assert.Contains("LambdaDeploy: plan: Add OrdersCreateFunction (AWS::Lambda::Function)", log.Lines);
        Assert.Contains("LambdaDeploy: event: CREATE_COMPLETE OrdersListFunction (AWS::Lambda::Function)", log.Lines);
        Assert.Contains("LambdaDeploy: output OrdersCreateFunctionArn = arn:aws:lambda:us-east-1:123456789012:function:orders-create", log.Lines);
        // The events are this run's, oldest first, ending with the stack's own.
        var events = log.Lines.Where(l => l.StartsWith("LambdaDeploy: event: ", StringComparison.Ordinal)).ToList();
        Assert.Equal("LambdaDeploy: event: CREATE_IN_PROGRESS orders-dev (AWS::CloudFormation::Stack): User Initiated", events[0]);
        Assert.Equal("LambdaDeploy: event: CREATE_COMPLETE orders-dev (AWS::CloudFormation::Stack)", events[^1]);
        Assert.DoesNotContain(events, e => e.Contains("REVIEW_IN_PROGRESS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_code_and_template_again_is_an_empty_change_set_deleted_without_execute_and_without_upload()
    {
        await using var s = await StartAsync();
        Assert.Equal(0, (await s.RunAsync(StackOptions(s))).Result.ExitCode);

        var (result, log) = await s.RunAsync(StackOptions(s));

        Assert.True(result.ExitCode == 0, log.Text);
        Assert.Equal(
        [
            "cloudformation DescribeStacks 200", "s3 HeadObject 200", "cloudformation CreateChangeSet 200",
            "cloudformation DescribeChangeSet 200", "cloudformation DeleteChangeSet 200",
        ], Calls(s));
        Assert.False(result.Stack!.Executed);
        Assert.Contains(log.Lines, l => l.StartsWith("LambdaDeploy: stack orders-dev: no change (the change set is empty: The submitted information didn't contain changes.", StringComparison.Ordinal));
        Assert.Empty(s.Plane.Stacks[Stack].ChangeSets);
    }

    [Fact]
    public async Task One_changed_setting_is_an_UPDATE_change_set_with_one_Modify_that_reaches_the_function()
    {
        await using var s = await StartAsync();
        Assert.Equal(0, (await s.RunAsync(StackOptions(s))).Result.ExitCode);
        s.Edit("orders-list", m => m["MemorySize"] = 1024);
        WriteTemplate(s, "orders-create", "orders-list");

        var (result, log) = await s.RunAsync(StackOptions(s));

        Assert.True(result.ExitCode == 0, log.Text);
        Assert.Equal("UPDATE", result.Stack!.ChangeSetType);
        Assert.Equal(["Modify OrdersListFunction (AWS::Lambda::Function): MemorySize"], result.Stack.Changes);
        Assert.Equal("UPDATE_COMPLETE", result.Stack.FinalStatus);
        Assert.Equal(1024, s.Plane.Functions["orders-list"].Configuration.GetProperty("MemorySize").GetInt32());
        Assert.Equal(256, s.Plane.Functions["orders-create"].Configuration.GetProperty("MemorySize").GetInt32());
        Assert.DoesNotContain(s.Plane.Requests, r => r.Service == "lambda");
    }

    [Fact]
    public async Task A_dry_run_shows_the_plan_deletes_the_change_set_and_changes_nothing()
    {
        await using var s = await StartAsync();

        var (result, log) = await s.RunAsync(StackOptions(s, dryRun: true));

        Assert.True(result.ExitCode == 0, log.Text);
        Assert.Equal(["Add OrdersCreateFunction (AWS::Lambda::Function)", "Add OrdersListFunction (AWS::Lambda::Function)"], result.Stack!.Changes);
        Assert.DoesNotContain(Calls(s), c => c.Contains("ExecuteChangeSet", StringComparison.Ordinal) || c.Contains("PutObject", StringComparison.Ordinal));
        Assert.Contains("cloudformation DeleteChangeSet 200", Calls(s));
        Assert.Empty(s.Plane.Functions);
        Assert.Empty(s.Plane.S3Objects);
        Assert.Equal("REVIEW_IN_PROGRESS", s.Plane.Stacks[Stack].Status);

        // The stack left in REVIEW_IN_PROGRESS takes another CREATE change set.
        var (real, realLog) = await s.RunAsync(StackOptions(s));
        Assert.True(real.ExitCode == 0, realLog.Text);
        Assert.Equal(("CREATE", "CREATE_COMPLETE"), (real.Stack!.ChangeSetType, real.Stack.FinalStatus));
    }

    [Fact]
    public async Task A_rejected_update_rolls_the_stack_back_and_fails_with_the_resource_its_type_and_reason()
    {
        await using var s = await StartAsync();
        Assert.Equal(0, (await s.RunAsync(StackOptions(s))).Result.ExitCode);
        s.Edit("orders-create", m => m["MemorySize"] = 512);
        s.Edit("orders-list", m => m["MemorySize"] = 2048);
        WriteTemplate(s, "orders-create", "orders-list");
        s.Plane.Faults.Permanent("UpdateFunctionConfiguration", "orders-list", 400, "InvalidParameterValueException", "MemorySize 2048 is over this account's limit");

        var (result, log) = await s.RunAsync(StackOptions(s));

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(log.Errors);
        Assert.Contains("error LGD065: Stack orders-dev ended UPDATE_ROLLBACK_COMPLETE: OrdersListFunction (AWS::Lambda::Function) UPDATE_FAILED: Resource handler returned message: \"MemorySize 2048 is over this account's limit (Service: Lambda, Status Code: 400)\"", error);
        Assert.Equal("UPDATE_ROLLBACK_COMPLETE", s.Plane.Stacks[Stack].Status);
        // orders-create was updated first, then put back.
        Assert.Equal(256, s.Plane.Functions["orders-create"].Configuration.GetProperty("MemorySize").GetInt32());
        Assert.Equal(256, s.Plane.Functions["orders-list"].Configuration.GetProperty("MemorySize").GetInt32());
        Assert.Contains("LambdaDeploy: event: UPDATE_ROLLBACK_IN_PROGRESS orders-dev (AWS::CloudFormation::Stack): The following resource(s) failed to update: [OrdersListFunction]. ", log.Lines);
    }

    [Fact]
    public async Task A_rejected_create_rolls_back_to_ROLLBACK_COMPLETE_and_the_next_deploy_says_to_delete_the_stack()
    {
        await using var s = await StartAsync();
        s.Plane.SeedFunction("orders-list"); // made outside the stack: CreateFunction of the same name is refused

        var (result, log) = await s.RunAsync(StackOptions(s));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(log.Errors, e => e.Contains("error LGD065: Stack orders-dev ended ROLLBACK_COMPLETE: OrdersListFunction (AWS::Lambda::Function) CREATE_FAILED: Resource handler returned message: \"Function already exist: orders-list", StringComparison.Ordinal));
        Assert.Equal("ROLLBACK_COMPLETE", s.Plane.Stacks[Stack].Status);
        Assert.False(s.Plane.Functions.ContainsKey("orders-create")); // created, then deleted by the rollback
        Assert.True(s.Plane.Functions.ContainsKey("orders-list")); // not the stack's: left alone

        var (again, againLog) = await s.RunAsync(StackOptions(s));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains(againLog.Errors, e => e.Contains("error LGD066: Stack orders-dev is ROLLBACK_COMPLETE", StringComparison.Ordinal) && e.Contains("aws cloudformation delete-stack --stack-name orders-dev", StringComparison.Ordinal));
        Assert.Equal(["cloudformation DescribeStacks 200"], Calls(s));
    }

    [Fact]
    public async Task Throttling_and_a_dropped_connection_are_retried_with_a_log_line_each()
    {
        await using var s = await StartAsync();
        s.Plane.Faults.Throttle("CreateChangeSet", 2);
        s.Plane.Faults.DropConnection("ExecuteChangeSet", 1);

        var (result, log) = await s.RunAsync(StackOptions(s));

        Assert.True(result.ExitCode == 0, log.Text);
        Assert.Equal(2, log.Lines.Count(l => l.Contains("CreateChangeSet throttled: Throttling (HTTP 400)", StringComparison.Ordinal)));
        Assert.Single(log.Lines, l => l.Contains("ExecuteChangeSet connection dropped", StringComparison.Ordinal));
        Assert.Equal("CREATE_COMPLETE", s.Plane.Stacks[Stack].Status);
    }

    [Fact]
    public async Task Without_a_bucket_or_a_template_the_deploy_stops_before_any_call()
    {
        await using var s = await StartAsync();

        var (noBucket, noBucketLog) = await s.RunAsync(StackOptions(s) with { S3Bucket = null });
        Assert.Equal(1, noBucket.ExitCode);
        Assert.Contains(noBucketLog.Errors, e => e.Contains("error LGD060: The CloudFormation engine needs an S3 bucket", StringComparison.Ordinal));

        File.Delete(Path.Combine(s.ManifestsDir, "template.json"));
        var (noTemplate, noTemplateLog) = await s.RunAsync(StackOptions(s));
        Assert.Equal(1, noTemplate.ExitCode);
        Assert.Contains(noTemplateLog.Errors, e => e.Contains("error LGD061: No CloudFormation template at", StringComparison.Ordinal));
        Assert.Empty(s.Plane.Requests);
    }
}
