using LambdaGen.Deploy.Aws;

namespace LambdaGen.Deploy;

/// <summary>
/// The one gate every line passes on its way to the log: credentials are masked there, so no message built
/// anywhere in the tool (AWS error texts included) can print them.
/// </summary>
internal sealed class RedactingDeployLog : IDeployLog
{
    private readonly IDeployLog _inner;
    private readonly SecretRedactor _redactor;

    public RedactingDeployLog(IDeployLog inner, SecretRedactor redactor)
    {
        _inner = inner;
        _redactor = redactor;
    }

    public void Info(string line) => _inner.Info(_redactor.Redact(line));

    public void Warning(string? file, string code, string message) => _inner.Warning(file, code, _redactor.Redact(message));

    public void Error(string? file, string code, string message) => _inner.Error(file, code, _redactor.Redact(message));
}
