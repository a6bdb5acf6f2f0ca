using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace LambdaGen.CodeFixes.Infrastructure;

/// <summary>
/// The shape every LambdaGen code fix shares. A provider only says which fixes a diagnostic gets
/// (<see cref="GetFixes"/>); this class registers them as code actions and supplies Fix All.
/// </summary>
/// <remarks>
/// Fix All is a document-based provider rather than <see cref="WellKnownFixAllProviders.BatchFixer"/>: the
/// fixes of one document are recorded on one <see cref="FixEditor"/> and applied together, so fixes that touch
/// the same list (two duplicate layers, two attributes of one method) combine instead of conflicting. It also
/// copes with hosts that pass no equivalence key, or the key of another rule of the family (dotnet format takes
/// the key from the first diagnostic it finds, whatever its ID): such a Fix All applies each diagnostic's
/// first (default) fix.
/// </remarks>
public abstract class LambdaGenCodeFixProvider : CodeFixProvider
{
    private FixAllProvider? _fixAll;

    private protected LambdaGenCodeFixProvider()
    {
    }

    /// <summary>The fixes for one diagnostic of <see cref="CodeFixProvider.FixableDiagnosticIds"/>, default first. None when there is no obvious right value.</summary>
    private protected abstract IEnumerable<LambdaFix> GetFixes(FixTarget target);

    /// <summary>True when a diagnostic with this ID can be offered a fix with this equivalence key (if its value allows).</summary>
    private protected abstract bool MayOffer(string diagnosticId, string equivalenceKey);

    public sealed override FixAllProvider GetFixAllProvider() => _fixAll ??= FixAllProvider.Create(FixAllInDocumentAsync);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var cancellationToken = context.CancellationToken;
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var fix in FixesFor(diagnostic, root, model, cancellationToken))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(fix.Title, ct => ApplyAsync(document, root, new[] { fix }, ct), fix.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private IEnumerable<LambdaFix> FixesFor(Diagnostic diagnostic, SyntaxNode root, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!FixableDiagnosticIds.Contains(diagnostic.Id))
        {
            return Enumerable.Empty<LambdaFix>();
        }

        var target = FixTarget.Create(diagnostic, root, model, cancellationToken);
        return target is null ? Enumerable.Empty<LambdaFix>() : GetFixes(target).ToList();
    }

    private async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var cancellationToken = context.CancellationToken;
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var chosen = new List<LambdaFix>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, System.StringComparer.Ordinal))
        {
            var fixes = FixesFor(diagnostic, root, model, cancellationToken).ToList();
            var fix = Choose(fixes, context.CodeActionEquivalenceKey, diagnostic.Id);
            if (fix is not null)
            {
                chosen.Add(fix);
            }
        }
        return chosen.Count == 0 ? document : await ApplyAsync(document, root, chosen, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The fix with the requested key; the default fix when the key is absent or is not one this rule offers.</summary>
    private LambdaFix? Choose(List<LambdaFix> fixes, string? equivalenceKey, string diagnosticId)
    {
        if (equivalenceKey is null || !MayOffer(diagnosticId, equivalenceKey))
        {
            return fixes.FirstOrDefault();
        }

        return fixes.FirstOrDefault(f => f.EquivalenceKey == equivalenceKey);
    }

    private static async Task<Document> ApplyAsync(Document document, SyntaxNode root, IEnumerable<LambdaFix> fixes, CancellationToken cancellationToken)
    {
        var editor = new FixEditor();
        foreach (var fix in fixes)
        {
            fix.Edit(editor);
        }

        var newRoot = editor.Apply(root);
        var changed = document.WithSyntaxRoot(newRoot);
        // The code action's own clean-up does this too in most hosts; doing it here makes the result the same everywhere.
        if (newRoot.GetAnnotatedNodes(Simplifier.AddImportsAnnotation).Any())
        {
            changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        if (newRoot.GetAnnotatedNodes(Simplifier.Annotation).Any())
        {
            changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return changed;
    }
}
