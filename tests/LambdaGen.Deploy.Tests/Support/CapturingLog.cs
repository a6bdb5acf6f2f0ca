namespace LambdaGen.Deploy.Tests.Support;

/// <summary>Collects what the engine logs, in MSBuild's format, for assertions.</summary>
internal sealed class CapturingLog : IDeployLog
{
    private readonly List<string> _lines = new();

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return _lines.ToArray();
            }
        }
    }

    public IEnumerable<string> Errors => Lines.Where(l => l.Contains(" : error ", StringComparison.Ordinal));

    public string Text => string.Join(Environment.NewLine, Lines);

    public void Info(string line) => Add(ConsoleDeployLog.Prefix + line);

    public void Warning(string? file, string code, string message) => Add(ConsoleDeployLog.Canonical(file, "warning", code, message));

    public void Error(string? file, string code, string message) => Add(ConsoleDeployLog.Canonical(file, "error", code, message));

    private void Add(string line)
    {
        lock (_lines)
        {
            _lines.Add(line);
        }
    }
}
