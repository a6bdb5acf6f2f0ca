using System.Text.Json.Nodes;
using LambdaGen.EndToEnd.Tests.LanguageServer;

namespace LambdaGen.EndToEnd.Tests;

/// <summary>
/// A new user's project with the packed LambdaGen, opened in a real C# language server (csharp-ls 0.28.0 over stdio,
/// acting as an editor): every mistake shows with the range and message a command-line build reports, a typed fix
/// removes its diagnostic and a typed mistake adds one. The build's own output is the expected value.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class LanguageServerTests
{
    private static readonly TimeSpan ProjectLoad = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan Recheck = TimeSpan.FromMinutes(1);

    private const string Broken = """
        using LambdaGen;

        [assembly: LambdaTag("aws:team", "checkout")]

        namespace Shop;

        public static class Handlers
        {
            [LambdaFunction(FunctionName = "shop-create", MemorySize = 20000, Architectures = new[] { "x86-64" }, Runtime = "dotnet8.0")]
            [LambdaEnvironment("AWS_REGION", "eu-west-1")]
            public static Stream Create(Stream input) => input;

            [LambdaFunction(FunctionName = "shop-notify")]
            public static async void Notify(Stream input) => await Task.Delay(1);
        }
        """;

    /// <summary>Each mistake of <see cref="Broken"/>: its rule and the source text its diagnostic covers.</summary>
    private static readonly (string Id, string Span)[] BrokenMistakes =
    {
        ("LG0030", "\"aws:team\""),
        ("LG0010", "20000"),
        ("LG0018", "\"x86-64\""),
        ("LG0005", "\"dotnet8.0\""),
        ("LG0025", "\"AWS_REGION\""),
        ("LG0054", "Notify"),
    };

    private readonly PackageFixture _package;
    private readonly ITestOutputHelper _log;

    public LanguageServerTests(PackageFixture package, ITestOutputHelper log)
    {
        _package = package;
        _log = log;
    }

    [SkippableFact]
    public async Task Diagnostics_arrive_at_the_builds_ranges_and_follow_typed_fixes_and_mistakes()
    {
        var executable = InstallServer();
        var project = _package.CreateProject("Shop");
        project.WriteProject("<LambdaRole>arn:aws:iam::123456789012:role/shop</LambdaRole>");
        var path = Path.Combine(project.Directory, "Handlers.cs");

        // The two edits a person types: the fix (MemorySize 20000 → 2048) and a new mistake (a space in a name).
        var fixRange = RangeOf(Broken, "20000");
        var afterFix = Broken.Replace("20000", "2048", StringComparison.Ordinal);
        var mistakeOffset = afterFix.IndexOf("shop-notify", StringComparison.Ordinal) + "shop".Length;
        var mistakeRange = LspRange.Of(afterFix, mistakeOffset, 1);
        var afterMistake = afterFix[..mistakeOffset] + " " + afterFix[(mistakeOffset + 1)..];

        // What the analyzer reports for the last and the first text, from command-line builds (the file on disk stays
        // the first text, as an editor opens it).
        var finalBuild = Build(project, afterMistake, "Handlers.cs");
        var brokenBuild = Build(project, Broken, "Handlers.cs");
        Assert.Equal(BrokenMistakes.Select(m => m.Id).Order(), brokenBuild.Select(d => d.Id).Order());
        var finalMistakes = BrokenMistakes.Where(m => m.Id != "LG0010").Append((Id: "LG0001", Span: "\"shop notify\"")).ToArray();
        Assert.Equal(finalMistakes.Select(m => m.Id).Order(), finalBuild.Select(d => d.Id).Order());

        await using var server = await CSharpLanguageServer.StartAsync(executable, project.Directory, new JsonObject { ["analyzersEnabled"] = true });
        try
        {
            // 1. Open: every mistake, at the build's position, covering the offending text, with the build's message.
            await server.OpenAsync(path, Broken);
            var opened = await server.WaitForDiagnosticsAsync(path, 0, p => p.LambdaGen.Count() >= BrokenMistakes.Length, ProjectLoad, "all six LG diagnostics arrive");
            Assert.Equal(Expected(Broken, BrokenMistakes, brokenBuild), Shown(opened));
            Assert.DoesNotContain(opened.Diagnostics, d => !d.IsLambdaGen && d.Severity == 1);

            // 2. csharp-ls 0.28.0 builds its code fixes from Roslyn's own feature assemblies, never from a project's
            //    analyzer packages: LambdaGen's fix for LG0010 ("Set MemorySize to 10240") is not offered; what is
            //    offered are Roslyn's refactorings of the literal (e.g. "Introduce constant"), none tied to the diagnostic.
            var memory = opened.LambdaGen.Single(d => d.Code == "LG0010");
            var actions = await server.CodeActionsAsync(path, memory);
            _log.WriteLine("code actions at LG0010: " + string.Join(" | ", actions.Select(a => a["title"]?.ToString())));
            Assert.NotEmpty(actions); // the request works: an empty answer would prove nothing
            Assert.All(actions, a => Assert.Matches("^(Introduce constant|Convert number) - ", a["title"]?.ToString()));
            Assert.DoesNotContain(actions, a => a["title"]?.ToString() == "Set MemorySize to 10240");
            Assert.DoesNotContain(actions, a => a["diagnostics"] is JsonArray d && d.Any(x => x?["code"]?.ToString()?.StartsWith("LG", StringComparison.Ordinal) == true));

            // 3. Type the fix: LG0010 goes, the others stay (the ones after it on the line move one column left).
            var beforeFix = server.NextSequence;
            await server.ChangeAsync(path, fixRange, "2048");
            var fixedOne = await server.WaitForDiagnosticsAsync(path, beforeFix, p => p.LambdaGen.All(d => d.Code != "LG0010"), Recheck, "LG0010 is gone after the fix");
            var stillBroken = finalMistakes.Where(m => m.Id != "LG0001").ToArray();
            Assert.Equal(Expected(afterFix, stillBroken, finalBuild.Where(d => d.Id != "LG0001").ToList()), Shown(fixedOne));

            // 4. Type a new mistake: LG0001 appears at the name.
            var beforeMistake = server.NextSequence;
            await server.ChangeAsync(path, mistakeRange, " ");
            var mistaken = await server.WaitForDiagnosticsAsync(path, beforeMistake, p => p.LambdaGen.Any(d => d.Code == "LG0001"), Recheck, "LG0001 appears after the typed mistake");
            Assert.Equal(Expected(afterMistake, finalMistakes, finalBuild), Shown(mistaken));
        }
        finally
        {
            _log.WriteLine("server log:\n" + server.Log);
        }
    }

    [SkippableFact]
    public async Task Off_by_default_LambdaGen_diagnostics_appear_once_analyzersEnabled_is_turned_on()
    {
        var executable = InstallServer();
        var project = _package.CreateProject("Quiet");
        project.WriteProject("<LambdaRole>arn:aws:iam::123456789012:role/shop</LambdaRole>");
        var path = Path.Combine(project.Directory, "Handlers.cs");
        // CS0029 binds against LambdaGen's attribute types: it proves the project and its package are loaded.
        // (The analyzer skips that handler: its attribute does not bind.)
        const string create = "public static Stream Create(Stream input) => input;";
        var text = Broken.Replace(create, create + "\n\n    [LambdaFunction(FunctionName = \"shop-other\", Description = 7)]\n    public static Stream Other(Stream input) => input;", StringComparison.Ordinal);
        project.Write("Handlers.cs", text);
        Assert.Equal(0, project.Dotnet("restore").ExitCode);

        // csharp-ls's default: analyzers off, so only the compiler's diagnostics.
        await using var server = await CSharpLanguageServer.StartAsync(executable, project.Directory, new JsonObject());
        try
        {
            await server.OpenAsync(path, text);
            var loaded = await server.WaitForDiagnosticsAsync(path, 0, p => p.Diagnostics.Any(d => d.Code == "CS0029"), ProjectLoad, "CS0029 (the project is loaded)");
            Assert.Empty(loaded.LambdaGen);

            // The user turns the setting on (workspace/didChangeConfiguration) and types: LambdaGen's diagnostics appear.
            await server.ChangeConfigurationAsync(new JsonObject { ["analyzersEnabled"] = true });
            var before = server.NextSequence;
            var end = LspRange.Of(text, text.Length, 0);
            await server.ChangeAsync(path, end, "\n");
            var enabled = await server.WaitForDiagnosticsAsync(path, before, p => p.LambdaGen.Any(), Recheck, "LG diagnostics appear once analyzersEnabled is on");
            Assert.Equal(BrokenMistakes.Select(m => m.Id).Order(), enabled.LambdaGen.Select(d => d.Code).Order());
        }
        finally
        {
            _log.WriteLine("server log:\n" + server.Log);
        }
    }

    private string InstallServer()
    {
        var (executable, failure) = CSharpLsTool.Install(_package.RepoRoot);
        Skip.If(executable is null, $"csharp-ls {CSharpLsTool.Version} could not be installed as a dotnet tool: {failure}");
        return executable!;
    }

    /// <summary>Builds the project with <paramref name="text"/> as <paramref name="file"/> (it must fail) and returns its LG diagnostics there.</summary>
    private IReadOnlyList<BuildDiagnostic> Build(UserProject project, string text, string file)
    {
        project.Write(file, text);
        var build = project.Build();
        _log.WriteLine(build.ToString());
        Assert.True(build.ExitCode != 0, "The build of a file with mistakes succeeded:\n" + build);
        return BuildDiagnostics.LambdaGen(build.Output, file);
    }

    private static LspRange RangeOf(string text, string span)
    {
        var offset = text.IndexOf(span, StringComparison.Ordinal);
        Assert.True(offset >= 0 && text.IndexOf(span, offset + 1, StringComparison.Ordinal) < 0, $"'{span}' must occur exactly once in the text.");
        return LspRange.Of(text, offset, span.Length);
    }

    /// <summary>
    /// What an editor must show: each mistake's range covers its offending text and starts where the build reports
    /// it (the build is 1-based), with the build's message and severity.
    /// </summary>
    private static List<string> Expected(string text, IEnumerable<(string Id, string Span)> mistakes, IReadOnlyList<BuildDiagnostic> build) =>
        mistakes.Select(m =>
        {
            var range = RangeOf(text, m.Span);
            var reported = Assert.Single(build, d => d.Id == m.Id);
            Assert.True((reported.Line - 1, reported.Column - 1) == (range.StartLine, range.StartCharacter),
                $"The build reports {m.Id} at ({reported.Line},{reported.Column}), not at '{m.Span}' ({range.StartLine + 1},{range.StartCharacter + 1}).");
            return Format(m.Id, range, reported.Severity == "error" ? 1 : reported.Severity == "warning" ? 2 : 3, reported.Message);
        }).Order(StringComparer.Ordinal).ToList();

    private static List<string> Shown(DiagnosticsPublication publication) =>
        publication.LambdaGen.Select(d => Format(d.Code!, d.Range, d.Severity, d.Message)).Order(StringComparer.Ordinal).ToList();

    private static string Format(string id, LspRange range, int severity, string message) => $"{id} {range} severity {severity}: {message}";
}
