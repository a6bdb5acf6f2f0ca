using System.Linq;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaGen.Analyzers.Parsing;

/// <summary>Reads typed constants defensively: a wrong type, a null array or an error constant is "not readable", never a throw.</summary>
internal static class AttributeValues
{
    /// <summary>False when the attribute did not bind (non-constant argument, half-typed code): nothing can be modelled.</summary>
    public static bool IsReadable(AttributeData attribute) =>
        attribute.AttributeClass is { TypeKind: not TypeKind.Error }
        && attribute.AttributeConstructor is not null
        && attribute.ConstructorArguments.All(IsReadable)
        && attribute.NamedArguments.All(named => IsReadable(named.Value))
        && AllArgumentsBound(attribute);

    /// <summary>Roslyn drops a named argument that binds to no property (<c>Unknown = 1</c>); count the syntax to notice.
    /// (LambdaGen's attributes have no params constructors, so the counts match whenever everything bound.)</summary>
    private static bool AllArgumentsBound(AttributeData attribute) =>
        attribute.ApplicationSyntaxReference?.GetSyntax() is not AttributeSyntax { ArgumentList: { } list }
        || list.Arguments.Count == attribute.ConstructorArguments.Length + attribute.NamedArguments.Length;

    private static bool IsReadable(TypedConstant constant) =>
        constant.Kind != TypedConstantKind.Error
        && (constant.Kind != TypedConstantKind.Array || constant.IsNull || constant.Values.All(IsReadable));

    public static Setting<string>? String(TypedConstant constant, ValueOrigin origin) =>
        constant.Kind == TypedConstantKind.Primitive && constant.Value is string value ? new Setting<string>(value, origin) : null;

    public static Setting<int>? Int(TypedConstant constant, ValueOrigin origin) =>
        constant.Kind == TypedConstantKind.Primitive && constant.Value is int value ? new Setting<int>(value, origin) : null;

    public static Setting<double>? Double(TypedConstant constant, ValueOrigin origin) =>
        constant.Kind == TypedConstantKind.Primitive && constant.Value is double value ? new Setting<double>(value, origin) : null;

    /// <summary>The value of a setting of <paramref name="kind"/>, boxed as its <see cref="Setting{T}"/>; null when it is
    /// absent or of another type.</summary>
    public static object? Read(FieldKind kind, TypedConstant constant, ValueOrigin origin) => kind switch
    {
        FieldKind.String => String(constant, origin),
        FieldKind.Int => Int(constant, origin),
        FieldKind.Double => Double(constant, origin),
        FieldKind.Bool => Bool(constant, origin),
        FieldKind.StringList => Strings(constant, origin),
        _ => null,
    };

    public static Setting<bool>? Bool(TypedConstant constant, ValueOrigin origin) =>
        constant.Kind == TypedConstantKind.Primitive && constant.Value is bool value ? new Setting<bool>(value, origin) : null;

    /// <summary>A string array; <c>null</c> for a null array (its Values would be a default ImmutableArray).</summary>
    public static Setting<EquatableArray<string?>>? Strings(TypedConstant constant, ValueOrigin origin)
    {
        if (constant.Kind != TypedConstantKind.Array || constant.IsNull)
        {
            return null;
        }

        return new Setting<EquatableArray<string?>>(constant.Values.Select(item => item.Value as string).ToEquatableArray(), origin);
    }

    public static string? ConstructorString(AttributeData attribute, int index) =>
        index < attribute.ConstructorArguments.Length && attribute.ConstructorArguments[index].Value is string value ? value : null;
}
