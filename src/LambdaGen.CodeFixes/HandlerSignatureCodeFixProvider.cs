using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using LambdaGen.CodeFixes.Infrastructure;
using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace LambdaGen.CodeFixes;

/// <summary>
/// LG0054 <c>async void</c> handler (reported on the method name) → <c>async Task</c>. The type is written
/// fully qualified and annotated, so the simplifier shortens it to <c>Task</c> and a
/// <c>using System.Threading.Tasks;</c> is added when the file has none.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HandlerSignatureCodeFixProvider)), Shared]
public sealed class HandlerSignatureCodeFixProvider : LambdaGenCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.HandlerAsyncVoid.Id);

    private protected override bool MayOffer(string diagnosticId, string equivalenceKey) => equivalenceKey == EquivalenceKeys.ReturnTask;

    private protected override IEnumerable<LambdaFix> GetFixes(FixTarget target)
    {
        if (target.Node is not MethodDeclarationSyntax method
            || method.ReturnType is not PredefinedTypeSyntax returnType || !returnType.Keyword.IsKind(SyntaxKind.VoidKeyword)
            || !method.Modifiers.Any(SyntaxKind.AsyncKeyword))
        {
            yield break;
        }

        yield return new LambdaFix("Return Task instead of void", EquivalenceKeys.ReturnTask, editor =>
            editor.Replace(returnType, SyntaxFactory.ParseTypeName("global::System.Threading.Tasks.Task")
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation)));
    }
}
