using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LambdaGen.Analyzers.Parsing;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;
using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaGen.Analyzers.Diagnostics;

/// <summary>
/// Finds the exact syntax a field key points at: a named argument, one item of an array or collection
/// expression, one argument of an environment/tag/file system attribute. Falls back to the enclosing
/// value, then to the attribute's name; values from MSBuild have no location.
/// </summary>
internal sealed class Locator
{
    private readonly IMethodSymbol _method;
    private readonly AttributeData _function;
    private readonly ImmutableArray<AttributeData> _assemblyAttributes;
    private readonly CancellationToken _cancellationToken;

    public Locator(IMethodSymbol method, AttributeData function, ImmutableArray<AttributeData> assemblyAttributes, CancellationToken cancellationToken)
    {
        _method = method;
        _function = function;
        _assemblyAttributes = assemblyAttributes;
        _cancellationToken = cancellationToken;
    }

    public Location Locate(string field, ValueOrigin origin)
    {
        switch (origin)
        {
            case ValueOrigin.Method:
                return field == FieldKeys.Method
                    ? _method.Locations.FirstOrDefault() ?? Location.None
                    : Find(field, _function, _method.GetAttributes()) ?? NameOf(_function);
            case ValueOrigin.Derived:
                return NameOf(_function);
            case ValueOrigin.Assembly:
                var defaults = _assemblyAttributes.FirstOrDefault(a => SettingsParser.Is(a, KnownNames.LambdaDefaultsAttribute));
                return Find(field, defaults, _assemblyAttributes) ?? (defaults is null ? Location.None : NameOf(defaults));
            default:
                return Location.None;
        }
    }

    private Location? Find(string field, AttributeData? settings, ImmutableArray<AttributeData> siblings)
    {
        for (string? key = field; key is not null; key = FieldKeys.Parent(key))
        {
            var location = FindExact(key, settings, siblings);
            if (location is not null)
            {
                return location;
            }
        }
        return null;
    }

    private Location? FindExact(string key, AttributeData? settings, ImmutableArray<AttributeData> siblings)
    {
        var (top, index, part) = Split(key);
        if (Operations.All.FirstOrDefault(o => o.KeyPrefix.Length > 0 && o.KeyPrefix == top) is { } operation)
        {
            return FindInAttached(operation.Attribute, index ?? 0, part, siblings);
        }

        string? listAttribute = top switch
        {
            FieldKeys.Environment => KnownNames.LambdaEnvironmentAttribute,
            FieldKeys.Tags => KnownNames.LambdaTagAttribute,
            FieldKeys.FileSystem => KnownNames.LambdaFileSystemAttribute,
            _ => null,
        };
        if (listAttribute is not null)
        {
            if (index is null)
            {
                return null;
            }

            var attribute = siblings.Where(a => SettingsParser.Is(a, listAttribute)).ElementAtOrDefault(index.Value);
            if (attribute is null || Syntax(attribute) is not { } syntax)
            {
                return null;
            }

            if (part is null)
            {
                return syntax.GetLocation();
            }

            int argument = part is "Key" or "Arn" ? 0 : 1;
            return syntax.ArgumentList?.Arguments.ElementAtOrDefault(argument)?.Expression.GetLocation();
        }

        if (settings is null || Syntax(settings) is not { } settingsSyntax)
        {
            return null;
        }

        var named = settingsSyntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == top);
        if (named is null)
        {
            return null;
        }

        if (index is null)
        {
            return named.Expression.GetLocation();
        }

        return Items(named.Expression).ElementAtOrDefault(index.Value)?.GetLocation();
    }

    /// <summary>A value of <c>[LambdaFunctionUrl]</c>, <c>[LambdaAlias]</c> or <c>[LambdaAsyncInvoke]</c>: <paramref name="part"/>
    /// is the row's name (a constructor argument or a named one), optionally with an item (<c>AllowOrigins#2</c>).</summary>
    private Location? FindInAttached(string attributeName, int position, string? part, ImmutableArray<AttributeData> siblings)
    {
        var attribute = siblings.Where(a => SettingsParser.Is(a, attributeName)).ElementAtOrDefault(position);
        if (attribute is null || Syntax(attribute) is not { } syntax)
        {
            return null;
        }

        if (part is null)
        {
            return syntax.GetLocation();
        }

        int hash = part.IndexOf('#');
        var name = hash < 0 ? part : part.Substring(0, hash);
        int? item = hash < 0 ? null : int.TryParse(part.Substring(hash + 1), out var i) ? i : null;
        var arguments = syntax.ArgumentList?.Arguments;
        ExpressionSyntax? value = FieldTable.ByAttribute(attributeName, name) is { ConstructorIndex: >= 0 } row
            ? arguments?.Where(a => a.NameEquals is null).ElementAtOrDefault(row.ConstructorIndex)?.Expression
            : arguments?.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name)?.Expression;
        if (value is null)
        {
            return null;
        }

        return item is null ? value.GetLocation() : Items(value).ElementAtOrDefault(item.Value)?.GetLocation();
    }

    /// <summary>The items of <c>new[] {…}</c>, <c>new string[] {…}</c> or <c>[…]</c>.</summary>
    private static SyntaxNode[] Items(ExpressionSyntax expression) => expression switch
    {
        ArrayCreationExpressionSyntax array => array.Initializer?.Expressions.ToArray<SyntaxNode>() ?? new SyntaxNode[0],
        ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions.ToArray<SyntaxNode>(),
        CollectionExpressionSyntax collection => collection.Elements.ToArray<SyntaxNode>(),
        _ => new SyntaxNode[0],
    };

    private AttributeSyntax? Syntax(AttributeData attribute) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(_cancellationToken) as AttributeSyntax;

    private Location NameOf(AttributeData attribute) =>
        Syntax(attribute)?.Name.GetLocation() ?? _method.Locations.FirstOrDefault() ?? Location.None;

    private static (string Top, int? Index, string? Part) Split(string key)
    {
        string? part = null;
        int dot = key.IndexOf('.');
        if (dot > 0)
        {
            part = key.Substring(dot + 1);
            key = key.Substring(0, dot);
        }
        int hash = key.IndexOf('#');
        if (hash < 0)
        {
            return (key, null, part);
        }

        return (key.Substring(0, hash), int.TryParse(key.Substring(hash + 1), out var index) ? index : null, part);
    }
}
