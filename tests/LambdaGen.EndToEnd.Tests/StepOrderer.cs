using Xunit.Sdk;

namespace LambdaGen.EndToEnd.Tests;

/// <summary>The position of a test in a chain of steps that share one project and one control plane.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StepAttribute(int number) : Attribute
{
    public int Number { get; } = number;
}

/// <summary>Runs a class's tests in [Step(n)] order (xunit's default order is not the declaration order).</summary>
public sealed class StepOrderer : ITestCaseOrderer
{
    public const string TypeName = "LambdaGen.EndToEnd.Tests.StepOrderer";
    public const string AssemblyName = "LambdaGen.EndToEnd.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase =>
        testCases.OrderBy(t => Step(t)).ThenBy(t => t.TestMethod.Method.Name, StringComparer.Ordinal);

    private static int Step(ITestCase testCase) =>
        testCase.TestMethod.Method.GetCustomAttributes(typeof(StepAttribute).AssemblyQualifiedName!)
            .Select(a => (int)a.GetConstructorArguments().First())
            .DefaultIfEmpty(int.MaxValue)
            .First();
}
