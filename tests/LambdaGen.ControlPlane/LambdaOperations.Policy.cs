using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane;

/// <summary>
/// The resource-based policy (<c>/2015-03-31/functions/{FunctionName}/policy[/{StatementId}]</c>): one policy per
/// qualifier ($LATEST, a version or an alias), rendered as the service renders it
/// (<c>{"Version":"2012-10-17","Id":"default","Statement":[…]}</c>). Statement conditions: SourceArn → ArnLike
/// AWS:SourceArn, SourceAccount → StringEquals AWS:SourceAccount, PrincipalOrgID → StringEquals aws:PrincipalOrgID,
/// EventSourceToken → StringEquals lambda:EventSourceToken, FunctionUrlAuthType → StringEquals lambda:FunctionUrlAuthType,
/// InvokedViaFunctionUrl → Bool lambda:InvokedViaFunctionUrl "true" (https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
/// A change to the policy writes a new RevisionId on what it is attached to.
/// </summary>
internal sealed partial class LambdaOperations
{
    /// <summary>The policy size quota (20 KB).</summary>
    private const int MaxPolicyBytes = 20480;

    private OperationResult AddPermission(string label, string? qualifier, string body)
    {
        var req = ShapeValidator.ParseAndValidate(body, ResourceShapes.AddPermissionRequest);
        lock (_store.Sync)
        {
            var t = ResolveTarget(label, qualifier, ResourceShapes.NamespacedFunctionName, ResourceShapes.NumericLatestPublishedOrAliasQualifier);
            if (t.Qualifier == "$LATEST")
            {
                throw AwsServiceException.InvalidParameter("We currently do not support adding policies for $LATEST.");
            }

            CheckPolicyQualifier(t);
            if (Json.Str(req, "RevisionId") is { } revision && revision != PolicyRevision(t))
            {
                throw AwsServiceException.RevisionMismatch();
            }

            var sid = Json.Str(req, "StatementId")!;
            var statements = t.Resources.Policies.TryGetValue(t.Key, out var list) ? list : new List<JsonObject>();
            if (statements.Any(s => Json.Str(s, "Sid") == sid))
            {
                throw Conflict($"The statement id ({sid}) provided already exists. Please provide a new statement id, or remove the existing statement.");
            }

            var statement = BuildStatement(t.QualifiedArn, req);
            var size = System.Text.Encoding.UTF8.GetByteCount(LambdaJson.Write(RenderPolicy([.. statements, statement])));
            if (size > MaxPolicyBytes)
            {
                // Approximate wording.
                throw new AwsServiceException(400, "PolicyLengthExceededException",
                    $"The final policy size ({size}) is bigger than the limit ({MaxPolicyBytes}).");
            }

            statements.Add(statement);
            t.Resources.Policies[t.Key] = statements;
            BumpPolicyRevision(t);
            return new OperationResult(201, new JsonObject { ["Statement"] = LambdaJson.Write(statement) });
        }
    }

    private OperationResult GetPolicy(string label, string? qualifier)
    {
        lock (_store.Sync)
        {
            var t = ResolveTarget(label, qualifier, ResourceShapes.NamespacedFunctionName, ResourceShapes.NumericLatestPublishedOrAliasQualifier);
            CheckPolicyQualifier(t);
            if (!t.Resources.Policies.TryGetValue(t.Key, out var statements) || statements.Count == 0)
            {
                throw NotFoundWith("The resource you requested does not exist.");
            }

            return new OperationResult(200, new JsonObject
            {
                ["Policy"] = LambdaJson.Write(RenderPolicy(statements)),
                ["RevisionId"] = PolicyRevision(t),
            });
        }
    }

    /// <summary>204; the policy disappears with its last statement (GetPolicy is then a 404).</summary>
    private OperationResult RemovePermission(string label, string statementId, string? qualifier, string? revisionId)
    {
        ShapeValidator.CheckLabel(statementId, ResourceShapes.NamespacedStatementId, "statementId");
        lock (_store.Sync)
        {
            var t = ResolveTarget(label, qualifier, ResourceShapes.NamespacedFunctionName, ResourceShapes.NumericLatestPublishedOrAliasQualifier,
                r => NotFoundWith($"No policy found for: {_store.NotFoundArn(r with { Qualifier = null })}"));
            CheckPolicyQualifier(t);
            if (!t.Resources.Policies.TryGetValue(t.Key, out var statements) || statements.Count == 0)
            {
                throw NotFoundWith("No policy is associated with the given resource.");
            }

            var statement = statements.FirstOrDefault(s => Json.Str(s, "Sid") == statementId)
                ?? throw NotFoundWith($"Statement {statementId} is not found in resource policy.");
            if (revisionId is not null && revisionId != PolicyRevision(t))
            {
                throw AwsServiceException.RevisionMismatch();
            }

            statements.Remove(statement);
            if (statements.Count == 0)
            {
                t.Resources.Policies.Remove(t.Key);
            }

            BumpPolicyRevision(t);
            return new OperationResult(204, null);
        }
    }

    /// <summary>A version or alias named by the call must exist.</summary>
    private static void CheckPolicyQualifier(ResourceTarget t)
    {
        if (t.IsVersion && !VersionExists(t.Function, t.Qualifier!))
        {
            throw QualifierNotFound(t.Function, t.Qualifier!);
        }

        if (t.IsAlias && t.Qualifier != "$LATEST.PUBLISHED" && AliasTarget(t.Function, t.Qualifier!) is null)
        {
            throw QualifierNotFound(t.Function, t.Qualifier!);
        }
    }

    private static string PolicyRevision(ResourceTarget t)
    {
        if (t.IsVersion)
        {
            return Json.Str(t.Function.Versions.Single(v => v.Version == t.Qualifier).Configuration, "RevisionId")!;
        }

        return t.IsAlias && t.Resources.Aliases.TryGetValue(t.Qualifier!, out var alias) ? alias.RevisionId : t.Function.RevisionId;
    }

    private static void BumpPolicyRevision(ResourceTarget t)
    {
        var revision = Guid.NewGuid().ToString();
        if (t.IsVersion)
        {
            t.Function.Versions.Single(v => v.Version == t.Qualifier).Configuration["RevisionId"] = revision;
        }
        else if (t.IsAlias && t.Resources.Aliases.TryGetValue(t.Qualifier!, out var alias))
        {
            alias.RevisionId = revision;
        }
        else
        {
            t.Function.RevisionId = revision;
        }
    }

    private JsonObject BuildStatement(string resourceArn, JsonObject req)
    {
        var statement = new JsonObject
        {
            ["Sid"] = Json.Str(req, "StatementId"),
            ["Effect"] = "Allow",
            ["Principal"] = RenderPrincipal(Json.Str(req, "Principal")!),
            ["Action"] = Json.Str(req, "Action"),
            ["Resource"] = resourceArn,
        };

        var condition = new JsonObject();
        void Add(string op, string key, string? value)
        {
            if (value is null)
            {
                return;
            }

            if (condition[op] is not JsonObject group)
            {
                group = new JsonObject();
                condition[op] = group;
            }

            group[key] = value;
        }

        Add("StringEquals", "AWS:SourceAccount", Json.Str(req, "SourceAccount"));
        Add("StringEquals", "aws:PrincipalOrgID", Json.Str(req, "PrincipalOrgID"));
        Add("StringEquals", "lambda:EventSourceToken", Json.Str(req, "EventSourceToken"));
        Add("StringEquals", "lambda:FunctionUrlAuthType", Json.Str(req, "FunctionUrlAuthType"));
        Add("ArnLike", "AWS:SourceArn", Json.Str(req, "SourceArn"));
        // Only a true InvokedViaFunctionUrl adds the condition (false leaves the statement unconditioned; approximate).
        Add("Bool", "lambda:InvokedViaFunctionUrl", Json.Bool(req, "InvokedViaFunctionUrl") == true ? "true" : null);
        if (condition.Count > 0)
        {
            statement["Condition"] = condition;
        }

        return statement;
    }

    /// <summary>"*" stays "*"; an account id becomes its root ARN; an IAM ARN is an AWS principal; anything else a service.</summary>
    private static JsonNode RenderPrincipal(string principal)
    {
        if (principal == "*")
        {
            return "*";
        }

        if (principal.Length == 12 && principal.All(char.IsAsciiDigit))
        {
            return new JsonObject { ["AWS"] = $"arn:aws:iam::{principal}:root" };
        }

        return principal.StartsWith("arn:", StringComparison.Ordinal)
            ? new JsonObject { ["AWS"] = principal }
            : new JsonObject { ["Service"] = principal };
    }

    private static JsonObject RenderPolicy(IEnumerable<JsonObject> statements) => new()
    {
        ["Version"] = "2012-10-17",
        ["Id"] = "default",
        ["Statement"] = new JsonArray(statements.Select(s => (JsonNode)s.DeepClone()).ToArray()),
    };
}
