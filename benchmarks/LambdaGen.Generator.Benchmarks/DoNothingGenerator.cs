using Microsoft.CodeAnalysis;

namespace LambdaGen.Generator.Benchmarks;

/// <summary>
/// The floor: what any incremental generator keyed on <c>[LambdaFunction]</c> pays. It finds the same methods with
/// <c>ForAttributeWithMetadataName</c> (which binds their attributes), keeps the method name and emits nothing.
/// </summary>
public sealed class DoNothingGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider.ForAttributeWithMetadataName(
            "LambdaGen.LambdaFunctionAttribute",
            static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
            static (ctx, _) => ctx.TargetSymbol.Name);
        context.RegisterSourceOutput(names, static (_, _) => { });
    }
}
