using System.Collections.Immutable;
using System.Globalization;
using LambdaGen.Analyzers.Diagnostics;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LambdaGen.CodeFixes.Tests.Harness;

/// <summary>A test project: one AdhocWorkspace project with the test sources, analysed with MSBuild-like options.</summary>
public sealed class FixProject
{
    private FixProject(Solution solution, ProjectId projectId, TestOptions options)
    {
        Solution = solution;
        ProjectId = projectId;
        Options = options;
    }

    public Solution Solution { get; }
    public ProjectId ProjectId { get; }
    public TestOptions Options { get; }
    public Project Project => Solution.GetProject(ProjectId)!;

    /// <summary>The main document (the first source).</summary>
    public Document Document => Project.Documents.First(d => d.FilePath == TestCompilation.DefaultPath);

    public Document DocumentAt(string path) => Project.Documents.First(d => d.FilePath == path);

    /// <summary>
    /// A project with <paramref name="sources"/> (the first at <see cref="TestCompilation.DefaultPath"/> unless a path
    /// is given), the same parse options, compilation options and references as every LambdaGen test compilation.
    /// </summary>
    public static FixProject Create(IEnumerable<(string Path, string Source)> sources, IEnumerable<(string Key, string? Value)>? properties = null)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId, VersionStamp.Default, TestCompilation.DefaultAssemblyName, TestCompilation.DefaultAssemblyName, LanguageNames.CSharp,
            compilationOptions: TestCompilation.CompilationOptions,
            parseOptions: TestCompilation.ParseOptions,
            metadataReferences: TestCompilation.DefaultReferences));
        foreach (var (path, source) in sources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId, path), Path.GetFileName(path), SourceText.From(source, System.Text.Encoding.UTF8), filePath: path);
        }

        return new FixProject(solution, projectId, TestOptions.Create(properties));
    }

    public static FixProject Create(string source, IEnumerable<(string Key, string? Value)>? properties = null, IEnumerable<(string Path, string Source)>? additionalSources = null) =>
        Create(new[] { (TestCompilation.DefaultPath, source) }.Concat(additionalSources ?? []), properties);

    public FixProject With(Solution solution) => new(solution, ProjectId, Options);

    /// <summary>Every LambdaGen diagnostic of the project, sorted; the sources must compile.</summary>
    public async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync()
    {
        var compilation = (await Project.GetCompilationAsync())!;
        TestCompilation.AssertCompiles(compilation);
        return await AnalyzerRunner.GetDiagnosticsAsync(compilation, Options, ImmutableArray.Create<DiagnosticAnalyzer>(new LambdaFunctionAnalyzer()));
    }
}

/// <summary>
/// Runs code fixes the way an IDE does (STYLE.md §3.6): analyse, give each diagnostic to the provider through a
/// <see cref="CodeFixContext"/>, apply the chosen action's <see cref="ApplyChangesOperation"/>; and Fix All through a
/// <see cref="FixAllContext"/>. Every registered action must have a non-null equivalence key, unique among the
/// actions of its diagnostic.
/// </summary>
public static class CodeFixHarness
{
    /// <summary>The actions <paramref name="provider"/> registers for <paramref name="diagnostic"/>, keys checked.</summary>
    public static async Task<IReadOnlyList<CodeAction>> GetActionsAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);
        foreach (var action in actions)
        {
            Assert.False(string.IsNullOrEmpty(action.EquivalenceKey), $"Action '{action.Title}' for {diagnostic.Id} has no equivalence key");
        }

        var duplicates = actions.GroupBy(a => a.EquivalenceKey).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, $"Actions for {diagnostic.Id} share equivalence keys: {string.Join(", ", duplicates)}");
        return actions;
    }

    /// <summary>The diagnostics with <paramref name="id"/> in the main document; when the source had a <c>[|…|]</c> span, only the one there.</summary>
    public static async Task<Diagnostic> FindDiagnosticAsync(FixProject project, string id, TextSpan? span)
    {
        var all = await project.GetDiagnosticsAsync();
        var candidates = all.Where(d => d.Id == id && d.Location.SourceTree?.FilePath == TestCompilation.DefaultPath && (span is null || d.Location.SourceSpan == span)).ToList();
        if (candidates.Count == 0)
        {
            Assert.Fail($"No {id} diagnostic{(span is null ? "" : " at " + span)} in the main document. Diagnostics:\n" +
                        string.Join("\n", all.Select(d => TestCompilation.Format(d))) + "\n" + Markup.Annotate((await project.Document.GetTextAsync()).ToString(), all));
        }

        return candidates[0];
    }

    /// <summary>
    /// Fixes one diagnostic <paramref name="id"/> of <paramref name="source"/> (at its <c>[|…|]</c> span if marked) with the
    /// action whose equivalence key or title is <paramref name="action"/> (the first action when null), and checks the result:
    /// it equals <paramref name="expected"/>, compiles, and has fewer <paramref name="id"/> diagnostics than before.
    /// </summary>
    public static async Task<IReadOnlyList<CodeAction>> VerifyFixAsync(
        CodeFixProvider provider,
        string source,
        string expected,
        string id,
        string? action = null,
        IEnumerable<(string Key, string? Value)>? properties = null,
        IEnumerable<(string Path, string Source)>? additionalSources = null)
    {
        var markup = Markup.Parse(source);
        var project = FixProject.Create(markup.Source, properties, additionalSources);
        var diagnostic = await FindDiagnosticAsync(project, id, markup.Spans.IsEmpty ? null : markup.Spans[0].Span);
        var document = project.Solution.GetDocument(diagnostic.Location.SourceTree)!;
        var actions = await GetActionsAsync(provider, document, diagnostic);
        Assert.True(actions.Count > 0, $"{provider.GetType().Name} offered no fix for {TestCompilation.Format(diagnostic)}");
        var chosen = action is null ? actions[0] : actions.FirstOrDefault(a => a.EquivalenceKey == action || a.Title == action);
        Assert.True(chosen is not null, $"No action '{action}' for {diagnostic.Id}; offered: {string.Join(", ", actions.Select(a => $"'{a.Title}' [{a.EquivalenceKey}]"))}");

        var fixedSolution = await ApplyAsync(chosen!);
        var fixedProject = project.With(fixedSolution);
        AssertText(expected, await fixedSolution.GetDocument(document.Id)!.GetTextAsync());
        var before = (await project.GetDiagnosticsAsync()).Count(d => d.Id == id);
        var after = await fixedProject.GetDiagnosticsAsync(); // also asserts the fixed code compiles
        Assert.True(after.Count(d => d.Id == id) < before,
            $"{id} is still reported after '{chosen!.Title}':\n" + Markup.Annotate((await fixedSolution.GetDocument(document.Id)!.GetTextAsync()).ToString(), after));
        return actions;
    }

    /// <summary>Asserts that <paramref name="source"/> has at least one <paramref name="id"/> diagnostic and that none gets a fix.</summary>
    public static async Task VerifyNoFixAsync(CodeFixProvider provider, string source, string id, IEnumerable<(string Key, string? Value)>? properties = null)
    {
        var project = FixProject.Create(Markup.Parse(source).Source, properties);
        var diagnostics = (await project.GetDiagnosticsAsync()).Where(d => d.Id == id).ToList();
        Assert.True(diagnostics.Count > 0, $"The source has no {id} diagnostic to test");
        foreach (var diagnostic in diagnostics.Where(d => d.Location.IsInSource))
        {
            var document = project.Solution.GetDocument(diagnostic.Location.SourceTree)!;
            var actions = await GetActionsAsync(provider, document, diagnostic);
            Assert.True(actions.Count == 0, $"Expected no fix for {TestCompilation.Format(diagnostic)}, got: {string.Join(", ", actions.Select(a => a.Title))}");
        }
    }

    /// <summary>
    /// Fix All of <paramref name="ids"/> with <paramref name="equivalenceKey"/> in <paramref name="scope"/>, starting from the
    /// main document; returns the fixed project after checking it compiles. <paramref name="expected"/> maps document paths
    /// to their expected text (the main document's path when a single string is given).
    /// </summary>
    public static async Task<FixProject> VerifyFixAllAsync(
        CodeFixProvider provider,
        FixProject project,
        IReadOnlyDictionary<string, string> expected,
        string[] ids,
        string? equivalenceKey,
        FixAllScope scope = FixAllScope.Document)
    {
        var diagnostics = await project.GetDiagnosticsAsync();
        var context = new FixAllContext(project.Document, provider, scope, equivalenceKey!, ids, new DiagnosticProvider(diagnostics), CancellationToken.None);
        var fixAll = provider.GetFixAllProvider();
        Assert.NotNull(fixAll);
        Assert.Contains(scope, fixAll.GetSupportedFixAllScopes());
        var action = await fixAll.GetFixAsync(context);
        Assert.NotNull(action);
        var fixedProject = project.With(await ApplyAsync(action));
        foreach (var (path, text) in expected)
        {
            AssertText(text, await fixedProject.DocumentAt(path).GetTextAsync(), path);
        }

        await fixedProject.GetDiagnosticsAsync(); // compiles
        return fixedProject;
    }

    public static Task<FixProject> VerifyFixAllAsync(CodeFixProvider provider, string source, string expected, string[] ids, string? equivalenceKey,
        FixAllScope scope = FixAllScope.Document, IEnumerable<(string Key, string? Value)>? properties = null) =>
        VerifyFixAllAsync(provider, FixProject.Create(source, properties), new Dictionary<string, string> { [TestCompilation.DefaultPath] = expected }, ids, equivalenceKey, scope);

    public static async Task<Solution> ApplyAsync(CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var apply = operations.OfType<ApplyChangesOperation>().SingleOrDefault();
        Assert.True(apply is not null, $"Action '{action.Title}' has no ApplyChangesOperation");
        return apply!.ChangedSolution;
    }

    /// <summary>Compares ignoring the line-ending style; on failure shows both texts and the first differing line.</summary>
    public static void AssertText(string expected, SourceText actual, string path = TestCompilation.DefaultPath)
    {
        static string[] Lines(string text) => text.Replace("\r\n", "\n").Split('\n');
        var expectedLines = Lines(expected);
        var actualLines = Lines(actual.ToString());
        if (expectedLines.SequenceEqual(actualLines))
        {
            return;
        }

        int first = Enumerable.Range(0, Math.Max(expectedLines.Length, actualLines.Length))
            .First(i => i >= expectedLines.Length || i >= actualLines.Length || expectedLines[i] != actualLines[i]);
        Assert.Fail($"{path} differs at line {(first + 1).ToString(CultureInfo.InvariantCulture)}:\n" +
                    $"  expected: {(first < expectedLines.Length ? expectedLines[first] : "(end)")}\n" +
                    $"  actual:   {(first < actualLines.Length ? actualLines[first] : "(end)")}\n" +
                    $"--- expected\n{expected}\n--- actual\n{actual}");
    }

    /// <summary>Serves precomputed analyzer diagnostics, filtered by the Fix All context's IDs.</summary>
    public sealed class DiagnosticProvider(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostics.Where(d => !d.Location.IsInSource));

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
