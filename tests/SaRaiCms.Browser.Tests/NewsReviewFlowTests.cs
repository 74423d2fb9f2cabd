using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Security;

namespace SaRaiCms.Browser.Tests;

/// <summary>
/// A news item from an author's first draft to a visitor's screen, each person in their own
/// browser: the author uploads a picture, writes the article in Quill, picks the picture through
/// the media field's picker and sends it for review; the reviewer finds it among the items waiting
/// for review and returns it with a comment; the author reads the comment, fixes the title and
/// sends it again; the reviewer approves it; a visitor finds it on the home page and through the
/// search without diacritics, and sees the picture with its description.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class NewsReviewFlowTests(ChromiumSite site)
{
    private const string Author = "tacgia-luong";
    private const string Reviewer = "duyet-luong";
    private const string FirstTitle = "Sa Rài khánh thành cầu Phước Hòa";
    private const string FixedTitle = "Sa Rài khánh thành cầu Phước Hòa trên kênh Cả Môn";
    private const string Body = "Sáng nay, cây cầu bê tông nối hai bờ kênh đã được đưa vào sử dụng.";
    private const string AltText = "Cầu Phước Hòa mới, nhìn từ bờ kênh";
    private const string Comment = "Tên kênh còn thiếu trong tiêu đề, đề nghị bổ sung.";

    [Fact]
    public async Task An_authors_news_goes_through_review_and_reaches_visitors_with_its_picture()
    {
        await site.Site.CreateUserAsync(Author, ChromiumSite.Password, StandardRoles.Author);
        await site.Site.CreateUserAsync(Reviewer, ChromiumSite.Password, StandardRoles.Reviewer);

        string id;
        await using (var author = (await site.SignedInAsync(Author)).Patient())
        {
            var page = author.Page;
            await page.UploadPictureAsync("cau-phuoc-hoa.png", AltText);

            await page.GotoAsync("/admin/contents/new/News");
            await page.Locator("input[name='TitlePart.Title']").FillAsync(FirstTitle);
            await page.Locator("input[name='News.Lead.Text']").FillAsync("Công trình do nhân dân và Nhà nước cùng làm.");
            await page.Locator(".ql-editor").ClickAsync();
            await page.Keyboard.InsertTextAsync(Body);

            await page.PickFromLibraryAsync("FeaturedImage", AltText);

            await page.SubmitByAsync("Gửi duyệt");
            await page.ExpectSuccessAsync($"Đã gửi duyệt “{FirstTitle}”");
            id = page.EditedItemId();
            await Assertions.Expect(page.Locator(".hint .status").First).ToHaveTextAsync("Chờ duyệt", new() { Timeout = FlowSteps.Timeout });
        }

        await using (var reviewer = (await site.SignedInAsync(Reviewer)).Patient())
        {
            var page = reviewer.Page;
            await FindWaitingAsync(page, id, FirstTitle);
            await Assertions.Expect(page.Locator(".review-preview")).ToContainTextAsync(Body, FlowSteps.Patiently);
            await page.GetByLabel("Lý do trả lại").FillAsync(Comment);
            await page.SubmitByAsync("Trả lại cho tác giả");
            await page.ExpectSuccessAsync($"Đã trả lại “{FirstTitle}” cho tác giả");
            await Assertions.Expect(page.Locator($"li[data-content-item-id='{id}']")).ToHaveCountAsync(0, new() { Timeout = FlowSteps.Timeout });
        }

        await using (var author = (await site.SignedInAsync(Author)).Patient())
        {
            var page = author.Page;
            await page.GotoAsync("/admin/contents");
            var row = page.Locator($"li[data-content-item-id='{id}']");
            await Assertions.Expect(row.Locator(".status").First).ToHaveTextAsync("Bị trả lại", new() { Timeout = FlowSteps.Timeout });
            await page.NavigateByAsync(() => row.GetByRole(AriaRole.Link, new() { Name = FirstTitle }).ClickAsync());
            await Assertions.Expect(page.Locator(".review-comment")).ToContainTextAsync(Comment, FlowSteps.Patiently);
            await Assertions.Expect(page.Locator(".review-comment")).ToContainTextAsync(Reviewer, FlowSteps.Patiently);

            await page.Locator("input[name='TitlePart.Title']").FillAsync(FixedTitle);
            await page.SubmitByAsync("Gửi duyệt");
            await page.ExpectSuccessAsync($"Đã gửi duyệt “{FixedTitle}”");
            await Assertions.Expect(page.Locator(".review-comment")).ToHaveCountAsync(0, new() { Timeout = FlowSteps.Timeout });

            // The stored versions show the item under the page's own heading: one h1 on the page.
            await page.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Lịch sử phiên bản" }).ClickAsync());
            await page.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Xem", Exact = true }).First.ClickAsync());
            await Assertions.Expect(page.Locator(".version-preview h2.content-title")).ToHaveCountAsync(1, new() { Timeout = FlowSteps.Timeout });
            await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1, new() { Timeout = FlowSteps.Timeout });
        }

        await using (var reviewer = (await site.SignedInAsync(Reviewer)).Patient())
        {
            var page = reviewer.Page;
            await FindWaitingAsync(page, id, FixedTitle);
            await page.SubmitByAsync("Duyệt và xuất bản");
            await page.ExpectSuccessAsync($"Đã duyệt và xuất bản “{FixedTitle}”");
        }

        var stored = await site.Site.InScopeAsync(async sp =>
            await sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Published));
        Assert.NotNull(stored);
        Assert.Equal(FixedTitle, stored.DisplayText);
        Assert.Contains(Body, stored.As<HtmlBodyPart>()!.Html);

        await using var visitor = (await site.OpenAsync()).Patient();
        var home = visitor.Page;
        await home.GotoAsync("/");
        var onHome = home.Locator(".home-news").GetByRole(AriaRole.Link, new() { Name = FixedTitle });
        await Assertions.Expect(onHome).ToHaveCountAsync(1, new() { Timeout = FlowSteps.Timeout });
        var articleUrl = await onHome.GetAttributeAsync("href");

        await home.GotoAsync("/search");
        await home.GetByLabel("Từ khóa").FillAsync("cau phuoc hoa");
        await home.NavigateByAsync(() => home.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync());
        var found = home.Locator(".search-results").GetByRole(AriaRole.Link, new() { Name = FixedTitle });
        await Assertions.Expect(found).ToHaveCountAsync(1, new() { Timeout = FlowSteps.Timeout });
        Assert.Equal(articleUrl, await found.GetAttributeAsync("href"));

        await home.NavigateByAsync(() => found.ClickAsync());
        await Assertions.Expect(home.GetByRole(AriaRole.Heading, new() { Name = FixedTitle, Level = 1 })).ToHaveCountAsync(1, new() { Timeout = FlowSteps.Timeout });
        await Assertions.Expect(home.Locator(".article-body")).ToContainTextAsync(Body, FlowSteps.Patiently);
        var picture = home.Locator("figure.article-image img");
        await Assertions.Expect(picture).ToHaveAttributeAsync("alt", AltText, new() { Timeout = FlowSteps.Timeout });
        await picture.ExpectLoadedAsync();
        await home.ScreenshotAsync("flow-news");
    }

    /// <summary>The reviewer filters the list by "Chờ duyệt" and opens the item's review page.</summary>
    private static async Task FindWaitingAsync(IPage page, string id, string title)
    {
        await page.GotoAsync("/admin/contents");
        await page.GetByLabel("Trạng thái").SelectOptionAsync(new SelectOptionValue { Label = "Chờ duyệt" });
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Lọc", Exact = true }).ClickAsync());
        Assert.Contains("status=WaitingForReview", page.Url);
        var row = page.Locator($"li[data-content-item-id='{id}']");
        await Assertions.Expect(row.Locator("a.title")).ToHaveTextAsync(title, new() { Timeout = FlowSteps.Timeout });
        await page.NavigateByAsync(() => row.GetByRole(AriaRole.Link, new() { Name = "Duyệt", Exact = true }).ClickAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Duyệt: {title}", Exact = true })).ToHaveCountAsync(1, new() { Timeout = FlowSteps.Timeout });
        // The item's own title is a second-level heading under the page's h1.
        await Assertions.Expect(page.Locator(".review-preview h2.content-title")).ToHaveTextAsync(title, new() { Timeout = FlowSteps.Timeout });
        await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1, new() { Timeout = FlowSteps.Timeout });
    }
}
