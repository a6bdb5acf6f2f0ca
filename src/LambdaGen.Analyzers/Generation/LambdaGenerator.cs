using LambdaGen.Analyzers.Diagnostics;
using LambdaGen.Analyzers.Parsing;
using LambdaGen.Core.Model;
using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaGen.Analyzers.Generation;

/// <summary>
/// Emits, per <c>[LambdaFunction]</c> handler, the function's constants and manifest (recorded as
/// assembly metadata for the build task), and a typed CreateFunction call when AWSSDK.Lambda is referenced.
/// Diagnostics are the analyzer's job; the generator emits whatever it can model and skips the rest.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LambdaGenerator : IIncrementalGenerator
{
    /// <summary>Chosen with benchmarks/LambdaGen.Generator.Benchmarks (see benchmarks/README.md).</summary>
    internal const OutputLayout DefaultLayout = OutputLayout.PerSourceFile;

    private readonly OutputLayout _layout;

    /// <summary>The generator as the compiler loads it.</summary>
    public LambdaGenerator() : this(DefaultLayout) { }

    /// <summary>A generator with another file layout, for the layout benchmarks.</summary>
    internal LambdaGenerator(OutputLayout layout) => _layout = layout;

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ProjectOptions.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var compilationFacts = context.CompilationProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) =>
            {
                var (compilation, configOptions) = pair;
                var assemblyTree = SettingsParser.AssemblyAttributesTree(compilation.Assembly, ct);
                var assemblySeverities = SeverityReader.ReadFacts(compilation.Options, assemblyTree, ct);
                var assemblyName = compilation.AssemblyName ?? "";
                // This compilation holds none of the generator's output: every declaration found is the project's or a reference's.
                var placement = GeneratedPlacement.Find(compilation,
                    Emitter.NamespaceFor(ProjectOptions.Property(configOptions.GlobalOptions, "RootNamespace"), assemblyName), static _ => true).Placement;
                return new CompilationFacts(
                    assemblyName,
                    placement.AmazonHidden || placement.TypedCallNamesHidden ? null : SdkSurface.Read(compilation),
                    SettingsParser.ParseAssembly(compilation.Assembly),
                    placement,
                    assemblyTree is null ? assemblySeverities.Overrides : SeverityReader.ApplyBulk(assemblySeverities, configOptions.GetOptions(assemblyTree)),
                    SeverityReader.Read(compilation.Options, null, ct)); // no location: the bulk options do not apply
            })
            .WithTrackingName(TrackingNames.CompilationFacts);

        var handlers = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.LambdaFunctionAttribute,
                static (node, _) => node is MethodDeclarationSyntax,
                static (ctx, ct) => ctx.TargetSymbol is IMethodSymbol method && ctx.Attributes.Length > 0
                    && SettingsParser.ParseMethod(method, ctx.Attributes[0], ct, includeSignature: false) is { } spec
                    ? new FoundHandler(new ParsedHandler(spec, ctx.TargetNode.SyntaxTree.FilePath),
                        SeverityReader.ReadFacts(ctx.SemanticModel.Compilation.Options, ctx.TargetNode.SyntaxTree, ct), ctx.TargetNode.SyntaxTree)
                    : null)
            .Where(static found => found is not null)
            // The file's bulk severity options need the tree, which goes no further than this step.
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => pair.Left!.Handler with
            {
                FileSeverities = SeverityReader.ApplyBulk(pair.Left.Severities, pair.Right.GetOptions(pair.Left.Tree)),
            })
            .WithTrackingName(TrackingNames.Handlers);

        var resolved = handlers
            .Combine(options.Combine(compilationFacts))
            .Select(static (pair, _) =>
            {
                var (handler, (project, facts)) = pair;
                var spec = SpecResolver.Resolve(handler.Spec, facts.AssemblyDefaults, project.Defaults, facts.AssemblyName, project.TargetFramework);
                var severities = ReportScopes.ForHandler(spec, handler.FileSeverities, facts.AssemblySeverities, facts.ProjectSeverities);
                return new HandlerOutput(spec, facts.Placement, facts.Sdk, handler.SourceFile, Severities: severities);
            })
            .WithTrackingName(TrackingNames.Resolved)
            // A null list item or an unpaired surrogate cannot be written as the code says (LG0113, LG0114): no manifest at all.
            .Where(static output => !SpecValidator.HasUnwritableValue(output.Spec));

        // Class names must be unique across the project, so the files are planned from all handlers at once;
        // only the files whose handlers changed compare unequal and are emitted again.
        var layout = _layout;
        var files = resolved.Collect()
            .Select((all, _) => GeneratedFiles.Plan(all, layout))
            .WithTrackingName(TrackingNames.Files)
            .SelectMany(static (planned, _) => planned)
            .WithTrackingName(TrackingNames.Output);

        context.RegisterSourceOutput(files, static (spc, file) =>
        {
            // With System or the metadata attribute unusable nothing generated can compile; the project file says why (and
            // the analyzer reports LG0111 or LG0115).
            if (!file.Handlers[0].Placement.GeneratesNothing)
            {
                spc.AddSource(file.HintName, Emitter.Emit(file));
            }
        });

        // The project settings the deploy re-checks manifests with, once per assembly that has handlers.
        var projectFacts = options
            .Combine(compilationFacts.Select(static (facts, _) => (facts.Placement.SystemHidden, facts.Placement.MetadataBlocked)))
            .Select(static (pair, _) => new ProjectFacts(pair.Left.TargetFramework, pair.Left.RuntimeIdentifier, pair.Left.Defaults.MaxMemorySize,
                pair.Right.SystemHidden, pair.Right.MetadataBlocked))
            .Combine(handlers.Collect().Select(static (all, _) => all.Length > 0))
            .WithTrackingName(TrackingNames.Project);
        context.RegisterSourceOutput(projectFacts, static (spc, pair) =>
        {
            if (pair.Right)
            {
                spc.AddSource(Emitter.ProjectHintName, Emitter.EmitProject(pair.Left));
            }
        });
    }
}
