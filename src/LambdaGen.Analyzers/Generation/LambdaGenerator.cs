using System.Linq;
using LambdaGen.Analyzers.Parsing;
using LambdaGen.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaGen.Analyzers.Generation;

/// <summary>
/// Emits, per <c>[LambdaFunction]</c> handler, the function's constants and manifest (recorded as
/// assembly metadata for the build task), and a typed CreateFunction call when AWSSDK.Lambda is referenced.
/// Diagnostics are the analyzer's job; the generator emits whatever it can model and skips the rest.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class LambdaGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ProjectOptions.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var compilationFacts = context.CompilationProvider
            .Select(static (compilation, _) => new CompilationFacts(
                compilation.AssemblyName ?? "",
                compilation.GetTypeByMetadataName(KnownNames.AwsSdkCreateFunctionRequest) is not null,
                SettingsParser.ParseAssembly(compilation.Assembly)))
            .WithTrackingName(TrackingNames.CompilationFacts);

        var handlers = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.LambdaFunctionAttribute,
                static (node, _) => node is MethodDeclarationSyntax,
                static (ctx, ct) => ctx.TargetSymbol is IMethodSymbol method && ctx.Attributes.Length > 0
                    ? SettingsParser.ParseMethod(method, ctx.Attributes[0], ct)
                    : null)
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(TrackingNames.Handlers);

        var resolved = handlers
            .Combine(options.Combine(compilationFacts))
            .Select(static (pair, _) =>
            {
                var (method, (project, facts)) = pair;
                var spec = SpecResolver.Resolve(method, facts.AssemblyDefaults, project.Defaults, facts.AssemblyName, project.TargetFramework);
                return new HandlerOutput(spec, Emitter.NamespaceFor(project.RootNamespace, facts.AssemblyName), facts.ReferencesAwsSdkLambda);
            })
            .WithTrackingName(TrackingNames.Resolved);

        var classNames = resolved.Collect()
            .Select(static (all, _) => ClassNames.Assign(all))
            .WithTrackingName(TrackingNames.ClassNames);

        var outputs = resolved
            .Combine(classNames)
            .Select(static (pair, _) => pair.Left with { ClassName = ClassNames.Lookup(pair.Right, pair.Left.Key) })
            .WithTrackingName(TrackingNames.Output);

        context.RegisterSourceOutput(outputs, static (spc, handler) =>
            spc.AddSource("LambdaFunctions." + handler.ClassName + ".g.cs", Emitter.Emit(handler)));
    }
}
