using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using LambdaGen.Analyzers.Diagnostics;
using LambdaGen.Analyzers.Generation;
using LambdaGen.CodeFixes;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Manifest;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Sdk;

namespace LambdaGen.Fuzz.Tests;

/// <summary>Which stages ran on an input and what they found wrong (empty: the input passes).</summary>
internal sealed record FuzzOutcome(List<string> Problems, bool Compiled, bool BuildsClean, int ExportedManifests, bool Fixed, TimeSpan Elapsed);

/// <summary>
/// One input through everything a build and an IDE run: the generator (CS8785 = it threw), the analyzer over the project
/// with the generated code (AD0001 = it threw), the code fixes (every offered action applied), and the build task's manifest
/// export from the emitted assembly. The compilations share one base compilation, so the references are bound once.
/// </summary>
internal static class FuzzPipeline
{
    private static readonly CSharpCompilation Base = TestCompilation.CreateUnchecked(Array.Empty<(string, string)>());

    private static readonly CSharpCompilation BaseWithAwsSdk = TestCompilation.CreateUnchecked(Array.Empty<(string, string)>(), new MetadataReference[]
    {
        MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "AWSSDK.Lambda.dll")),
        MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "AWSSDK.Core.dll")),
    });

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new LambdaFunctionAnalyzer());

    private static readonly CodeFixProvider[] Fixers = typeof(ArchitectureCodeFixProvider).Assembly.GetTypes()
        .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!).ToArray();

    /// <summary>Runs every stage on <paramref name="input"/>; the code fixes only when <paramref name="runFixes"/>.</summary>
    public static FuzzOutcome Run(FuzzInput input, bool runFixes)
    {
        var clock = Stopwatch.StartNew();
        var problems = new List<string>();
        var trees = input.Files.Select(f => TestCompilation.Parse(f.Source, f.Path)).ToArray();
        var compilation = (input.ReferencesAwsSdk ? BaseWithAwsSdk : Base).AddSyntaxTrees(trees);
        var options = TestOptions.Create(input.Properties);

        var inputDiagnostics = compilation.GetDiagnostics();
        bool compiled = !inputDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

        Compilation output;
        try
        {
            var driver = GeneratorRunner.CreateDriver(new IIncrementalGenerator[] { new LambdaGenerator() }, options);
            output = GeneratorRunner.Run(driver, compilation, requireCleanOutput: false).OutputCompilation;
        }
        catch (XunitException e)
        {
            problems.Add("generator: " + e.Message);
            return new FuzzOutcome(problems, compiled, false, 0, false, clock.Elapsed);
        }

        if (compiled)
        {
            problems.AddRange(AddedDiagnostics(inputDiagnostics, compilation, output));
        }

        ImmutableArray<Diagnostic> analyzerDiagnostics;
        try
        {
            analyzerDiagnostics = AnalyzerRunner.GetDiagnosticsAsync(output, options, Analyzers).GetAwaiter().GetResult();
        }
        catch (XunitException e)
        {
            problems.Add("analyzer: " + e.Message);
            return new FuzzOutcome(problems, compiled, false, 0, false, clock.Elapsed);
        }

        bool analyzerClean = !analyzerDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        int exported = 0;
        int functionManifests = 0;
        if (compiled && !Forged(input))
        {
            functionManifests = CheckMetadataManifests(input, output, analyzerClean, problems);
        }

        if (compiled)
        {
            exported = Export(input, output, analyzerClean, functionManifests, problems);
        }

        bool fixedAny = false;
        if (runFixes)
        {
            fixedAny = ApplyFixes(input, compiled, analyzerDiagnostics, problems);
        }

        return new FuzzOutcome(problems, compiled, compiled && analyzerClean, exported, fixedAny, clock.Elapsed);
    }

    /// <summary>Warnings and errors the generated trees brought: in a generated file, or in the user's files and new.</summary>
    private static IEnumerable<string> AddedDiagnostics(ImmutableArray<Diagnostic> before, Compilation input, Compilation output)
    {
        var known = before.Select(Key).ToHashSet();
        var generated = output.SyntaxTrees.Except(input.SyntaxTrees).ToHashSet();
        foreach (var d in output.GetDiagnostics())
        {
            if (d.Severity < DiagnosticSeverity.Warning || TestCompilation.IsLambdaGen(d.Id) || known.Contains(Key(d)))
            {
                continue;
            }

            var where = d.Location.SourceTree is { } tree && generated.Contains(tree) ? "in generated code" : "in the user's code";
            yield return $"generated code adds {d.Id} {where}: {TestCompilation.Format(d)}" + (where == "in generated code" ? "\n  line: " + LineOf(d) : "");
        }
    }

    private static (string, string?, TextSpan, string) Key(Diagnostic d) =>
        (d.Id, d.Location.SourceTree?.FilePath, d.Location.SourceSpan, d.GetMessage(CultureInfo.InvariantCulture));

    private static string LineOf(Diagnostic d)
    {
        var tree = d.Location.SourceTree!;
        var line = tree.GetText().Lines.GetLineFromPosition(d.Location.SourceSpan.Start).ToString().Trim();
        return line.Length > 400 ? line.Substring(0, 400) + "…" : line;
    }

    // The task's core is internal to LambdaGen.Build (visible to its own tests only), so it is called by reflection; the
    // public task would need an MSBuild engine for the same call.
    private static readonly Assembly BuildAssembly = Assembly.Load("LambdaGen.Build");
    private static readonly Type Exporter = BuildAssembly.GetType("LambdaGen.Build.ManifestExporter", throwOnError: true)!;
    private static readonly Type TemplateOptionsType = BuildAssembly.GetType("LambdaGen.Build.Templates.TemplateOptions", throwOnError: true)!;
    private static readonly object BothTemplates = Activator.CreateInstance(TemplateOptionsType, true, true, "..")!;
    private static readonly string WorkFolder = Path.Combine(Path.GetTempPath(), "lambdagen-fuzz-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

    /// <summary>Emits the assembly (in memory, then one file the task reads), runs the manifest export with both templates and
    /// checks every file written, and that a build that succeeds writes one function manifest per manifest the assembly carries
    /// (<paramref name="functionManifests"/>). Returns how many manifest files it checked against the model.</summary>
    private static int Export(FuzzInput input, Compilation output, bool buildSucceeds, int functionManifests, List<string> problems)
    {
        using var pe = new MemoryStream();
        var emit = output.Emit(pe);
        if (!emit.Success)
        {
            return 0; // Already reported by AddedDiagnostics when the generated code is to blame.
        }

        Directory.CreateDirectory(WorkFolder);
        var assembly = Path.Combine(WorkFolder, "TestFunctions.dll");
        var lambda = Path.Combine(WorkFolder, "lambda");
        if (Directory.Exists(lambda))
        {
            Directory.Delete(lambda, recursive: true);
        }

        File.WriteAllBytes(assembly, pe.ToArray());

        var result = Exporter.GetMethod("Export")!.Invoke(null, new object?[] { assembly, lambda, null, BothTemplates })!;
        var messages = ((System.Collections.IEnumerable)result.GetType().GetProperty("Messages")!.GetValue(result)!).Cast<object>().Select(m => m.ToString()!).ToList();
        foreach (var message in messages.Where(m => m.Contains("LGB999", StringComparison.Ordinal)))
        {
            problems.Add("manifest export threw: " + message);
        }

        bool forged = Forged(input);
        if (buildSucceeds && !forged)
        {
            foreach (var message in messages.Where(m => m.StartsWith("Error", StringComparison.Ordinal) && !m.Contains("LGB999", StringComparison.Ordinal)))
            {
                problems.Add("the analyzer reported no error but the manifest export failed: " + message);
            }
        }

        // A hand-written LambdaGen.ManifestClass:* metadata attribute is exported as the user wrote it: not LambdaGen's output,
        // so its files are not held to the model.
        if (forged)
        {
            return 0;
        }

        int written = Directory.Exists(lambda) ? Directory.GetFiles(lambda, "*.json").Count(f => Path.GetFileName(f) is not ("functions.json" or "template.json") && RequestShapeOf(Path.GetFileName(f)) == "CreateFunctionRequest") : 0;
        if (buildSucceeds && written != functionManifests)
        {
            problems.Add($"the assembly carries {functionManifests} function manifests but the export wrote {written}: " + string.Join(" | ", messages));
        }
        if (!Directory.Exists(lambda))
        {
            return 0;
        }

        var sourceText = string.Concat(input.Files.Select(f => f.Source));
        bool sourceHasReplacement = sourceText.Contains('\uFFFD') || sourceText.Contains("\\uFFFD", StringComparison.OrdinalIgnoreCase);
        int checkedManifests = 0;
        foreach (var file in Directory.GetFiles(lambda).OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var bytes = File.ReadAllBytes(file);
            var text = new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(bytes);
            if (!sourceHasReplacement && text.Contains('\uFFFD'))
            {
                problems.Add($"{name}: U+FFFD that is not in the source (an unpaired surrogate was replaced): {Excerpt(text, text.IndexOf('\uFFFD'))}");
            }

            JsonNode? json;
            try
            {
                json = JsonNode.Parse(bytes);
            }
            catch (System.Text.Json.JsonException e)
            {
                problems.Add($"{name}: not valid JSON ({e.Message})");
                continue;
            }
            if (name is "functions.json" or "template.json" or "serverless.template" || !name.EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }

            var shape = RequestShapeOf(name);
            if (shape is null)
            {
                problems.Add($"{name}: a manifest whose operation is not known (no operation's suffix matches)");
                continue;
            }
            checkedManifests++;
            foreach (var problem in ManifestShapes.Check(json, shape, buildSucceeds))
            {
                problems.Add($"{name} ({shape}): {problem}");
            }
        }
        return checkedManifests;
    }

    /// <summary>True when the user wrote a LambdaGen.* AssemblyMetadata entry by hand: the exporter takes it as written.</summary>
    private static bool Forged(FuzzInput input) =>
        input.Files.Any(f => f.Source.Contains("AssemblyMetadata(\"LambdaGen.", StringComparison.Ordinal));

    /// <summary>The manifests as the generated code puts them in the assembly (the compiler's constant values of its
    /// AssemblyMetadata attributes and of the ManifestJson constants they name, no emit needed): valid JSON, no U+FFFD the source lacks, every value in the model.
    /// Returns how many function (CreateFunction) manifests it found.</summary>
    private static int CheckMetadataManifests(FuzzInput input, Compilation output, bool analyzerClean, List<string> problems)
    {
        var sourceText = string.Concat(input.Files.Select(f => f.Source));
        bool sourceHasReplacement = sourceText.Contains('\uFFFD') || sourceText.Contains("\\uFFFD", StringComparison.OrdinalIgnoreCase);
        int functionManifests = 0;
        foreach (var attribute in output.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() != "System.Reflection.AssemblyMetadataAttribute" || attribute.ConstructorArguments.Length != 2
                || attribute.ConstructorArguments[0].Value is not string key || !key.StartsWith("LambdaGen.", StringComparison.Ordinal))
            {
                continue;
            }

            string? shape = key.StartsWith("LambdaGen.ManifestClass:", StringComparison.Ordinal) ? "CreateFunctionRequest"
                : key.StartsWith(OperationKey.Prefix, StringComparison.Ordinal) ? OperationOf(key) + "Request"
                : null;
            if (shape is null)
            {
                continue;
            }
            if (shape == "CreateFunctionRequest")
            {
                functionManifests++;
            }

            var value = attribute.ConstructorArguments[1].Value as string;
            if (shape == "CreateFunctionRequest")
            {
                // The entry names the class; its ManifestJson constant is the manifest (what the build task reads).
                value = value is null ? null : output.GetTypeByMetadataName(value)?.GetMembers("ManifestJson").OfType<IFieldSymbol>().FirstOrDefault()?.ConstantValue as string;
            }
            if (value is null)
            {
                problems.Add($"metadata {key}: no manifest text");
                continue;
            }
            if (!sourceHasReplacement && value.Contains('\uFFFD'))
            {
                problems.Add($"metadata {key}: U+FFFD that is not in the source: {Excerpt(value, value.IndexOf('\uFFFD'))}");
            }

            JsonNode? json;
            try
            {
                json = JsonNode.Parse(value);
            }
            catch (System.Text.Json.JsonException e)
            {
                problems.Add($"metadata {key}: not valid JSON ({e.Message})");
                continue;
            }
            if (!ManifestShapes.HasShape(shape))
            {
                problems.Add($"metadata {key}: no request shape {shape} in the model");
                continue;
            }
            foreach (var problem in ManifestShapes.Check(json, shape, analyzerClean))
            {
                problems.Add($"metadata {key} ({shape}): {problem}");
            }
        }
        return functionManifests;
    }

    /// <summary>The operation an operation key names, as the build task reads it ("" when the key is malformed).</summary>
    private static string OperationOf(string key) =>
        OperationKey.TryParse(key.Substring(OperationKey.Prefix.Length), out var parsed) ? parsed.Operation : "";

    /// <summary>The request shape of a manifest file: the operation whose suffix the name carries (CreateFunction has none).</summary>
    private static string? RequestShapeOf(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var operation = Operations.All.Where(o => o.ManifestSuffix.Length > 0 && (stem.EndsWith(o.ManifestSuffix, StringComparison.Ordinal) || stem.Contains(o.ManifestSuffix + ".", StringComparison.Ordinal)))
            .OrderByDescending(o => o.ManifestSuffix.Length).FirstOrDefault() ?? Operations.CreateFunction;
        var shape = operation.Name + "Request";
        return ManifestShapes.HasShape(shape) ? shape : null;
    }

    private static string Excerpt(string text, int at) => text.Substring(Math.Max(0, at - 60), Math.Min(120, text.Length - Math.Max(0, at - 60)));

    /// <summary>Offers every LambdaGen diagnostic in a source file to every provider that fixes its ID and applies every
    /// action (the first few diagnostics, to bound the cost). A fix must not throw and, on compiling input, must leave
    /// the project compiling.</summary>
    private static bool ApplyFixes(FuzzInput input, bool compiled, ImmutableArray<Diagnostic> diagnostics, List<string> problems)
    {
        var fixable = diagnostics.Where(d => d.Location.IsInSource && d.Location.SourceTree!.FilePath.StartsWith("/src/", StringComparison.Ordinal)
                                             && Fixers.Any(f => f.FixableDiagnosticIds.Contains(d.Id))).Take(4).ToList();
        if (fixable.Count == 0)
        {
            return false;
        }

        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, TestCompilation.DefaultAssemblyName,
            TestCompilation.DefaultAssemblyName, LanguageNames.CSharp, compilationOptions: TestCompilation.CompilationOptions,
            parseOptions: TestCompilation.ParseOptions, metadataReferences: (input.ReferencesAwsSdk ? BaseWithAwsSdk : Base).References));
        foreach (var (path, source) in input.Files)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId, path), Path.GetFileName(path), SourceText.From(source, Encoding.UTF8), filePath: path);
        }

        foreach (var diagnostic in fixable)
        {
            var document = solution.GetProject(projectId)!.Documents.First(d => d.FilePath == diagnostic.Location.SourceTree!.FilePath);
            foreach (var fixer in Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var actions = new List<CodeAction>();
                try
                {
                    fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None)).GetAwaiter().GetResult();
                }
                catch (Exception e)
                {
                    problems.Add($"{fixer.GetType().Name} threw registering a fix for {TestCompilation.Format(diagnostic)}: {e}");
                    continue;
                }
                foreach (var action in actions.SelectMany(Flatten))
                {
                    try
                    {
                        var operations = action.GetOperationsAsync(CancellationToken.None).GetAwaiter().GetResult();
                        var changed = operations.OfType<ApplyChangesOperation>().SingleOrDefault()?.ChangedSolution;
                        if (changed is null)
                        {
                            problems.Add($"'{action.Title}' for {diagnostic.Id} has no ApplyChangesOperation");
                            continue;
                        }
                        if (!compiled)
                        {
                            continue;
                        }

                        var after = changed.GetProject(projectId)!.GetCompilationAsync().GetAwaiter().GetResult()!;
                        var errors = after.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                        if (errors.Count > 0)
                        {
                            problems.Add($"'{action.Title}' ({fixer.GetType().Name}) for {TestCompilation.Format(diagnostic)} leaves code that does not compile: "
                                         + string.Join("; ", errors.Take(3).Select(TestCompilation.Format))
                                         + "\n  fixed line: " + LineAt(changed.GetDocument(document.Id)!, errors[0]));
                        }
                    }
                    catch (Exception e)
                    {
                        problems.Add($"'{action.Title}' ({fixer.GetType().Name}) for {TestCompilation.Format(diagnostic)} threw: {e.GetType().Name}: {e.Message}");
                    }
                }
            }
        }
        return true;
    }

    private static IEnumerable<CodeAction> Flatten(CodeAction action) =>
        action.NestedActions.IsDefaultOrEmpty ? new[] { action } : action.NestedActions.SelectMany(Flatten);

    private static string LineAt(Document document, Diagnostic error)
    {
        if (error.Location.SourceTree?.FilePath != document.FilePath)
        {
            return "(in another file)";
        }

        var text = document.GetTextAsync().GetAwaiter().GetResult();
        return text.Lines.GetLineFromPosition(error.Location.SourceSpan.Start).ToString().Trim();
    }
}
