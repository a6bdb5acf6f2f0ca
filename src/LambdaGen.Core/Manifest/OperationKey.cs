using System.Linq;
using LambdaGen.Core.Fields;

namespace LambdaGen.Core.Manifest;

/// <summary>
/// The key of an operation's manifest in the assembly metadata, <c>LambdaGen.Operation:&lt;FunctionName&gt;|&lt;Operation&gt;[|&lt;alias or source&gt;]</c>:
/// written by the generator, read by the build task (and checked by the fuzz test) through this one description.
/// </summary>
public readonly struct OperationKey
{
    public const string Prefix = "LambdaGen.Operation:";

    private OperationKey(string functionName, string operation, string? instance)
    {
        FunctionName = functionName;
        Operation = operation;
        Instance = instance;
    }

    public string FunctionName { get; }

    /// <summary>The operation's name as written; whether LambdaGen knows it is the reader's question.</summary>
    public string Operation { get; }

    /// <summary>The alias, or for an event source mapping the source's file name; null for a once-per-function operation.</summary>
    public string? Instance { get; }

    /// <summary>What follows the function name in the key.</summary>
    public static string Suffix(string operation, string? instance) => "|" + operation + (instance is null ? "" : "|" + instance);

    /// <summary>Reads the key without its <see cref="Prefix"/>, from the right: an operation, alias or source name never holds
    /// '|', but a function name the user has let through (LG0001 turned off) may, even at its start or twice in a row, and it
    /// is still the function's key. False when the function name, the operation or the instance is missing or empty.</summary>
    public static bool TryParse(string withoutPrefix, out OperationKey key)
    {
        var parts = withoutPrefix.Split('|');
        int at = parts.Length <= 2 || Operations.All.Any(o => o.Name == parts[parts.Length - 1]) ? parts.Length - 1 : parts.Length - 2;
        var functionName = at < 1 ? "" : string.Join("|", parts.Take(at));
        if (parts.Length < 2 || functionName.Length == 0 || parts.Skip(at).Any(p => p.Length == 0))
        {
            key = default;
            return false;
        }

        key = new OperationKey(functionName, parts[at], at == parts.Length - 2 ? parts[parts.Length - 1] : null);
        return true;
    }
}
