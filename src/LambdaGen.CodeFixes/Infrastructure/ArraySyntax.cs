using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaGen.CodeFixes.Infrastructure;

/// <summary>The items of the array forms an attribute argument can take: <c>new[] {…}</c>, <c>new string[] {…}</c>, <c>[…]</c>.</summary>
internal static class ArraySyntax
{
    public static IReadOnlyList<ExpressionSyntax> ItemsOf(ExpressionSyntax array) => array switch
    {
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
        ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
        CollectionExpressionSyntax collection => collection.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression).ToList(),
        _ => new ExpressionSyntax[0],
    };

    /// <summary>The array expression an item belongs to (the value of its attribute argument), or null.</summary>
    public static ExpressionSyntax? ArrayOf(ExpressionSyntax item) => item.Parent switch
    {
        InitializerExpressionSyntax { Parent: ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax } initializer => (ExpressionSyntax)initializer.Parent!,
        ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } => collection,
        _ => null,
    };

    /// <summary>
    /// <paramref name="list"/> without the element at <paramref name="index"/> and one separator. When the last element
    /// goes and no separator follows it, the new last element takes its trailing trivia (<c>{ "a", "b" }</c> → <c>{ "a" }</c>).
    /// </summary>
    public static SeparatedSyntaxList<T> RemoveAt<T>(SeparatedSyntaxList<T> list, int index) where T : SyntaxNode
    {
        var removed = list[index];
        var result = list.RemoveAt(index);
        bool wasLastWithoutSeparator = index == list.Count - 1 && list.SeparatorCount < list.Count;
        if (wasLastWithoutSeparator && result.Count > 0)
        {
            var last = result[result.Count - 1];
            result = result.Replace(last, last.WithTrailingTrivia(removed.GetTrailingTrivia()));
        }
        if (index == 0 && result.Count > 0)
        {
            var first = result[0];
            result = result.Replace(first, first.WithLeadingTrivia(removed.GetLeadingTrivia()));
        }
        return result;
    }
}
