using System.Text;
using System.Text.Json;
using LambdaGen.Testing;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>
/// The real AWS CLI's `cloudformation deploy` (GetTemplateSummary, CreateChangeSet, the change-set and stack waiters,
/// ExecuteChangeSet through botocore's Query serializer and XML parser) and `describe-stacks` / `describe-stack-events`
/// against the plane's CloudFormation endpoint; what the stack made is read back through the Lambda endpoint.
/// </summary>
public sealed class CloudFormationCliTests(PlaneFixture fixture) : CliTestBase(fixture), IClassFixture<PlaneFixture>
{
    private const string Bucket = "cli-stack-code";

    private AwsCliTarget CloudFormationTarget => Target with { EndpointUrl = Plane.CloudFormationEndpoint.ToString() };

    private Task<AwsCliResult> Cfn(params string[] args) => AwsCli.RunAsync(CloudFormationTarget, ["cloudformation", .. args]);

    private string Template(string name, string function, int memory, string extraResources = "") =>
        WriteFile(name, Encoding.UTF8.GetBytes($$"""
            {
              "AWSTemplateFormatVersion": "2010-09-09",
              "Description": "CLI test stack",
              "Parameters": {
                "CodeS3Bucket": { "Type": "String" },
                "CodeS3Key": { "Type": "String" },
                "Stage": { "Type": "String", "Default": "test" }
              },
              "Resources": {
                "AppFunction": {
                  "Type": "AWS::Lambda::Function",
                  "Properties": {
                    "FunctionName": "{{function}}",
                    "Runtime": "dotnet8",
                    "Handler": "App::App.Function::Handler",
                    "Role": "{{Bodies.Role}}",
                    "MemorySize": {{memory}},
                    "Environment": { "Variables": { "STAGE": { "Ref": "Stage" }, "NAME": { "Fn::Sub": "${AWS::StackName}-${Stage}" } } },
                    "Tags": [ { "Key": "owner", "Value": "cli" } ],
                    "Code": { "S3Bucket": { "Ref": "CodeS3Bucket" }, "S3Key": { "Ref": "CodeS3Key" } }
                  }
                }{{extraResources}}
              },
              "Outputs": {
                "AppFunctionArn": { "Value": { "Fn::GetAtt": [ "AppFunction", "Arn" ] } }
              }
            }
            """));

    private static string[] Overrides(string key) => ["--parameter-overrides", $"CodeS3Bucket={Bucket}", $"CodeS3Key={key}"];

    private async Task<JsonElement> DescribeStack(string stack) =>
        (await Cfn("describe-stacks", "--stack-name", stack)).Json.GetProperty("Stacks")[0];

    [Fact]
    public async Task Deploy_creates_then_reports_no_changes_then_updates_the_stack_and_its_function()
    {
        const string stack = "cli-orders";
        const string function = "cli-stack-orders";
        var stored = Plane.PutS3Object(Bucket, "lambdagen/v1.zip", Bodies.Zip("v1"));

        var created = await Cfn(["deploy", "--template-file", Template("t1.json", function, 256), "--stack-name", stack, .. Overrides(stored.Key)]);
        Assert.True(created.ExitCode == 0, created.StdErr + created.StdOut);
        Assert.Contains($"Successfully created/updated stack - {stack}", created.StdOut);

        var description = await DescribeStack(stack);
        Assert.Equal("CREATE_COMPLETE", description.GetProperty("StackStatus").GetString());
        Assert.Equal(Plane.Stacks[stack].StackId, description.GetProperty("StackId").GetString());
        var output = description.GetProperty("Outputs")[0];
        Assert.Equal(("AppFunctionArn", $"arn:aws:lambda:{Options.Region}:{Options.AccountId}:function:{function}"),
            (output.GetProperty("OutputKey").GetString(), output.GetProperty("OutputValue").GetString()));
        var configuration = (await Aws("lambda", "get-function-configuration", "--function-name", function)).Json;
        Assert.Equal(256, configuration.GetProperty("MemorySize").GetInt32());
        Assert.Equal("Active", configuration.GetProperty("State").GetString());
        Assert.Equal($"{stack}-test", configuration.GetProperty("Environment").GetProperty("Variables").GetProperty("NAME").GetString());
        Assert.Equal(stored.CodeSha256, configuration.GetProperty("CodeSha256").GetString());

        // The same template and parameters: the CLI sees the empty change set's reason and says so.
        var same = await Cfn(["deploy", "--template-file", Template("t1.json", function, 256), "--stack-name", stack, "--no-fail-on-empty-changeset", .. Overrides(stored.Key)]);
        Assert.True(same.ExitCode == 0, same.StdErr + same.StdOut);
        Assert.Contains($"No changes to deploy. Stack {stack} is up to date", same.StdOut);
        // The FAILED change set stays, as CloudFormation keeps it; the CLI names change sets by the second, so it goes
        // before the next deploy (which may run within the same second).
        var summary = Assert.Single((await Cfn("list-change-sets", "--stack-name", stack)).Json.GetProperty("Summaries").EnumerateArray());
        Assert.Equal(("FAILED", "UNAVAILABLE"), (summary.GetProperty("Status").GetString(), summary.GetProperty("ExecutionStatus").GetString()));
        Assert.StartsWith("The submitted information didn't contain changes.", summary.GetProperty("StatusReason").GetString());
        Assert.Equal(0, (await Cfn("delete-change-set", "--stack-name", stack, "--change-set-name", summary.GetProperty("ChangeSetName").GetString()!)).ExitCode);

        var updated = await Cfn(["deploy", "--template-file", Template("t2.json", function, 1024), "--stack-name", stack, .. Overrides(stored.Key)]);
        Assert.True(updated.ExitCode == 0, updated.StdErr + updated.StdOut);
        Assert.Equal("UPDATE_COMPLETE", (await DescribeStack(stack)).GetProperty("StackStatus").GetString());
        Assert.Equal(1024, (await Aws("lambda", "get-function-configuration", "--function-name", function)).Json.GetProperty("MemorySize").GetInt32());

        var events = (await Cfn("describe-stack-events", "--stack-name", stack)).Json.GetProperty("StackEvents").EnumerateArray()
            .Select(e => $"{e.GetProperty("LogicalResourceId").GetString()} {e.GetProperty("ResourceStatus").GetString()}").Reverse().ToList();
        Assert.Equal(
        [
            $"{stack} REVIEW_IN_PROGRESS", $"{stack} CREATE_IN_PROGRESS", "AppFunction CREATE_IN_PROGRESS", "AppFunction CREATE_IN_PROGRESS", "AppFunction CREATE_COMPLETE", $"{stack} CREATE_COMPLETE",
            $"{stack} UPDATE_IN_PROGRESS", "AppFunction UPDATE_IN_PROGRESS", "AppFunction UPDATE_COMPLETE", $"{stack} UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", $"{stack} UPDATE_COMPLETE",
        ], events);
        Assert.All(Plane.Requests.Where(r => r.Service == "cloudformation" && r.Body.Contains($"StackName={stack}&", StringComparison.Ordinal)), r => Assert.True(r.StatusCode is 200 or 400, $"{r.Operation} {r.StatusCode}"));
    }

    [Fact]
    public async Task Deploy_applies_versions_aliases_urls_permissions_and_async_config_and_removes_them_again()
    {
        const string stack = "cli-features";
        const string function = "cli-stack-features";
        var stored = Plane.PutS3Object(Bucket, "lambdagen/features.zip", Bodies.Zip("features"));
        const string extra = """
            ,
                "AppVersion": { "Type": "AWS::Lambda::Version", "Properties": { "FunctionName": { "Ref": "AppFunction" } } },
                "AppAliasLive": {
                  "Type": "AWS::Lambda::Alias",
                  "Properties": { "FunctionName": { "Ref": "AppFunction" }, "Name": "live", "FunctionVersion": { "Fn::GetAtt": [ "AppVersion", "Version" ] } }
                },
                "AppUrl": {
                  "Type": "AWS::Lambda::Url",
                  "DependsOn": "AppAliasLive",
                  "Properties": { "TargetFunctionArn": { "Fn::GetAtt": [ "AppFunction", "Arn" ] }, "Qualifier": "live", "AuthType": "NONE" }
                },
                "AppUrlPublicPermission": {
                  "Type": "AWS::Lambda::Permission",
                  "DependsOn": "AppAliasLive",
                  "Properties": { "Action": "lambda:InvokeFunctionUrl", "FunctionName": { "Ref": "AppAliasLive" }, "Principal": "*", "FunctionUrlAuthType": "NONE" }
                },
                "AppEventInvokeConfig": {
                  "Type": "AWS::Lambda::EventInvokeConfig",
                  "Properties": { "FunctionName": { "Ref": "AppFunction" }, "Qualifier": "$LATEST", "MaximumRetryAttempts": 1 }
                }
            """;

        var created = await Cfn(["deploy", "--template-file", Template("features.json", function, 512, extra), "--stack-name", stack, .. Overrides(stored.Key)]);
        Assert.True(created.ExitCode == 0, created.StdErr + created.StdOut);

        var alias = (await Aws("lambda", "get-alias", "--function-name", function, "--name", "live")).Json;
        Assert.Equal("1", alias.GetProperty("FunctionVersion").GetString());
        var url = (await Aws("lambda", "get-function-url-config", "--function-name", function, "--qualifier", "live")).Json;
        Assert.Equal("NONE", url.GetProperty("AuthType").GetString());
        var policy = (await Aws("lambda", "get-policy", "--function-name", function, "--qualifier", "live")).Json.GetProperty("Policy").GetString()!;
        Assert.Contains("lambda:InvokeFunctionUrl", policy);
        Assert.Equal(1, (await Aws("lambda", "get-function-event-invoke-config", "--function-name", function)).Json.GetProperty("MaximumRetryAttempts").GetInt32());
        Assert.Equal(["AppAliasLive", "AppEventInvokeConfig", "AppFunction", "AppUrl", "AppUrlPublicPermission", "AppVersion"], Plane.Stacks[stack].Resources.Keys.Order(StringComparer.Ordinal));

        // Only the function is left in the template: the others are deleted in the update's cleanup.
        var trimmed = await Cfn(["deploy", "--template-file", Template("trimmed.json", function, 512), "--stack-name", stack, .. Overrides(stored.Key)]);
        Assert.True(trimmed.ExitCode == 0, trimmed.StdErr + trimmed.StdOut);
        Assert.Equal(["AppFunction"], Plane.Stacks[stack].Resources.Keys);
        var noUrl = await Aws("lambda", "get-function-url-config", "--function-name", function, "--qualifier", "live");
        Assert.NotEqual(0, noUrl.ExitCode);
        Assert.Contains("ResourceNotFoundException", noUrl.StdErr);
    }

    [Fact]
    public async Task A_function_the_Lambda_store_refuses_rolls_the_new_stack_back_and_deploy_fails()
    {
        const string stack = "cli-rollback";
        const string function = "cli-stack-taken";
        Plane.SeedFunction(function); // exists outside the stack
        var stored = Plane.PutS3Object(Bucket, "lambdagen/rollback.zip", Bodies.Zip("rollback"));

        var failed = await Cfn(["deploy", "--template-file", Template("rollback.json", function, 256), "--stack-name", stack, .. Overrides(stored.Key)]);

        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains("Failed to create/update the stack", failed.StdErr);
        var description = await DescribeStack(stack);
        Assert.Equal("ROLLBACK_COMPLETE", description.GetProperty("StackStatus").GetString());
        var failure = (await Cfn("describe-stack-events", "--stack-name", stack)).Json.GetProperty("StackEvents").EnumerateArray()
            .Single(e => e.GetProperty("ResourceStatus").GetString() == "CREATE_FAILED");
        Assert.Equal("AppFunction", failure.GetProperty("LogicalResourceId").GetString());
        Assert.StartsWith($"Resource handler returned message: \"Function already exist: {function}", failure.GetProperty("ResourceStatusReason").GetString());
    }

    [Fact]
    public async Task Errors_are_Query_protocol_XML_the_CLI_reads_as_the_services_codes()
    {
        var missing = await Cfn("describe-stacks", "--stack-name", "no-such-stack");
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("An error occurred (ValidationError) when calling the DescribeStacks operation: Stack with id no-such-stack does not exist", missing.StdErr);

        var badName = await Cfn("create-change-set", "--stack-name", "bad_name", "--change-set-name", "c1", "--change-set-type", "CREATE",
            "--template-body", """{"Resources":{"A":{"Type":"AWS::Lambda::Function","Properties":{}}}}""");
        Assert.NotEqual(0, badName.ExitCode);
        Assert.Contains("(ValidationError)", badName.StdErr);
        Assert.Contains("Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*", badName.StdErr);

        var noChangeSet = await Cfn("describe-change-set", "--stack-name", "cli-orders-none", "--change-set-name", "nope");
        Assert.Contains("(ChangeSetNotFound)", noChangeSet.StdErr);
    }
}
