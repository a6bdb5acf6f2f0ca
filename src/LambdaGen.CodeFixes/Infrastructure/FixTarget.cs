using System.Linq;
using System.Threading;
using LambdaGen.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaGen.CodeFixes.Infrastructure;

/// <summary>
/// What a provider needs to compute the fixes for one diagnostic: the node at its span, the data the analyzer
/// passed in <see cref="Diagnostic.Properties"/> (<see cref="DiagnosticProperties.Fix"/>,
/// <see cref="DiagnosticProperties.Field"/>) and the semantic model.
/// </summary>
internal sealed class FixTarget
{
    private FixTarget(Diagnostic diagnostic, SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        Diagnostic = diagnostic;
        Node = node;
        Model = model;
        CancellationToken = cancellationToken;
        SuggestedValue = diagnostic.Properties.TryGetValue(DiagnosticProperties.Fix, out var fix) ? fix : null;
        Field = diagnostic.Properties.TryGetValue(DiagnosticProperties.Field, out var field) ? field : null;
    }

    public Diagnostic Diagnostic { get; }
    public string Id => Diagnostic.Id;
    /// <summary>The innermost node whose span is the diagnostic's span.</summary>
    public SyntaxNode Node { get; }
    public SemanticModel Model { get; }
    public CancellationToken CancellationToken { get; }
    /// <summary>The obvious right value the rule computed, or null when there is none.</summary>
    public string? SuggestedValue { get; }
    /// <summary>The field key (<c>Architectures#0</c>, <c>Environment#1.Key</c>), or null.</summary>
    public string? Field { get; }

    /// <summary>The attribute property or list the field key names (<c>Architectures#0</c> → <c>Architectures</c>); for a value
    /// of <c>[LambdaFunctionUrl]</c>, <c>[LambdaAlias]</c> or <c>[LambdaAsyncInvoke]</c> the property of that attribute
    /// (<c>Url.AllowMethods#1</c> → <c>AllowMethods</c>, <c>Alias#1.ProvisionedConcurrentExecutions</c> →
    /// <c>ProvisionedConcurrentExecutions</c>).</summary>
    public string? FieldName
    {
        get
        {
            if (Field is null)
            {
                return null;
            }

            if (AttachedPrefix is { } prefix)
            {
                int dot = Field.IndexOf('.');
                if (dot < 0)
                {
                    return null;
                }

                var rest = Field.Substring(dot + 1);
                int hash = rest.IndexOf('#');
                return hash > 0 ? rest.Substring(0, hash) : rest;
            }
            int cut = Field.IndexOfAny(new[] { '#', '.' });
            return cut > 0 ? Field.Substring(0, cut) : Field;
        }
    }

    /// <summary>The operation key prefix (<c>Url</c>, <c>Alias</c>, <c>AsyncInvoke</c>) when the field key is a value of an
    /// attached attribute, else null.</summary>
    public string? AttachedPrefix
    {
        get
        {
            if (Field is null)
            {
                return null;
            }

            int cut = Field.IndexOfAny(new[] { '#', '.' });
            var top = cut > 0 ? Field.Substring(0, cut) : Field;
            return LambdaGen.Core.Fields.Operations.All.Any(o => o.KeyPrefix.Length > 0 && o.KeyPrefix == top) ? top : null;
        }
    }

    /// <summary>The key of the constant class users pick the value from: <see cref="FieldName"/>, prefixed for an attached
    /// attribute's property (<c>Url.AuthType</c>).</summary>
    public string? ConstantKey => AttachedPrefix is { } prefix && FieldName is { } name ? prefix + "." + name : FieldName;

    /// <summary>Null when the diagnostic has no location in <paramref name="root"/> (an MSBuild value) or its span is outside it.</summary>
    public static FixTarget? Create(Diagnostic diagnostic, SyntaxNode root, SemanticModel model, CancellationToken cancellationToken)
    {
        var location = diagnostic.Location;
        if (!location.IsInSource || location.SourceTree != root.SyntaxTree || !root.FullSpan.Contains(location.SourceSpan))
        {
            return null;
        }

        var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        return new FixTarget(diagnostic, node, model, cancellationToken);
    }

    /// <summary>
    /// The diagnostic's node as the value of the attribute argument the field names: the whole expression of
    /// <c>MemorySize = …</c>, or one item of <c>Architectures = new[] { … }</c>. Null when the node is anything else,
    /// so that a fix never writes a value into the wrong place.
    /// </summary>
    public ExpressionSyntax? ArgumentValue()
    {
        if (Node is not ExpressionSyntax expression || FieldName is not { } name)
        {
            return null;
        }

        var argument = expression.FirstAncestorOrSelf<AttributeArgumentSyntax>();
        if (argument?.NameEquals?.Name.Identifier.ValueText != name)
        {
            return null;
        }
        // Either the argument's expression itself, or an item of the array/collection it holds.
        if (argument.Expression == expression)
        {
            return expression;
        }

        return ArraySyntax.ItemsOf(argument.Expression).Contains(expression) ? expression : null;
    }

    /// <summary>The attribute of type <paramref name="metadataName"/> the diagnostic is on or in, or null.</summary>
    public AttributeSyntax? Attribute(string metadataName)
    {
        var attribute = Node.FirstAncestorOrSelf<AttributeSyntax>();
        if (attribute is null)
        {
            return null;
        }

        var constructor = Model.GetSymbolInfo(attribute, CancellationToken).Symbol as IMethodSymbol;
        return constructor?.ContainingType?.ToDisplayString() == metadataName ? attribute : null;
    }

    /// <summary>The diagnostic's node as positional argument <paramref name="index"/> of its attribute, or null.</summary>
    public ExpressionSyntax? PositionalArgument(int index)
    {
        if (Node is not ExpressionSyntax expression || expression.Parent is not AttributeArgumentSyntax { NameEquals: null, NameColon: null } argument)
        {
            return null;
        }

        var list = (AttributeArgumentListSyntax?)argument.Parent;
        return list is not null && list.Arguments.IndexOf(argument) == index ? expression : null;
    }

    /// <summary>The string a constant expression evaluates to, or null.</summary>
    public string? ConstantString(ExpressionSyntax expression) =>
        Model.GetConstantValue(expression, CancellationToken) is { HasValue: true, Value: string value } ? value : null;
}
