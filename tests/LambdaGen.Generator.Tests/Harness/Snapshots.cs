using System.Runtime.CompilerServices;
using System.Text;
using LambdaGen.Analyzers.Generation;

namespace LambdaGen.Generator.Tests.Harness;

/// <summary>
/// Approved-file snapshots (STYLE.md §3.3): <c>Snapshots/&lt;TestName&gt;/&lt;HintName&gt;.txt</c> for every generated
/// file and <c>&lt;HintName without .g.cs&gt;.json</c> for every manifest. With <c>LAMBDAGEN_ACCEPT_SNAPSHOTS=1</c> the
/// actual files are written into the source tree (stale ones deleted) and the test fails, so that an
/// accepted run is always reviewed as a diff rather than shipped as green.
/// </summary>
public static class Snapshots
{
    public const string VersionToken = "%VERSION%";
    public const string AcceptVariable = "LAMBDAGEN_ACCEPT_SNAPSHOTS";

    private static readonly string GeneratorVersion = typeof(LambdaGenerator).Assembly.GetName().Version!.ToString();

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Folder => Path.Combine(RepoRoot, "tests", "LambdaGen.Generator.Tests", "Snapshots");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LambdaGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LambdaGen.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Generated text with the generator version replaced by a token, so a version bump does not churn snapshots.</summary>
    public static string Normalize(string generated) =>
        generated.Replace("\r\n", "\n").Replace($"\"LambdaGen\", \"{GeneratorVersion}\"", $"\"LambdaGen\", \"{VersionToken}\"");

    /// <summary>Compares (or, when accepting, writes) every generated file and manifest of <paramref name="result"/>.</summary>
    public static void Verify(GeneratorResult result, [CallerMemberName] string testName = "")
    {
        var actual = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (hint, text) in result.AllSources)
        {
            actual[hint + ".txt"] = Normalize(text);
        }

        foreach (var (name, json) in result.Manifests)
        {
            actual[name + ".json"] = json + "\n";
        }

        Verify(actual, testName);
    }

    public static void Verify(IReadOnlyDictionary<string, string> actual, string testName)
    {
        var folder = Path.Combine(Folder, testName);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(folder);
            foreach (var stale in Directory.GetFiles(folder).Where(f => !actual.ContainsKey(Path.GetFileName(f))))
            {
                File.Delete(stale);
            }

            foreach (var (file, text) in actual)
            {
                File.WriteAllText(Path.Combine(folder, file), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            Assert.Fail($"{AcceptVariable}=1: wrote {actual.Count} snapshot file(s) to {folder}. Review the diff and run again without it.");
        }

        Assert.True(Directory.Exists(folder), $"No snapshots for {testName} in {folder}; run with {AcceptVariable}=1 and review them.");
        var expectedFiles = Directory.GetFiles(folder).Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var actualFiles = actual.Keys.OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.True(expectedFiles.SequenceEqual(actualFiles),
            $"{testName}: the generated files differ from the approved ones.\n  approved: {string.Join(", ", expectedFiles)}\n  actual:   {string.Join(", ", actualFiles)}");
        foreach (var (file, text) in actual)
        {
            CompareLines(File.ReadAllText(Path.Combine(folder, file)), text, $"{testName}/{file}");
        }
    }

    /// <summary>Line-by-line comparison that names the first differing line.</summary>
    public static void CompareLines(string expected, string actual, string what)
    {
        var e = expected.Replace("\r\n", "\n").Split('\n');
        var a = actual.Replace("\r\n", "\n").Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al)
            {
                Assert.Fail($"{what} differs from the approved snapshot at line {i + 1}:\n  approved: {el}\n  actual:   {al}\n(run with {AcceptVariable}=1 to rewrite, then review the diff)");
            }
        }
    }
}
