using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaGen.CodeFixes.Infrastructure;

/// <summary>
/// Collects edits against the nodes of one original syntax root and applies them in order. Fixes of several
/// diagnostics in one document may touch the same node (two rules on one Runtime value, two duplicate layers,
/// two attributes of one list): the nodes are tracked, and an edit whose node an earlier edit already replaced
/// or removed is skipped, so Fix All never throws and never applies a fix twice.
/// </summary>
internal sealed class FixEditor
{
    private readonly List<(SyntaxNode Node, Func<SyntaxNode, SyntaxNode, SyntaxNode> Apply)> _edits = new();

    public bool IsEmpty => _edits.Count == 0;

    /// <summary>Replaces <paramref name="node"/> with <paramref name="replacement"/>, keeping the node's trivia.</summary>
    public void Replace(SyntaxNode node, SyntaxNode replacement) =>
        _edits.Add((node, (root, current) => root.ReplaceNode(current, replacement.WithTriviaFrom(current))));

    /// <summary>Removes one item of an array or collection expression, with its separator.</summary>
    public void RemoveArrayItem(ExpressionSyntax item) => _edits.Add((item, RemoveArrayItem));

    /// <summary>Removes an attribute; its list too when it is the only attribute there, with the list's line.</summary>
    public void RemoveAttribute(AttributeSyntax attribute) => _edits.Add((attribute, RemoveAttribute));

    /// <summary>Removes a named or positional argument of an attribute, with its separator.</summary>
    public void RemoveArgument(AttributeArgumentSyntax argument) => _edits.Add((argument, RemoveArgument));

    /// <summary>Sets the named argument <paramref name="name"/> of <paramref name="attribute"/> to <paramref name="value"/>:
    /// replaces its value when it is there, else appends it.</summary>
    public void SetNamedArgument(AttributeSyntax attribute, string name, ExpressionSyntax value) =>
        _edits.Add((attribute, (root, current) =>
        {
            var node = (AttributeSyntax)current;
            var list = node.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
            var existing = list.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
            var updated = existing is not null
                ? list.ReplaceNode(existing.Expression, value.WithTriviaFrom(existing.Expression))
                : list.AddArguments(SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(name)), null, value));
            return root.ReplaceNode(node, node.WithArgumentList(updated));
        }
    ));

    private static SyntaxNode RemoveArgument(SyntaxNode root, SyntaxNode node)
    {
        if (node.Parent is not AttributeArgumentListSyntax list)
        {
            return root;
        }

        int index = list.Arguments.IndexOf((AttributeArgumentSyntax)node);
        return index < 0 ? root : root.ReplaceNode(list, list.WithArguments(ArraySyntax.RemoveAt(list.Arguments, index)));
    }

    /// <summary>Applies every edit, in the order recorded, to <paramref name="root"/> (the root the nodes belong to).</summary>
    public SyntaxNode Apply(SyntaxNode root)
    {
        var nodes = _edits.Select(e => e.Node).Distinct().ToList();
        var tracked = root.TrackNodes(nodes);
        foreach (var (node, apply) in _edits)
        {
            var current = tracked.GetCurrentNode(node);
            if (current is null)
            {
                continue; // replaced or removed by an earlier edit
            }

            tracked = apply(tracked, current);
        }
        return tracked;
    }

    private static SyntaxNode RemoveArrayItem(SyntaxNode root, SyntaxNode item)
    {
        switch (item.Parent)
        {
            case InitializerExpressionSyntax initializer:
            {
                int index = initializer.Expressions.IndexOf((ExpressionSyntax)item);
                return index < 0 ? root : root.ReplaceNode(initializer, initializer.WithExpressions(ArraySyntax.RemoveAt(initializer.Expressions, index)));
            }
            case ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } element:
            {
                int index = collection.Elements.IndexOf(element);
                return index < 0 ? root : root.ReplaceNode(collection, collection.WithElements(ArraySyntax.RemoveAt(collection.Elements, index)));
            }
            default:
                return root;
        }
    }

    private static SyntaxNode RemoveAttribute(SyntaxNode root, SyntaxNode node)
    {
        var attribute = (AttributeSyntax)node;
        if (attribute.Parent is not AttributeListSyntax list)
        {
            return root;
        }

        if (list.Attributes.Count > 1)
        {
            return root.ReplaceNode(list, list.WithAttributes(ArraySyntax.RemoveAt(list.Attributes, list.Attributes.IndexOf(attribute))));
        }

        // Remove the whole list. When it stood on its own line, the line goes (its indentation and line break);
        // comments, directives and blank lines before it stay, moved onto the token that follows.
        var next = list.GetLastToken().GetNextToken(includeZeroWidth: true);
        var leading = list.GetLeadingTrivia();
        bool ownLine = list.GetTrailingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var kept = ownLine ? WithoutTrailingWhitespace(leading) : leading;
        var annotation = new SyntaxAnnotation();
        root = root.ReplaceToken(next, next.WithLeadingTrivia(kept.AddRange(next.LeadingTrivia)).WithAdditionalAnnotations(annotation));
        // The list itself was not rebuilt by replacing a token outside it; find it again through the attribute's tracking.
        var currentList = root.GetAnnotatedTokens(annotation).First().GetPreviousToken(includeZeroWidth: true).Parent?.FirstAncestorOrSelf<AttributeListSyntax>();
        return currentList is null ? root : root.RemoveNode(currentList, SyntaxRemoveOptions.KeepNoTrivia)!;
    }

    private static SyntaxTriviaList WithoutTrailingWhitespace(SyntaxTriviaList trivia)
    {
        int end = trivia.Count;
        while (end > 0 && trivia[end - 1].IsKind(SyntaxKind.WhitespaceTrivia))
        {
            end--;
        }

        return SyntaxFactory.TriviaList(trivia.Take(end));
    }
}
