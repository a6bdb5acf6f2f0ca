namespace LambdaGen.Core.Rules;

/// <summary>Default severity of a rule. A value the service would reject is an error; advice is a warning.</summary>
public enum RuleSeverity
{
    Warning,
    Error,
}
