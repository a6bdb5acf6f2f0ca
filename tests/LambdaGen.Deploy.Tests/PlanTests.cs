using System.Text.Json.Nodes;
using LambdaGen.Deploy.Manifests;
using LambdaGen.Deploy.Planning;

namespace LambdaGen.Deploy.Tests;

public sealed class PlanTests
{
    private static FunctionManifest Manifest(string json) => new("/m/orders-create.json", JsonNode.Parse(json)!.AsObject());

    private static JsonObject Deployed(string json) => JsonNode.Parse(json)!.AsObject();

    private const string BaseManifest = """
        {"FunctionName":"orders-create","Runtime":"dotnet8","Handler":"App::App.Orders::Create",
         "Role":"arn:aws:iam::123456789012:role/r","MemorySize":256,"Timeout":30,"Architectures":["arm64"],
         "PackageType":"Zip"}
        """;

    /// <summary>What GetFunctionConfiguration reports for BaseManifest, with the defaults the service fills in.</summary>
    private const string BaseDeployed = """
        {"FunctionName":"orders-create","FunctionArn":"arn:aws:lambda:us-east-1:123456789012:function:orders-create",
         "Runtime":"dotnet8","Handler":"App::App.Orders::Create","Role":"arn:aws:iam::123456789012:role/r",
         "MemorySize":256,"Timeout":30,"Architectures":["arm64"],"PackageType":"Zip","Description":"",
         "TracingConfig":{"Mode":"PassThrough"},"EphemeralStorage":{"Size":512},
         "SnapStart":{"ApplyOn":"None","OptimizationStatus":"Off"},
         "LoggingConfig":{"LogFormat":"Text","LogGroup":"/aws/lambda/orders-create"},
         "VpcConfig":{"SubnetIds":[],"SecurityGroupIds":[],"VpcId":""},
         "CodeSha256":"abc=","State":"Active","LastUpdateStatus":"Successful"}
        """;

    [Fact]
    public void Identical_function_has_no_changes()
    {
        var plan = ConfigPlanner.Plan(Manifest(BaseManifest), Deployed(BaseDeployed));
        Assert.Empty(plan.ConfigurationChanges);
        Assert.Empty(plan.ArchitectureChanges);
        Assert.Empty(plan.ConfigurationUpdate);
    }

    [Fact]
    public void Only_declared_sub_fields_are_compared()
    {
        var manifest = Manifest("""
            {"FunctionName":"orders-create","Role":"arn:aws:iam::123456789012:role/r","MemorySize":256,"Timeout":30,"Architectures":["arm64"],
             "Runtime":"dotnet8","Handler":"App::App.Orders::Create",
             "VpcConfig":{"SubnetIds":["subnet-2","subnet-1"],"SecurityGroupIds":["sg-1"]},
             "Layers":["arn:aws:lambda:us-east-1:123456789012:layer:a:1","arn:aws:lambda:us-east-1:123456789012:layer:b:3"],
             "LoggingConfig":{"LogFormat":"JSON","ApplicationLogLevel":"INFO"},
             "Environment":{"Variables":{"STAGE":"prod"}}}
            """);
        var deployed = Deployed(BaseDeployed);
        // The service adds a VPC id, reorders subnets, reports layers as objects with sizes, and fills in a log group.
        deployed["VpcConfig"] = JsonNode.Parse("""{"SubnetIds":["subnet-1","subnet-2"],"SecurityGroupIds":["sg-1"],"VpcId":"vpc-9","Ipv6AllowedForDualStack":false}""");
        deployed["Layers"] = JsonNode.Parse("""[{"Arn":"arn:aws:lambda:us-east-1:123456789012:layer:a:1","CodeSize":100},{"Arn":"arn:aws:lambda:us-east-1:123456789012:layer:b:3","CodeSize":5}]""");
        deployed["LoggingConfig"] = JsonNode.Parse("""{"LogFormat":"JSON","ApplicationLogLevel":"INFO","SystemLogLevel":"INFO","LogGroup":"/aws/lambda/orders-create"}""");
        deployed["Environment"] = JsonNode.Parse("""{"Variables":{"STAGE":"prod"}}""");

        var plan = ConfigPlanner.Plan(manifest, deployed);

        Assert.Empty(plan.ConfigurationChanges);
    }

    [Fact]
    public void A_memory_change_updates_only_MemorySize()
    {
        var manifest = Manifest(BaseManifest.Replace("\"MemorySize\":256", "\"MemorySize\":512"));
        var plan = ConfigPlanner.Plan(manifest, Deployed(BaseDeployed));

        var change = Assert.Single(plan.ConfigurationChanges);
        Assert.Equal(new FieldChange("MemorySize", "256", "512", false), change);
        Assert.Equal("""{"MemorySize":512}""", plan.ConfigurationUpdate.ToJsonString());
    }

    [Fact]
    public void Settings_removed_from_the_manifest_are_reset_to_service_defaults()
    {
        var deployed = Deployed(BaseDeployed);
        deployed["TracingConfig"] = JsonNode.Parse("""{"Mode":"Active"}""");
        deployed["Environment"] = JsonNode.Parse("""{"Variables":{"OLD":"1"}}""");
        deployed["VpcConfig"] = JsonNode.Parse("""{"SubnetIds":["subnet-1"],"SecurityGroupIds":["sg-1"],"VpcId":"vpc-1"}""");
        deployed["DeadLetterConfig"] = JsonNode.Parse("""{"TargetArn":"arn:aws:sqs:us-east-1:123456789012:dlq"}""");
        deployed["Layers"] = JsonNode.Parse("""[{"Arn":"arn:aws:lambda:us-east-1:123456789012:layer:a:1","CodeSize":1}]""");
        deployed["Description"] = "old text";
        deployed["KMSKeyArn"] = "arn:aws:kms:us-east-1:123456789012:key/k";
        deployed["EphemeralStorage"] = JsonNode.Parse("""{"Size":2048}""");
        deployed["LoggingConfig"] = JsonNode.Parse("""{"LogFormat":"JSON","LogGroup":"/custom/group"}""");

        var plan = ConfigPlanner.Plan(Manifest(BaseManifest), deployed);

        Assert.All(plan.ConfigurationChanges, c => Assert.True(c.IsReset, c.ToString()));
        var update = plan.ConfigurationUpdate;
        Assert.Equal("""{"Mode":"PassThrough"}""", update["TracingConfig"]!.ToJsonString());
        Assert.Equal("""{"Variables":{}}""", update["Environment"]!.ToJsonString());
        Assert.Equal("""{"SubnetIds":[],"SecurityGroupIds":[],"Ipv6AllowedForDualStack":false}""", update["VpcConfig"]!.ToJsonString());
        Assert.Equal("""{"TargetArn":""}""", update["DeadLetterConfig"]!.ToJsonString());
        Assert.Equal("[]", update["Layers"]!.ToJsonString());
        Assert.Equal("\"\"", update["Description"]!.ToJsonString());
        Assert.Equal("\"\"", update["KMSKeyArn"]!.ToJsonString());
        Assert.Equal("""{"Size":512}""", update["EphemeralStorage"]!.ToJsonString());
        Assert.Equal("""{"LogFormat":"Text","LogGroup":"/aws/lambda/orders-create"}""", update["LoggingConfig"]!.ToJsonString());
        Assert.Contains(plan.ConfigurationChanges, c => c.Path == "Environment.Variables.OLD" && c.Deployed == "\"1\"" && c.Wanted == FieldChange.None);
        Assert.Contains(plan.ConfigurationChanges, c => c.ToString() == "TracingConfig.Mode: \"Active\" -> \"PassThrough\" (not in the manifest: reset to the service default)");
        Assert.DoesNotContain("Role", update.Select(p => p.Key));
    }

    [Fact]
    public void Environment_variables_are_diffed_key_by_key()
    {
        var manifest = Manifest(BaseManifest.Replace("\"PackageType\"", "\"Environment\":{\"Variables\":{\"A\":\"1\",\"B\":\"new\"}},\"PackageType\""));
        var deployed = Deployed(BaseDeployed);
        deployed["Environment"] = JsonNode.Parse("""{"Variables":{"B":"old","C":"gone"}}""");

        var plan = ConfigPlanner.Plan(manifest, deployed);

        Assert.Equal(
            new[] { "Environment.Variables.A: (none) -> \"1\"", "Environment.Variables.B: \"old\" -> \"new\"", "Environment.Variables.C: \"gone\" -> (none)" },
            plan.ConfigurationChanges.Select(c => c.ToString()));
        Assert.Equal("""{"Variables":{"A":"1","B":"new"}}""", plan.ConfigurationUpdate["Environment"]!.ToJsonString());
    }

    [Fact]
    public void Layer_order_matters_but_subnet_order_does_not()
    {
        var manifest = Manifest(BaseManifest.Replace("\"PackageType\"", "\"Layers\":[\"arn:l:b\",\"arn:l:a\"],\"VpcConfig\":{\"SubnetIds\":[\"s2\",\"s1\"],\"SecurityGroupIds\":[]},\"PackageType\""));
        var deployed = Deployed(BaseDeployed);
        deployed["Layers"] = JsonNode.Parse("""[{"Arn":"arn:l:a","CodeSize":1},{"Arn":"arn:l:b","CodeSize":1}]""");
        deployed["VpcConfig"] = JsonNode.Parse("""{"SubnetIds":["s1","s2"],"SecurityGroupIds":[],"VpcId":"v"}""");

        var plan = ConfigPlanner.Plan(manifest, deployed);

        var change = Assert.Single(plan.ConfigurationChanges);
        Assert.Equal("Layers", change.Path);
    }

    [Fact]
    public void An_architecture_change_travels_with_the_code_not_the_configuration()
    {
        var deployed = Deployed(BaseDeployed);
        deployed["Architectures"] = new JsonArray("x86_64");

        var plan = ConfigPlanner.Plan(Manifest(BaseManifest), deployed);

        Assert.Empty(plan.ConfigurationUpdate);
        Assert.True(plan.ArchitectureChanged);
        Assert.Equal("[\"arm64\"]", plan.Architectures.ToJsonString());
    }

    [Fact]
    public void An_undeclared_architecture_defaults_to_x86_64()
    {
        var manifest = Manifest(BaseManifest.Replace("\"Architectures\":[\"arm64\"],", ""));
        var plan = ConfigPlanner.Plan(manifest, Deployed(BaseDeployed));

        Assert.True(plan.ArchitectureChanged);
        Assert.Equal("[\"x86_64\"]", plan.Architectures.ToJsonString());
    }

    [Fact]
    public void Values_the_service_omits_match_empty_declared_values()
    {
        var manifest = Manifest(BaseManifest.Replace("\"PackageType\"", "\"Description\":\"\",\"KMSKeyArn\":\"\",\"PackageType\""));
        var deployed = Deployed(BaseDeployed);
        deployed.Remove("Description");
        deployed.Remove("VpcConfig");
        deployed.Remove("LoggingConfig");
        deployed.Remove("TracingConfig");

        Assert.Empty(ConfigPlanner.Plan(manifest, deployed).ConfigurationChanges);
    }

    [Fact]
    public void The_new_members_reach_an_existing_function_by_their_field_table_channel()
    {
        var fixedPresence = ConfigFields.All.Where(f => f.FixedPresence).Select(f => f.Name).ToList();
        Assert.Equal(["CapacityProviderConfig", "DurableConfig"], fixedPresence);
        Assert.All(ConfigFields.All.Where(f => f.FixedPresence), f => Assert.Equal(FieldChannel.Configuration, f.Channel));
        Assert.Equal(["TenancyConfig.TenantIsolationMode"], ConfigFields.CreateOnly.Select(f => f.ApiPath));
        Assert.DoesNotContain(ConfigFields.All, f => f.Name is "TenancyConfig" or "PublishTo" or "Publish");
    }

    [Fact]
    public void Durable_and_capacity_values_are_compared_numerically_and_sent_whole_when_one_differs()
    {
        var manifest = Manifest(BaseManifest.Replace("\"PackageType\"",
            "\"CapacityProviderConfig\":{\"LambdaManagedInstancesCapacityProviderConfig\":{\"CapacityProviderArn\":\"arn:aws:lambda:us-east-1:123456789012:capacity-provider:p\",\"ExecutionEnvironmentMemoryGiBPerVCpu\":4}}," +
            "\"DurableConfig\":{\"ExecutionTimeout\":600},\"PackageType\""));
        var deployed = Deployed(BaseDeployed);
        deployed["CapacityProviderConfig"] = JsonNode.Parse("""{"LambdaManagedInstancesCapacityProviderConfig":{"CapacityProviderArn":"arn:aws:lambda:us-east-1:123456789012:capacity-provider:p","ExecutionEnvironmentMemoryGiBPerVCpu":4.0}}""");
        deployed["DurableConfig"] = JsonNode.Parse("""{"ExecutionTimeout":300,"RetentionPeriodInDays":7}""");

        var plan = ConfigPlanner.Plan(manifest, deployed);

        Assert.Empty(plan.CreateOnlyConflicts);
        Assert.Equal(new FieldChange("DurableConfig.ExecutionTimeout", "300", "600", false), Assert.Single(plan.ConfigurationChanges));
        Assert.Equal("""{"DurableConfig":{"ExecutionTimeout":600,"RetentionPeriodInDays":7}}""", plan.ConfigurationUpdate.ToJsonString());
        Assert.Equal(new FieldChange("DurableConfig.RetentionPeriodInDays", "7", "7", false), Assert.Single(plan.LeftAsDeployed));
    }

    [Fact]
    public void A_differing_create_only_setting_or_an_added_structure_is_a_conflict_not_a_change()
    {
        var manifest = Manifest(BaseManifest.Replace("\"PackageType\"", "\"DurableConfig\":{\"ExecutionTimeout\":600},\"PackageType\""));
        var deployed = Deployed(BaseDeployed);
        deployed["TenancyConfig"] = JsonNode.Parse("""{"TenantIsolationMode":"PER_TENANT"}""");

        var plan = ConfigPlanner.Plan(manifest, deployed);

        Assert.Equal(
            ["TenancyConfig.TenantIsolationMode: \"PER_TENANT\" -> (none) (create-only: cannot be applied to an existing function)",
             "DurableConfig: (none) -> {\"ExecutionTimeout\":600} (create-only: cannot be applied to an existing function)"],
            plan.CreateOnlyConflicts.Select(c => c.PlanLine));
        Assert.Empty(plan.ConfigurationUpdate);
    }

    [Fact]
    public void Tags_are_added_and_updated_and_undeclared_ones_left_alone()
    {
        var declared = new Dictionary<string, string> { ["owner"] = "team-a", ["stage"] = "prod" };
        var deployed = new Dictionary<string, string> { ["stage"] = "test", ["cost-center"] = "42", ["aws:cloudformation:stack-name"] = "s" };

        var plan = TagPlan.Compute(declared, deployed, prune: false);

        Assert.Equal(new Dictionary<string, string> { ["owner"] = "team-a", ["stage"] = "prod" }, plan.ToSet);
        Assert.Empty(plan.ToRemove);
        Assert.Equal(new[] { "aws:cloudformation:stack-name", "cost-center" }, plan.LeftAlone);
        Assert.Equal(new[] { "Tags.owner: (none) -> \"team-a\"", "Tags.stage: \"test\" -> \"prod\"" }, plan.Changes.Select(c => c.ToString()));
    }

    [Fact]
    public void Prune_removes_undeclared_tags_but_never_aws_tags()
    {
        var declared = new Dictionary<string, string> { ["stage"] = "prod" };
        var deployed = new Dictionary<string, string> { ["stage"] = "prod", ["old"] = "x", ["aws:cloudformation:stack-name"] = "s" };

        var plan = TagPlan.Compute(declared, deployed, prune: true);

        Assert.Empty(plan.ToSet);
        Assert.Equal(new[] { "old" }, plan.ToRemove);
        Assert.Equal(new[] { "aws:cloudformation:stack-name" }, plan.LeftAlone);
        Assert.True(plan.HasChanges);
    }

    [Fact]
    public void Matching_tags_are_no_change()
    {
        var tags = new Dictionary<string, string> { ["a"] = "1" };
        Assert.False(TagPlan.Compute(tags, tags, prune: true).HasChanges);
    }
}
