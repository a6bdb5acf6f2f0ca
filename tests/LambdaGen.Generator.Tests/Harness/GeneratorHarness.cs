using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using LambdaGen.Analyzers.Generation;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Generator.Tests.Harness;

/// <summary>One test input: sources, MSBuild properties, whether AWSSDK.Lambda is referenced.</summary>
public sealed record GeneratorInput
{
    public required IReadOnlyList<(string Path, string Text)> Sources { get; init; }
    public IReadOnlyDictionary<string, string> Properties { get; init; } = GeneratorHarness.DefaultProperties();
    public bool ReferenceAwsSdk { get; init; }
    /// <summary>More references (an older AWSSDK.Lambda surface instead of the stand-in, say).</summary>
    public IReadOnlyList<MetadataReference> References { get; init; } = Array.Empty<MetadataReference>();
    public string AssemblyName { get; init; } = "Contoso.Orders";

    public static GeneratorInput Of(string source, bool awsSdk = false, IReadOnlyDictionary<string, string>? properties = null) => new()
    {
        Sources = new[] { ("Handlers.cs", source) },
        ReferenceAwsSdk = awsSdk,
        Properties = properties ?? GeneratorHarness.DefaultProperties(),
    };
}

/// <summary>The result of a checked generator run.</summary>
public sealed record GeneratorResult(GeneratorDriver Driver, Compilation Input, Compilation Output, GeneratorDriverRunResult RunResult)
{
    public GeneratorRunResult Result => RunResult.Results.Single();

    /// <summary>Generated handler files by hint name, with normalised line endings (the project settings file is <see cref="ProjectSource"/>).</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        AllSources.Where(s => s.Key != Emitter.ProjectHintName).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);

    /// <summary>Every generated file, the project settings file included.</summary>
    public IReadOnlyDictionary<string, string> AllSources =>
        Result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString().Replace("\r\n", "\n"), StringComparer.Ordinal);

    /// <summary>The project settings file (<see cref="Emitter.ProjectHintName"/>), or null when none was generated.</summary>
    public string? ProjectSource => AllSources.TryGetValue(Emitter.ProjectHintName, out var text) ? text : null;

    /// <summary>The <c>ManifestJson</c> constant of each generated class, keyed by hint name without <c>.g.cs</c>.</summary>
    public IReadOnlyDictionary<string, string> Manifests => GeneratorHarness.ReadManifests(this);

    /// <summary>Each function's CreateFunction manifest as the build task finds it: the <c>LambdaGen.ManifestClass:&lt;function&gt;</c>
    /// assembly metadata names a class (by metadata name) and that class's ManifestJson constant is the manifest; null when
    /// the named class or its constant is missing. Keyed by function name.</summary>
    public IReadOnlyDictionary<string, string?> FunctionManifests =>
        Output.Assembly.GetAttributes()
            .Where(a => a.AttributeClass?.ToDisplayString() == "System.Reflection.AssemblyMetadataAttribute" && a.ConstructorArguments.Length == 2
                && a.ConstructorArguments[0].Value is string key && key.StartsWith(Emitter.ManifestClassKeyPrefix, StringComparison.Ordinal))
            .ToDictionary(a => ((string)a.ConstructorArguments[0].Value!)[Emitter.ManifestClassKeyPrefix.Length..],
                a => ManifestOfClass(Output, a.ConstructorArguments[1].Value as string), StringComparer.Ordinal);

    /// <summary>The ManifestJson constant of the class with metadata name <paramref name="metadataName"/> in <paramref name="output"/>.</summary>
    public static string? ManifestOfClass(Compilation output, string? metadataName) =>
        metadataName is null ? null
            : output.GetTypeByMetadataName(metadataName)?.GetMembers(Emitter.ManifestJsonConstant).OfType<IFieldSymbol>().SingleOrDefault()?.ConstantValue as string;

    /// <summary>The other operations' manifests the generator records as <c>LambdaGen.Operation:&lt;function&gt;|&lt;operation&gt;[|&lt;alias&gt;]</c>
    /// assembly metadata, keyed by what follows the prefix (the attribute's arguments evaluated as the compiler does).</summary>
    public IReadOnlyDictionary<string, string> OperationManifests =>
        Output.Assembly.GetAttributes()
            .Where(a => a.AttributeClass?.ToDisplayString() == "System.Reflection.AssemblyMetadataAttribute" && a.ConstructorArguments.Length == 2
                && a.ConstructorArguments[0].Value is string key && key.StartsWith(Emitter.OperationKeyPrefix, StringComparison.Ordinal))
            .ToDictionary(a => ((string)a.ConstructorArguments[0].Value!)[Emitter.OperationKeyPrefix.Length..], a => (string)a.ConstructorArguments[1].Value!, StringComparer.Ordinal);
}

/// <summary>
/// Runs <see cref="LambdaGenerator"/> the way STYLE.md §3.2/§3.4 asks: explicit parse options, step tracking,
/// no generator diagnostics, a clean output compilation, and a second run on a clone that must be fully cached
/// with no Roslyn objects held by any step.
/// </summary>
public static class GeneratorHarness
{
    /// <summary>The shared harness's parse options (C# latest), with doc comments diagnosed: malformed XML in a generated
    /// comment (CS1570) must fail a test.</summary>
    public static readonly CSharpParseOptions ParseOptions =
        LambdaGen.Testing.TestCompilation.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);

    public static Dictionary<string, string> DefaultProperties(string rootNamespace = "Contoso.Orders") => new(StringComparer.Ordinal)
    {
        ["build_property.TargetFramework"] = "net10.0",
        ["build_property.RootNamespace"] = rootNamespace,
        ["build_property.RuntimeIdentifier"] = "",
        ["build_property.LambdaRole"] = "",
        ["build_property.LambdaRuntime"] = "",
        ["build_property.LambdaArchitecture"] = "",
        ["build_property.LambdaMemorySize"] = "",
        ["build_property.LambdaTimeout"] = "",
        ["build_property.LambdaCapacityProviderArn"] = "",
        ["build_property.LambdaFunctionNamePrefix"] = "",
        ["build_property.LambdaMaxMemorySize"] = "",
        ["build_property.LambdaReservedConcurrentExecutions"] = "",
        ["build_property.LambdaRegion"] = "",
        ["build_property.LambdaS3Bucket"] = "",
    };

    private static readonly Lazy<ImmutableArray<MetadataReference>> BaseReferences = new(() =>
        Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(LambdaFunctionAttribute).Assembly.Location))
            .ToImmutableArray());

    private static readonly Lazy<ImmutableArray<MetadataReference>> AwsSdkReferences = new(() => ImmutableArray.Create<MetadataReference>(
        MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "AWSSDK.Lambda.dll")),
        MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "AWSSDK.Core.dll"))));

    public static CSharpCompilation CreateCompilation(GeneratorInput input) =>
        CSharpCompilation.Create(
            input.AssemblyName,
            input.Sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, path: s.Path, encoding: Encoding.UTF8)),
            (input.ReferenceAwsSdk ? BaseReferences.Value.AddRange(AwsSdkReferences.Value) : BaseReferences.Value).AddRange(input.References),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true,
                // Test handlers are not documented; malformed XML in generated doc comments is still reported.
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1591"] = ReportDiagnostic.Suppress }));

    public static GeneratorDriver CreateDriver(IReadOnlyDictionary<string, string> properties) =>
        CreateDriver(properties, LambdaGenerator.DefaultLayout);

    internal static GeneratorDriver CreateDriver(IReadOnlyDictionary<string, string> properties, OutputLayout layout) =>
        CreateDriver(new LambdaGenerator(layout), new TestOptions(properties));

    /// <summary>The one way a generator test makes a driver: <see cref="GeneratorRunner"/>'s, with these parse options.</summary>
    public static GeneratorDriver CreateDriver(IIncrementalGenerator generator, AnalyzerConfigOptionsProvider options, bool trackSteps = true) =>
        GeneratorRunner.CreateDriver(new[] { generator }, options, parseOptions: ParseOptions, trackSteps: trackSteps);

    /// <summary>Runs the generator, asserts everything STYLE.md §3.2 and §3.4 require, and returns the first run.</summary>
    public static GeneratorResult Run(GeneratorInput input, bool requireCleanOutput = true)
    {
        var compilation = CreateCompilation(input);
        var result = RunOnce(CreateDriver(input.Properties), compilation, requireCleanOutput);
        AssertCachedOnRerun(result.Driver, compilation);
        return result;
    }

    /// <summary>Runs an existing driver (reusing its state) on <paramref name="compilation"/> and checks the output.</summary>
    public static GeneratorResult RunOnce(GeneratorDriver driver, Compilation compilation, bool requireCleanOutput = true)
    {
        // The shared runner fails on CS8785 (the generator threw) and reported diagnostics; this harness adds the stricter
        // output checks of STYLE.md §3.4 below.
        var run = GeneratorRunner.Run(driver, compilation, requireCleanOutput: false);
        driver = run.Driver;
        var output = run.OutputCompilation;
        Assert.True(run.GeneratorDiagnostics.IsEmpty, "The generator reported diagnostics (CS8785 = it threw):\n" + string.Join("\n", run.GeneratorDiagnostics));
        var runResult = driver.GetRunResult();
        Assert.True(runResult.Diagnostics.IsEmpty, "Generator diagnostics:\n" + string.Join("\n", runResult.Diagnostics));
        Assert.Null(runResult.Results.Single().Exception);
        if (requireCleanOutput)
        {
            AssertClean(output);
        }
        else
        {
            AssertNoNewProblems(compilation, output);
        }

        return new GeneratorResult(driver, compilation, output, runResult);
    }

    /// <summary>The output compilation has no warnings or errors at all.</summary>
    public static void AssertClean(Compilation output)
    {
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (problems.Count == 0)
        {
            return;
        }

        var text = new StringBuilder("The output compilation has warnings or errors:\n");
        foreach (var d in problems)
        {
            text.AppendLine(d.ToString());
        }

        foreach (var tree in output.SyntaxTrees)
        {
            text.AppendLine("--- " + tree.FilePath).AppendLine(tree.ToString());
        }

        Assert.Fail(text.ToString());
    }

    /// <summary>For inputs that are broken on purpose: the generated code adds no warning or error of its own.</summary>
    public static void AssertNoNewProblems(Compilation input, Compilation output)
    {
        static string Key(Diagnostic d) => d.ToString();
        var before = input.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(Key).ToHashSet();
        var added = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(Key).Where(k => !before.Contains(k)).ToList();
        Assert.True(added.Count == 0, "The generated code added problems:\n" + string.Join("\n", added));
    }

    /// <summary>Every tracking name declared in <see cref="TrackingNames"/>, found by reflection so a new step cannot be forgotten.</summary>
    public static IReadOnlyList<string> TrackingStepNames() =>
        typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

    /// <summary>
    /// Re-runs the driver on <c>compilation.Clone()</c>: every tracked step's outputs must be equal to the first
    /// run's and Cached/Unchanged, every output step Cached, and no step output may hold a Roslyn object.
    /// </summary>
    /// <param name="driver">A driver that has just run on <paramref name="compilation"/>.</param>
    public static void AssertCachedOnRerun(GeneratorDriver driver, Compilation compilation)
    {
        var names = TrackingStepNames();
        Assert.NotEmpty(names);
        var second = driver.RunGenerators(compilation.Clone());
        var run1 = driver.GetRunResult().Results.Single();
        var run2 = second.GetRunResult().Results.Single();

        foreach (var name in names)
        {
            // A step that had no input at all (e.g. no handlers) is simply absent.
            bool has1 = run1.TrackedSteps.TryGetValue(name, out var steps1);
            bool has2 = run2.TrackedSteps.TryGetValue(name, out var steps2);
            Assert.True(has1 == has2, $"Step {name} ran in only one of the two runs.");
            if (!has1)
            {
                continue;
            }

            var outputs1 = steps1!.SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
            var outputs2 = steps2!.SelectMany(s => s.Outputs).ToList();
            Assert.True(outputs1.Count == outputs2.Count, $"Step {name}: {outputs1.Count} outputs, then {outputs2.Count}.");
            for (int i = 0; i < outputs1.Count; i++)
            {
                Assert.True(Equals(outputs1[i], outputs2[i].Value), $"Step {name} output {i} is not equal across identical runs:\n{outputs1[i]}\n{outputs2[i].Value}");
            }

            foreach (var (value, reason) in outputs2)
            {
                Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step {name} was {reason} on a re-run over a cloned compilation:\n{value}");
            }
            foreach (var step in steps1!)
            {
                foreach (var (value, _) in step.Outputs)
                {
                    AssertNoRoslynObjects(value, name);
                }
            }
        }

        foreach (var (name, steps) in run2.TrackedOutputSteps)
        {
            foreach (var step in steps)
            {
                foreach (var (_, reason) in step.Outputs)
                {
                    Assert.True(reason == IncrementalStepRunReason.Cached, $"Output step {name} was {reason} on a re-run.");
                }
            }
        }
    }

    private static readonly Type[] Forbidden =
    {
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SemanticModel), typeof(SyntaxTree), typeof(Location),
    };

    /// <summary>Walks <paramref name="root"/>'s object graph (fields, enumerables) and fails on any Roslyn object that would root a compilation.</summary>
    public static void AssertNoRoslynObjects(object? root, string stepName)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(object? Value, string Path)>();
        stack.Push((root, stepName));
        while (stack.Count > 0)
        {
            var (value, path) = stack.Pop();
            if (value is null)
            {
                continue;
            }

            var type = value.GetType();
            if (type.IsPrimitive || type.IsEnum || value is string || value is decimal)
            {
                continue;
            }

            if (!type.IsValueType && !visited.Add(value))
            {
                continue;
            }

            foreach (var forbidden in Forbidden)
            {
                Assert.False(forbidden.IsAssignableFrom(type), $"{path} holds a {forbidden.Name} ({type.FullName}); models must be plain values.");
            }

            Assert.False(value is Delegate || value is Type || value is MemberInfo, $"{path} holds a {type.FullName}.");

            if (value is IEnumerable enumerable && value is not IDictionary)
            {
                int i = 0;
                foreach (var item in enumerable)
                {
                    stack.Push((item, $"{path}[{i++}]"));
                }
            }
            for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    stack.Push((field.GetValue(value), $"{path}.{field.Name}"));
                }
            }
        }
    }

    /// <summary>The <c>ManifestJson</c> constant of every generated <c>LambdaFunctions.X</c>, keyed <c>LambdaFunctions.X</c>,
    /// read from the output compilation's symbols (a generated file may hold several functions).</summary>
    public static IReadOnlyDictionary<string, string> ReadManifests(GeneratorResult result)
    {
        var manifests = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in result.Result.GeneratedSources)
        {
            if (source.HintName == Emitter.ProjectHintName)
            {
                continue; // the project's settings, no function
            }

            var tree = result.Output.SyntaxTrees.Single(t => t.FilePath.EndsWith(source.HintName, StringComparison.Ordinal));
            var model = result.Output.GetSemanticModel(tree);
            var fields = tree.GetRoot().DescendantNodes()
                .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax>()
                .Select(v => model.GetDeclaredSymbol(v))
                .OfType<IFieldSymbol>()
                .Where(f => f.Name == "ManifestJson")
                .ToList();
            Assert.NotEmpty(fields);
            foreach (var field in fields)
            {
                Assert.True(field.HasConstantValue, $"{source.HintName}: {field.ContainingType.Name}.ManifestJson is not a constant.");
                var key = "LambdaFunctions." + field.ContainingType.Name;
                Assert.False(manifests.ContainsKey(key), $"{key} is generated twice.");
                manifests[key] = (string)field.ConstantValue!;
            }
        }
        return manifests;
    }

    public static string StripHintSuffix(string hintName) =>
        hintName.EndsWith(".g.cs", StringComparison.Ordinal) ? hintName[..^".g.cs".Length] : hintName;

    /// <summary>The step outputs' reasons of one tracked step in the last run.</summary>
    public static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string stepName) =>
        driver.GetRunResult().Results.Single().TrackedSteps.TryGetValue(stepName, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList()
            : Array.Empty<IncrementalStepRunReason>();

    /// <summary>The reasons of every output (RegisterSourceOutput) step in the last run.</summary>
    public static IReadOnlyList<IncrementalStepRunReason> OutputReasons(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(p => p.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
}
