using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using LambdaGen.Core.Model;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static LambdaGen.Tests.Robustness.Generators;

namespace LambdaGen.Fuzz.Tests;

/// <summary>
/// The fuzzer's inputs: random attribute arguments on random targets, user declarations named like generated code, valid
/// files truncated or cut token by token, and random MSBuild properties. Every kind is mixed with every other.
/// </summary>
internal static class FuzzInputs
{
    public const string MainPath = TestCompilation.DefaultPath;
    private const string StubsPath = "/src/LambdaCore.cs";

    private static readonly string[] MsBuildNames =
        MsBuildDefaults.PropertyNames.Concat(new[] { "TargetFramework", "RuntimeIdentifier", "RootNamespace" }).ToArray();

    /// <summary>MSBuild values as they arrive from a project file: well-formed, padded, lists, numbers out of range.</summary>
    private static readonly Gen<string?> MsBuildValues = Gen.OneOf(
        Strings,
        Gen.Elements<string?>("net8.0", "net10.0", "netstandard2.0", "net10.0-windows", "linux-arm64", "linux-x64", "win-x64", "64", " 128 ", "-1", "0",
            "10240", "10241", "99999999999", "1e3", "0x40", "arm64;x86_64", "x86_64", "dotnet10", "provided.al2023", "true", "false", "Image", "Zip",
            "LambdaFunctions", "System", "Amazon", "global::X", "A.B.C", "1Namespace", "my-root", "us-east-1", "arn:aws:iam::123456789012:role/app", ""));

    private static readonly Gen<(string Key, string? Value)[]> Properties =
        Gen.Frequency((2, Gen.Constant(Array.Empty<(string, string?)>())), (3, Gen.SubListOf(MsBuildNames).SelectMany(names =>
            Gen.ArrayOf(MsBuildValues, names.Count).Select(values => names.Zip(values, (n, v) => (n, v)).ToArray()))));

    /// <summary>Expressions of the wrong type or not constant, put where an attribute value goes.</summary>
    private static readonly string[] WrongValues =
    {
        "\"64\"", "64", "true", "null", "default", "new[] { 1, 2 }", "new string[3]", "new object[] { null }", "(string)null", "System.DateTime.Now.Second",
        "typeof(int)", "nameof(Functions)", "$\"{1}\"", "1 / 0", "int.MaxValue + 1", "\"a\" + \"b\"", "LambdaRuntime.Dotnet10", "Missing.Value", "[null]",
        "new string[] { \"a\", null }", "[\"x\", null, \"y\"]",
    };

    /// <summary>Names a handler, its class, its namespace or its FunctionName can take, chosen to meet generated names.</summary>
    private static readonly string[] Names =
    {
        "Handle", "Run", "LambdaFunctions", "System", "Amazon", "Lambda", "Model", "FunctionName", "ManifestJson", "Handler", "CreateFunctionRequest",
        "CreateFunctionAsync", "Functions", "@class", "Ünïcode", "H", "_", "Global", "LambdaGen", "Task", "CancellationToken", "Environment", "Runtime",
    };

    private static readonly string[] Namespaces = { "", "App", "TestFunctions", "App.LambdaFunctions", "System.App", "Amazon.App", "LambdaFunctions", "App.System", "Ünï" };

    /// <summary>Declarations a user may have beside the handler; #NS# is the handler's namespace.</summary>
    private static readonly string[] UserDeclarations =
    {
        "public class LambdaFunctions { }", "public struct LambdaFunctions { }", "internal static class LambdaFunctions { }",
        "public static partial class LambdaFunctions { public static int Handle; }", "public static partial class LambdaFunctions { public class Handle { } }",
        "public partial class LambdaFunctions { }", "public static partial class LambdaFunctions { public const string FunctionName = \"x\"; }",
        "public interface LambdaFunctions { }", "public enum LambdaFunctions { A }", "public delegate void LambdaFunctions();",
        "namespace LambdaFunctions { public class Handle { } }", "public class System { }", "public class Amazon { }", "namespace System { public class Object { } }",
        "namespace Amazon.Lambda { public class Runtime { } }", "public class Handle { }", "public class FunctionName { }", "public class Handler { }",
        "public static class Global { }", "public class GeneratedCodeAttribute : global::System.Attribute { }",
        "namespace Amazon.Lambda.Model { public class CreateFunctionRequest { } }",
        "namespace Amazon.Lambda.Model { public class CreateFunctionRequest { public string FunctionName { get; set; } = \"\"; } public class FunctionCode { } public class CreateFunctionResponse { } }",
        "namespace Amazon.Lambda { public interface IAmazonLambda { } }",
        "namespace Amazon.Lambda.Model { public partial class CreateFunctionRequest { public int MemorySize; } }",
        "namespace System.Collections.Generic { public class List<T> { } }", "namespace System.Reflection { public class AssemblyMetadataAttribute : System.Attribute { } }",
        "[assembly: global::System.Reflection.AssemblyMetadata(\"LambdaGen.ManifestClass:evil\", \"Evil\")]",
        "[assembly: global::System.Reflection.AssemblyMetadata(\"LambdaGen.Project:TargetFramework\", \"\\uD800\")]",
        "file class LambdaFunctions { }", "public record LambdaFunctions(int X);", "public static partial class LambdaFunctions { public static partial class Handle { } }",
    };

    /// <summary>One ARN of every kind of event source LambdaGen tells apart, a FIFO queue and a DynamoDB table (not a stream).</summary>
    private static readonly string?[] EventSourceArns =
    {
        "arn:aws:sqs:us-east-1:123456789012:orders", "arn:aws:sqs:us-east-1:123456789012:orders.fifo",
        "arn:aws:kinesis:us-east-1:123456789012:stream/clicks", "arn:aws:dynamodb:us-east-1:123456789012:table/t/stream/2026-01-01T00:00:00.000",
        "arn:aws:dynamodb:us-east-1:123456789012:table/t", "arn:aws:kafka:us-east-1:123456789012:cluster/events/1a2b3c4d-1234-5678-9abc-def012345678-1",
        "arn:aws:mq:us-east-1:123456789012:broker:b:b-1234a5b6-78cd-901e-2fgh-3i45j6k178l9", "arn:aws:rds:us-east-1:123456789012:cluster:docs",
        "arn:aws:sns:us-east-1:123456789012:topic",
    };

    /// <summary>Handler targets; #ATTR# is the attribute list, #N# a unique suffix, #NAME# a method name.</summary>
    private static readonly string[] Targets =
    {
        "public static class #NAME#Host#N# { #ATTR# public static System.IO.Stream #NAME#(System.IO.Stream input) => input; }",
        "public class #NAME#Host#N# { #ATTR# public System.IO.Stream #NAME#(System.IO.Stream input) => input; }",
        "public class Host#N# { #ATTR# public static string #NAME#(string input, Amazon.Lambda.Core.ILambdaContext c) => input; }",
        "public class Host#N# { #ATTR# public static T #NAME#<T>(T input) => input; }",
        "public class Host#N#<T> { #ATTR# public static System.IO.Stream #NAME#(System.IO.Stream input) => input; }",
        "public class Host#N# { public static void Outer() { #ATTR# static System.IO.Stream #NAME#(System.IO.Stream input) => input; } }",
        "public class Host#N# { #ATTR# public static int #NAME# { get; set; } }",
        "#ATTR# public class #NAME#Host#N# { }",
        "public struct Host#N# { #ATTR# public static System.IO.Stream #NAME#(System.IO.Stream input) => input; }",
        "public record Host#N#(int X) { #ATTR# public static System.IO.Stream #NAME#(System.IO.Stream input) => input; }",
        "public class Outer#N# { public class Inner { #ATTR# public static System.IO.Stream #NAME#(System.IO.Stream input) => input; } }",
        "internal class Host#N# { #ATTR# internal static async System.Threading.Tasks.Task #NAME#(System.IO.Stream input) { await System.Threading.Tasks.Task.Yield(); } }",
        "public static partial class Host#N# { #ATTR# public static partial System.IO.Stream #NAME#(System.IO.Stream input); public static partial System.IO.Stream #NAME#(System.IO.Stream input) => input; }",
        "public static class Host#N# { #ATTR# public static System.IO.Stream #NAME#(this System.IO.Stream input) => input; #ATTR# public static System.IO.Stream #NAME#(System.IO.Stream input, int n) => input; }",
        "public abstract class Host#N# { #ATTR# public abstract System.IO.Stream #NAME#(System.IO.Stream input); }",
        "file class Host#N# { #ATTR# public static System.IO.Stream #NAME#(System.IO.Stream input) => input; }",
    };

    private static Gen<string> ValueOrWrong(Gen<string> arguments) =>
        Gen.Frequency((5, arguments), (1, from args in arguments
                                          from wrong in Gen.Elements(WrongValues)
                                          from at in Gen.Choose(0, 20)
                                          select ReplaceNthValue(args, at, wrong)));

    private static string ReplaceNthValue(string arguments, int n, string replacement)
    {
        var parts = arguments.Split(" = ");
        if (parts.Length < 2)
        {
            return arguments;
        }

        int index = 1 + n % (parts.Length - 1);
        int end = parts[index].IndexOf(", ", StringComparison.Ordinal);
        parts[index] = replacement + (end < 0 ? "" : parts[index].Substring(end));
        return string.Join(" = ", parts);
    }

    /// <summary>The attribute list on one target: [LambdaFunction] (or not), its companions, random values in all of them.</summary>
    private static readonly Gen<string> AttributeLists =
        from function in ValueOrWrong(NamedArguments(typeof(LambdaFunctionAttribute)))
        from functionName in Gen.OneOf(Gen.Constant(""), Gen.Elements(Names).Select(n => $"FunctionName = \"{n}\""), Strings.Select(s => "FunctionName = " + Literal(s)))
        from hasFunction in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
        from environment in KeyValueAttributes("LambdaEnvironment", "", 2)
        from tags in KeyValueAttributes("LambdaTag", "", 2)
        from fileSystems in KeyValueAttributes("LambdaFileSystem", "", 1)
        from url in Gen.OneOf(Gen.Constant(""), ValueOrWrong(NamedArguments(typeof(LambdaFunctionUrlAttribute))).Select(a => $"[LambdaFunctionUrl({a})]"))
        from asyncInvoke in Gen.OneOf(Gen.Constant(""), ValueOrWrong(NamedArguments(typeof(LambdaAsyncInvokeAttribute))).Select(a => $"[LambdaAsyncInvoke({a})]"))
        from aliases in Gen.Choose(0, 2).SelectMany(count => Gen.ArrayOf(
            from name in Gen.OneOf(Strings, Gen.Elements<string?>("live", "LIVE", "beta"))
            from args in ValueOrWrong(NamedArguments(typeof(LambdaAliasAttribute)))
            select $"[LambdaAlias({Literal(name)}{(args.Length == 0 ? "" : ", " + args)})]", count))
        from eventSources in Gen.Choose(0, 2).SelectMany(count => Gen.ArrayOf(
            from arn in Gen.OneOf(Strings, Gen.Elements<string?>(EventSourceArns))
            from parameterless in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
            from args in ValueOrWrong(NamedArguments(typeof(LambdaEventSourceAttribute)))
            select parameterless ? $"[LambdaEventSource({args})]" : $"[LambdaEventSource({Literal(arn)}{(args.Length == 0 ? "" : ", " + args)})]", count))
        let arguments = string.Join(", ", new[] { functionName, function }.Where(a => a.Length > 0))
        select (environment + tags + fileSystems + url + asyncInvoke + string.Concat(aliases) + string.Concat(eventSources)).Replace("\n", " ")
               + (hasFunction ? $"[LambdaFunction({arguments})]" : "");

    /// <summary>A project: assembly defaults, one to three handlers on random targets in a random namespace, user
    /// declarations that may collide with the generated ones.</summary>
    private static readonly Gen<string> Projects =
        from defaults in Gen.OneOf(Gen.Constant(""), ValueOrWrong(NamedArguments(typeof(LambdaDefaultsAttribute))).Select(a => $"[assembly: LambdaDefaults({a})]"))
        from assemblyEnvironment in KeyValueAttributes("LambdaEnvironment", "assembly: ", 2)
        from assemblyTags in KeyValueAttributes("LambdaTag", "assembly: ", 2)
        from ns in Gen.Elements(Namespaces)
        from count in Gen.Choose(1, 3)
        from handlers in Gen.ArrayOf(
            from target in Gen.Elements(Targets)
            from name in Gen.Elements(Names)
            from attributes in AttributeLists
            select (target, name, attributes), count)
        from userCount in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 2)))
        from user in Gen.ArrayOf(Gen.Elements(UserDeclarations), userCount)
        from userInOwnNamespace in Gen.Elements(true, false)
        let body = string.Join("\n", handlers.Select((h, i) => h.target.Replace("#ATTR#", h.attributes).Replace("#NAME#", h.name)
            .Replace("#N#", i.ToString(CultureInfo.InvariantCulture))))
        let userCode = string.Join("\n", user.Where(u => !u.StartsWith("namespace ", StringComparison.Ordinal) && !u.StartsWith("[assembly:", StringComparison.Ordinal)))
        let userNamespaces = string.Join("\n", user.Where(u => u.StartsWith("namespace ", StringComparison.Ordinal) || u.StartsWith("[assembly:", StringComparison.Ordinal)))
        select "using LambdaGen;\n" + userNamespaces.Split('\n').Where(l => l.StartsWith("[assembly:", StringComparison.Ordinal)).Aggregate("", (a, l) => a + l + "\n")
               + defaults + "\n" + assemblyEnvironment + assemblyTags
               + (ns.Length == 0 ? body + "\n" + userCode : $"namespace {ns}\n{{\n{body}\n{(userInOwnNamespace ? userCode : "")}\n}}\n{(userInOwnNamespace ? "" : userCode)}")
               + "\n" + string.Join("\n", userNamespaces.Split('\n').Where(l => l.StartsWith("namespace ", StringComparison.Ordinal)));

    /// <summary>Valid files to cut: the samples (copied beside the test assembly) and two minimal projects.</summary>
    private static readonly string[] Seeds = LoadSeeds();

    private static string[] LoadSeeds()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Seeds");
        var samples = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText)
            : Enumerable.Empty<string>();
        return samples.Concat(new[]
        {
            "using LambdaGen;\nnamespace App;\npublic static class Functions\n{\n    [LambdaFunction(FunctionName = \"echo\", MemorySize = 256, Description = \"Echo <all> & more\")]\n    [LambdaEnvironment(\"STAGE\", \"dev\")]\n    public static System.IO.Stream Echo(System.IO.Stream input) => input;\n}\n",
            "using LambdaGen;\n[assembly: LambdaDefaults(Role = \"arn:aws:iam::123456789012:role/app\", Architectures = new[] { \"arm64\" })]\npublic class Api\n{\n    [LambdaFunction(Layers = new[] { \"arn:aws:lambda:us-east-1:123456789012:layer:a:1\" }, Timeout = 30)]\n    [LambdaAlias(\"live\", ProvisionedConcurrentExecutions = 2)]\n    [LambdaFunctionUrl(AuthType = \"NONE\")]\n    public static System.IO.Stream Get(System.IO.Stream s) => s;\n}\n",
        }).ToArray();
    }

    /// <summary>A valid file (a seed or a random project) cut the ways half-typed code is: truncated, a token deleted, a range
    /// of characters deleted, a token inserted; one to three times.</summary>
    private static readonly Gen<string> Mutated =
        from source in Gen.Frequency((2, Gen.Elements(Seeds)), (1, Projects))
        from cuts in Gen.ArrayOf(from kind in Gen.Choose(0, 3) from a in Gen.Choose(0, 1_000_000) from b in Gen.Choose(0, 1_000_000) select (Item1: kind, Item2: a, Item3: b), 3)
        from count in Gen.Choose(1, 3)
        select cuts.Take(count).Aggregate(source, (text, cut) => Mutate(text, cut.Item1, cut.Item2, cut.Item3));

    private static readonly string[] Insertions = { "(", ")", "[", "]", "\"", "{", "}", ",", "=", "@", ";", "[LambdaFunction(", "\n#if X\n", "/*", "\\u", "'", "$\"" };

    private static string Mutate(string source, int kind, int a, int b)
    {
        int at = a % (source.Length + 1);
        switch (kind)
        {
            case 0:
                return source.Substring(0, at);
            case 1:
                var tokens = CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
                if (tokens.Count == 0)
                {
                    return source;
                }

                var token = tokens[a % tokens.Count];
                return source.Remove(token.SpanStart, token.Span.Length);
            case 2:
                return source.Remove(at, Math.Min(b % 40, source.Length - at));
            default:
                return source.Insert(at, Insertions[b % Insertions.Length]);
        }
    }

    /// <summary>Projects that build clean, so the manifests of a successful build are checked in full: the passing source of
    /// every rule's example (each sits at a valid boundary), with its own MSBuild properties and, now and then, random ones.</summary>
    private static readonly Gen<FuzzInput> Valid =
        from example in Gen.Elements(LambdaGen.Tests.Analyzer.RuleExamples.All.Where(e => e.PassingReferences is null && e.References is null).ToArray())
        from extra in Gen.Frequency((3, Gen.Constant(Array.Empty<(string, string?)>())), (1, Properties))
        from sdk in Gen.Elements(false, true)
        select new FuzzInput("valid " + example.Id, new[] { (MainPath, example.PassingSource) },
            (example.PassingProperties ?? example.Properties ?? Array.Empty<(string, string?)>()).Concat(extra).ToArray(), sdk);

    /// <summary>Every input kind, with the stubs file and random MSBuild properties.</summary>
    public static readonly Gen<FuzzInput> All = Gen.Frequency((2, Valid), (7,
        from kind in Gen.Frequency((5, Gen.Constant("project")), (2, Gen.Constant("mutated")))
        from source in kind == "project" ? Projects : Mutated
        from withStubs in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
        from properties in Properties
        from sdk in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new FuzzInput(kind, withStubs ? new[] { (MainPath, source), (StubsPath, TestSources.LambdaCoreStubs) } : new[] { (MainPath, source) }, properties, sdk)));

    /// <summary>Smaller inputs for a failing one: fewer properties, no SDK, no stubs file, fewer lines, shorter lines.</summary>
    public static IEnumerable<FuzzInput> Shrink(FuzzInput input)
    {
        for (int i = 0; i < input.Properties.Count; i++)
        {
            yield return input with { Properties = input.Properties.Where((_, j) => j != i).ToArray() };
        }

        if (input.ReferencesAwsSdk)
        {
            yield return input with { ReferencesAwsSdk = false };
        }

        if (input.Files.Count > 1)
        {
            yield return input with { Files = input.Files.Take(1).ToArray() };
        }

        var main = input.Files[0].Source;
        var lines = main.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            yield return WithMain(input, string.Join("\n", lines.Where((_, j) => j != i)));
        }
        // Then a line's tail or middle halves, which cuts long string literals and attribute argument lists.
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length < 8)
            {
                continue;
            }

            foreach (var shorter in new[] { line.Remove(line.Length / 4, line.Length / 2), line.Remove(line.Length / 2, line.Length / 4), line.Remove(line.Length / 3, 1) })
            {
                var copy = (string[])lines.Clone();
                copy[i] = shorter;
                yield return WithMain(input, string.Join("\n", copy));
            }
        }
    }

    private static FuzzInput WithMain(FuzzInput input, string main) =>
        input with { Files = new[] { (input.Files[0].Path, main) }.Concat(input.Files.Skip(1)).ToArray() };
}
