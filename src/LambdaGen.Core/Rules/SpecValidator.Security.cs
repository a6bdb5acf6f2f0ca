using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

public static partial class SpecValidator
{
    private const int CodeSigningArnMax = 200;

    private static void CheckSecurity(Run run)
    {
        var spec = run.Spec;
        if (spec.Role is not { } role || string.IsNullOrEmpty(role.Value))
        {
            if (spec.Role is { } empty)
            {
                run.Report(RuleCatalog.RoleMissing, FieldKeys.Role, empty.Origin, "Role is empty; every function needs an execution role ARN");
            }
            else if (spec.Signature is not null || run.Context.ManifestPath is not null)
            {
                run.Violations.Add(new Violation(RuleCatalog.RoleMissing, FieldKeys.Method, ValueOrigin.Derived,
                    $"Function {Text.Quote(spec.FunctionName?.Value ?? spec.MethodDisplayName)} has no execution role; set Role on [LambdaFunction], on [assembly: LambdaDefaults] or in the LambdaRole MSBuild property"));
            }
        }
        else if (!Patterns.Role.IsFullMatch(role.Value))
        {
            run.Report(RuleCatalog.RoleInvalid, FieldKeys.Role, role.Origin,
                $"Role {Text.Quote(role.Value)} is not an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>)");
        }

        if (spec.KMSKeyArn is { } kms && !Patterns.GenericArn.IsFullMatch(kms.Value))
        {
            run.Report(RuleCatalog.KmsKeyArnInvalid, FieldKeys.KMSKeyArn, kms.Origin,
                $"KMSKeyArn {Text.Quote(kms.Value)} is not an ARN (arn:<partition>:<service>:…)");
        }

        if (spec.CodeSigningConfigArn is { } csc)
        {
            var value = csc.Value ?? "";
            if (Text.CodePoints(value) > CodeSigningArnMax || !Patterns.CodeSigningConfigArn.IsFullMatch(value))
            {
                run.Report(RuleCatalog.CodeSigningConfigArnInvalid, FieldKeys.CodeSigningConfigArn, csc.Origin,
                    $"CodeSigningConfigArn {Text.Quote(value)} is not a code signing configuration ARN (arn:aws:lambda:<region>:<account>:code-signing-config:csc-<17 characters>)");
            }
        }
    }
}
