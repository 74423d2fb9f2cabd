using System.Net;
using System.Text.Json.Nodes;
using SaRaiCms.Testing;

namespace SaRaiCms.Contents.Tests.Versions;

/// <summary>/admin/contents/{id}/versions through the real host, signed in as a browser would be.</summary>
public sealed class VersionsPageTests(TestStoreVersionsSite fixture) : IClassFixture<TestStoreVersionsSite>
{
    private const string ThreeParagraphs = "<p>Đoạn một giữ nguyên.</p><p>Hội nghị họp vào sáng thứ hai tại hội trường.</p><p>Đoạn ba giữ nguyên.</p>";
    private const string SecondChanged = "<p>Đoạn một giữ nguyên.</p><p>Hội nghị họp vào chiều thứ ba tại hội trường.</p><p>Đoạn ba giữ nguyên.</p>";

    private Task<Browser> SignedInAsync(string userName, string password) => Browser.SignedInAsync(fixture.Site, userName, password);

    [Fact]
    public async Task History_lists_every_version_newest_first_with_who_and_state()
    {
        var id = await fixture.CreateArticleAsync(VersionsSite.Author1, "Lịch sử", "<p>Bản một</p>", "<p>Bản hai</p>");
        using var browser = await SignedInAsync("admin", SiteFactory.AdminPassword);

        var (response, page) = await browser.GetAsync($"/admin/contents/{id}/versions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
        var rows = page.QuerySelectorAll("table.versions tbody tr");
        Assert.Equal(2, rows.Length);
        var versions = await fixture.VersionsAsync(id);
        Assert.Equal(versions[1].ContentItemVersionId, rows[0].GetAttribute("data-version-id"));
        Assert.Equal("Bản nháp mới nhất", rows[0].QuerySelector(".status")?.TextContent);
        Assert.Equal("Đang xuất bản", rows[1].QuerySelector(".status")?.TextContent);
        Assert.All(rows, row => Assert.Equal(VersionsSite.Author1, row.Children[1].TextContent));

        // Vietnamese date in the site's time zone: "HH:mm, d/M/yyyy".
        var saved = TimeZoneInfo.ConvertTimeFromUtc(versions[1].ModifiedUtc!.Value, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"));
        Assert.Equal($"{saved:HH:mm}, {saved.Day}/{saved.Month}/{saved.Year}", rows[0].Children[0].TextContent);
    }

    [Fact]
    public async Task Compare_marks_the_changed_words_of_the_changed_paragraph_only()
    {
        var id = await fixture.CreateArticleAsync(VersionsSite.Author1, "So sánh", ThreeParagraphs, SecondChanged);
        var versions = await fixture.VersionsAsync(id);
        using var browser = await SignedInAsync("admin", SiteFactory.AdminPassword);

        var (response, page) = await browser.GetAsync($"/admin/contents/{id}/versions/compare?from={versions[0].ContentItemVersionId}&to={versions[1].ContentItemVersionId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = page.QuerySelector("section.diff-part[data-part='Nội dung bài']")!;
        var paragraphs = body.QuerySelectorAll(".diff-value p");
        Assert.Equal(3, paragraphs.Length);

        Assert.Equal("Đoạn một giữ nguyên.", paragraphs[0].TextContent);
        Assert.Empty(paragraphs[0].QuerySelectorAll("ins, del"));
        Assert.Equal("Đoạn ba giữ nguyên.", paragraphs[2].TextContent);
        Assert.Empty(paragraphs[2].QuerySelectorAll("ins, del"));

        var deleted = string.Concat(paragraphs[1].QuerySelectorAll("del").Select(e => e.TextContent));
        var inserted = string.Concat(paragraphs[1].QuerySelectorAll("ins").Select(e => e.TextContent));
        Assert.Contains("sáng", deleted);
        Assert.Contains("hai", deleted);
        Assert.Contains("chiều", inserted);
        Assert.Contains("ba", inserted);
        Assert.DoesNotContain("Hội nghị", deleted + inserted);
        Assert.DoesNotContain("hội trường", deleted + inserted);

        // The title did not change: listed as such, with nothing marked.
        var title = page.QuerySelector("section.diff-part[data-part='Tiêu đề']")!;
        Assert.Equal("không thay đổi", title.QuerySelector(".unchanged")?.TextContent);
        Assert.Empty(title.QuerySelectorAll("ins, del"));
    }

    [Fact]
    public async Task Compare_shows_stored_markup_as_text_never_as_html()
    {
        var id = await fixture.CreateArticleAsync(VersionsSite.Author1, "Mã", "<p>Cũ &lt;b&gt;đậm&lt;/b&gt;</p>", "<p>Mới &lt;b&gt;đậm&lt;/b&gt;</p>");
        using var browser = await SignedInAsync("admin", SiteFactory.AdminPassword);

        var (_, page) = await browser.GetAsync($"/admin/contents/{id}/versions/compare");

        var changed = page.QuerySelector("section.diff-part[data-part='Nội dung bài'] .diff-value p")!;
        Assert.Empty(changed.QuerySelectorAll("b"));
        Assert.Contains("<b>đậm</b>", changed.TextContent);
    }

    [Fact]
    public async Task A_version_is_shown_read_only_as_the_page_would_render_it()
    {
        var id = await fixture.CreateArticleAsync(VersionsSite.Author1, "Xem bản cũ", "<p>Nội dung bản đầu tiên</p>", "<p>Nội dung bản sau</p>");
        var versions = await fixture.VersionsAsync(id);
        using var browser = await SignedInAsync("admin", SiteFactory.AdminPassword);

        var (response, page) = await browser.GetAsync($"/admin/contents/{id}/versions/{versions[0].ContentItemVersionId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = page.QuerySelector(".version-preview")!;
        Assert.Contains("Nội dung bản đầu tiên", preview.TextContent);
        Assert.DoesNotContain("Nội dung bản sau", preview.TextContent);
        Assert.Empty(preview.QuerySelectorAll("form, input, textarea"));
    }

    [Fact]
    public async Task Restore_makes_a_new_draft_with_the_old_parts_and_leaves_the_published_version()
    {
        var id = await fixture.CreateArticleAsync(VersionsSite.Author1, "Khôi phục", ThreeParagraphs, SecondChanged);
        var before = await fixture.VersionsAsync(id);
        var published = before.Single(v => v.Published);
        using var browser = await SignedInAsync("admin", SiteFactory.AdminPassword);

        var (response, _) = await browser.SubmitAsync($"/admin/contents/{id}/versions", $"tr[data-version-id='{published.ContentItemVersionId}'] form.restore-form");

        Assert.Equal($"/admin/contents/{id}/versions", Browser.RedirectTarget(response));
        var after = await fixture.VersionsAsync(id);
        Assert.Equal(before.Count + 1, after.Count);
        var restored = after[^1];
        Assert.True(restored.Latest);
        Assert.False(restored.Published);
        Assert.True(JsonNode.DeepEquals(published.Content, restored.Content), restored.Content.ToJsonString());

        // The published version is the same version with the same parts; the replaced draft stays in the history.
        var stillPublished = after.Single(v => v.Published);
        Assert.Equal(published.ContentItemVersionId, stillPublished.ContentItemVersionId);
        Assert.True(JsonNode.DeepEquals(published.Content, stillPublished.Content));
        Assert.Contains(after, v => v.ContentItemVersionId == before[1].ContentItemVersionId && !v.Latest);

        var (_, page) = await browser.GetAsync($"/admin/contents/{id}/versions");
        Assert.Contains("Đã khôi phục phiên bản", page.Body!.TextContent);
    }

    [Fact]
    public async Task An_author_sees_the_history_of_own_items_only()
    {
        var mine = await fixture.CreateArticleAsync(VersionsSite.Author1, "Bài của tôi", "<p>Một</p>");
        var theirs = await fixture.CreateArticleAsync(VersionsSite.Author2, "Bài của người khác", "<p>Hai</p>", "<p>Ba</p>");
        var theirVersions = await fixture.VersionsAsync(theirs);
        using var browser = await SignedInAsync(VersionsSite.Author1, VersionsSite.Password);

        var (own, _) = await browser.GetAsync($"/admin/contents/{mine}/versions");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);

        foreach (var url in new[] { $"/admin/contents/{theirs}/versions", $"/admin/contents/{theirs}/versions/compare", $"/admin/contents/{theirs}/versions/{theirVersions[0].ContentItemVersionId}" })
        {
            var (denied, _) = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        }

        // A forged restore (with a valid token from the author's own page) changes nothing.
        var (_, ownPage) = await browser.GetAsync($"/admin/contents/{mine}/versions");
        var token = ownPage.QuerySelector($"input[name={Browser.TokenField}]")?.GetAttribute("value") ?? "";
        var (refused, _) = await browser.PostAsync($"/admin/contents/{theirs}/versions/{theirVersions[0].ContentItemVersionId}/restore", new Dictionary<string, string> { [Browser.TokenField] = token });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(theirVersions.Count, (await fixture.VersionsAsync(theirs)).Count);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        var id = await fixture.CreateArticleAsync(VersionsSite.Author1, "Ẩn danh", "<p>Một</p>");
        using var browser = new Browser(fixture.Site);

        var (response, _) = await browser.GetAsync($"/admin/contents/{id}/versions");

        Assert.StartsWith("/login", Browser.RedirectTarget(response));
    }
}

/// <summary>Restore on PostgreSQL: the new draft and the untouched published version.</summary>
public sealed class PostgresVersionsTests(PostgresVersionsSite fixture) : IClassFixture<PostgresVersionsSite>
{
    [Fact]
    public async Task Restore_on_postgres_makes_a_new_draft_with_the_old_parts()
    {
        var id = await fixture.CreateArticleAsync(VersionsSite.Author1, "Khôi phục", "<p>Bản đầu</p>", "<p>Bản sau</p>");
        var before = await fixture.VersionsAsync(id);
        var published = before.Single(v => v.Published);
        using var browser = new Browser(fixture.Site);
        await browser.SignInAsync("admin", SiteFactory.AdminPassword);

        var (response, _) = await browser.SubmitAsync($"/admin/contents/{id}/versions", $"tr[data-version-id='{published.ContentItemVersionId}'] form.restore-form");

        Assert.Equal($"/admin/contents/{id}/versions", Browser.RedirectTarget(response));
        var after = await fixture.VersionsAsync(id);
        Assert.Equal(3, after.Count);
        Assert.True(JsonNode.DeepEquals(published.Content, after[^1].Content));
        Assert.True(after[^1].Latest && !after[^1].Published);
        Assert.Equal(published.ContentItemVersionId, after.Single(v => v.Published).ContentItemVersionId);
    }
}
