using System.Linq;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

/// <summary>The function URL ([LambdaFunctionUrl], CreateFunctionUrlConfig): LG0095–LG0097, LG0107, LG0108.</summary>
public static partial class SpecValidator
{
    /// <summary>The AllowMethods values CloudFormation's AWS::Lambda::Url Cors lists (the Lambda API gives only examples).</summary>
    internal static readonly string[] CorsMethods = { "GET", "PUT", "HEAD", "POST", "PATCH", "DELETE", "*" };

    private static void CheckUrl(Run run)
    {
        var url = run.Spec.Attached.FirstOrDefault(a => a.Attribute == Operations.LambdaFunctionUrlAttribute);
        if (url is null)
        {
            return;
        }

        var settings = url.Settings;
        var urlKey = Operations.CreateFunctionUrlConfig.KeyPrefix;

        // LG0095: AuthType is required; the attribute has no default for it.
        var authType = settings.Get(FieldTable.UrlAuthType);
        if (authType is not { Value: { } auth } authSetting)
        {
            run.Report(RuleCatalog.FunctionUrlAuthTypeMissing, authType is null ? urlKey : FieldTable.UrlAuthType.Key(), ValueOrigin.Method,
                "[LambdaFunctionUrl] has no AuthType, which CreateFunctionUrlConfig requires; set AuthType = LambdaFunctionUrlAuthType.AwsIam (callers sign with IAM) or LambdaFunctionUrlAuthType.None (public)");
        }
        else if (auth == "NONE")
        {
            run.Report(RuleCatalog.FunctionUrlPublic, FieldTable.UrlAuthType.Key(), authSetting.Origin,
                "AuthType 'NONE' makes the function URL public: Lambda authenticates no caller, and the deploy adds the resource-policy statements that let anyone invoke the function through it (lambda:InvokeFunctionUrl and lambda:InvokeFunction); use AWS_IAM unless the function checks callers itself");
        }

        // LG0097: the qualifier must be one of the declared aliases (the deploy creates only those).
        if (settings.Get(FieldTable.UrlQualifier) is { Value: { } qualifier } q && Matches(FieldTable.UrlQualifier, qualifier))
        {
            var aliases = run.Spec.Attached.Where(a => a.Attribute == Operations.LambdaAliasAttribute)
                .Select(a => a.Settings.Get(FieldTable.AliasName)?.Value).Where(n => n is not null).Select(n => n!).ToList();
            if (!aliases.Contains(qualifier))
            {
                var sameButCase = aliases.FirstOrDefault(a => string.Equals(a, qualifier, System.StringComparison.OrdinalIgnoreCase));
                var declared = aliases.Count == 0 ? "the method declares no [LambdaAlias]" : "the declared aliases are " + string.Join(", ", aliases.Select(Text.Quote));
                run.Report(RuleCatalog.FunctionUrlQualifierUndeclared, FieldTable.UrlQualifier.Key(), q.Origin,
                    sameButCase is null
                        ? $"Qualifier {Text.Quote(qualifier)} names no alias of this function ({declared}); declare [LambdaAlias({Quoted(qualifier)})] or remove Qualifier to put the URL on $LATEST"
                        : $"Qualifier {Text.Quote(qualifier)} names no alias of this function; alias names are case-sensitive: did you mean {Text.Quote(sameButCase)}?",
                    sameButCase);
            }
        }

        // LG0107: credentials with the wildcard origin.
        if (settings.Get(FieldTable.UrlAllowCredentials) is { Value: true } credentials
            && settings.Get(FieldTable.UrlAllowOrigins) is { } origins && origins.Value.Any(o => o == "*"))
        {
            run.Report(RuleCatalog.CorsCredentialsWithWildcardOrigin, FieldTable.UrlAllowCredentials.Key(), credentials.Origin,
                "AllowCredentials is true but AllowOrigins has '*': browsers refuse a credentialed response for the wildcard origin, so credentialed calls fail; list the origins that may call with credentials");
        }

        // LG0108: the methods CloudFormation lists, in upper case (longer values are LG0087's).
        if (settings.Get(FieldTable.UrlAllowMethods) is { } methods)
        {
            var max = FieldTable.UrlAllowMethods.Model.MaxItems;
            if (max is null || methods.Value.Count <= max)
            {
                for (int i = 0; i < methods.Value.Count; i++)
                {
                    if (methods.Value[i] is not { } method || CorsMethods.Contains(method) || Text.CodePoints(method) > (FieldTable.UrlAllowMethods.Model.MaxLength ?? int.MaxValue))
                    {
                        continue;
                    }

                    var upper = method.ToUpperInvariant();
                    var key = FieldKeys.Item(FieldTable.UrlAllowMethods.Key(), i);
                    if (CorsMethods.Contains(upper))
                    {
                        run.Report(RuleCatalog.CorsMethodUnknown, key, methods.Origin, $"AllowMethods {Text.Quote(method)} is not valid; the method is spelled '{upper}'", upper);
                    }
                    else
                    {
                        run.Report(RuleCatalog.CorsMethodUnknown, key, methods.Origin, $"AllowMethods {Text.Quote(method)} is not one of GET, PUT, HEAD, POST, PATCH, DELETE and *, the values CloudFormation lists");
                    }
                }
            }
        }
    }

    /// <summary>Whether <paramref name="value"/> satisfies the row's model pattern (the model rule reports it otherwise).</summary>
    private static bool Matches(Field field, string value) =>
        field.Model.Pattern is not { } pattern || ModelPatterns.GetOrAdd(field, _ => Patterns.FullMatch(pattern)).IsMatch(value);

    /// <summary>A C# string literal for a message that shows code.</summary>
    private static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
