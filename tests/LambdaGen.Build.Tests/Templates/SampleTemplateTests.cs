using System.Xml.Linq;
using LambdaGen.Analyzers.Generation;
using LambdaGen.Build.Templates;
using LambdaGen.Testing;

namespace LambdaGen.Build.Tests.Templates;

/// <summary>
/// The templates of the repository's samples (samples/*: what <c>eng/build-samples.sh</c> shows) are valid against the
/// provider schemas. Each sample's sources are compiled here as its project compiles them (implicit usings, its Lambda*
/// MSBuild properties, its name as RootNamespace) through the generator and the exporter, so the test needs no package.
/// </summary>
public sealed class SampleTemplateTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly string[] ImplicitUsings =
        { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks" };

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var sample in new[] { "Minimal", "Orders", "OrdersApi", "Aot", "TypedCall" })
        {
            data.Add(sample);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_sample_template_is_valid_against_the_provider_schemas(string sample)
    {
        var directory = Path.Combine(RepoRoot(), "samples", sample);
        var sources = Directory.GetFiles(directory, "*.cs").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(f)))
            .Append(("/src/GlobalUsings.g.cs", string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n"))))
            .ToList();
        var properties = XDocument.Load(Path.Combine(directory, sample + ".csproj")).Descendants("PropertyGroup").Elements()
            .Where(e => e.Name.LocalName.StartsWith("Lambda", StringComparison.Ordinal) || e.Name.LocalName == "TargetFramework")
            .Select(e => (e.Name.LocalName, (string?)e.Value.Trim()))
            .ToList();
        // TypedCall uses its generated typed call against the stand-in AWSSDK.Lambda, as its project does.
        var references = sources.Any(s => s.Item2.Contains("Amazon.Lambda.Model", StringComparison.Ordinal))
            ? new[] { Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "AWSSDK.Lambda.dll")),
                      Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "AWSSDK.Core.dll")) }
            : Array.Empty<Microsoft.CodeAnalysis.MetadataReference>();
        // Some samples use what the generator writes (LambdaFunctions.…): they compile once it has run.
        var compilation = TestCompilation.CreateUnchecked(sources, references, sample);
        var run = GeneratorRunner.Run(GeneratorRunner.CreateDriver([new LambdaGenerator()], TestOptions.Create(properties, sample)), compilation);
        var errors = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"samples/{sample} does not compile with its generated code:\n" + string.Join("\n", errors));

        var assembly = _temp.Combine("obj", sample + ".dll");
        Directory.CreateDirectory(Path.GetDirectoryName(assembly)!);
        using (var stream = File.Create(assembly))
        {
            Assert.True(run.OutputCompilation.Emit(stream).Success);
        }

        var result = ManifestExporter.Export(assembly, _temp.Combine("lambda"), templates: TemplateSources.Both);
        Assert.True(result.Success, string.Join("\n", result.Messages));
        Assert.NotEmpty(result.Functions);

        foreach (var file in new[] { CloudFormationTemplate.FileName, SamTemplate.FileName })
        {
            var text = File.ReadAllText(_temp.Combine("lambda", file));
            var problems = TemplateSchemas.Validate(text);
            Assert.True(problems.Count == 0, $"samples/{sample} {file}:\n" + string.Join("\n", problems) + "\n" + text);
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "eng", "Version.props")) && Directory.Exists(Path.Combine(dir.FullName, "samples")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
