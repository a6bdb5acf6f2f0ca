using System;

namespace LambdaGen;

/// <summary>
/// A function URL for the handler (Lambda's CreateFunctionUrlConfig): an HTTPS endpoint that invokes the function.
/// The deploy creates, updates and deletes it with the code; for <see cref="LambdaFunctionUrlAuthType.None"/> it also adds
/// the resource-policy statements a public URL needs.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class LambdaFunctionUrlAttribute : Attribute
{
    /// <summary>Required: <see cref="LambdaFunctionUrlAuthType.AwsIam"/> (callers sign with IAM) or <see cref="LambdaFunctionUrlAuthType.None"/> (public).</summary>
    public string? AuthType { get; set; }
    /// <summary><see cref="LambdaInvokeMode.Buffered"/> (Lambda's default) or <see cref="LambdaInvokeMode.ResponseStream"/>.</summary>
    public string? InvokeMode { get; set; }
    /// <summary>An alias declared with <see cref="LambdaAliasAttribute"/>; unset, the URL invokes $LATEST.</summary>
    public string? Qualifier { get; set; }
    /// <summary>CORS: origins allowed to call the URL (at most 100).</summary>
    public string[]? AllowOrigins { get; set; }
    /// <summary>CORS: HTTP methods allowed (at most 6: GET, PUT, HEAD, POST, PATCH, DELETE or *).</summary>
    public string[]? AllowMethods { get; set; }
    /// <summary>CORS: request headers allowed (at most 100).</summary>
    public string[]? AllowHeaders { get; set; }
    /// <summary>CORS: response headers exposed to the browser (at most 100).</summary>
    public string[]? ExposeHeaders { get; set; }
    /// <summary>CORS: allow cookies and other credentials.</summary>
    public bool AllowCredentials { get; set; }
    /// <summary>CORS: seconds a browser may cache the preflight result (0–86400).</summary>
    public int MaxAge { get; set; }
}
