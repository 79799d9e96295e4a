using Telematics.Risk;

namespace Telematics.UnitTests.Risk;

public sealed class ModelRegistryTests
{
    private readonly ModelRegistry _registry = new(new RiskModelOptions());

    [Fact]
    public void Lists_the_shipped_version_and_scores_with_the_newest_by_default()
    {
        Assert.Contains(_registry.Current.Version, _registry.Versions);
        Assert.Equal(_registry.Versions[^1], _registry.Current.Version);
    }

    [Fact]
    public void Switching_to_a_listed_version_makes_it_current()
    {
        var version = _registry.Versions[0];

        _registry.SetCurrent(version);

        Assert.Equal(version, _registry.Current.Version);
    }

    [Fact]
    public void An_unknown_version_is_refused_and_the_current_one_kept()
    {
        var before = _registry.Current;

        var error = Assert.Throws<KeyNotFoundException>(() => _registry.SetCurrent("19990101-0000-deadbeef"));

        Assert.Contains("19990101-0000-deadbeef", error.Message);
        Assert.Same(before, _registry.Current);
    }
}
