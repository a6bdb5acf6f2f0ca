using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Generator.Benchmarks;

/// <summary>
/// A synthetic project of <c>handlers</c> handlers spread over <c>clamp(handlers / 10, 10, 500)</c> files, each file
/// declaring two types, with a realistic mix of attribute arguments, environment variables and tags, assembly
/// defaults, MSBuild defaults and one unrelated file. The texts of the edit scenarios are built here too.
/// </summary>
public sealed class SyntheticProject
{
    /// <summary>How every tree of a run is parsed, the generated ones included. <see cref="DocumentationMode.Parse"/> is what an
    /// IDE uses; <c>dotnet build</c> without GenerateDocumentationFile passes no /doc, so csc parses with
    /// <see cref="DocumentationMode.None"/> (<c>--doc-mode none</c>); with it, <see cref="DocumentationMode.Diagnose"/>.</summary>
    public static CSharpParseOptions ParseOptions { get; private set; } = new(LanguageVersion.CSharp12);

    /// <summary>Sets <see cref="ParseOptions"/>' documentation mode; call before the first project is built.</summary>
    public static void UseDocumentationMode(DocumentationMode mode) => ParseOptions = ParseOptions.WithDocumentationMode(mode);

    private static readonly Lazy<ImmutableArray<MetadataReference>> SharedReferences = new(() =>
        Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(LambdaFunctionAttribute).Assembly.Location))
            .ToImmutableArray());

    private readonly int[][] _handlersByFile;

    public SyntheticProject(int handlers)
    {
        Handlers = handlers;
        FileCount = Math.Clamp(handlers / 10, 10, 500);
        FileCount = Math.Min(FileCount, handlers);
        _handlersByFile = Enumerable.Range(0, FileCount)
            .Select(f => Enumerable.Range(0, handlers).Where(h => h % FileCount == f).ToArray())
            .ToArray();
        Trees = Enumerable.Range(0, FileCount)
            .Select(f => Parse(FileText(f, edit: Edit.None, version: 0), FilePath(f)))
            .Append(Parse(AssemblyDefaults, "Properties/LambdaDefaults.cs"))
            .Append(Parse(Unrelated, "Helpers.cs"))
            .ToImmutableArray();
    }

    public int Handlers { get; }
    public int FileCount { get; }
    public ImmutableArray<SyntaxTree> Trees { get; }
    public ImmutableArray<MetadataReference> References => SharedReferences.Value;

    /// <summary>The file the edit scenarios change: one in the middle of the project.</summary>
    public int EditedFile => FileCount / 2;

    public AnalyzerConfigOptionsProvider Options { get; } = new GlobalOptionsProvider(new Dictionary<string, string>
    {
        ["build_property.TargetFramework"] = "net10.0",
        ["build_property.RootNamespace"] = "Bench",
        ["build_property.LambdaRole"] = "arn:aws:iam::123456789012:role/bench",
        ["build_property.LambdaFunctionNamePrefix"] = "dev-",
        ["build_property.LambdaTimeout"] = "30",
    });

    public CSharpCompilation NewCompilation() => CSharpCompilation.Create("Bench", Trees, References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The edited file's tree after <paramref name="edit"/>; <paramref name="version"/> makes every edit a real change.</summary>
    public SyntaxTree EditedTree(Edit edit, int version)
    {
        var old = Trees[EditedFile];
        return old.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(FileText(EditedFile, edit, version)));
    }

    private static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path, Encoding.UTF8);

    private static string FilePath(int file) => $"Functions/Area{file / 50}/Functions{file}.cs";

    private string FileText(int file, Edit edit, int version)
    {
        var handlers = _handlersByFile[file];
        var builder = new StringBuilder();
        builder.Append("using System.Threading.Tasks;\nusing LambdaGen;\n\nnamespace Bench.Area").Append(file / 50).Append("\n{\n");
        int half = (handlers.Length + 1) / 2;
        for (int part = 0; part < 2; part++)
        {
            var members = part == 0 ? handlers.Take(half) : handlers.Skip(half);
            if (!members.Any())
                continue;
            builder.Append("    public class Functions").Append(file).Append('_').Append(part).Append("\n    {\n");
            foreach (var h in members)
                builder.Append(HandlerText(h, h == handlers[0] ? edit : Edit.None, version));
            if (part == 1 || handlers.Length == 1)
            {
                if (edit == Edit.AddHandler)
                    builder.Append(HandlerText(1_000_000 + version, Edit.None, 0));
            }
            builder.Append("    }\n");
        }
        return builder.Append("}\n").ToString();
    }

    private static string HandlerText(int i, Edit edit, int version)
    {
        string n = i.ToString(CultureInfo.InvariantCulture);
        int memory = 128 + i % 64 * 16 + (edit == Edit.AttributeArgument ? 16 * (1 + version % 8) : 0);
        var arguments = new List<string> { $"FunctionName = \"fn-{n}\"", $"MemorySize = {memory.ToString(CultureInfo.InvariantCulture)}" };
        if (i % 2 == 0)
            arguments.Add("Architectures = new[] { LambdaArchitecture.Arm64 }");
        if (i % 3 == 0)
            arguments.Add($"Description = \"Handles orders, shard {n}\"");
        if (i % 5 == 0)
            arguments.Add("TracingMode = LambdaTracingMode.Active");
        if (i % 7 == 0)
            arguments.Add("EphemeralStorage = 1024");
        var body = edit == Edit.MethodBody ? $"input.Length + {version.ToString(CultureInfo.InvariantCulture)}" : "input.Length";
        return $$"""
                    [LambdaFunction({{string.Join(", ", arguments)}})]
                    [LambdaEnvironment("SHARD", "{{n}}")]
                    [LambdaTag("team", "orders")]
                    public Task<int> Handle{{n}}(string input)
                    {
                        return Task.FromResult({{body}});
                    }

            """;
    }

    private const string AssemblyDefaults = """
        using LambdaGen;
        [assembly: LambdaDefaults(MemorySize = 512, Runtime = LambdaRuntime.Dotnet10)]
        [assembly: LambdaTag("cost-center", "1234")]
        """;

    private const string Unrelated = """
        namespace Bench
        {
            public static class Helpers
            {
                public static int Add(int a, int b) => a + b;
            }
        }
        """;

    private sealed class GlobalOptionsProvider(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global = new(values);
        public override AnalyzerConfigOptions GlobalOptions => _global;
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, out string value)
            {
                var found = values.TryGetValue(key, out var v);
                value = v ?? "";
                return found;
            }
        }
    }
}

/// <summary>What an edit scenario changes in the edited file.</summary>
public enum Edit
{
    None,
    MethodBody,
    AttributeArgument,
    AddHandler,
}
