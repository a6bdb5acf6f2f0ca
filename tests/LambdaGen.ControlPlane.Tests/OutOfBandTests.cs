namespace LambdaGen.ControlPlane.Tests;

/// <summary>ChangeConfiguration: a change made outside the deploy (the console), so tests can show drift being corrected.</summary>
public sealed class OutOfBandTests(PlaneFixture fixture) : IClassFixture<PlaneFixture>
{
    private readonly LambdaControlPlane _plane = fixture.Plane;

    [Fact]
    public void ChangeConfiguration_applies_validates_settles_at_once_and_is_not_recorded()
    {
        var seeded = _plane.SeedFunction("oob-fn", createFunctionRequestJson: """{"MemorySize":256}""");
        var before = _plane.Requests.Count;

        var changed = _plane.ChangeConfiguration("oob-fn", """{"MemorySize":2048}""");

        Assert.Equal(2048, changed.Configuration.GetProperty("MemorySize").GetInt32());
        Assert.Equal(("Active", "Successful"), (changed.State, changed.LastUpdateStatus));
        Assert.NotEqual(seeded.RevisionId, changed.RevisionId);
        Assert.Equal(seeded.CodeSha256, changed.CodeSha256);
        Assert.Equal(before, _plane.Requests.Count);

        var invalid = Assert.Throws<ArgumentException>(() => _plane.ChangeConfiguration("oob-fn", """{"MemorySize":99999}"""));
        Assert.Contains("ValidationException", invalid.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => _plane.ChangeConfiguration("oob-missing", """{"MemorySize":512}"""));
        Assert.Equal(2048, _plane.Functions["oob-fn"].Configuration.GetProperty("MemorySize").GetInt32());
    }
}
