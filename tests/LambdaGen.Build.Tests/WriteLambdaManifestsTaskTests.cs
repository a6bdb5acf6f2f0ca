using System.Collections;
using Microsoft.Build.Framework;
using static LambdaGen.Build.Tests.TestAssembly;

namespace LambdaGen.Build.Tests;

/// <summary>The MSBuild task itself, hosted by a fake build engine.</summary>
public sealed class WriteLambdaManifestsTaskTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Execute_writes_the_manifests_and_outputs_them_for_FileWrites()
    {
        var engine = new FakeBuildEngine();
        var output = _temp.Combine("bin", "lambda") + Path.DirectorySeparatorChar;
        var task = new WriteLambdaManifests
        {
            BuildEngine = engine,
            AssemblyPath = EmitAssembly(_temp.Combine("obj"), Zip("one"), Zip("two")),
            OutputDirectory = output,
            FileListPath = _temp.Combine("obj", "LambdaGen.manifests.txt"),
        };

        Assert.True(task.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));

        Assert.Empty(engine.Errors);
        Assert.Empty(engine.Warnings);
        Assert.Equal(2, task.FunctionCount);
        // The CloudFormation template is on by default (LambdaTemplate, LambdaTemplateFormat unset).
        Assert.Equal(new[] { "one.json", "two.json", "functions.json", "template.json" }, task.ManifestFiles.Select(i => Path.GetFileName(i.ItemSpec)));
        Assert.All(task.ManifestFiles, item => Assert.True(File.Exists(item.ItemSpec)));
        Assert.Contains(engine.Messages, m => m.Message!.StartsWith("LambdaGen: 2 Lambda manifest(s) in ", StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_outputs_the_operation_manifests_for_FileWrites()
    {
        var engine = new FakeBuildEngine();
        var entries = Entries(new[] { Zip("one") }).Concat(new[]
        {
            ("LambdaGen.Operation:one|CreateFunctionUrlConfig", "{\"FunctionName\":\"one\",\"AuthType\":\"AWS_IAM\"}"),
            ("LambdaGen.Operation:one|CreateAlias|live", "{\"FunctionName\":\"one\",\"Name\":\"live\"}"),
        });
        var task = new WriteLambdaManifests
        {
            BuildEngine = engine,
            AssemblyPath = EmitAssembly(_temp.Combine("obj"), Source(entries)),
            OutputDirectory = _temp.Combine("bin", "lambda"),
        };

        Assert.True(task.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));

        Assert.Equal(new[] { "one.json", "one.alias.live.json", "one.url.json", "functions.json", "template.json" }, task.ManifestFiles.Select(i => Path.GetFileName(i.ItemSpec)));
        Assert.All(task.ManifestFiles, item => Assert.True(File.Exists(item.ItemSpec)));
    }

    [Fact]
    public void Execute_writes_the_formats_asked_for_and_refuses_an_unknown_one_naming_the_property()
    {
        var engine = new FakeBuildEngine();
        var assembly = EmitAssembly(_temp.Combine("obj"), Zip("one"));
        var both = new WriteLambdaManifests { BuildEngine = engine, AssemblyPath = assembly, OutputDirectory = _temp.Combine("bin", "lambda"), TemplateFormat = "Both", SamCodeUri = "../publish" };
        Assert.True(both.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));
        Assert.Contains("serverless.template", both.ManifestFiles.Select(i => Path.GetFileName(i.ItemSpec)));
        Assert.Contains("\"CodeUri\": \"../publish\"", File.ReadAllText(_temp.Combine("bin", "lambda", "serverless.template")));

        var bad = new WriteLambdaManifests { BuildEngine = engine, AssemblyPath = assembly, OutputDirectory = _temp.Combine("bin", "lambda"), TemplateFormat = "Terraform" };
        Assert.False(bad.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Equal("LGB006", error.Code);
        Assert.Contains("LambdaTemplateFormat 'Terraform'", error.Message);
        Assert.Equal(HelpLinkOf("LGB006"), error.HelpLink);
    }

    [Fact]
    public void Execute_logs_what_a_template_leaves_out_as_a_warning_linking_to_its_section()
    {
        var engine = new FakeBuildEngine();
        var publishes = new Function("one", ManifestFor("one", handler: "Functions::Functions.Handlers::one").TrimEnd('}') + ",\"Publish\":true}");
        var task = new WriteLambdaManifests { BuildEngine = engine, AssemblyPath = EmitAssembly(_temp.Combine("obj"), publishes), OutputDirectory = _temp.Combine("bin", "lambda"), TemplateFormat = "Sam" };

        Assert.True(task.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("LGB005", warning.Code);
        Assert.Contains("Function 'one': Publish = true without an alias cannot be expressed in serverless.template", warning.Message);
        Assert.Equal(HelpLinkOf("LGB005"), warning.HelpLink);
    }

    /// <summary>The section of build-and-deploy-codes.md the code's help link must open.</summary>
    private static string HelpLinkOf(string code) => LambdaGen.Core.ProjectLinks.Docs + "build-and-deploy-codes.md#" + code.ToLowerInvariant();

    [Fact]
    public void Execute_reports_a_bad_operation_entry_as_an_MSBuild_error_naming_the_entry()
    {
        var engine = new FakeBuildEngine();
        var assembly = EmitAssembly(_temp.Combine("obj"), Source(Entries(new[] { Zip("one") }).Append(("LambdaGen.Operation:one|CreateAlias", "{\"FunctionName\":\"one\"}"))));
        var task = new WriteLambdaManifests { BuildEngine = engine, AssemblyPath = assembly, OutputDirectory = _temp.Combine("bin", "lambda") };

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal(assembly, error.File);
        Assert.Contains("'LambdaGen.Operation:one|CreateAlias'", error.Message);
        Assert.Empty(task.ManifestFiles);
    }

    [Fact]
    public void Execute_reports_problems_as_MSBuild_errors_with_a_code_and_the_assembly_as_file()
    {
        var engine = new FakeBuildEngine();
        var assembly = EmitAssembly(_temp.Combine("obj"), Zip("dup"), Zip("arn:aws:lambda:us-east-1:123456789012:function:dup"));
        var task = new WriteLambdaManifests { BuildEngine = engine, AssemblyPath = assembly, OutputDirectory = _temp.Combine("bin", "lambda") };

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal("LGB002", error.Code);
        Assert.Equal(HelpLinkOf("LGB002"), error.HelpLink);
        Assert.Equal(assembly, error.File);
        Assert.Contains("'dup'", error.Message);
        Assert.Contains("'arn:aws:lambda:us-east-1:123456789012:function:dup'", error.Message);
        Assert.Empty(task.ManifestFiles);
    }

    [Fact]
    public void Execute_on_a_corrupt_assembly_fails_with_an_error_and_does_not_throw()
    {
        var engine = new FakeBuildEngine();
        var path = _temp.Combine("bad.dll");
        File.WriteAllText(path, "{ this is not a PE file }");
        var task = new WriteLambdaManifests { BuildEngine = engine, AssemblyPath = path, OutputDirectory = _temp.Combine("bin", "lambda") };

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal("LGB001", error.Code);
        Assert.Equal(HelpLinkOf("LGB001"), error.HelpLink);
        Assert.Contains(path, error.Message);
    }

    /// <summary>Records what the task logs.</summary>
    private sealed class FakeBuildEngine : IBuildEngine
    {
        public List<BuildErrorEventArgs> Errors { get; } = new();
        public List<BuildWarningEventArgs> Warnings { get; } = new();
        public List<BuildMessageEventArgs> Messages { get; } = new();

        public bool ContinueOnError => false;
        public int LineNumberOfTaskNode => 0;
        public int ColumnNumberOfTaskNode => 0;
        public string ProjectFileOfTaskNode => "test.csproj";

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);
        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
        public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);
        public void LogCustomEvent(CustomBuildEventArgs e) { }

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
            throw new NotSupportedException();
    }
}
