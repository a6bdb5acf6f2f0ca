using System;
using System.Collections.Generic;
using System.Linq;
using LambdaGen.Core.Manifest;
using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

public static partial class SpecValidator
{
    public const int MaxEnvironmentBytes = 4096;

    /// <summary>Variables Lambda sets itself and rejects in a function's configuration.</summary>
    public static readonly IReadOnlyCollection<string> ReservedEnvironmentKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
        "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
        "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
        "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
        "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR",
    };

    private static readonly string[] SecretKeyWords = { "SECRET", "PASSWORD", "TOKEN", "CREDENTIAL", "KEY" };

    private static void CheckEnvironment(Run run)
    {
        var entries = run.Spec.Environment;
        var seen = new HashSet<(ValueOrigin, string)>();
        foreach (var entry in entries)
        {
            var item = FieldKeys.Item(FieldKeys.Environment, entry.Index);
            var keyField = FieldKeys.Part(item, "Key");
            var key = entry.Key;
            // A reserved name first: _HANDLER also fails the name pattern, and "reserved" is the message with a fix.
            if (key is not null && ReservedEnvironmentKeys.Contains(key))
            {
                run.Report(RuleCatalog.EnvironmentKeyReserved, keyField, entry.Origin, $"Environment variable '{key}' is reserved: Lambda sets it itself");
                continue;
            }
            if (!Patterns.EnvironmentKey.IsFullMatch(key))
            {
                run.Report(RuleCatalog.EnvironmentKeyInvalid, keyField, entry.Origin,
                    $"Environment variable name {Text.Quote(key)} is not valid: it must start with a letter and have at least two letters, digits or underscores");
                continue;
            }

            if (!seen.Add((entry.Origin, key!)))
            {
                run.Report(RuleCatalog.EnvironmentKeyDuplicate, item, entry.Origin, $"Environment variable '{key}' is declared more than once");
            }

            if (LooksLikeSecret(key!, entry.Value))
            {
                run.Report(RuleCatalog.EnvironmentSecret, FieldKeys.Part(item, "Value"), entry.Origin,
                    $"The value of environment variable '{key}' looks like an AWS credential or secret; read it from Secrets Manager or Parameter Store at run time");
            }
        }

        var effective = KeyValues.Effective(entries);
        int bytes = EnvironmentJsonBytes(effective);
        if (bytes > MaxEnvironmentBytes)
        {
            // Point at the largest variable the user can shrink, preferring one on the method.
            var largest = entries.Where(e => e.Key is not null)
                                 .OrderBy(e => e.Origin == ValueOrigin.Method ? 0 : 1)
                                 .ThenByDescending(e => (e.Key!.Length + (e.Value?.Length ?? 0)))
                                 .First();
            run.Report(RuleCatalog.EnvironmentTooLarge, FieldKeys.Item(FieldKeys.Environment, largest.Index), largest.Origin,
                $"Environment variables take {Text.Number(bytes)} bytes as JSON; Lambda allows {Text.Number(MaxEnvironmentBytes)}");
        }
    }

    /// <summary>Lambda measures the variables as the UTF-8 bytes of their compact JSON map, non-ASCII unescaped.</summary>
    public static int EnvironmentJsonBytes(IReadOnlyList<KeyValuePair<string, string>> variables)
    {
        if (variables.Count == 0)
        {
            return 0;
        }

        var writer = new JsonWriter(escapeNonAscii: false);
        writer.BeginObject();
        foreach (var pair in variables)
        {
            writer.Property(pair.Key, pair.Value);
        }

        writer.EndObject();
        return System.Text.Encoding.UTF8.GetByteCount(writer.ToString());
    }

    private static bool LooksLikeSecret(string key, string? value)
    {
        if (value is null)
        {
            return false;
        }

        if (Patterns.AccessKeyId.IsMatch(value))
        {
            return true;
        }

        var upperKey = key.ToUpperInvariant();
        return Patterns.SecretKeyShape.IsFullMatch(value) && SecretKeyWords.Any(word => upperKey.Contains(word));
    }
}
