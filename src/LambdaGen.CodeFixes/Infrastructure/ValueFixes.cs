using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LambdaGen.Core.Fields;
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
        [FieldTable.TenantIsolationMode.Name] = "LambdaGen.LambdaTenantIsolationMode",
        [FieldTable.PublishTo.Name] = "LambdaGen.LambdaPublishTo",
        [FieldTable.UrlAuthType.Key()] = "LambdaGen.LambdaFunctionUrlAuthType",
        [FieldTable.UrlInvokeMode.Key()] = "LambdaGen.LambdaInvokeMode",
    };

    /// <summary>The rules of the generic model check (rows with a <see cref="Field.ModelRule"/>) whose violations carry a
    /// clamped number as their fix: an int or double row with a range.</summary>
    public static IEnumerable<string> ModelRangeRuleIds() =>
        FieldTable.All.Where(f => f.ModelRule is not null && f.Kind is FieldKind.Int or FieldKind.Double && (f.Model.Min is not null || f.Model.Max is not null))
            .Select(f => f.ModelRule!.Id).Distinct();

    /// <summary>The rules of the generic model check whose violations carry the API spelling of an enum value as their fix.</summary>
    public static IEnumerable<string> ModelEnumRuleIds() =>
        FieldTable.All.Where(f => f.ModelRule is not null && f.Kind is FieldKind.String or FieldKind.StringList && f.Model.Enum.Count > 0)
            .Select(f => f.ModelRule!.Id).Distinct();

    public static LiteralExpressionSyntax StringLiteral(string value) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

    public static LiteralExpressionSyntax IntLiteral(int value) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value));

    public static bool TryParseInt(string? text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// A C# literal for a number the analyzer wrote invariantly (<c>8</c>, <c>2.5</c>, <c>1E+20</c>): an int literal when the
    /// value is a whole number in int range (valid for an int or a double property alike), otherwise a double literal in
    /// round-trip form. False for anything else, NaN and infinities included.
    /// </summary>
    public static bool TryNumberLiteral(string? text, out LiteralExpressionSyntax literal)
    {
        if (TryParseInt(text, out var whole))
        {
            literal = IntLiteral(whole);
            return true;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsNaN(number) && !double.IsInfinity(number))
        {
            var shown = number.ToString("R", CultureInfo.InvariantCulture);
            // "3000000000" would be a long literal, which converts to double implicitly but not to int: keep it a double.
            if (shown.IndexOfAny(new[] { '.', 'E', 'e' }) < 0)
            {
                shown += ".0";
            }

            literal = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(shown, number));
            return true;
        }
        literal = null!;
        return false;
    }

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
        {
            return new[] { literal };
        }

        var (display, expression) = constant.Value;
        var named = new LambdaFix("Use " + display, EquivalenceKeys.UseConstant, editor => editor.Replace(node, expression));
        return node is LiteralExpressionSyntax ? new[] { literal, named } : new[] { named, literal };
    }

    /// <summary>The LambdaGen constant (<c>LambdaArchitecture.Arm64</c>) whose value is <paramref name="value"/>, for the target's field.</summary>
    public static (string Display, ExpressionSyntax Expression)? Constant(FixTarget target, string value)
    {
        if (target.ConstantKey is not { } field || !ConstantClasses.TryGetValue(field, out var metadataName))
        {
            return null;
        }

        var type = target.Model.Compilation.GetTypeByMetadataName(metadataName);
        var constant = type?.GetMembers().OfType<IFieldSymbol>()
            .FirstOrDefault(f => f.IsConst && f.DeclaredAccessibility == Accessibility.Public && f.ConstantValue is string s && s == value);
        if (type is null || constant is null)
        {
            return null;
        }
        // global::LambdaGen.LambdaRuntime.Dotnet10, reduced by the simplifier to what the file's usings allow.
        var expression = SyntaxFactory.ParseExpression(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + constant.Name)
            .WithAdditionalAnnotations(Simplifier.Annotation);
        return (type.Name + "." + constant.Name, expression);
    }
}
