using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Telematics.Api.Web;
using Telematics.Api.Web.Services;
using Telematics.Risk;
using ModelsPage = Telematics.Api.Web.Components.Pages.Insurer.Models;

namespace Telematics.UnitTests.Web;

/// <summary>The models page on the shipped version, and the refusals of its one change, which never reach the cluster.</summary>
public sealed class ModelsPageTests : WebComponentTest
{
    private readonly ModelRegistry _registry = new(new RiskModelOptions());
    private readonly RecordedAudit _audit = new(TimeProvider.System);
    private readonly ModelVersions _versions;

    public ModelsPageTests()
    {
        // No grain factory: a refused change stops before the cluster, and these tests make no other.
        _versions = new ModelVersions(_registry, null!, _audit.Page);
        Services.AddSingleton(_versions);
    }

    private IRenderedComponent<ModelsPage> RenderAs(string role)
    {
        AddAuthorization().SetAuthorized("someone").SetRoles(role);
        return Render<ModelsPage>();
    }

    [Fact]
    public void An_underwriter_sees_the_current_version_its_figures_and_the_rescoring_link_but_no_make_current()
    {
        var page = RenderAs("underwriter");

        var card = page.Find("[data-testid=model-version]");
        Assert.Equal(_registry.Current.Version, card.GetAttribute("data-version"));
        Assert.Equal("true", card.GetAttribute("data-current"));
        Assert.Equal("Current", page.Find("[data-testid=model-current]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=make-current]"));
        Assert.Contains(page.FindAll("a"), a => a.GetAttribute("href") == $"{InsurerRoutes.Rescoring}?model={_registry.Current.Version}");
        var metrics = page.Find("[data-testid=model-metrics]").TextContent;
        Assert.Contains("0.470", metrics);
        Assert.DoesNotContain("not measured", metrics);
        Assert.Contains("Poisson deviance per policy", page.Find("[data-testid=figure-meanings]").TextContent);
    }

    [Fact]
    public void An_admin_has_no_make_current_on_the_version_already_current()
    {
        var page = RenderAs("admin");

        Assert.Single(page.FindAll("[data-testid=model-version]"));
        Assert.Empty(page.FindAll("[data-testid=make-current]"));
    }

    [Fact]
    public async Task An_underwriters_change_is_refused_and_recorded_as_the_apis_403()
    {
        AddAuthorization().SetAuthorized("uw").SetRoles("underwriter");
        var user = (await Services.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>().GetAuthenticationStateAsync()).User;
        var before = _registry.Current.Version;

        Assert.False(await _versions.MakeCurrentAsync(user, before));

        var record = await _audit.LastAsync();
        Assert.Equal((ModelVersions.Action, ModelVersions.ResourceType, "current", 403), (record.Action, record.ResourceType, record.ResourceId, record.Outcome));
        Assert.Equal($"{{\"version\":\"{before}\"}}", record.After);
        Assert.Equal(before, _registry.Current.Version);
    }

    [Fact]
    public async Task A_version_not_on_disk_is_refused_and_recorded_as_the_apis_400()
    {
        AddAuthorization().SetAuthorized("admin").SetRoles("admin");
        var user = (await Services.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>().GetAuthenticationStateAsync()).User;
        var before = _registry.Current.Version;

        Assert.False(await _versions.MakeCurrentAsync(user, "19990101-0000-deadbeef"));

        var record = await _audit.LastAsync();
        Assert.Equal(400, record.Outcome);
        Assert.Equal("{\"version\":\"19990101-0000-deadbeef\"}", record.After);
        Assert.Equal(before, _registry.Current.Version);
    }
}
