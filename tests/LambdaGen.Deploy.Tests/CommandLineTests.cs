namespace LambdaGen.Deploy.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Every_flag_maps_onto_the_options()
    {
        var o = CommandLine.Parse(new[]
        {
            "--manifests", "bin/lambda", "--publish-dir", "bin/publish", "--region", "eu-west-1", "--profile", "dev",
            "--endpoint", "http://127.0.0.1:9000", "--dry-run", "--parallelism", "8", "--s3-bucket", "my-bucket",
            "--image-uri", "123.dkr.ecr.eu-west-1.amazonaws.com/app:1", "--prune-tags", "--runtime-identifier", "linux-arm64",
        });

        Assert.Equal(Path.GetFullPath("bin/lambda"), o.ManifestsDir);
        Assert.Equal(Path.GetFullPath("bin/publish"), o.PublishDir);
        Assert.Equal("eu-west-1", o.Region);
        Assert.Equal("dev", o.Profile);
        Assert.Equal("http://127.0.0.1:9000", o.Endpoint);
        Assert.True(o.DryRun);
        Assert.Equal(8, o.Parallelism);
        Assert.Equal("my-bucket", o.S3Bucket);
        Assert.Equal("123.dkr.ecr.eu-west-1.amazonaws.com/app:1", o.ImageUri);
        Assert.True(o.PruneTags);
        Assert.Equal("linux-arm64", o.RuntimeIdentifier);
    }

    [Fact]
    public void Defaults_and_equals_syntax()
    {
        var o = CommandLine.Parse(new[] { "--manifests=m", "--publish-dir=p", "--dry-run=false", "--region=" });
        Assert.Equal(4, o.Parallelism);
        Assert.False(o.DryRun);
        Assert.False(o.PruneTags);
        Assert.Null(o.Region);
        Assert.Null(o.S3Bucket);
    }

    [Theory]
    [InlineData("--manifests m", "--publish-dir <dir> is required.")]
    [InlineData("--publish-dir p", "--manifests <dir> is required.")]
    [InlineData("--manifests m --publish-dir p --parallelism 0", "--parallelism '0' must be a whole number from 1 to 64.")]
    [InlineData("--manifests m --publish-dir p --region", "--region needs a value.")]
    [InlineData("--manifests m --publish-dir p --bogus", "Unknown argument '--bogus'.")]
    [InlineData("--manifests m --publish-dir p --engine Terraform", "--engine 'Terraform' is not a deploy engine; use Direct or CloudFormation.")]
    [InlineData("--manifests m --publish-dir p --engine CloudFormation", "--engine CloudFormation needs --stack-name <name> (MSBuild property LambdaStackName).")]
    [InlineData("--manifests m --publish-dir p --engine CloudFormation --stack-name 1orders", "--stack-name '1orders' is not a stack name: it must start with a letter and contain only letters, digits and hyphens ([a-zA-Z][-a-zA-Z0-9]*).")]
    [InlineData("--manifests m --publish-dir p --engine CloudFormation --stack-name orders_dev", "--stack-name 'orders_dev' is not a stack name: it must start with a letter and contain only letters, digits and hyphens ([a-zA-Z][-a-zA-Z0-9]*).")]
    public void Bad_command_lines_say_what_is_wrong(string args, string message)
    {
        var ex = Assert.Throws<CommandLineException>(() => CommandLine.Parse(args.Split(' ')));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void The_CloudFormation_engine_flags_map_onto_the_options_and_Direct_is_the_default()
    {
        Assert.Equal(DeployEngineKind.Direct, CommandLine.Parse(new[] { "--manifests", "m", "--publish-dir", "p" }).Engine);
        var o = CommandLine.Parse(new[]
        {
            "--manifests", "m", "--publish-dir", "p", "--engine", "cloudformation", "--stack-name", "orders-dev",
            "--cloudformation-endpoint", "http://127.0.0.1:9001", "--s3-endpoint", "http://127.0.0.1:9002",
        });
        Assert.Equal((DeployEngineKind.CloudFormation, "orders-dev", "http://127.0.0.1:9001", "http://127.0.0.1:9002"), (o.Engine, o.StackName, o.CloudFormationEndpoint, o.S3Endpoint));

        var longest = "a" + new string('b', 127);
        Assert.Equal(longest, CommandLine.Parse(new[] { "--manifests", "m", "--publish-dir", "p", "--engine", "CloudFormation", "--stack-name", longest }).StackName);
        var ex = Assert.Throws<CommandLineException>(() => CommandLine.Parse(new[] { "--manifests", "m", "--publish-dir", "p", "--engine", "CloudFormation", "--stack-name", longest + "c" }));
        Assert.Equal($"--stack-name '{longest}c' is 129 characters long; a stack name has at most 128.", ex.Message);
    }

    [Fact]
    public async Task Usage_errors_exit_2_and_print_usage()
    {
        var output = new StringWriter();
        int exit = await Program.RunAsync(new[] { "--nope" }, output);
        Assert.Equal(2, exit);
        Assert.Contains("LambdaGen.Deploy : error LGD001: Unknown argument '--nope'.", output.ToString());
        Assert.Contains("Usage: LambdaGen.Deploy --manifests <dir> --publish-dir <dir>", output.ToString());
    }

    [Fact]
    public async Task Missing_manifests_are_a_clear_error_with_exit_1()
    {
        using var dir = new Support.TempDir();
        var output = new StringWriter();
        int exit = await Program.RunAsync(new[] { "--manifests", dir.Path, "--publish-dir", dir.Path }, output);
        Assert.Equal(1, exit);
        Assert.Contains($"functions.json : error LGD010: No functions.json in '{dir.Path}'", output.ToString());
    }
}
