using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace LambdaGen.CodeFixes.Infrastructure;

/// <summary>Fixes that write a value: a literal, or the LambdaGen constant that holds it.</summary>
internal static class ValueFixes
{
    /// <summary>The constant class users pick values of each attribute property from.</summary>
    private static readonly Dictionary<string, string> ConstantClasses = new()
    {
        [FieldKeys.Runtime] = "LambdaGen.LambdaRuntime",
        [FieldKeys.Architectures] = "LambdaGen.LambdaArchitecture",
        [FieldKeys.TracingMode] = "LambdaGen.LambdaTracingMode",
        [FieldKeys.PackageType] = "LambdaGen.LambdaPackageType",
        [FieldKeys.SnapStart] = "LambdaGen.LambdaSnapStart",
        [FieldKeys.LogFormat] = "LambdaGen.LambdaLogFormat",
        [FieldKeys.ApplicationLogLevel] = "LambdaGen.LambdaLogLevel",
        [FieldKeys.SystemLogLevel] = "LambdaGen.LambdaLogLevel",
    };

    public static LiteralExpressionSyntax StringLiteral(string value) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

    public static LiteralExpressionSyntax IntLiteral(int value) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value));

    public static bool TryParseInt(string? text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// "Use 'value'" (<see cref="EquivalenceKeys.UseSuggestedValue"/>) and, when a LambdaGen constant holds the
    /// value, "Use LambdaRuntime.Dotnet10" (<see cref="EquivalenceKeys.UseConstant"/>). The constant comes first
    /// when the user wrote a constant rather than a literal.
    /// </summary>
    public static IEnumerable<LambdaFix> UseString(FixTarget target, ExpressionSyntax node, string value)
    {
        var literal = new LambdaFix("Use " + Text.Quote(value), EquivalenceKeys.UseSuggestedValue, editor => editor.Replace(node, StringLiteral(value)));
        var constant = Constant(target, value);
        if (constant is null)
            return new[] { literal };
        var (display, expression) = constant.Value;
        var named = new LambdaFix("Use " + display, EquivalenceKeys.UseConstant, editor => editor.Replace(node, expression));
        return node is LiteralExpressionSyntax ? new[] { literal, named } : new[] { named, literal };
    }

    /// <summary>The LambdaGen constant (<c>LambdaArchitecture.Arm64</c>) whose value is <paramref name="value"/>, for the target's field.</summary>
    public static (string Display, ExpressionSyntax Expression)? Constant(FixTarget target, string value)
    {
        if (target.FieldName is not { } field || !ConstantClasses.TryGetValue(field, out var metadataName))
            return null;
        var type = target.Model.Compilation.GetTypeByMetadataName(metadataName);
        var constant = type?.GetMembers().OfType<IFieldSymbol>()
            .FirstOrDefault(f => f.IsConst && f.DeclaredAccessibility == Accessibility.Public && f.ConstantValue is string s && s == value);
        if (type is null || constant is null)
            return null;
        // global::LambdaGen.LambdaRuntime.Dotnet10, reduced by the simplifier to what the file's usings allow.
        var expression = SyntaxFactory.ParseExpression(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + constant.Name)
            .WithAdditionalAnnotations(Simplifier.Annotation);
        return (type.Name + "." + constant.Name, expression);
    }
}
