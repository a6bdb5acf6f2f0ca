using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Benchmarks.Scaling;

/// <summary>
/// A synthetic Lambda project of <see cref="Handlers"/> handlers spread over <see cref="Files"/> files, shaped like a real
/// one: assembly-level <c>[LambdaDefaults]</c>, environment and tags; MSBuild defaults (TargetFramework, LambdaRole,
/// LambdaFunctionNamePrefix, LambdaArchitecture); eight kinds of handler (static and instance, Stream and POCO, sync and
/// async, with or without ILambdaContext, arrays and collection expressions, VPC, file system, logging, SnapStart…);
/// handler classes with a constructor, fields and helper methods the analyzer must skip; short but real method bodies.
/// Every 50th handler breaks one rule (nine kinds in turn), and <see cref="ExpectedDiagnosticIds"/> says which, so a
/// run can check that the workload is what it claims.
/// </summary>
public sealed class SyntheticProject
{
    /// <summary>One handler in this many breaks a rule.</summary>
    public const int ViolationEvery = 50;

    private const string SharedLayer = "arn:aws:lambda:us-east-1:123456789012:layer:shared:3";

    private SyntheticProject(int handlers, int files, ImmutableArray<SyntaxTree> trees, ImmutableArray<string> expected)
    {
        Handlers = handlers;
        Files = files;
        Trees = trees;
        ExpectedDiagnosticIds = expected;
    }

    public int Handlers { get; }

    /// <summary>Files holding handlers (the project has three more: assembly attributes, models, Lambda stubs).</summary>
    public int Files { get; }

    /// <summary>Parsed once; every compilation of this project shares them, so no arm pays for parsing.</summary>
    public ImmutableArray<SyntaxTree> Trees { get; }

    /// <summary>The IDs LambdaGen must report, one entry per diagnostic, sorted.</summary>
    public ImmutableArray<string> ExpectedDiagnosticIds { get; }

    /// <summary>The MSBuild properties the package makes compiler-visible, as a build passes them.</summary>
    public static AnalyzerConfigOptionsProvider Options { get; } = TestOptions.Create(
        [("LambdaRole", "arn:aws:iam::123456789012:role/orders-lambda"), ("LambdaFunctionNamePrefix", "dev-"), ("LambdaArchitecture", "arm64")],
        "Bench");

    /// <summary>A fresh compilation of the same trees: nothing bound yet.</summary>
    public CSharpCompilation CreateCompilation(bool concurrentBuild) =>
        CSharpCompilation.Create("Bench", Trees, TestCompilation.DefaultReferences,
            TestCompilation.CompilationOptions.WithConcurrentBuild(concurrentBuild));

    public static SyntheticProject Create(int handlers, int files)
    {
        if (files < 1 || handlers < files)
            throw new ArgumentException($"{handlers} handlers cannot fill {files} files.");
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>();
        var expected = new List<string>();
        trees.Add(Parse("/src/AssemblyInfo.cs", AssemblyInfo));
        trees.Add(Parse("/src/Models.cs", Models));
        trees.Add(Parse("/src/LambdaStubs.cs", LambdaStubs));
        int next = 0;
        string previousName = "";
        for (int file = 0; file < files; file++)
        {
            // Spread the remainder over the first files so every file has ⌊h/f⌋ or ⌈h/f⌉ handlers.
            int count = handlers / files + (file < handlers % files ? 1 : 0);
            trees.Add(Parse(string.Create(CultureInfo.InvariantCulture, $"/src/Area{file % 10}/OrderHandlers{file:000}.cs"),
                HandlerFile(file, next, count, expected, ref previousName)));
            next += count;
        }
        expected.Sort(StringComparer.Ordinal);
        return new SyntheticProject(handlers, files, trees.ToImmutable(), expected.ToImmutableArray());
    }

    private static SyntaxTree Parse(string path, string source) => TestCompilation.Parse(source, path);

    private const string AssemblyInfo = $$"""
        using Amazon.Lambda.Core;
        using LambdaGen;

        [assembly: LambdaDefaults(MemorySize = 512, Timeout = 30, Layers = new[] { "{{SharedLayer}}" },
            TracingMode = LambdaTracingMode.Active, LogFormat = LambdaLogFormat.Json)]
        [assembly: LambdaEnvironment("STAGE", "dev")]
        [assembly: LambdaEnvironment("LOG_LEVEL", "info")]
        [assembly: LambdaTag("team", "orders")]
        [assembly: LambdaTag("cost-center", "1234")]
        [assembly: LambdaSerializer(typeof(Bench.Serialization.JsonSerializer))]
        """;

    private const string Models = """
        using System.Collections.Generic;

        namespace Bench;

        public sealed record OrderLine(string Sku, decimal Price, int Quantity);
        public sealed record Order(string Id, string Customer, IReadOnlyList<OrderLine> Lines);
        public sealed record Receipt(string OrderId, decimal Total, int Items);
        """;

    /// <summary>Amazon.Lambda.Core is matched by name, so the project declares the two types it uses itself.</summary>
    private const string LambdaStubs = """
        using System;

        namespace Amazon.Lambda.Core
        {
            public interface ILambdaContext { string AwsRequestId { get; } int RemainingMilliseconds { get; } }

            [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Method)]
            public sealed class LambdaSerializerAttribute : Attribute
            {
                public LambdaSerializerAttribute(Type serializerType) => SerializerType = serializerType;
                public Type SerializerType { get; }
            }
        }

        namespace Bench.Serialization
        {
            public sealed class JsonSerializer { }
        }
        """;

    private static string HandlerFile(int file, int first, int count, List<string> expected, ref string previousName)
    {
        var className = string.Create(CultureInfo.InvariantCulture, $"OrderHandlers{file:000}");
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $$"""
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Linq;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using LambdaGen;

            namespace Bench.Area{{file % 10}};

            public class {{className}}
            {
                private readonly Dictionary<string, decimal> _discounts = new() { ["VIP"] = 0.1m, ["STAFF"] = 0.2m };

                public {{className}}() { }

                private decimal Total(Order order) =>
                    order.Lines.Sum(line => line.Price * line.Quantity) * (1 - (_discounts.TryGetValue(order.Customer, out var d) ? d : 0));

                private static void Require(Order order)
                {
                    if (order.Lines.Count == 0)
                        throw new ArgumentException("An order needs at least one line.", nameof(order));
                }

            """).AppendLine();
        for (int n = first; n < first + count; n++)
            previousName = AppendHandler(builder, className, n, expected, previousName);
        return builder.AppendLine("}").ToString();
    }

    /// <summary>Handler <paramref name="n"/>: one of eight valid shapes, or (every <see cref="ViolationEvery"/>th) a broken one.
    /// Returns its function name before the prefix.</summary>
    private static string AppendHandler(StringBuilder builder, string className, int n, List<string> expected, string previousName)
    {
        var (attributes, signature, body) = (n % 8) switch
        {
            0 => ($"[LambdaFunction(FunctionName = \"orders-create-{n}\", MemorySize = 1024, Timeout = 60)]",
                $"public static Stream Create{n}(Stream input)",
                "{ input.Position = 0; return input; }"),
            1 => ($"[LambdaFunction(Description = \"Places order {n}\", Architectures = new[] {{ LambdaArchitecture.Arm64 }})]",
                $"public async Task<Receipt> Place{n}(Order order, ILambdaContext context)",
                "{ Require(order); await Task.Yield(); return new Receipt(order.Id, Total(order), order.Lines.Sum(l => l.Quantity)); }"),
            2 => ($"[LambdaEnvironment(\"TABLE_{n}\", \"orders\")] [LambdaEnvironment(\"QUEUE_URL\", \"https://sqs.us-east-1.amazonaws.com/123456789012/orders\")] [LambdaTag(\"step\", \"{n}\")]\n" +
                  $"    [LambdaFunction(FunctionName = \"orders-notify-{n}\", Layers = new[] {{ \"{SharedLayer}\", \"arn:aws:lambda:us-east-1:123456789012:layer:otel:12\" }})]",
                $"public static Task Notify{n}(Order order)",
                "{ Require(order); return Task.CompletedTask; }"),
            3 => ($"[LambdaFunction(Runtime = LambdaRuntime.Dotnet10, TracingMode = LambdaTracingMode.PassThrough, EphemeralStorage = 2048)]",
                $"public Receipt Query{n}(Order order)",
                "{ var lines = order.Lines.Where(l => l.Quantity > 0).ToList(); return new Receipt(order.Id, Total(order), lines.Count); }"),
            4 => ($"[LambdaFileSystem(\"arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0\", \"/mnt/orders\")]\n" +
                  $"    [LambdaFunction(FunctionName = \"orders-archive-{n}\", SubnetIds = new[] {{ \"subnet-0123456789abcdef0\", \"subnet-0123456789abcdef1\" }}, SecurityGroupIds = [\"sg-0123456789abcdef0\"])]",
                $"public static async Task<Stream> Archive{n}(Stream input, ILambdaContext context)",
                "{ var copy = new MemoryStream(); await input.CopyToAsync(copy); copy.Position = 0; return copy; }"),
            5 => ($"[LambdaFunction(ApplicationLogLevel = LambdaLogLevel.Info, SystemLogLevel = LambdaLogLevel.Warn, LogGroup = \"/aws/lambda/orders\")]",
                $"public static string Audit{n}(Order order, ILambdaContext context)",
                "{ return $\"{context.AwsRequestId}: {order.Id} by {order.Customer}\"; }"),
            6 => ($"[LambdaFunction(FunctionName = \"orders-refund-{n}\", SnapStart = LambdaSnapStart.PublishedVersions, Publish = true, Timeout = 120)]",
                $"public Receipt Refund{n}(Order order)",
                "{ Require(order); var total = -Total(order); return new Receipt(order.Id, total, order.Lines.Count); }"),
            _ => ($"[LambdaTag(\"owner\", \"payments\")]\n" +
                  $"    [LambdaFunction(FunctionName = \"orders-transform-{n}\", DeadLetterTargetArn = \"arn:aws:sqs:us-east-1:123456789012:orders-dlq\", KMSKeyArn = \"arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\")]",
                $"public static async Task<Stream> Transform{n}(Stream input, ILambdaContext context)",
                "{ using var reader = new StreamReader(input); var text = await reader.ReadToEndAsync(); return new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ToUpperInvariant())); }"),
        };

        var name = NameOf(className, n);
        if (n % ViolationEvery == ViolationEvery / 2)
        {
            (attributes, signature, body) = Violate(n, expected, previousName);
            name = "";
        }

        builder.AppendLine(CultureInfo.InvariantCulture, $"    {attributes}");
        builder.AppendLine(CultureInfo.InvariantCulture, $"    {signature}");
        builder.AppendLine(CultureInfo.InvariantCulture, $"    {body}");
        builder.AppendLine();
        return name;
    }

    /// <summary>A handler that breaks one rule; the kinds take turns. Handler n − 1 is always valid (see the modulus above)
    /// and named <paramref name="previousName"/>.</summary>
    private static (string Attributes, string Signature, string Body) Violate(int n, List<string> expected, string previousName)
    {
        const string streamBody = "{ return input; }";
        string signature = $"public static Stream Broken{n}(Stream input)";
        switch (n / ViolationEvery % 9)
        {
            case 0:
                expected.Add("LG0010");
                return ($"[LambdaFunction(FunctionName = \"orders-small-{n}\", MemorySize = 64)]", signature, streamBody);
            case 1:
                expected.Add("LG0011");
                return ($"[LambdaFunction(Timeout = 1000)]", signature, streamBody);
            case 2:
                expected.Add("LG0022");
                return ($"[LambdaFunction(Layers = new[] {{ \"{SharedLayer}\", \"arn:aws:lambda:us-east-1:123456789012:layer:shared:4\" }})]", signature, streamBody);
            case 3:
                expected.Add("LG0025");
                return ($"[LambdaEnvironment(\"AWS_REGION\", \"us-east-1\")] [LambdaFunction]", signature, streamBody);
            case 4:
                expected.Add("LG0018");
                return ($"[LambdaFunction(Architectures = new[] {{ \"X86_64\" }})]", signature, streamBody);
            case 5:
                expected.Add("LG0005");
                return ($"[LambdaFunction(Runtime = \"dotnet8.0\")]", signature, streamBody);
            case 6:
                expected.Add("LG0054");
                return ("[LambdaFunction]", $"public static async void Broken{n}(Stream input)", "{ await Task.Yield(); }");
            case 7:
                // The name handler n − 1 already has: both are reported.
                expected.Add("LG0002");
                expected.Add("LG0002");
                return ($"[LambdaFunction(FunctionName = \"{previousName}\")]", signature, streamBody);
            default:
                expected.Add("LG0030");
                return ("[LambdaTag(\"aws:owner\", \"payments\")] [LambdaFunction]", signature, streamBody);
        }
    }

    /// <summary>The function name (before the prefix) of valid handler <paramref name="n"/>: explicit, or derived as Type-Method.</summary>
    private static string NameOf(string className, int n) => (n % 8) switch
    {
        0 => $"orders-create-{n}",
        1 => $"{className}-Place{n}",
        2 => $"orders-notify-{n}",
        3 => $"{className}-Query{n}",
        4 => $"orders-archive-{n}",
        5 => $"{className}-Audit{n}",
        6 => $"orders-refund-{n}",
        _ => $"orders-transform-{n}",
    };
}
