using System.Net;
using System.Text.RegularExpressions;

namespace SaRaiCms.Templates.Tests;

/// <summary>The templates, instantiated and built into the host (see <see cref="TemplatedSite"/>), serve their page.</summary>
public sealed class TemplateTests(TemplatedSite site) : IClassFixture<TemplatedSite>
{
    [Fact]
    public async Task The_module_item_page_shows_its_part_through_the_driver_and_the_view()
    {
        var (status, body) = await site.GetAsync(TemplatedSite.ItemPath);

        Assert.True(status == HttpStatusCode.OK, $"{status}\n{body}\n{site.HostOutput}");
        // The part class and the view carry the names given to the template (--part NoticePart).
        Assert.Contains($"<p class=\"noticepart\">{TemplatedSite.ItemText}</p>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_theme_layout_and_its_override_of_the_title_shape_are_used()
    {
        var (status, body) = await site.GetAsync(TemplatedSite.ItemPath);

        Assert.True(status == HttpStatusCode.OK, $"{status}\n{body}\n{site.HostOutput}");
        Assert.Contains("<body class=\"theme-saraicms-bluetheme\">", body, StringComparison.Ordinal);
        Assert.Contains($"href=\"/_content/{TemplatedSite.ThemeName}/css/site.css", body, StringComparison.Ordinal);
        Assert.Contains("<header class=\"site-header\"><a href=\"/\">Trang thử mẫu</a></header>", body, StringComparison.Ordinal);
        Assert.Contains($"<h1 class=\"theme-title\">{TemplatedSite.ItemTitle}</h1>", body, StringComparison.Ordinal);
        // The Contents module's own title view and plain layout are overridden, not rendered as well.
        Assert.DoesNotContain("class=\"content-title\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("/_content/SaRaiCms.Contents/css/item.css", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_test_project_the_module_template_makes_passes()
    {
        var project = Path.Combine(site.Site, "tests", TemplatedSite.ModuleName + ".Tests", TemplatedSite.ModuleName + ".Tests.csproj");

        var result = await DotnetCli.RunAsync(site.Site, TimeSpan.FromMinutes(3), "test", project, "-c", TemplatedSite.Configuration, "--no-build", "-nologo");

        result.EnsureSuccess("dotnet test on the templated module's tests");
        var passed = Regex.Match(result.Output, @"Passed:\s+(\d+)");
        Assert.True(passed.Success && int.Parse(passed.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 4, result.Output);
        Assert.Matches(@"Failed:\s+0\b", result.Output);
    }
}
