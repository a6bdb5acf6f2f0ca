using System.Collections.Generic;
using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

/// <summary>
/// Checks a resolved <see cref="FunctionSpec"/> against every rule in <see cref="RuleCatalog"/>.
/// Pure and total: any spec, however broken, yields a list of violations and never an exception.
/// One partial file per rule family.
/// </summary>
public static partial class SpecValidator
{
    public static IReadOnlyList<Violation> Validate(FunctionSpec spec, ProjectContext context)
    {
        var run = new Run(spec, context);
        CheckIdentity(run);
        CheckRuntime(run);
        CheckResources(run);
        CheckSecurity(run);
        CheckLayers(run);
        CheckEnvironment(run);
        CheckTags(run);
        CheckNetwork(run);
        CheckPackaging(run);
        CheckLogging(run);
        CheckManagedInstances(run);
        CheckDurable(run);
        CheckTenancy(run);
        CheckUrl(run);
        CheckAliases(run);
        CheckConcurrency(run);
        CheckAsyncInvoke(run);
        CheckEventSources(run);
        CheckRegions(run);
        CheckSignature(run);
        CheckModel(run);
        CheckItemsAndEncoding(run);
        return run.Violations;
    }

    /// <summary>One validation: the spec, its context and what has been found so far.</summary>
    private sealed class Run
    {
        public Run(FunctionSpec spec, ProjectContext context)
        {
            Spec = spec;
            Context = context;
        }

        public FunctionSpec Spec { get; }
        public ProjectContext Context { get; }
        public List<Violation> Violations { get; } = new();

        /// <summary>Records a violation; the message gets "(where the value came from)" appended.</summary>
        public void Report(Rule rule, string field, ValueOrigin origin, string message, string? fix = null) =>
            Violations.Add(new Violation(rule, field, origin, message + " (" + Origins.Describe(origin, field, Context) + ")", fix));
    }

    /// <summary>For a rule about two settings, the one to blame: one the user set on the method if any,
    /// so the squiggle lands where the conflict was introduced.</summary>
    private static (string Field, ValueOrigin Origin) Blame(params (string Field, ValueOrigin? Origin)[] candidates)
    {
        foreach (var (field, origin) in candidates)
        {
            if (origin is ValueOrigin.Method or ValueOrigin.Derived)
            {
                return (field, origin.Value);
            }
        }

        foreach (var (field, origin) in candidates)
        {
            if (origin is not null)
            {
                return (field, origin.Value);
            }
        }

        return (candidates[0].Field, ValueOrigin.Method);
    }
}
