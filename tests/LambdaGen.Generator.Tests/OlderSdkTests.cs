using LambdaGen.Analyzers.Generation;
using LambdaGen.Analyzers.Parsing;
using LambdaGen.Generator.Tests.Harness;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaGen.Generator.Tests;

/// <summary>
/// An AWSSDK.Lambda without some members (<see cref="OlderAwsSdk"/>: a release from before the Lambda API gained
/// DurableConfig.KMSKeyArn) or with only part of the SDK: the typed call sets only what the SDK has and still
/// compiles, LG0069 names what it left out, and a compilation without a usable SDK gets no typed call at all.
/// </summary>
public sealed class OlderSdkTests
{
    private const string Older = "AWSSDK.Lambda " + OlderAwsSdk.FileVersion;

    private static string Message(string origin) =>
        $"DurableKMSKeyArn is set, but CreateFunctionRequest in {Older} has no DurableConfig.KMSKeyArn, so the typed call leaves it out " +
        $"(the manifest and the deploy still carry it); the Lambda API gained it on 2026-07-07, so it needs an AWSSDK.Lambda released since then ({origin})";

    private static GeneratorInput Workflows(MetadataReference sdk) =>
        TestCases.Get("Workflows", awsSdk: false) with { References = new[] { sdk } };

    [Fact]
    public void TypedCall_LeavesOutDurableKmsKeyArn_AndCompiles()
    {
        // Run checks that the output compiles with no warning at all and that a rerun is fully cached.
        var older = GeneratorHarness.Run(Workflows(OlderAwsSdk.WithoutDurableKmsKeyArn)).Sources.Values.Single();
        var newer = GeneratorHarness.Run(Workflows(OlderAwsSdk.WithDurableKmsKeyArn)).Sources.Values.Single();

        Assert.Contains("public static global::Amazon.Lambda.Model.CreateFunctionRequest CreateFunctionRequest(", older);
        Assert.DoesNotContain("KMSKeyArn = ", older);
        Assert.Contains("ExecutionTimeout = 31622400,", older);
        Assert.Contains("RetentionPeriodInDays = 90,", older);
        // The manifest still carries it.
        Assert.Contains("\\\"KMSKeyArn\\\":\\\"arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\\\"", older);

        // The only difference from an SDK that has the member is that member's two assignments (one per function).
        var kmsLines = newer.Split('\n').Where(l => l.TrimStart().StartsWith("KMSKeyArn = ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            new[] { "KMSKeyArn = \"arn:aws:kms:us-east-1:123456789012:key/workflows-state\",", "KMSKeyArn = \"arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\"," },
            kmsLines.Select(l => l.Trim()).OrderByDescending(l => l.Contains("workflows-state", StringComparison.Ordinal)));
        Assert.Equal(string.Join("\n", newer.Split('\n').Except(kmsLines)), string.Join("\n", older.Split('\n').Except(kmsLines)));
    }

    [Fact]
    public void SdkSurface_NamesTheMissingMemberAndTheRelease()
    {
        var older = SdkSurface.Read(GeneratorHarness.CreateCompilation(Workflows(OlderAwsSdk.WithoutDurableKmsKeyArn)));
        Assert.NotNull(older);
        Assert.Equal(Older, older!.Assembly);
        Assert.Equal(new[] { "DurableKMSKeyArn" }, older.MissingFields.ToArray());

        var newer = SdkSurface.Read(GeneratorHarness.CreateCompilation(Workflows(OlderAwsSdk.WithDurableKmsKeyArn)));
        Assert.Empty(newer!.MissingFields);

        // The stand-in the other tests compile against has every member of the field table.
        var standIn = SdkSurface.Read(GeneratorHarness.CreateCompilation(TestCases.Get("Workflows", awsSdk: true)));
        Assert.NotNull(standIn);
        Assert.StartsWith("AWSSDK.Lambda ", standIn!.Assembly);
        Assert.Empty(standIn.MissingFields);
    }

    /// <summary>The generator reads the SDK from every compilation; the value must be equal across edits so that nothing
    /// downstream reruns (CompilationFacts: Unchanged; everything after it: Cached).</summary>
    [Fact]
    public void CompilationFacts_WithAnOlderSdk_StayEqualAcrossEdits()
    {
        var input = Workflows(OlderAwsSdk.WithoutDurableKmsKeyArn);
        var compilation = GeneratorHarness.CreateCompilation(input);
        var first = GeneratorHarness.RunOnce(GeneratorHarness.CreateDriver(input.Properties), compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Contoso.Workflows { /// <summary>H.</summary>\npublic static class Helpers { /// <summary>A.</summary>\npublic static int Add(int a, int b) => a + b; } }",
            GeneratorHarness.ParseOptions, "Helpers.cs"));
        var second = GeneratorHarness.RunOnce(first.Driver, edited);

        var facts = GeneratorHarness.Reasons(second.Driver, TrackingNames.CompilationFacts);
        Assert.NotEmpty(facts);
        Assert.All(facts, r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, $"CompilationFacts was {r}"));
        Assert.All(GeneratorHarness.Reasons(second.Driver, TrackingNames.Resolved), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Resolved was {r}"));
        Assert.All(GeneratorHarness.OutputReasons(second.Driver), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(first.Sources, second.Sources);
        GeneratorHarness.AssertCachedOnRerun(second.Driver, edited);

        // Equal, not merely alike: two reads of two compilations give equal values with equal hash codes.
        var a = SdkSurface.Read(compilation);
        var b = SdkSurface.Read(edited);
        Assert.Equal(a, b);
        Assert.Equal(a!.GetHashCode(), b!.GetHashCode());
    }

    [Fact]
    public async Task Analyzer_ReportsLG0069_AtTheDurableKmsKeyArnArgument()
    {
        var source = Handler("""
            [LambdaFunction(FunctionName = "approve", DurableExecutionTimeout = 3600,
                DurableKMSKeyArn = {|LG0069:"arn:aws:kms:us-east-1:123456789012:key/k"|})]
            public static Stream Approve(Stream input) => input;
            """);
        await AnalyzerRunner.VerifyAsync(source, new AnalyzerSetup { References = new[] { OlderAwsSdk.WithoutDurableKmsKeyArn } },
            ("LG0069", Message("set on [LambdaFunction]")));
    }

    /// <summary>From [assembly: LambdaDefaults] the warning sits on the assembly argument, once for all the handlers.</summary>
    [Fact]
    public async Task Analyzer_ReportsLG0069_OnceAtTheAssemblyDefault()
    {
        var source = Handler("""
            [LambdaFunction(FunctionName = "approve")]
            public static Stream Approve(Stream input) => input;
            [LambdaFunction(FunctionName = "remind")]
            public static Stream Remind(Stream input) => input;
            """, assembly: """[assembly: LambdaDefaults(Role = "arn:aws:iam::123456789012:role/app", DurableKMSKeyArn = {|LG0069:"arn:aws:kms:us-east-1:123456789012:key/k"|})]""");
        await AnalyzerRunner.VerifyAsync(source, new AnalyzerSetup { References = new[] { OlderAwsSdk.WithoutDurableKmsKeyArn } },
            ("LG0069", Message("from [assembly: LambdaDefaults]")));
    }

    [Fact]
    public async Task Analyzer_IsSilent_WhenTheSdkHasTheMember_OrTheSettingIsNotSet()
    {
        var withKms = Handler("""
            [LambdaFunction(FunctionName = "approve", DurableKMSKeyArn = "arn:aws:kms:us-east-1:123456789012:key/k")]
            public static Stream Approve(Stream input) => input;
            """);
        await AnalyzerRunner.VerifyAsync(withKms, new AnalyzerSetup { References = new[] { OlderAwsSdk.WithDurableKmsKeyArn } });
        await AnalyzerRunner.VerifyAsync(withKms, new AnalyzerSetup { References = new[] { GeneratorHarnessStandIn.Lambda, GeneratorHarnessStandIn.Core } });

        // The older SDK is fine for everything it has, the rest of DurableConfig included.
        var withoutKms = Handler("""
            [LambdaFunction(FunctionName = "approve", DurableExecutionTimeout = 3600, DurableRetentionPeriodInDays = 7)]
            public static Stream Approve(Stream input) => input;
            """);
        await AnalyzerRunner.VerifyAsync(withoutKms, new AnalyzerSetup { References = new[] { OlderAwsSdk.WithoutDurableKmsKeyArn } });
    }

    /// <summary>A project that declares its own <c>Amazon.Lambda.Model.CreateFunctionRequest</c> but has no AWSSDK.Lambda:
    /// no typed call (it would name FunctionCode, CreateFunctionResponse and IAmazonLambda, which do not exist), no LG0069,
    /// and the output compiles.</summary>
    [Fact]
    public async Task SourceDefinedRequestWithoutTheRestOfTheSdk_GetsNoTypedCall()
    {
        const string partial = """
            namespace Amazon.Lambda.Model
            {
                /// <summary>A look-alike.</summary>
                public class CreateFunctionRequest
                {
                    /// <summary>N.</summary>
                    public string? FunctionName { get; set; }
                }
            }
            """;
        var input = TestCases.Get("Workflows", awsSdk: false) with { Sources = TestCases.Get("Workflows", awsSdk: false).Sources.Append(("Partial.cs", partial)).ToList() };
        Assert.Null(SdkSurface.Read(GeneratorHarness.CreateCompilation(input)));

        var generated = GeneratorHarness.Run(input).Sources;
        Assert.NotEmpty(generated);
        Assert.All(generated.Values, text => Assert.DoesNotContain("CreateFunctionRequest(", text));
        Assert.All(generated.Values, text => Assert.Contains("public const string ManifestJson", text));

        var source = Handler("""
            [LambdaFunction(FunctionName = "approve", DurableKMSKeyArn = "arn:aws:kms:us-east-1:123456789012:key/k")]
            public static Stream Approve(Stream input) => input;
            """) + "\n" + partial;
        await AnalyzerRunner.VerifyAsync(source, new AnalyzerSetup());
    }

    /// <summary>The same look-alike with the three other types the typed call names, but without the SDK's members: a
    /// typed call with only the two members every CreateFunctionRequest has, LG0069 for each setting it lacks, and the
    /// output compiles. Here the "SDK" is the project itself, and the message says so.</summary>
    [Fact]
    public async Task SourceDefinedMinimalSdk_GetsATypedCallOfWhatItHas()
    {
        const string minimal = """
            namespace Amazon.Lambda
            {
                /// <summary>C.</summary>
                public interface IAmazonLambda
                {
                    /// <summary>C.</summary>
                    System.Threading.Tasks.Task<Amazon.Lambda.Model.CreateFunctionResponse> CreateFunctionAsync(Amazon.Lambda.Model.CreateFunctionRequest request, System.Threading.CancellationToken cancellationToken = default);
                }
            }
            namespace Amazon.Lambda.Model
            {
                /// <summary>C.</summary>
                public class FunctionCode { }
                /// <summary>C.</summary>
                public class CreateFunctionResponse { }
                /// <summary>C.</summary>
                public class CreateFunctionRequest
                {
                    /// <summary>C.</summary>
                    public string? FunctionName { get; set; }
                    /// <summary>C.</summary>
                    public FunctionCode? Code { get; set; }
                    /// <summary>C.</summary>
                    public string? Role { get; set; }
                    /// <summary>C.</summary>
                    public string? Handler { get; set; }
                }
            }
            """;
        var baseInput = TestCases.Get("Tenants", awsSdk: false);
        var input = baseInput with { Sources = baseInput.Sources.Append(("Minimal.cs", minimal)).ToList() };
        var sdk = SdkSurface.Read(GeneratorHarness.CreateCompilation(input));
        Assert.Equal("this project's source", sdk!.Assembly);
        Assert.Contains("TenantIsolationMode", sdk.MissingFields);
        Assert.Contains("Runtime", sdk.MissingFields);

        var generated = GeneratorHarness.Run(input).Sources.Values.Single();
        Assert.Contains("Role = \"arn:aws:iam::123456789012:role/tenants\",", generated);
        Assert.DoesNotContain("TenancyConfig = ", generated);
        Assert.DoesNotContain("Runtime = global::", generated);

        var source = Handler("""
            [LambdaFunction(FunctionName = "tenant", Runtime = {|LG0069:"dotnet10"|}, TenantIsolationMode = {|LG0069:LambdaTenantIsolationMode.PerTenant|})]
            public static Stream Profile(Stream input) => input;
            """) + "\n" + minimal;
        await AnalyzerRunner.VerifyAsync(source, new AnalyzerSetup(),
            ("LG0069", "Runtime is set, but CreateFunctionRequest in this project's source has no Runtime, so the typed call leaves it out (the manifest and the deploy still carry it) (set on [LambdaFunction])"),
            ("LG0069", "TenantIsolationMode is set, but CreateFunctionRequest in this project's source has no TenancyConfig.TenantIsolationMode, so the typed call leaves it out (the manifest and the deploy still carry it); the Lambda API gained it in 2025-11, so it needs an AWSSDK.Lambda released since then (set on [LambdaFunction])"));
    }

    private const string WithoutUrl = "AWSSDK.Lambda 4.0.5.0";

    private static GeneratorInput Storefront(MetadataReference sdk) =>
        TestCases.Get("Storefront", awsSdk: false) with { References = new[] { sdk } };

    /// <summary>An SDK without CreateFunctionUrlConfigRequest and without PutFunctionEventInvokeConfigRequest.DestinationConfig:
    /// the surface names both, and an SDK older than every other operation names them all.</summary>
    [Fact]
    public void SdkSurface_NamesTheMissingRequestTypes_AndTheMembersOfTheOthers()
    {
        var sdk = SdkSurface.Read(GeneratorHarness.CreateCompilation(Storefront(OlderAwsSdk.WithoutFunctionUrlConfig)))!;
        Assert.Equal(WithoutUrl, sdk.Assembly);
        Assert.Equal(new[] { "CreateFunctionUrlConfig", "CreateEventSourceMapping" }, sdk.MissingOperations.ToArray());
        Assert.Equal(new[] { "PutFunctionEventInvokeConfig.OnSuccess", "PutFunctionEventInvokeConfig.OnFailure" }, sdk.MissingFields.ToArray());
        Assert.True(sdk.Lacks(LambdaGen.Core.Fields.FieldTable.UrlAuthType));
        Assert.False(sdk.Lacks(LambdaGen.Core.Fields.FieldTable.AliasDescription));

        var oldest = SdkSurface.Read(GeneratorHarness.CreateCompilation(Storefront(OlderAwsSdk.WithoutDurableKmsKeyArn)))!;
        Assert.Equal(new[] { "PutFunctionConcurrency", "CreateAlias", "PutProvisionedConcurrencyConfig", "CreateFunctionUrlConfig", "PutFunctionEventInvokeConfig", "CreateEventSourceMapping" },
            oldest.MissingOperations.ToArray());

        var standIn = SdkSurface.Read(GeneratorHarness.CreateCompilation(TestCases.Get("Storefront", awsSdk: true)))!;
        Assert.Empty(standIn.MissingOperations);
        Assert.Empty(standIn.MissingFields);
    }

    /// <summary>No URL builder, an event-invoke builder without its destinations, everything else as with the full SDK; the
    /// output compiles (Run checks it has no diagnostic) and a rerun is cached; the manifests are the same.</summary>
    [Fact]
    public void TypedCalls_WithoutARequestType_LeaveOutItsBuilder_AndCompile()
    {
        var older = GeneratorHarness.Run(Storefront(OlderAwsSdk.WithoutFunctionUrlConfig));
        var full = GeneratorHarness.Run(TestCases.Get("Storefront", awsSdk: true));
        var text = older.Sources.Values.Single();
        Assert.DoesNotContain("CreateFunctionUrlConfigRequest", text);
        Assert.DoesNotContain("DestinationConfig = ", text);
        Assert.Contains("PutFunctionEventInvokeConfigRequest()", text);
        Assert.Contains("MaximumEventAgeInSeconds = 3600,", text);
        Assert.Contains("public static partial class Live", text);
        Assert.Contains("PutProvisionedConcurrencyConfigRequest()", text);
        Assert.Contains("PutFunctionConcurrencyRequest()", text);
        // The manifests do not depend on the SDK.
        Assert.Equal(full.OperationManifests, older.OperationManifests);
        Assert.Equal(full.Manifests, older.Manifests);
        Assert.Contains("\\\"AuthType\\\":\\\"AWS_IAM\\\"", text);
    }

    /// <summary>The older SDK's surface is equal across edits, so an edit elsewhere reruns nothing.</summary>
    [Fact]
    public void CompilationFacts_WithoutARequestType_StayEqualAcrossEdits()
    {
        var input = Storefront(OlderAwsSdk.WithoutFunctionUrlConfig);
        var compilation = GeneratorHarness.CreateCompilation(input);
        var first = GeneratorHarness.RunOnce(GeneratorHarness.CreateDriver(input.Properties), compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Contoso.Storefront { /// <summary>H.</summary>\npublic static class Helpers { /// <summary>A.</summary>\npublic static int Add(int a, int b) => a + b; } }",
            GeneratorHarness.ParseOptions, "Helpers.cs"));
        var second = GeneratorHarness.RunOnce(first.Driver, edited);
        Assert.All(GeneratorHarness.Reasons(second.Driver, TrackingNames.CompilationFacts), r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, $"CompilationFacts was {r}"));
        Assert.All(GeneratorHarness.OutputReasons(second.Driver), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        var a = SdkSurface.Read(compilation);
        var b = SdkSurface.Read(edited);
        Assert.Equal(a, b);
        Assert.Equal(a!.GetHashCode(), b!.GetHashCode());
    }

    /// <summary>LG0069 at each setting of [LambdaFunctionUrl] (the SDK has no request for it: no typed call) and at the
    /// destinations of [LambdaAsyncInvoke] (its request lacks DestinationConfig); silent for what the SDK has (the alias, the
    /// retry settings, reserved concurrency) and with the full SDK.</summary>
    [Fact]
    public async Task Analyzer_ReportsLG0069_AtAttachedSettingsTheSdkCannotSend()
    {
        var source = Handler("""
            [LambdaFunctionUrl(AuthType = {|LG0069:LambdaFunctionUrlAuthType.AwsIam|}, MaxAge = {|LG0069:60|})]
            [LambdaAlias("live", Description = "traffic", ProvisionedConcurrentExecutions = 2)]
            [LambdaAsyncInvoke(MaximumRetryAttempts = 1, OnFailure = {|LG0069:"arn:aws:sqs:us-east-1:123456789012:failed"|})]
            [LambdaFunction(FunctionName = "shop", Publish = true, ReservedConcurrentExecutions = 10)]
            public static Stream Shop(Stream input) => input;
            """);
        await AnalyzerRunner.VerifyAsync(source, new AnalyzerSetup { References = new[] { OlderAwsSdk.WithoutFunctionUrlConfig } },
            ("LG0069", $"AuthType of [LambdaFunctionUrl] is set, but {WithoutUrl} has no CreateFunctionUrlConfigRequest, so no typed CreateFunctionUrlConfig call is generated (the manifest and the deploy still carry it) (set on [LambdaFunctionUrl])"),
            ("LG0069", $"MaxAge of [LambdaFunctionUrl] is set, but {WithoutUrl} has no CreateFunctionUrlConfigRequest, so no typed CreateFunctionUrlConfig call is generated (the manifest and the deploy still carry it) (set on [LambdaFunctionUrl])"),
            ("LG0069", $"OnFailure of [LambdaAsyncInvoke] is set, but PutFunctionEventInvokeConfigRequest in {WithoutUrl} has no DestinationConfig.OnFailure.Destination, so the typed call leaves it out (the manifest and the deploy still carry it) (set on [LambdaAsyncInvoke])"));

        var clean = System.Text.RegularExpressions.Regex.Replace(source, @"\{\|LG0069:(.*?)\|\}", "$1");
        await AnalyzerRunner.VerifyAsync(clean, new AnalyzerSetup { References = new[] { GeneratorHarnessStandIn.Lambda, GeneratorHarnessStandIn.Core } });
    }

    /// <summary>An SDK without any of the other operations warns at a [LambdaAlias]'s name (its constructor argument) and at
    /// reserved concurrency from [assembly: LambdaDefaults] (once, on the assembly argument).</summary>
    [Fact]
    public async Task Analyzer_ReportsLG0069_AtTheAliasName_AndTheAssemblyDefault()
    {
        var source = Handler("""
            [LambdaAlias({|LG0069:"live"|})]
            [LambdaFunction(FunctionName = "shop", Publish = true)]
            public static Stream Shop(Stream input) => input;
            """, assembly: """[assembly: LambdaDefaults(Role = "arn:aws:iam::123456789012:role/app", ReservedConcurrentExecutions = {|LG0069:10|})]""");
        await AnalyzerRunner.VerifyAsync(source, new AnalyzerSetup { References = new[] { OlderAwsSdk.WithoutDurableKmsKeyArn } },
            ("LG0069", $"ReservedConcurrentExecutions is set, but {Older} has no PutFunctionConcurrencyRequest, so no typed PutFunctionConcurrency call is generated (the manifest and the deploy still carry it) (from [assembly: LambdaDefaults])"),
            ("LG0069", $"Name of [LambdaAlias] is set, but {Older} has no CreateAliasRequest, so no typed CreateAlias call is generated (the manifest and the deploy still carry it) (set on [LambdaAlias])"));
    }

    private static string Handler(string members, string assembly = """[assembly: LambdaDefaults(Role = "arn:aws:iam::123456789012:role/app")]""") => $$"""
        using System.IO;
        using LambdaGen;
        {{assembly}}

        public class Functions
        {
        {{members}}
        }
        """;

    /// <summary>The stand-in AWSSDK.Lambda and AWSSDK.Core the generator tests compile against.</summary>
    private static class GeneratorHarnessStandIn
    {
        public static readonly MetadataReference Lambda = MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "AWSSDK.Lambda.dll"));
        public static readonly MetadataReference Core = MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "AWSSDK.Core.dll"));
    }
}
